import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { librarianMe, mockApi, pageOf, problem } from '../../../test/mock-api';
import type { Goal } from '../api/types';
import { partnerFixture } from '../../../test/fixtures/partners';
import { renderInApp } from '../../../test/render-app';
import { PartnerGoalsSection } from './partner-goals-section';

const partner = partnerFixture();

function goal(overrides: Partial<Goal> & Pick<Goal, 'id' | 'text'>): Goal {
  return {
    partnerId: partner.id,
    agreedBy: 'both',
    lastReviewedOn: null,
    reviewDueOn: '2027-01-10',
    createdAt: '2026-01-10T09:00:00.000Z',
    updatedAt: '2026-01-10T09:00:00.000Z',
    createdBy: librarianMe.id,
    version: 1,
    archivedAt: null,
    ...overrides,
  };
}

const literacy = goal({ id: 'g-1', text: 'Double family literacy nights', lastReviewedOn: '2025-03-20', reviewDueOn: '2026-03-20', version: 3 });
const pantry = goal({ id: 'g-2', text: 'A pantry shelf in every branch', agreedBy: 'library', reviewDueOn: '2026-12-01' });

function renderSection() {
  return renderInApp(<PartnerGoalsSection partner={partner} />, { me: librarianMe });
}

describe('Shared goals on the partner page', () => {
  beforeEach(() => {
    // Only the date is fixed; timers stay real so user events and queries run as usual.
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date(2026, 2, 15, 12, 0));
  });
  afterEach(() => vi.useRealTimers());

  it('lists goals with who agreed, when last reviewed, and a badge when a review is due', async () => {
    mockApi({ 'GET /api/v1/partners/p-1/goals': pageOf([literacy, pantry]) });
    renderSection();

    expect(screen.getByRole('heading', { level: 2, name: 'Shared goals' })).toBeInTheDocument();
    const list = await screen.findByRole('list', { name: 'Shared goals' });
    const [first, second] = within(list).getAllByRole('listitem');
    expect(first).toHaveTextContent('Double family literacy nights');
    expect(first).toHaveTextContent('Both organisations');
    expect(first).toHaveTextContent('Thu 20 Mar 2025');
    expect(within(first!).getByText('Review due')).toBeInTheDocument();
    expect(second).toHaveTextContent('Library only');
    expect(second).toHaveTextContent('Never reviewed');
    expect(within(second!).queryByText('Review due')).not.toBeInTheDocument();
  });

  it('says what goals are for when there are none', async () => {
    mockApi({ 'GET /api/v1/partners/p-1/goals': pageOf([]) });
    renderSection();

    expect(await screen.findByText('No shared goals yet — write down what you are working toward together.')).toBeInTheDocument();
  });

  it('adds a goal inline, agreed by both by default, and shows it', async () => {
    const added = goal({ id: 'g-3', text: 'Teen tech help every Saturday', lastReviewedOn: '2026-03-01' });
    let saved = false;
    const { requests } = mockApi({
      'GET /api/v1/partners/p-1/goals': () => pageOf(saved ? [literacy, added] : [literacy]),
      'POST /api/v1/partners/p-1/goals': () => {
        saved = true;
        return { status: 201, body: added };
      },
    });
    renderSection();

    await userEvent.click(await screen.findByRole('button', { name: 'Add a goal' }));
    const form = screen.getByRole('form', { name: 'Add a goal' });
    expect(within(form).getByLabelText('Agreed by')).toHaveValue('both');
    await userEvent.type(within(form).getByLabelText('Goal'), 'Teen tech help every Saturday');
    await userEvent.type(within(form).getByLabelText('Last reviewed'), '2026-03-01');
    await userEvent.click(within(form).getByRole('button', { name: 'Add goal' }));

    expect(await screen.findByText('Goal added')).toBeInTheDocument();
    expect(await screen.findByText('Teen tech help every Saturday')).toBeInTheDocument();
    expect(screen.queryByRole('form', { name: 'Add a goal' })).not.toBeInTheDocument();
    expect(requests.find((request) => request.method === 'POST')?.body).toEqual({
      text: 'Teen tech help every Saturday',
      agreedBy: 'both',
      lastReviewedOn: '2026-03-01',
    });
  });

  it('keeps the typed goal and puts the problem on its field when the API refuses it', async () => {
    mockApi({
      'GET /api/v1/partners/p-1/goals': pageOf([]),
      'POST /api/v1/partners/p-1/goals': {
        status: 400,
        body: problem(400, 'Some of the information needs correcting', undefined, [{ field: 'text', message: 'Goal text must be 10,000 characters or fewer.' }]),
      },
    });
    renderSection();

    await userEvent.click(await screen.findByRole('button', { name: 'Add a goal' }));
    await userEvent.type(screen.getByLabelText('Goal'), 'Something long');
    await userEvent.click(screen.getByRole('button', { name: 'Add goal' }));

    expect(await screen.findByRole('link', { name: 'Goal text must be 10,000 characters or fewer.' })).toBeInTheDocument();
    expect(screen.getByLabelText('Goal')).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByLabelText('Goal')).toHaveValue('Something long');
  });

  it('marks a goal reviewed today in one click, sending the version it was read at', async () => {
    let reviewed = false;
    const { requests } = mockApi({
      'GET /api/v1/partners/p-1/goals': () =>
        pageOf([reviewed ? { ...literacy, lastReviewedOn: '2026-03-15', reviewDueOn: '2027-03-15', version: 4 } : literacy]),
      'PATCH /api/v1/goals/g-1': () => {
        reviewed = true;
        return { status: 200, body: { ...literacy, lastReviewedOn: '2026-03-15', version: 4 } };
      },
    });
    renderSection();

    const card = (await screen.findByText('Double family literacy nights')).closest('li')!;
    await userEvent.click(within(card).getByRole('button', { name: 'Mark reviewed today' }));

    expect(await screen.findByText('Goal marked as reviewed today')).toBeInTheDocument();
    expect(requests.find((request) => request.method === 'PATCH')?.body).toEqual({ version: 3, lastReviewedOn: '2026-03-15' });
    await waitFor(() => expect(within(card).getByText('Reviewed today')).toBeInTheDocument());
    expect(within(card).queryByText('Review due')).not.toBeInTheDocument();
  });

  it('explains a conflict when someone else saved the goal first, and reloads on request', async () => {
    const detail = 'Someone else saved a change to this goal after you opened it. Reload to see their version, then make your change again.';
    let lists = 0;
    mockApi({
      'GET /api/v1/partners/p-1/goals': () => {
        lists += 1;
        return pageOf([literacy]);
      },
      'PATCH /api/v1/goals/g-1': { status: 409, body: problem(409, 'Someone else changed this first', detail) },
    });
    renderSection();

    await userEvent.click(await screen.findByRole('button', { name: 'Mark reviewed today' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(detail);
    const before = lists;
    await userEvent.click(within(alert).getByRole('button', { name: 'Reload' }));
    await waitFor(() => expect(lists).toBeGreaterThan(before));
  });

  it('edits a goal in place and archives one after asking', async () => {
    const { requests } = mockApi({
      'GET /api/v1/partners/p-1/goals': pageOf([literacy]),
      'PATCH /api/v1/goals/g-1': { status: 200, body: { ...literacy, agreedBy: 'partner', version: 4 } },
      'POST /api/v1/goals/g-1/archive': { status: 200, body: { ...literacy, archivedAt: '2026-03-15T12:00:00.000Z', version: 4 } },
    });
    renderSection();

    await userEvent.click(await screen.findByRole('button', { name: 'Edit' }));
    const form = screen.getByRole('form', { name: 'Edit goal' });
    expect(within(form).getByLabelText('Goal')).toHaveValue('Double family literacy nights');
    await userEvent.selectOptions(within(form).getByLabelText('Agreed by'), 'Partner only');
    await userEvent.click(within(form).getByRole('button', { name: 'Save goal' }));
    expect(await screen.findByText('Goal saved')).toBeInTheDocument();
    expect(requests.find((request) => request.method === 'PATCH')?.body).toEqual({
      version: 3,
      text: 'Double family literacy nights',
      agreedBy: 'partner',
      lastReviewedOn: '2025-03-20',
    });

    await userEvent.click(await screen.findByRole('button', { name: 'Archive' }));
    const dialog = await screen.findByRole('dialog', { name: 'Archive this goal?' });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Archive goal' }));
    expect(await screen.findByText('Goal archived')).toBeInTheDocument();
    expect(requests.find((request) => request.path === '/api/v1/goals/g-1/archive')?.body).toEqual({ version: 3 });
  });

  it('shows archived goals on request, with a way to restore them', async () => {
    const archived = goal({ id: 'g-9', text: 'An old goal', archivedAt: '2026-02-01T09:00:00.000Z', version: 2 });
    const { requests } = mockApi({
      'GET /api/v1/partners/p-1/goals': (request) =>
        pageOf(new URL(request.url).searchParams.get('archived') === 'all' ? [literacy, archived] : [literacy]),
      'POST /api/v1/goals/g-9/restore': { status: 200, body: { ...archived, archivedAt: null, version: 3 } },
    });
    renderSection();

    await screen.findByText('Double family literacy nights');
    expect(screen.queryByText('An old goal')).not.toBeInTheDocument();
    await userEvent.click(screen.getByRole('switch', { name: 'Show archived goals' }));
    const card = (await screen.findByText('An old goal')).closest('li')!;
    expect(within(card).getByText('Archived')).toBeInTheDocument();
    await userEvent.click(within(card).getByRole('button', { name: 'Restore' }));
    expect(await screen.findByText('Goal restored')).toBeInTheDocument();
    expect(requests.find((request) => request.method === 'POST')?.body).toEqual({ version: 2 });
  });

  it('asks before a tab change or another page throws away a half-written goal', async () => {
    mockApi({ 'GET /api/v1/partners/p-1/goals': pageOf([]) });
    const { router } = renderSection();

    await userEvent.click(await screen.findByRole('button', { name: 'Add a goal' }));
    await userEvent.type(screen.getByLabelText('Goal'), 'Half a thought');
    void router.navigate('/partners/p-1?tab=contacts');

    const dialog = await screen.findByRole('dialog', { name: 'Leave without saving?' });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Stay on this page' }));
    expect(router.state.location.search).toBe('');
    expect(screen.getByLabelText('Goal')).toHaveValue('Half a thought');

    void router.navigate('/partners');
    await userEvent.click(within(await screen.findByRole('dialog', { name: 'Leave without saving?' })).getByRole('button', { name: 'Leave without saving' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/partners'));
  });
});
