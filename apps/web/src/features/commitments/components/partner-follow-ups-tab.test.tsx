import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { commitmentFixture, contactFixture } from '../../../test/fixtures/communications';
import { partnerFixture } from '../../../test/fixtures/partners';
import { librarianMe, mockApi, pageOf, problem, type MockHandler } from '../../../test/mock-api';
import { renderInApp } from '../../../test/render-app';
import { PartnerFollowUpsTab } from './partner-follow-ups-tab';

const partner = partnerFixture();
const overdue = commitmentFixture({ id: 'f-1', description: 'Send the flyer draft', dueOn: '2026-03-12', overdue: true, version: 2 });
const later = commitmentFixture({
  id: 'f-2',
  description: 'Confirm the room',
  dueOn: '2026-03-25',
  ownerSide: 'partner',
  ownerUser: null,
  ownerContact: { id: 'c-ana', name: 'Ana Ruiz' },
});
const kept = commitmentFixture({
  id: 'f-3',
  description: 'Share the sign-up sheet',
  dueOn: '2026-03-01',
  status: 'done',
  completedOn: '2026-03-03',
  completion: 'late',
  statusChangedAt: '2026-03-03T15:00:00.000Z',
  statusChangedBy: { id: librarianMe.id, name: librarianMe.name },
  version: 5,
});

function renderTab(extra: Record<string, MockHandler> = {}, items = [later, kept, overdue]) {
  const api = mockApi({
    'GET /api/v1/commitments': pageOf(items),
    'GET /api/v1/staff': { status: 200, body: { items: [{ id: librarianMe.id, name: librarianMe.name, role: 'librarian' }], total: 1, nextCursor: null } },
    'GET /api/v1/partners/p-1/contacts': pageOf([contactFixture({ id: 'c-ana', name: 'Ana Ruiz' })]),
    ...extra,
  });
  renderInApp(<PartnerFollowUpsTab partner={partner} />, { me: librarianMe, path: '/partners/p-1?tab=follow-ups' });
  return api;
}

describe('Follow-ups tab', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date(2026, 2, 15, 12, 0));
  });
  afterEach(() => vi.useRealTimers());

  it('lists open follow-ups first, the most overdue at the top, then closed ones with their outcome in words', async () => {
    const { requests } = renderTab();

    const open = await screen.findByRole('list', { name: 'Open (2)' });
    const [first, second] = within(open).getAllByRole('listitem');
    expect(first).toHaveTextContent('Send the flyer draft');
    expect(first).toHaveTextContent('Overdue');
    expect(first).toHaveTextContent('3 days overdue');
    expect(first).toHaveTextContent('Library: Grace Hopper');
    expect(second).toHaveTextContent('Confirm the room');
    expect(second).toHaveTextContent('Partner: Ana Ruiz (Riverside Food Bank)');
    const closed = screen.getByRole('list', { name: 'Closed (1)' });
    expect(closed).toHaveTextContent('Done 2 days late');
    expect(within(closed).getByRole('button', { name: 'Reopen' })).toBeInTheDocument();
    expect(new URLSearchParams(requests[0]!.search).get('partnerId')).toBe('p-1');
  });

  it('marks a follow-up done, missed or cancelled with the version it was read at', async () => {
    const { requests } = renderTab({ 'PATCH /api/v1/commitments/f-1': { status: 200, body: { ...overdue, status: 'missed', version: 3 } } });

    const card = (await screen.findByText('Send the flyer draft')).closest('li')!;
    await userEvent.click(within(card).getByRole('button', { name: 'Mark missed' }));

    expect(await screen.findByText('Marked “Send the flyer draft” missed')).toBeInTheDocument();
    expect(requests.find((request) => request.method === 'PATCH')?.body).toEqual({ version: 2, status: 'missed' });
  });

  it('reopens a closed follow-up only with a reason, and shows the API’s message on that field', async () => {
    let attempt = 0;
    const { requests } = renderTab({
      'PATCH /api/v1/commitments/f-3': () => {
        attempt += 1;
        return attempt === 1
          ? { status: 400, body: problem(400, 'Some of the information needs correcting', undefined, [{ field: 'reason', message: 'Keep the reason to 1,000 characters or fewer' }]) }
          : { status: 200, body: { ...kept, status: 'open', version: 6 } };
      },
    });

    await userEvent.click(await screen.findByRole('button', { name: 'Reopen' }));
    const dialog = await screen.findByRole('dialog', { name: 'Reopen this follow-up?' });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Reopen follow-up' }));
    expect(await within(dialog).findByRole('link', { name: 'Say why this follow-up is being reopened' })).toBeInTheDocument();
    expect(requests.some((request) => request.method === 'PATCH')).toBe(false);

    await userEvent.type(within(dialog).getByRole('textbox', { name: 'Why reopen it?' }), 'Sheet lost');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Reopen follow-up' }));
    expect(await within(dialog).findByRole('link', { name: 'Keep the reason to 1,000 characters or fewer' })).toBeInTheDocument();
    expect(within(dialog).getByRole('textbox', { name: 'Why reopen it?' })).toHaveValue('Sheet lost');

    await userEvent.click(within(dialog).getByRole('button', { name: 'Reopen follow-up' }));
    expect(await screen.findByText('Reopened “Share the sign-up sheet”')).toBeInTheDocument();
    expect(requests.filter((request) => request.method === 'PATCH').at(-1)?.body).toEqual({ version: 5, status: 'open', reason: 'Sheet lost' });
  });

  it('says someone else changed it when the API answers 409, and reloads on request', async () => {
    let loads = 0;
    renderTab({
      'GET /api/v1/commitments': () => {
        loads += 1;
        return pageOf([overdue]);
      },
      'PATCH /api/v1/commitments/f-1': { status: 409, body: problem(409, 'Someone else changed this first', 'Someone else saved a change to this follow-up.') },
    });

    await userEvent.click(await screen.findByRole('button', { name: 'Mark done' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Someone else changed this follow-up');
    const before = loads;
    await userEvent.click(within(alert).getByRole('button', { name: 'Reload' }));
    await waitFor(() => expect(loads).toBeGreaterThan(before));
  });

  it('adds a follow-up for the partner’s side, due a week from today by default', async () => {
    const { requests } = renderTab({ 'POST /api/v1/commitments': { status: 201, body: later } }, []);

    expect(await screen.findByText(/No follow-ups yet/)).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Add a follow-up' }));
    const form = screen.getByRole('form', { name: 'Add a follow-up' });
    expect(within(form).getByLabelText('Due')).toHaveValue('2026-03-22');
    await userEvent.type(within(form).getByRole('textbox', { name: 'What needs doing' }), 'Confirm the room');
    await userEvent.click(within(form).getByRole('radio', { name: 'Partner' }));
    await userEvent.selectOptions(await within(form).findByLabelText('Who'), 'Ana Ruiz');
    await userEvent.click(within(form).getByRole('button', { name: 'Add follow-up' }));

    expect(await screen.findByText('Follow-up added')).toBeInTheDocument();
    expect(requests.find((request) => request.method === 'POST')?.body).toEqual({
      partnerId: 'p-1',
      description: 'Confirm the room',
      ownerSide: 'partner',
      ownerContactId: 'c-ana',
      dueOn: '2026-03-22',
    });
  });
});
