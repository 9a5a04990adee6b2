import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { commitmentFixture, communicationFixture, myDayFixture, quietPartnerFixture } from '../../../test/fixtures/communications';
import { librarianMe, mockApi, problem, type MockHandler } from '../../../test/mock-api';
import { renderApp } from '../../../test/render-app';
import type { MyDay } from '../api/types';

const flyer = commitmentFixture({ id: 'f-flyer', description: 'Send the flyer draft', dueOn: '2026-03-12', overdue: true, version: 3 });
const room = commitmentFixture({
  id: 'f-room',
  description: 'Book the community room',
  dueOn: '2026-03-17',
  partnerId: 'p-2',
  partner: { id: 'p-2', name: 'Seed Library Collective' },
});
const quiet = quietPartnerFixture();
const goingQuiet = quietPartnerFixture({
  partner: { id: 'p-3', name: 'Northside Clinic' },
  lastContactAt: '2026-02-18T10:00:00.000Z',
  daysSinceContact: 25,
  state: 'going-quiet',
});
const meeting = communicationFixture({
  id: 'com-1',
  summary: 'Planned the spring seed swap.',
  occurredAt: '2026-03-13T10:00:00.000Z',
  followUps: [flyer],
});

function signedIn(day: MyDay | (() => MyDay), extra: Record<string, MockHandler> = {}) {
  return mockApi({
    'GET /api/v1/auth/me': { status: 200, body: librarianMe },
    'GET /api/v1/my-day': () => ({ status: 200, body: typeof day === 'function' ? day() : day }),
    ...extra,
  });
}

