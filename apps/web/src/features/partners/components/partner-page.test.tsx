import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { adminMe, librarianMe, mockApi } from '../../../test/mock-api';
import { renderApp } from '../../../test/render-app';
import { partnerFixture } from '../../../test/fixtures/partners';
import { programFixture, programPageOf } from '../../../test/fixtures/programs';

const riverside = partnerFixture({
  id: 'p-river',
  name: 'Riverside Food Bank',
  type: 'social-service-nonprofit',
  stage: 'active',
  website: 'https://riverside-food.example',
  description: '<b>Not bold</b>\nSecond line',
  focusAreas: ['health-wellness'],
  publics: ['families'],
  liaison: { id: 'u-lib', name: 'Grace Hopper' },
  primaryContact: { id: 'c-ana', name: 'Ana Ruiz', email: 'ana@riverside-food.example', phone: '+1 555 0100' },
  collaborationLevelLibrary: 3,
  tags: ['food', 'north side'],
  createdBy: 'u-someone-else',
  version: 5,
});

describe('Partner page', () => {
  it('shows the key facts, with safe links and the description as text', async () => {
    mockApi({ 'GET /api/v1/auth/me': { status: 200, body: librarianMe }, 'GET /api/v1/partners/p-river': { status: 200, body: riverside } });
    renderApp('/partners/p-river');

    expect(await screen.findByRole('heading', { level: 1, name: 'Riverside Food Bank' })).toBeInTheDocument();
    expect(screen.getByText('Social service nonprofit')).toBeInTheDocument();
    const website = screen.getByRole('link', { name: /^riverside-food\.example/ });
    expect(website).toHaveAttribute('href', 'https://riverside-food.example');
    expect(website).toHaveAttribute('target', '_blank');
    expect(website).toHaveAttribute('rel', 'noopener noreferrer');
    expect(screen.getByRole('link', { name: 'ana@riverside-food.example' })).toHaveAttribute('href', 'mailto:ana@riverside-food.example');
    expect(screen.getByRole('link', { name: '+1 555 0100' })).toHaveAttribute('href', 'tel:+15550100');
    expect(screen.getByText(/<b>Not bold<\/b>/)).toBeInTheDocument();
    expect(within(screen.getByRole('list', { name: 'Focus areas' })).getByText('Health and wellness')).toBeInTheDocument();
    expect(screen.getByText('3 · Coordination')).toBeInTheDocument();
    expect(screen.getByRole('tab', { name: 'Overview' })).toHaveAttribute('aria-selected', 'true');
  });

  it('keeps the open tab in the address', async () => {
    mockApi({ 'GET /api/v1/auth/me': { status: 200, body: librarianMe }, 'GET /api/v1/partners/p-river': { status: 200, body: riverside } });
    const { router } = renderApp('/partners/p-river?tab=timeline');

    expect(await screen.findByRole('tab', { name: 'Timeline' })).toHaveAttribute('aria-selected', 'true');
    await userEvent.click(screen.getByRole('tab', { name: 'Contacts' }));
    await waitFor(() => expect(router.state.location.search).toBe('?tab=contacts'));
  });

  it('hides Archive from a librarian who did not add the partner, and says why', async () => {
    mockApi({ 'GET /api/v1/auth/me': { status: 200, body: librarianMe }, 'GET /api/v1/partners/p-river': { status: 200, body: riverside } });
    renderApp('/partners/p-river');

    await screen.findByRole('heading', { level: 1, name: 'Riverside Food Bank' });
    expect(screen.getByRole('link', { name: 'Edit' })).toHaveAttribute('href', '/partners/p-river/edit');
    expect(screen.queryByRole('button', { name: 'Archive' })).not.toBeInTheDocument();
    expect(screen.getByText(/Only the person who added this partner, a manager or an administrator can archive/)).toBeInTheDocument();
  });

  it('lets the librarian who added it archive it, after confirming', async () => {
    const mine = { ...riverside, createdBy: librarianMe.id };
    const { requests } = mockApi({
      'GET /api/v1/auth/me': { status: 200, body: librarianMe },
      'GET /api/v1/partners/p-river': { status: 200, body: mine },
      'POST /api/v1/partners/p-river/archive': { status: 200, body: { ...mine, archivedAt: '2026-03-03T10:00:00.000Z', version: 6 } },
    });
    renderApp('/partners/p-river');

    await userEvent.click(await screen.findByRole('button', { name: 'Archive' }));
    const dialog = await screen.findByRole('dialog', { name: 'Archive Riverside Food Bank?' });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Archive partner' }));

    expect(await screen.findByText('This partner is archived')).toBeInTheDocument();
    expect(requests.find((request) => request.method === 'POST')?.body).toEqual({ version: 5 });
    expect(screen.getByRole('button', { name: 'Restore' })).toBeInTheDocument();
  });

  it('lets a manager or administrator restore an archived partner', async () => {
    const archived = { ...riverside, archivedAt: '2026-03-03T10:00:00.000Z' };
    const { requests } = mockApi({
      'GET /api/v1/auth/me': { status: 200, body: adminMe },
      'GET /api/v1/partners/p-river': { status: 200, body: archived },
      'POST /api/v1/partners/p-river/restore': { status: 200, body: { ...riverside, version: 6 } },
    });
    renderApp('/partners/p-river');

    await userEvent.click(await screen.findByRole('button', { name: 'Restore' }));

    await waitFor(() => expect(screen.queryByText('This partner is archived')).not.toBeInTheDocument());
    expect(requests.find((request) => request.path.endsWith('/restore'))?.body).toEqual({ version: 5 });
    expect(await screen.findByText('Riverside Food Bank is restored')).toBeInTheDocument();
  });

  it('says plainly when there is no such partner', async () => {
    mockApi({ 'GET /api/v1/auth/me': { status: 200, body: librarianMe } });
    renderApp('/partners/nope');

    expect(await screen.findByRole('heading', { level: 1, name: 'Partner not found' })).toBeInTheDocument();
  });

  it('logs a conversation with this partner from its page, by the button or the l key', async () => {
    mockApi({
      'GET /api/v1/auth/me': { status: 200, body: librarianMe },
      'GET /api/v1/partners/p-river': { status: 200, body: riverside },
      'GET /api/v1/partners': { status: 200, body: { items: [], total: 0, nextCursor: null } },
      'GET /api/v1/staff': { status: 200, body: { items: [], total: 0, nextCursor: null } },
      'GET /api/v1/partners/p-river/contacts': { status: 200, body: { items: [], total: 0, nextCursor: null } },
    });
    renderApp('/partners/p-river');

    const button = await screen.findByRole('button', { name: 'Log a conversation' });
    expect(button).toHaveAttribute('aria-keyshortcuts', 'l');
    await userEvent.click(button);
    let dialog = await screen.findByRole('dialog', { name: 'Log a conversation' });
    expect(within(dialog).getByRole('combobox', { name: 'Partner' })).toHaveValue('Riverside Food Bank');
    expect(within(dialog).getByRole('textbox', { name: 'Summary' })).toHaveFocus();
    await userEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Log a conversation' })).not.toBeInTheDocument());

    await userEvent.keyboard('l');
    dialog = await screen.findByRole('dialog', { name: 'Log a conversation' });
    expect(within(dialog).getByRole('combobox', { name: 'Partner' })).toHaveValue('Riverside Food Bank');
  });

  it('lists the tabs in order: the relationship first, then its programs and their value', async () => {
    mockApi({
      'GET /api/v1/auth/me': { status: 200, body: librarianMe },
      'GET /api/v1/partners/p-river': { status: 200, body: riverside },
      'GET /api/v1/commitments': { status: 200, body: { items: [], total: 0, nextCursor: null } },
    });
    renderApp('/partners/p-river?tab=follow-ups');

    expect(await screen.findByRole('tab', { name: 'Follow-ups' })).toHaveAttribute('aria-selected', 'true');
    expect(screen.getAllByRole('tab').map((tab) => tab.textContent)).toEqual([
      'Overview',
      'Contacts',
      'Follow-ups',
      'Timeline',
      'Programs',
      'Contributions',
      'Notes',
      'Value',
      'Health',
    ]);
    expect(await screen.findByText(/No follow-ups yet/)).toBeInTheDocument();
  });

  describe('Programs tab', () => {
    const fair = programFixture({
      id: 'pr-fair',
      title: 'Health fair',
      status: 'held',
      startsOn: '2026-03-14',
      endsOn: '2026-03-14',
      partners: [
        { id: 'p-river', name: 'Riverside Food Bank', roles: ['lead', 'venue-host'] },
        { id: 'p-clinic', name: 'Riverside Clinic', roles: ['presenter'] },
      ],
      totals: { sessions: 1, attendance: 240, recordedViews: 0 },
    });
    const homework = programFixture({
      id: 'pr-homework',
      title: 'Homework help',
      status: 'cancelled',
      statusReason: 'funding',
      partners: [{ id: 'p-river', name: 'Riverside Food Bank', roles: ['promoter'] }],
      totals: { sessions: 12, attendance: 1203, recordedViews: 0 },
    });

    it("lists the partner's programs with their status, dates, its roles, sessions and attendance", async () => {
      const { requests } = mockApi({
        'GET /api/v1/auth/me': { status: 200, body: librarianMe },
        'GET /api/v1/partners/p-river': { status: 200, body: riverside },
        'GET /api/v1/programs': programPageOf([fair, homework], { programs: 30, sessions: 50, attendance: 4000 }, 30),
      });
      renderApp('/partners/p-river?tab=programs');

      const list = await screen.findByRole('list', { name: 'Programs' });
      expect(requests.find((request) => request.path === '/api/v1/programs')?.search).toBe('?partnerId=p-river&limit=25&sort=-startsOn');
      const [first, second] = within(list).getAllByRole('listitem');
      expect(within(first!).getByRole('link', { name: 'Health fair' })).toHaveAttribute('href', '/programs/pr-fair');
      expect(first).toHaveTextContent('Held');
      expect(first).toHaveTextContent('Sat 14 Mar 2026');
      expect(first).toHaveTextContent('Roles: Lead, Venue host');
      expect(within(first!).getByRole('link', { name: 'Riverside Clinic' })).toHaveAttribute('href', '/partners/p-clinic');
      expect(first).toHaveTextContent('1 session · 240 attendees');
      expect(second).toHaveTextContent('Cancelled · Funding');
      expect(second).toHaveTextContent('Role: Promoter');
      expect(second).toHaveTextContent('12 sessions · 1,203 attendees');

      expect(screen.getByText('30 programs · 50 sessions · 4,000 attendees in all')).toBeInTheDocument();
      expect(screen.getByText('Showing 2 of 30 programs, latest first')).toBeInTheDocument();
      expect(screen.getByRole('link', { name: 'See all in Programs' })).toHaveAttribute('href', '/programs?partner=p-river');
      expect(screen.getByRole('link', { name: 'Plan a program with this partner' })).toHaveAttribute('href', '/programs/new?partnerId=p-river');
    });

    it('says so when there are none yet, and offers nothing to change on an archived partner', async () => {
      mockApi({
        'GET /api/v1/auth/me': { status: 200, body: librarianMe },
        'GET /api/v1/partners/p-river': { status: 200, body: { ...riverside, archivedAt: '2026-03-03T10:00:00.000Z' } },
        'GET /api/v1/programs': programPageOf([]),
      });
      renderApp('/partners/p-river?tab=programs');

      expect(await screen.findByText('No programs with Riverside Food Bank yet.')).toBeInTheDocument();
      expect(screen.queryByRole('link', { name: 'Plan a program with this partner' })).not.toBeInTheDocument();
    });
  });

  it("shows the partner's contributions, notes and value on their own tabs, each in the address", async () => {
    const empty = { items: [], total: 0, nextCursor: null };
    const { requests } = mockApi({
      'GET /api/v1/auth/me': { status: 200, body: librarianMe },
      'GET /api/v1/partners/p-river': { status: 200, body: riverside },
      'GET /api/v1/contributions': {
        status: 200,
        body: { ...empty, totals: { moneyValue: 0, volunteerHours: 0, bySide: [], byType: [] } },
      },
      'GET /api/v1/impact-notes': { status: 200, body: empty },
    });
    const { router } = renderApp('/partners/p-river?tab=contributions');

    expect(await screen.findByRole('tab', { name: 'Contributions' })).toHaveAttribute('aria-selected', 'true');
    expect(screen.getByRole('button', { name: 'Add a contribution' })).toBeInTheDocument();
    await waitFor(() => expect(requests.some((request) => request.path === '/api/v1/contributions' && request.search.includes('partnerId=p-river'))).toBe(true));

    await userEvent.click(screen.getByRole('tab', { name: 'Notes' }));
    await waitFor(() => expect(router.state.location.search).toBe('?tab=notes'));
    expect(await screen.findByRole('button', { name: 'Add a note' })).toBeInTheDocument();
    await waitFor(() => expect(requests.some((request) => request.path === '/api/v1/impact-notes' && request.search.includes('partnerId=p-river'))).toBe(true));

    await userEvent.click(screen.getByRole('tab', { name: 'Value' }));
    await waitFor(() => expect(router.state.location.search).toBe('?tab=value'));
    await waitFor(() => expect(requests.some((request) => request.path === '/api/v1/partners/p-river/value')).toBe(true));
  });

  it("keeps an archived partner's contributions and notes read-only", async () => {
    const empty = { items: [], total: 0, nextCursor: null };
    mockApi({
      'GET /api/v1/auth/me': { status: 200, body: librarianMe },
      'GET /api/v1/partners/p-river': { status: 200, body: { ...riverside, archivedAt: '2026-03-03T10:00:00.000Z' } },
      'GET /api/v1/contributions': { status: 200, body: { ...empty, totals: { moneyValue: 0, volunteerHours: 0, bySide: [], byType: [] } } },
      'GET /api/v1/impact-notes': { status: 200, body: empty },
    });
    renderApp('/partners/p-river?tab=contributions');

    expect(await screen.findByRole('heading', { level: 2, name: 'Contributions' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Add a contribution' })).not.toBeInTheDocument();
    await userEvent.click(screen.getByRole('tab', { name: 'Notes' }));
    expect(await screen.findByRole('heading', { level: 2, name: 'Impact notes' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Add a note' })).not.toBeInTheDocument();
  });
});
