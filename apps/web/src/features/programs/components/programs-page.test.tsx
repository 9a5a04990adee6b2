import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { partnerFixture } from '../../../test/fixtures/partners';
import { programFixture, programPageOf } from '../../../test/fixtures/programs';
import { librarianMe, mockApi, pageOf } from '../../../test/mock-api';
import { renderApp } from '../../../test/render-app';

const RIVER_ID = '0b5e8a52-6d1c-4f5e-9a51-3c2f1d7b9e01';
const river = partnerFixture({ id: RIVER_ID, name: 'Riverside Clinic', type: 'health-provider' });

const healthFair = programFixture({
  id: 'pr-fair',
  title: 'Health fair',
  topic: 'health-wellness',
  startsOn: '2026-03-14',
  endsOn: '2026-03-14',
  status: 'held',
  partners: [{ id: RIVER_ID, name: 'Riverside Clinic', roles: ['co-host'] }],
  totals: { sessions: 1, attendance: 212, recordedViews: 0 },
});
const jobSkills = programFixture({
  id: 'pr-jobs',
  title: 'Job skills workshop',
  topic: 'economic-development',
  startsOn: '2026-04-02',
  endsOn: '2026-05-28',
  status: 'cancelled',
  statusReason: 'funding',
  totals: { sessions: 4, attendance: 37, recordedViews: 0 },
});

const programSearches = (requests: { path: string; search: string }[]) =>
  requests.filter((request) => request.path === '/api/v1/programs').map((request) => new URLSearchParams(request.search));

