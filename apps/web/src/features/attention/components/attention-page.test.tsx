import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { attentionItemFixture, attentionPageOf } from '../../../test/fixtures/communications';
import { librarianMe, managerMe, mockApi, type MockHandler } from '../../../test/mock-api';
import { renderApp } from '../../../test/render-app';
import type { AttentionItem } from '../api/types';

const counts = { overdueCommitment: 3, quietPartner: 1, reviewDue: 1, partnerHealth: 0 };

const flyer = attentionItemFixture({
  key: 'overdue-commitment:f-1',
  kind: 'overdue-commitment',
  record: { type: 'commitment', id: 'f-1', label: 'Send the flyer draft' },
  reason: '“Send the flyer draft” was due 3 days ago (12 Mar 2026).',
  owner: { side: 'library', name: 'Grace Hopper', userId: 'u-lib' },
});
const van = attentionItemFixture({
  key: 'overdue-commitment:f-2',
  kind: 'overdue-commitment',
  record: { type: 'commitment', id: 'f-2', label: 'Book the van' },
  reason: '“Book the van” was due 1 day ago (14 Mar 2026).',
  owner: { side: 'library', name: 'Grace Hopper', userId: 'u-lib' },
});
const room = attentionItemFixture({
  key: 'overdue-commitment:f-3',
  kind: 'overdue-commitment',
  partner: { id: 'p-2', name: 'Seed Library Collective' },
  record: { type: 'commitment', id: 'f-3', label: 'Confirm the room' },
  reason: '“Confirm the room” was due 2 days ago (13 Mar 2026).',
  owner: { side: 'partner', name: 'Ana Ruiz', userId: null },
});
const quiet = attentionItemFixture({
  key: 'quiet-partner:p-1',
  kind: 'quiet-partner',
  reason: 'No two-way contact for 45 days; the agreed cadence is 30 days.',
});
const review = attentionItemFixture({
  key: 'agreement-review:a-1',
  kind: 'agreement-review',
  record: { type: 'agreement', id: 'a-1', label: 'Food drive MOU' },
  reason: 'Agreement review due in 12 days.',
});

function byKind(kind: string | null): AttentionItem[] {
  if (kind === 'overdue-commitment') return [flyer, van, room];
  if (kind === 'quiet-partner') return [quiet];
  if (kind === 'review-due') return [review];
  return [flyer, van, room, quiet, review];
}

function signedInAs(me: typeof managerMe, extra: Record<string, MockHandler> = {}) {
  return mockApi({
    'GET /api/v1/auth/me': { status: 200, body: me },
    'GET /api/v1/attention': (request) => attentionPageOf(byKind(new URL(request.url).searchParams.get('kind')), counts),
    ...extra,
  });
}

const attentionRequests = (requests: { path: string; search: string }[]) =>
  requests.filter((request) => request.path === '/api/v1/attention').map((request) => Object.fromEntries(new URLSearchParams(request.search)));

