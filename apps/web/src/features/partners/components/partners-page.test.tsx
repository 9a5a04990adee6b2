import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { adminMe, librarianMe, mockApi, pageOf } from '../../../test/mock-api';
import { renderApp } from '../../../test/render-app';
import { partnerFixture } from '../../../test/fixtures/partners';

const riverside = partnerFixture({
  id: 'p-river',
  name: 'Riverside Food Bank',
  stage: 'active',
  focusAreas: ['health-wellness'],
  liaison: { id: 'u-lib', name: 'Grace Hopper' },
  nextReviewOn: '2026-03-03',
  needsReview: true,
  createdBy: 'u-admin',
});
const museum = partnerFixture({ id: 'p-museum', name: 'Mill Town Museum', type: 'museum', stage: 'exploring', createdBy: 'u-admin' });

const partnerSearches = (requests: { path: string; search: string }[]) =>
  requests.filter((request) => request.path === '/api/v1/partners').map((request) => new URLSearchParams(request.search));

describe('Partners list', () => {
  it('lists partners with their stage, liaison, focus areas and review date', async () => {
    mockApi({ 'GET /api/v1/auth/me': { status: 200, body: librarianMe }, 'GET /api/v1/partners': pageOf([museum, riverside]) });
    renderApp('/partners');

    const table = await screen.findByRole('table', { name: 'Partners' });
    const row = within(table).getByRole('row', { name: /Riverside Food Bank/ });
    expect(within(row).getByRole('link', { name: 'Riverside Food Bank' })).toHaveAttribute('href', '/partners/p-river');
    expect(within(row).getByText('Active')).toBeInTheDocument();
    expect(within(row).getByText('Grace Hopper')).toBeInTheDocument();
    expect(within(row).getByText('Health and wellness')).toBeInTheDocument();
    expect(within(row).getByText('Tue 3 Mar 2026')).toBeInTheDocument();
    expect(within(row).getByText('Due')).toBeInTheDocument();
    expect(screen.getByText('Showing 1–2 of 2 partners')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Add a partner' })).toHaveAttribute('href', '/partners/new');
  });

  it('searches as you type, keeping focus and putting the search in the address', async () => {
    const { requests } = mockApi({
      'GET /api/v1/auth/me': { status: 200, body: librarianMe },
      'GET /api/v1/partners': (request) =>
        new URL(request.url).searchParams.get('q') === 'river' ? pageOf([riverside]) : pageOf([museum, riverside]),
    });
    const { router } = renderApp('/partners');
    const search = await screen.findByRole('searchbox', { name: 'Search partners' });

    await userEvent.type(search, 'river');

    await waitFor(() => expect(router.state.location.search).toBe('?q=river'));
    await waitFor(() => expect(screen.queryByRole('row', { name: /Mill Town Museum/ })).not.toBeInTheDocument());
    expect(search).toHaveFocus();
    const queries = partnerSearches(requests).map((params) => params.get('q'));
    expect(queries).toContain('river');
    // Debounced: no request per letter.
    expect(queries).not.toContain('r');
    expect(queries).not.toContain('ri');
  });

  it('reads filters from the address: a shared link shows the same filtered list', async () => {
    const { requests } = mockApi({ 'GET /api/v1/auth/me': { status: 200, body: adminMe }, 'GET /api/v1/partners': pageOf([riverside]), 'GET /api/v1/staff': { status: 200, body: { items: [], total: 0, nextCursor: null } } });
    renderApp('/partners?stage=active&stage=sustaining&focusArea=health-wellness&liaison=me&needsReview=true&archived=all&sort=-nextReviewOn&page=2');

    await screen.findByRole('table', { name: 'Partners' });
    const params = partnerSearches(requests).at(-1);
    expect(params?.getAll('stage')).toEqual(['active', 'sustaining']);
    expect(params?.getAll('focusArea')).toEqual(['health-wellness']);
    expect(params?.get('liaisonId')).toBe('me');
    expect(params?.get('needsReview')).toBe('true');
    expect(params?.get('archived')).toBe('all');
    expect(params?.get('sort')).toBe('-nextReviewOn');
    expect(params?.get('limit')).toBe('25');
    expect(params?.get('offset')).toBe('25');
    expect(screen.getByRole('button', { name: 'My partners' })).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByRole('checkbox', { name: /Needs review/ })).toBeChecked();
    expect(screen.getByLabelText('Show archived')).toHaveValue('all');
  });

  it('"My partners" sets the liaison to me in one click, and a filter change goes back to page 1', async () => {
    const { requests } = mockApi({
      'GET /api/v1/auth/me': { status: 200, body: librarianMe },
      'GET /api/v1/partners': pageOf([riverside]),
      'GET /api/v1/staff': { status: 200, body: { items: [{ id: librarianMe.id, name: librarianMe.name, role: 'librarian' }, { id: 'u-marcus', name: 'Marcus Reyes', role: 'manager' }], total: 2, nextCursor: null } },
    });
    const { router } = renderApp('/partners?page=3');

    await userEvent.click(await screen.findByRole('button', { name: 'My partners' }));

    await waitFor(() => expect(router.state.location.search).toBe('?liaison=me'));
    await waitFor(() => expect(partnerSearches(requests).at(-1)?.get('liaisonId')).toBe('me'));
    expect(screen.getByRole('button', { name: 'My partners' })).toHaveAttribute('aria-pressed', 'true');
    // Colleagues come from the staff directory (open to every role), never from the administrators' accounts list.
    await waitFor(() =>
      expect(within(screen.getByLabelText('Liaison')).getAllByRole('option').map((option) => option.textContent)).toEqual(['Anyone', 'Me', 'Marcus Reyes']),
    );
    expect(requests.some((request) => request.path === '/api/v1/users')).toBe(false);
  });

  it('sorts by a column header, flipping the order on a second click, with aria-sort on the header', async () => {
    const { requests } = mockApi({ 'GET /api/v1/auth/me': { status: 200, body: librarianMe }, 'GET /api/v1/partners': pageOf([museum, riverside]) });
    const { router } = renderApp('/partners');
    const table = await screen.findByRole('table', { name: 'Partners' });
    expect(within(table).getByRole('columnheader', { name: /Name/ })).toHaveAttribute('aria-sort', 'ascending');

    await userEvent.click(within(table).getByRole('button', { name: /Stage/ }));
    await waitFor(() => expect(router.state.location.search).toBe('?sort=stage'));
    expect(within(table).getByRole('columnheader', { name: /Stage/ })).toHaveAttribute('aria-sort', 'ascending');
    expect(within(table).getByRole('columnheader', { name: /Name/ })).toHaveAttribute('aria-sort', 'none');

    await userEvent.click(within(table).getByRole('button', { name: /Stage/ }));
    await waitFor(() => expect(router.state.location.search).toBe('?sort=-stage'));
    expect(within(table).getByRole('columnheader', { name: /Stage/ })).toHaveAttribute('aria-sort', 'descending');
    await waitFor(() => expect(partnerSearches(requests).at(-1)?.get('sort')).toBe('-stage'));
  });

  it('shows when each partner was last contacted and sorts by it, longest ago first', async () => {
    const contacted = { ...riverside, lastContactAt: '2026-03-02T15:00:00.000Z' };
    const { requests } = mockApi({ 'GET /api/v1/auth/me': { status: 200, body: librarianMe }, 'GET /api/v1/partners': pageOf([museum, contacted]) });
    const { router } = renderApp('/partners');
    const table = await screen.findByRole('table', { name: 'Partners' });
    expect(within(table).getByRole('row', { name: /Riverside Food Bank/ })).toHaveTextContent('Mon 2 Mar 2026');
    expect(within(table).getByRole('row', { name: /Mill Town Museum/ })).toHaveTextContent('None logged');

    await userEvent.click(within(table).getByRole('button', { name: /Last contact/ }));
    await waitFor(() => expect(router.state.location.search).toBe('?sort=lastContactAt'));
    expect(within(table).getByRole('columnheader', { name: /Last contact/ })).toHaveAttribute('aria-sort', 'ascending');
    await waitFor(() => expect(partnerSearches(requests).at(-1)?.get('sort')).toBe('lastContactAt'));
  });

  it('shows each partner’s health profile in words and sorts by the weakest factor', async () => {
    const scored = { ...riverside, health: { strength: 1, borderline: 3, concern: 1, insufficient: 0, weakestFactor: 'CE' as const, overall: 3.2, text: '1 strength · 3 borderline · 1 concern' } };
    const unscored = { ...museum, id: 'p-9', name: 'Quiet Hollow Farm', health: { ...scored.health, strength: 0, borderline: 0, concern: 0, insufficient: 5, weakestFactor: null, overall: null, text: '5 insufficient evidence' } };
    const { requests } = mockApi({ 'GET /api/v1/auth/me': { status: 200, body: librarianMe }, 'GET /api/v1/partners': pageOf([museum, scored, unscored]) });
    const { router } = renderApp('/partners');
    const table = await screen.findByRole('table', { name: 'Partners' });
    expect(within(table).getByRole('row', { name: /Riverside Food Bank/ })).toHaveTextContent('1 strength · 3 borderline · 1 concern');
    expect(within(table).getByRole('row', { name: /Mill Town Museum/ })).toHaveTextContent('Not scored yet');
    expect(within(table).getByRole('row', { name: /Quiet Hollow Farm/ })).toHaveTextContent('Not enough evidence yet');

    await userEvent.click(within(table).getByRole('button', { name: /Health/ }));
    await waitFor(() => expect(router.state.location.search).toBe('?sort=weakestFactor'));
    await waitFor(() => expect(partnerSearches(requests).at(-1)?.get('sort')).toBe('weakestFactor'));
  });

  it('invites the first partner when there are none', async () => {
    mockApi({ 'GET /api/v1/auth/me': { status: 200, body: librarianMe }, 'GET /api/v1/partners': pageOf([]) });
    renderApp('/partners');

    expect(await screen.findByText('No partners yet — add your first partner.')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Add your first partner' })).toHaveAttribute('href', '/partners/new');
  });

  it('says when nothing matches the filters, and clears them in one step', async () => {
    mockApi({
      'GET /api/v1/auth/me': { status: 200, body: librarianMe },
      'GET /api/v1/partners': (request) => (new URL(request.url).search.includes('stage=') ? pageOf([]) : pageOf([museum])),
    });
    const { router } = renderApp('/partners?stage=ended&q=zzz');

    expect(await screen.findByText('No partners match these filters.')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Clear filters' }));

    await waitFor(() => expect(router.state.location.search).toBe(''));
    expect(await screen.findByRole('row', { name: /Mill Town Museum/ })).toBeInTheDocument();
    expect(screen.getByRole('searchbox', { name: 'Search partners' })).toHaveValue('');
  });
});