describe('Programs list', () => {
  it('lists programs with dates, status and reason, topic, partners, sessions and attendance, and the totals of the whole filtered set', async () => {
    mockApi({
      'GET /api/v1/auth/me': { status: 200, body: librarianMe },
      // Totals cover every match, not only this page: 3 programs, 9 sessions, 1,250 attended.
      'GET /api/v1/programs': programPageOf([healthFair, jobSkills], { programs: 3, sessions: 9, attendance: 1250 }, 3),
    });
    renderApp('/programs');

    const table = await screen.findByRole('table', { name: 'Programs' });
    const fair = within(table).getByRole('row', { name: /Health fair/ });
    expect(within(fair).getByRole('link', { name: 'Health fair' })).toHaveAttribute('href', '/programs/pr-fair');
    expect(within(fair).getByText('Sat 14 Mar 2026')).toBeInTheDocument();
    expect(within(fair).getByText('Held')).toBeInTheDocument();
    expect(within(fair).getByText('Health and wellness')).toBeInTheDocument();
    expect(within(fair).getByRole('link', { name: 'Riverside Clinic' })).toHaveAttribute('href', `/partners/${RIVER_ID}`);
    expect(within(fair).getByText('212')).toBeInTheDocument();
    const jobs = within(table).getByRole('row', { name: /Job skills workshop/ });
    expect(within(jobs).getByText('Thu 2 Apr 2026 – Thu 28 May 2026')).toBeInTheDocument();
    expect(within(jobs).getByText('Cancelled · Funding')).toBeInTheDocument();
    expect(within(jobs).getByText('None yet')).toBeInTheDocument();

    const totals = screen.getByRole('region', { name: 'Totals, all programs' });
    expect(within(totals).getByText('Programs').nextElementSibling).toHaveTextContent('3');
    expect(within(totals).getByText('Sessions').nextElementSibling).toHaveTextContent('9');
    expect(within(totals).getByText('Attendance').nextElementSibling).toHaveTextContent('1,250');
    expect(screen.getByText('Showing 1–3 of 3 programs')).toBeInTheDocument();
  });

  it('reads every filter from the address: a shared link shows the same list and the same totals', async () => {
    const { requests } = mockApi({
      'GET /api/v1/auth/me': { status: 200, body: librarianMe },
      'GET /api/v1/programs': programPageOf([healthFair], { programs: 30, sessions: 41, attendance: 980 }, 30),
      [`GET /api/v1/partners/${RIVER_ID}`]: { status: 200, body: river },
      'GET /api/v1/partners': pageOf([river]),
    });
    renderApp(
      `/programs?q=fair&status=held&status=planned&partner=${RIVER_ID}&topic=health-wellness&from=2026-03-01&to=2026-03-31&libraryRole=co-sponsor&archived=all&sort=attendance&page=2`,
    );

    await screen.findByRole('table', { name: 'Programs' });
    const params = programSearches(requests).at(-1);
    expect(params?.get('q')).toBe('fair');
    expect(params?.getAll('status')).toEqual(['held', 'planned']);
    expect(params?.get('partnerId')).toBe(RIVER_ID);
    expect(params?.get('topic')).toBe('health-wellness');
    expect(params?.get('from')).toBe('2026-03-01');
    expect(params?.get('to')).toBe('2026-03-31');
    expect(params?.get('libraryRole')).toBe('co-sponsor');
    expect(params?.get('archived')).toBe('all');
    expect(params?.get('sort')).toBe('attendance');
    expect(params?.get('limit')).toBe('25');
    expect(params?.get('offset')).toBe('25');

    expect(screen.getByRole('searchbox', { name: 'Search programs' })).toHaveValue('fair');
    expect(screen.getByLabelText('Topic')).toHaveValue('health-wellness');
    expect(screen.getByLabelText("Library's role")).toHaveValue('co-sponsor');
    expect(screen.getByLabelText('Running on or after')).toHaveValue('2026-03-01');
    expect(screen.getByLabelText('Running on or before')).toHaveValue('2026-03-31');
    expect(screen.getByLabelText('Show archived')).toHaveValue('all');
    // The partner is named from its record, since the link only carries its id.
    await waitFor(() => expect(screen.getByRole('combobox', { name: 'Partner' })).toHaveValue('Riverside Clinic'));
    const totals = screen.getByRole('region', { name: 'Totals for these filters' });
    expect(within(totals).getByText('Attendance').nextElementSibling).toHaveTextContent('980');
    expect(within(totals).getByText('Programs').nextElementSibling).toHaveTextContent('30');
  });

  it('puts each filter change in the address and asks the API again, going back to page 1', async () => {
    const { requests } = mockApi({
      'GET /api/v1/auth/me': { status: 200, body: librarianMe },
      'GET /api/v1/programs': programPageOf([healthFair, jobSkills]),
    });
    const { router } = renderApp('/programs?page=3');
    await screen.findByRole('table', { name: 'Programs' });

    await userEvent.selectOptions(screen.getByLabelText('Topic'), 'Health and wellness');
    await waitFor(() => expect(router.state.location.search).toBe('?topic=health-wellness'));
    await waitFor(() => expect(programSearches(requests).at(-1)?.get('topic')).toBe('health-wellness'));
    expect(programSearches(requests).at(-1)?.get('offset')).toBe('0');

    fireEvent.change(screen.getByLabelText('Running on or after'), { target: { value: '2026-04-01' } });
    await waitFor(() => expect(new URLSearchParams(router.state.location.search).get('from')).toBe('2026-04-01'));
    await userEvent.selectOptions(screen.getByLabelText("Library's role"), 'Sponsor');
    await waitFor(() => expect(programSearches(requests).at(-1)?.get('libraryRole')).toBe('sponsor'));
    expect(programSearches(requests).at(-1)?.get('from')).toBe('2026-04-01');
    expect(programSearches(requests).at(-1)?.get('topic')).toBe('health-wellness');
  });

  it('finds programs by title as you type, keeping focus, one request per pause', async () => {
    const { requests } = mockApi({
      'GET /api/v1/auth/me': { status: 200, body: librarianMe },
      'GET /api/v1/programs': (request) =>
        new URL(request.url).searchParams.get('q') === 'health' ? programPageOf([healthFair]) : programPageOf([healthFair, jobSkills]),
    });
    const { router } = renderApp('/programs');
    const search = await screen.findByRole('searchbox', { name: 'Search programs' });

    await userEvent.type(search, 'health');

    await waitFor(() => expect(router.state.location.search).toBe('?q=health'));
    await waitFor(() => expect(screen.queryByRole('row', { name: /Job skills workshop/ })).not.toBeInTheDocument());
    expect(search).toHaveFocus();
    const queries = programSearches(requests).map((params) => params.get('q'));
    expect(queries).toContain('health');
    expect(queries).not.toContain('h');
  });

  it('filters by a partner found by a few letters of its name', async () => {
    const { requests } = mockApi({
      'GET /api/v1/auth/me': { status: 200, body: librarianMe },
      'GET /api/v1/programs': programPageOf([healthFair]),
      'GET /api/v1/partners': (request) =>
        new URL(request.url).searchParams.get('q') === 'river' ? pageOf([river]) : pageOf([partnerFixture({ id: 'p-other', name: 'Mill Town Museum' })]),
    });
    const { router } = renderApp('/programs');
    await screen.findByRole('table', { name: 'Programs' });

    await userEvent.type(screen.getByRole('combobox', { name: 'Partner' }), 'river');
    await userEvent.click(await screen.findByRole('option', { name: 'Riverside Clinic' }));

    await waitFor(() => expect(router.state.location.search).toBe(`?partner=${RIVER_ID}`));
    await waitFor(() => expect(programSearches(requests).at(-1)?.get('partnerId')).toBe(RIVER_ID));
  });

  it('sorts by a column header, flipping on a second click, with aria-sort on the header', async () => {
    const { requests } = mockApi({ 'GET /api/v1/auth/me': { status: 200, body: librarianMe }, 'GET /api/v1/programs': programPageOf([healthFair, jobSkills]) });
    const { router } = renderApp('/programs');
    const table = await screen.findByRole('table', { name: 'Programs' });
    expect(within(table).getByRole('columnheader', { name: /Dates/ })).toHaveAttribute('aria-sort', 'descending');

    await userEvent.click(within(table).getByRole('button', { name: /Attendance/ }));
    await waitFor(() => expect(router.state.location.search).toBe('?sort=-attendance'));
    expect(within(table).getByRole('columnheader', { name: /Attendance/ })).toHaveAttribute('aria-sort', 'descending');
    expect(within(table).getByRole('columnheader', { name: /Dates/ })).toHaveAttribute('aria-sort', 'none');
    await waitFor(() => expect(programSearches(requests).at(-1)?.get('sort')).toBe('-attendance'));

    await userEvent.click(within(table).getByRole('button', { name: /Attendance/ }));
    await waitFor(() => expect(router.state.location.search).toBe('?sort=attendance'));
    expect(within(table).getByRole('columnheader', { name: /Attendance/ })).toHaveAttribute('aria-sort', 'ascending');
  });

  it('says when nothing matches, and clears every filter in one step', async () => {
    mockApi({
      'GET /api/v1/auth/me': { status: 200, body: librarianMe },
      'GET /api/v1/programs': (request) => (new URL(request.url).search.includes('status=') ? programPageOf([]) : programPageOf([jobSkills])),
    });
    const { router } = renderApp('/programs?status=postponed&topic=stem');

    expect(await screen.findByText('No programs match these filters.')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Clear filters' }));

    await waitFor(() => expect(router.state.location.search).toBe(''));
    expect(await screen.findByRole('row', { name: /Job skills workshop/ })).toBeInTheDocument();
    expect(screen.getByLabelText('Topic')).toHaveValue('');
  });

  it('invites the first program when there are none, and links to the calendar', async () => {
    mockApi({ 'GET /api/v1/auth/me': { status: 200, body: librarianMe }, 'GET /api/v1/programs': programPageOf([]) });
    renderApp('/programs');

    expect(await screen.findByText('No programs yet — plan your first program with a partner.')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Add your first program' })).toHaveAttribute('href', '/programs/new');
    const views = screen.getByRole('navigation', { name: 'Program views' });
    expect(within(views).getByRole('link', { name: 'List' })).toHaveAttribute('aria-current', 'page');
    expect(within(views).getByRole('link', { name: 'Calendar' })).toHaveAttribute('href', '/programs/calendar');
  });
});