describe('Home page (my day)', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date(2026, 2, 15, 12, 0));
  });
  afterEach(() => vi.useRealTimers());

  it('shows what I owe, who is going quiet and what I logged, in words', async () => {
    signedIn(myDayFixture({ overdueFollowUps: [flyer], dueThisWeek: [room], quietPartners: [quiet, goingQuiet], recentlyLogged: [meeting] }));
    renderApp('/');

    const overdue = await screen.findByRole('list', { name: 'Overdue follow-ups' });
    expect(overdue).toHaveTextContent('Send the flyer draft');
    expect(overdue).toHaveTextContent('3 days overdue');
    expect(within(overdue).getByRole('link', { name: 'Riverside Food Bank' })).toHaveAttribute('href', '/partners/p-1?tab=follow-ups');
    const week = screen.getByRole('list', { name: 'Due this week' });
    expect(week).toHaveTextContent('Book the community room');
    expect(week).toHaveTextContent('Due in 2 days');

    const quietList = screen.getByRole('list', { name: 'Partners going quiet' });
    const [first, second] = within(quietList).getAllByRole('listitem');
    expect(first).toHaveTextContent('Quiet');
    expect(first).toHaveTextContent('No two-way conversation for 45 days; you agreed to be in touch every 30 days, so it is 15 days past that.');
    // The relative time is shown; the exact date is on hover and for screen readers.
    const time = within(first!).getByText('2 months ago', { exact: false }).closest('time')!;
    expect(time).toHaveAttribute('datetime', '2026-01-29T10:00:00.000Z');
    expect(time).toHaveTextContent('(Thu 29 Jan 2026)');
    expect(second).toHaveTextContent('Going quiet');
    expect(second).toHaveTextContent('25 days since the last two-way conversation; you agreed to be in touch every 30 days, so 5 days left.');

    const logged = screen.getByRole('list', { name: 'What you logged lately' });
    expect(logged).toHaveTextContent('Meeting with Riverside Food Bank');
    expect(logged).toHaveTextContent('Planned the spring seed swap.');
    expect(logged).toHaveTextContent('1 follow-up');
    expect(screen.getByRole('link', { name: 'Everything that needs your attention' })).toHaveAttribute('href', '/attention?mine=true');
  });

  it('says so plainly when there is nothing to do', async () => {
    signedIn(myDayFixture());
    renderApp('/');

    expect(await screen.findByText('Nothing overdue. Every follow-up you own is on time.')).toBeInTheDocument();
    expect(screen.getByText('Nothing due in the next seven days.')).toBeInTheDocument();
    expect(screen.getByText('Every partner you look after has heard from you within the agreed time.')).toBeInTheDocument();
    expect(screen.getByText(/Nothing logged yet/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Log a conversation' })).toBeInTheDocument();
  });

  it('says what went wrong when the day does not load, and tries again', async () => {
    let calls = 0;
    signedIn(myDayFixture(), {
      'GET /api/v1/my-day': () => {
        calls += 1;
        return calls === 1 ? { status: 500, body: problem(500, 'Something went wrong', 'The server had a problem.') } : { status: 200, body: myDayFixture() };
      },
    });
    renderApp('/');

    expect(await screen.findByText('Your day didn’t load')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByText('Nothing overdue. Every follow-up you own is on time.')).toBeInTheDocument();
  });

  it('marks a follow-up done in one click: it leaves the list at once, and the version read is sent', async () => {
    let release: () => void = () => undefined;
    let done = false;
    const { requests } = signedIn(() => myDayFixture({ overdueFollowUps: done ? [] : [flyer], dueThisWeek: [room] }), {
      'PATCH /api/v1/commitments/f-flyer': () =>
        new Promise((resolve) => {
          release = () => {
            done = true;
            resolve({ status: 200, body: { ...flyer, status: 'done', completedOn: '2026-03-15', completion: 'late', version: 4 } });
          };
        }),
    });
    renderApp('/');

    const overdue = await screen.findByRole('list', { name: 'Overdue follow-ups' });
    await userEvent.click(within(overdue).getByRole('button', { name: 'Done' }));

    // Gone before the API has answered.
    await waitFor(() => expect(screen.queryByText('Send the flyer draft')).not.toBeInTheDocument());
    expect(requests.find((request) => request.method === 'PATCH')?.body).toEqual({ version: 3, status: 'done' });
    release();
    expect(await screen.findByText('Marked “Send the flyer draft” done')).toBeInTheDocument();
    expect(screen.getByText('Nothing overdue. Every follow-up you own is on time.')).toBeInTheDocument();
    expect(screen.getByText('Book the community room')).toBeInTheDocument();
  });

  it('puts the follow-up back and says someone else changed it when the API answers 409, then refreshes', async () => {
    let loads = 0;
    signedIn(
      () => {
        loads += 1;
        return myDayFixture({ overdueFollowUps: [loads === 1 ? flyer : { ...flyer, description: 'Send the flyer draft (v2)', version: 4 }] });
      },
      {
        'PATCH /api/v1/commitments/f-flyer': {
          status: 409,
          body: problem(409, 'Someone else changed this first', 'This follow-up was changed by someone else.'),
        },
      },
    );
    renderApp('/');

    const overdue = await screen.findByRole('list', { name: 'Overdue follow-ups' });
    await userEvent.click(within(overdue).getByRole('button', { name: 'Done' }));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Someone else changed this follow-up');
    expect(alert).toHaveTextContent('“Send the flyer draft” was changed by someone else after this page loaded, so it wasn’t marked done.');
    // The latest version is fetched and shown.
    expect(await screen.findByText('Send the flyer draft (v2)')).toBeInTheDocument();
    expect(loads).toBe(2);
    expect(screen.queryByText('Marked “Send the flyer draft” done')).not.toBeInTheDocument();
  });

  it('logs a conversation with a quiet partner in one tap, the partner filled in', async () => {
    signedIn(myDayFixture({ quietPartners: [quiet] }), {
      'GET /api/v1/partners': { status: 200, body: { items: [], total: 0, nextCursor: null } },
      'GET /api/v1/staff': { status: 200, body: { items: [], total: 0, nextCursor: null } },
      'GET /api/v1/partners/p-1/contacts': { status: 200, body: { items: [], total: 0, nextCursor: null } },
    });
    renderApp('/');

    await userEvent.click(await screen.findByRole('button', { name: 'Log a conversation with Riverside Food Bank' }));
    const dialog = await screen.findByRole('dialog', { name: 'Log a conversation' });
    expect(within(dialog).getByRole('combobox', { name: 'Partner' })).toHaveValue('Riverside Food Bank');
  });

  it('archives a conversation I logged, after asking, and it leaves the list', async () => {
    let archived = false;
    const { requests } = signedIn(() => myDayFixture({ recentlyLogged: archived ? [] : [meeting] }), {
      'GET /api/v1/communications/com-1': { status: 200, body: meeting },
      'POST /api/v1/communications/com-1/archive': () => {
        archived = true;
        return { status: 200, body: { ...meeting, archivedAt: '2026-03-15T12:00:00.000Z', version: 2 } };
      },
    });
    renderApp('/');

    const logged = await screen.findByRole('list', { name: 'What you logged lately' });
    const archive = within(logged).getByRole('button', { name: 'Archive' });
    expect(archive).toHaveAccessibleDescription('Meeting with Riverside Food Bank');
    await userEvent.click(archive);
    const dialog = await screen.findByRole('dialog', { name: 'Archive this conversation?' });
    await within(dialog).findByText(/The meeting with Riverside Food Bank on/);
    await userEvent.click(within(dialog).getByRole('button', { name: 'Archive conversation' }));

    expect(await screen.findByText('The meeting with Riverside Food Bank is archived')).toBeInTheDocument();
    expect(requests.find((request) => request.path.endsWith('/archive'))?.body).toEqual({ version: 1 });
    expect(await screen.findByText(/Nothing logged yet/)).toBeInTheDocument();
  });
});
