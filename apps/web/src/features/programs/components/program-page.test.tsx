import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { todayCalendarDay } from '../../../lib/calendar-day';
import { partnerFixture } from '../../../test/fixtures/partners';
import { programFixture, roleFixture } from '../../../test/fixtures/programs';
import { librarianMe, mockApi, pageOf } from '../../../test/mock-api';
import { renderApp } from '../../../test/render-app';

const fair = programFixture({
  id: 'pr-fair',
  title: 'Health fair',
  topic: 'health-wellness',
  startsOn: '2026-03-14',
  endsOn: '2026-03-14',
  status: 'postponed',
  statusReason: 'weather',
  statusNote: 'Snow; moved to April',
  libraryRole: 'promotion-only',
  primaryOutcome: 'resource-awareness',
  audienceScope: 'specific-groups',
  targetGroups: ['families', 'older-adults'],
  checklist: { agreement: '2026-02-01', brandingApproved: null, volunteersCleared: null, spaceBooked: '2026-02-10', timingConfirmed: null },
  partners: [
    { id: 'p-clinic', name: 'Riverside Clinic', roles: ['lead', 'presenter'] },
    { id: 'p-school', name: 'Mill Town Schools', roles: ['promoter'] },
  ],
  totals: { sessions: 3, attendance: 1250, recordedViews: 40 },
  version: 2,
});
const clinic = partnerFixture({ id: 'p-clinic', name: 'Riverside Clinic', type: 'health-provider' });

describe('Program page', { timeout: 20_000 }, () => {
  it('shows the essentials in the header and the plan in the overview', async () => {
    mockApi({ 'GET /api/v1/auth/me': { status: 200, body: librarianMe }, 'GET /api/v1/programs/pr-fair': { status: 200, body: fair } });
    renderApp('/programs/pr-fair');

    expect(await screen.findByRole('heading', { level: 1, name: 'Health fair' })).toBeInTheDocument();
    expect(screen.getByText('Postponed · Weather')).toBeInTheDocument();
    expect(screen.getByText('Sat 14 Mar 2026')).toBeInTheDocument();
    expect(screen.getByText(/Snow; moved to April/)).toBeInTheDocument();
    expect(screen.getByText('Promotion only')).toBeInTheDocument();
    expect(screen.getByText('Not counted in funder summaries')).toBeInTheDocument();
    expect(screen.getByText('1,250')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Riverside Clinic' })).toHaveAttribute('href', '/partners/p-clinic');
    expect(screen.getByText(/Lead, Presenter/)).toBeInTheDocument();

    const checklist = screen.getByRole('region', { name: 'Admin checklist' });
    expect(within(checklist).getByText('Incomplete')).toBeInTheDocument();
    expect(within(checklist).getByText('2 of 5 done')).toBeInTheDocument();
    expect(within(checklist).getByText(/Agreement in place: done Sun 1 Feb 2026/)).toBeInTheDocument();
    expect(within(checklist).getByText(/Branding approved: not yet/)).toBeInTheDocument();
    expect(screen.getByText('Families, Older adults')).toBeInTheDocument();
    expect(screen.getByRole('tab', { name: 'Sessions & attendance' })).toBeInTheDocument();
  });

  it('adds a partner’s role with its owner at the partner, named today', async () => {
    let created = false;
    const role = roleFixture({ id: 'r-9', programId: 'pr-fair', partner: { id: 'p-clinic', name: 'Riverside Clinic' }, role: 'venue-host' });
    const { requests } = mockApi({
      'GET /api/v1/auth/me': { status: 200, body: librarianMe },
      'GET /api/v1/programs/pr-fair': { status: 200, body: fair },
      'GET /api/v1/programs/pr-fair/roles': () => pageOf(created ? [role] : []),
      'GET /api/v1/partners': pageOf([clinic]),
      'GET /api/v1/partners/p-clinic/contacts': pageOf([{ id: 'c-1', name: 'Dana Ortiz', title: 'Outreach lead' }]),
      'POST /api/v1/programs/pr-fair/roles': () => {
        created = true;
        return { status: 201, body: role };
      },
    });
    renderApp('/programs/pr-fair?tab=roles');

    expect(await screen.findByText(/No partners have a role yet/)).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Add a partner’s role' }));
    const form = screen.getByRole('form', { name: 'Add a partner’s role' });
    await userEvent.click(within(form).getByRole('combobox', { name: 'Partner' }));
    await userEvent.click(await screen.findByRole('option', { name: 'Riverside Clinic' }));
    await userEvent.selectOptions(within(form).getByLabelText('Role'), 'Venue host');
    const owner = within(form).getByLabelText('Who owns it at the partner (optional)');
    await waitFor(() => expect(within(owner).getByRole('option', { name: 'Dana Ortiz (Outreach lead)' })).toBeInTheDocument());
    await userEvent.selectOptions(owner, 'c-1');
    expect(within(form).getByLabelText('Owner named on')).toHaveValue(todayCalendarDay());
    await userEvent.click(within(form).getByRole('button', { name: 'Add role' }));

    await waitFor(() => expect(requests.some((request) => request.method === 'POST')).toBe(true));
    expect(requests.find((request) => request.method === 'POST')?.body).toEqual({
      partnerId: 'p-clinic',
      role: 'venue-host',
      ownerContactId: 'c-1',
      ownerNamedOn: todayCalendarDay(),
    });
    expect(await screen.findByText('Riverside Clinic added as venue host')).toBeInTheDocument();
    expect(await screen.findByRole('listitem', { name: /Riverside Clinic · Venue host/ })).toBeInTheDocument();
  });

  it('archives the program after asking, sending the version it was read at', async () => {
    const { requests } = mockApi({
      'GET /api/v1/auth/me': { status: 200, body: librarianMe },
      'GET /api/v1/programs/pr-fair': { status: 200, body: fair },
      'POST /api/v1/programs/pr-fair/archive': { status: 200, body: { ...fair, version: 3, archivedAt: '2026-03-20T10:00:00.000Z' } },
    });
    renderApp('/programs/pr-fair');

    await userEvent.click(await screen.findByRole('button', { name: 'Archive' }));
    const dialog = await screen.findByRole('dialog', { name: 'Archive Health fair?' });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Archive program' }));

    expect(await screen.findByText('This program is archived')).toBeInTheDocument();
    expect(requests.find((request) => request.path === '/api/v1/programs/pr-fair/archive')?.body).toEqual({ version: 2 });
    expect(screen.getByRole('button', { name: 'Restore' })).toBeInTheDocument();
  });
});