describe('Attention page', () => {
  it('shows every kind with its count, each item with its reason and a link to its record', async () => {
    const { requests } = signedInAs(managerMe);
    renderApp('/attention');

    expect(await screen.findByRole('heading', { level: 1, name: 'Needs attention' })).toBeInTheDocument();
    expect(within(screen.getByRole('navigation', { name: 'Main' })).getByRole('link', { name: 'Attention' })).toHaveAttribute('aria-current', 'page');
    await waitFor(() => expect(screen.getByRole('tab', { name: /Everything/ })).toHaveTextContent('Everything5'));
    expect(screen.getByRole('tab', { name: /Overdue follow-ups/ })).toHaveTextContent('3');
    expect(screen.getByRole('tab', { name: /Quiet partners/ })).toHaveTextContent('1');
    expect(screen.getByRole('tab', { name: /Reviews due/ })).toHaveTextContent('1');
    expect(screen.getByRole('tab', { name: /Everything/ })).toHaveAttribute('aria-selected', 'true');
    expect(attentionRequests(requests)[0]).toEqual({ mine: 'false', limit: '25', offset: '0' });

    // Overdue follow-ups are grouped by who owes them.
    const grace = screen.getByRole('list', { name: 'Owed by Grace Hopper' });
    expect(within(grace).getAllByRole('listitem')).toHaveLength(2);
    expect(within(grace).getByRole('link', { name: 'Send the flyer draft' })).toHaveAttribute('href', '/partners/p-1?tab=follow-ups');
    expect(grace).toHaveTextContent('“Send the flyer draft” was due 3 days ago (12 Mar 2026).');
    const ana = screen.getByRole('list', { name: 'Owed by Ana Ruiz at Seed Library Collective' });
    expect(within(ana).getByRole('link', { name: 'Seed Library Collective' })).toHaveAttribute('href', '/partners/p-2');

    const quietList = screen.getByRole('list', { name: 'Quiet partners' });
    expect(within(quietList).getByRole('link', { name: 'Riverside Food Bank' })).toHaveAttribute('href', '/partners/p-1');
    expect(quietList).toHaveTextContent('No two-way contact for 45 days; the agreed cadence is 30 days.');
    expect(within(screen.getByRole('list', { name: 'Reviews due' })).getByRole('link', { name: 'Food drive MOU' })).toHaveAttribute('href', '/partners/p-1');
  });

  it('lists partnerships whose health needs a look under their own tab, linking to the Health tab', async () => {
    const concern = attentionItemFixture({
      key: 'health-concern:p-1',
      kind: 'health-concern',
      record: { type: 'partner', id: 'p-1', label: 'Riverside Food Bank' },
      reason: 'Health on 1 Mar 2026: 1 strength · 3 borderline · 1 concern; weakest Communication & Expectations.',
    });
    signedInAs(managerMe, {
      'GET /api/v1/attention': attentionPageOf([concern], { overdueCommitment: 0, quietPartner: 0, reviewDue: 0, partnerHealth: 1 }),
    });
    renderApp('/attention');

    await waitFor(() => expect(screen.getByRole('tab', { name: /Partnership health/ })).toHaveTextContent('1'));
    expect(screen.getByRole('tab', { name: /Everything/ })).toHaveTextContent('Everything1');
    const health = screen.getByRole('list', { name: 'Partnership health' });
    expect(within(health).getByRole('link', { name: 'Riverside Food Bank' })).toHaveAttribute('href', '/partners/p-1?tab=health');
    expect(health).toHaveTextContent('Health concern');
    expect(health).toHaveTextContent('weakest Communication & Expectations');
  });

  it('keeps the kind, "mine only" and the page in the address', async () => {
    const { requests } = signedInAs(managerMe);
    const { router } = renderApp('/attention');

    await userEvent.click(await screen.findByRole('tab', { name: /Overdue follow-ups/ }));
    await waitFor(() => expect(router.state.location.search).toBe('?kind=overdue-commitment'));
    await waitFor(() => expect(attentionRequests(requests).at(-1)).toEqual({ mine: 'false', limit: '25', offset: '0', kind: 'overdue-commitment' }));
    expect(screen.queryByRole('list', { name: 'Quiet partners' })).not.toBeInTheDocument();

    await userEvent.click(screen.getByRole('switch', { name: /^Mine only/ }));
    await waitFor(() => expect(router.state.location.search).toBe('?kind=overdue-commitment&mine=true'));
    await waitFor(() => expect(attentionRequests(requests).at(-1)).toMatchObject({ mine: 'true', kind: 'overdue-commitment' }));
  });

  it('opens the view a link describes', async () => {
    const { requests } = signedInAs(managerMe, {
      'GET /api/v1/attention': attentionPageOf([quiet], counts, 30),
    });
    renderApp('/attention?kind=quiet-partner&mine=true&page=2');

    expect(await screen.findByRole('tab', { name: /Quiet partners/ })).toHaveAttribute('aria-selected', 'true');
    expect(screen.getByRole('switch', { name: /^Mine only/ })).toBeChecked();
    expect(attentionRequests(requests)[0]).toEqual({ mine: 'true', limit: '25', offset: '25', kind: 'quiet-partner' });
    expect(await screen.findByText('Showing 26–30 of 30 items')).toBeInTheDocument();
  });

  it('shows a librarian only their own items, whatever the link says, and no nav item', async () => {
    const { requests } = signedInAs(librarianMe);
    renderApp('/attention');

    const mine = await screen.findByRole('switch', { name: /^Mine only/ });
    expect(mine).toBeChecked();
    expect(mine).toBeDisabled();
    expect(attentionRequests(requests).every((query) => query.mine === 'true')).toBe(true);
    expect(within(screen.getByRole('navigation', { name: 'Main' })).queryByRole('link', { name: 'Attention' })).not.toBeInTheDocument();
  });

  it('says when there is nothing of a kind', async () => {
    signedInAs(managerMe, { 'GET /api/v1/attention': attentionPageOf([], { overdueCommitment: 0, quietPartner: 0, reviewDue: 0, partnerHealth: 0 }) });
    renderApp('/attention?kind=review-due');

    expect(await screen.findByText('No agreement or shared goal is due for review in the next 30 days.')).toBeInTheDocument();
  });
});
