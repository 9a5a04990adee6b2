import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { localInstant } from '../../../test/fixtures/programs';
import { librarianMe, mockApi } from '../../../test/mock-api';
import { renderApp } from '../../../test/render-app';
import type { ProgramCalendar } from '../api/types';

/** Every day of a month, as the API answers, with items on the days given. */
function monthOf(month: string, items: Record<string, ProgramCalendar['days'][number]['items']> = {}): ProgramCalendar {
  const [year = 0, index = 1] = month.split('-').map(Number);
  const length = new Date(year, index, 0).getDate();
  return {
    month,
    days: Array.from({ length }, (_, day) => {
      const date = `${month}-${String(day + 1).padStart(2, '0')}`;
      return { date, items: items[date] ?? [] };
    }),
  };
}

const march = monthOf('2026-03', {
  '2026-03-03': [{ programId: 'pr-1', title: 'Homework help', status: 'planned', sessionId: 's-1', startsAt: localInstant('2026-03-03', '16:00') }],
  '2026-03-14': [
    { programId: 'pr-fair', title: 'Health fair', status: 'planned', sessionId: null, startsAt: null },
    { programId: 'pr-jobs', title: 'Job skills workshop', status: 'cancelled', sessionId: 's-9', startsAt: localInstant('2026-03-14', '10:00') },
  ],
});
const april = monthOf('2026-04', {
  '2026-04-07': [{ programId: 'pr-1', title: 'Homework help', status: 'planned', sessionId: 's-6', startsAt: localInstant('2026-04-07', '16:00') }],
});

function api() {
  return mockApi({
    'GET /api/v1/auth/me': { status: 200, body: librarianMe },
    'GET /api/v1/programs/calendar': (request) => {
      const month = new URL(request.url).searchParams.get('month') ?? '';
      return { status: 200, body: month === '2026-04' ? april : month === '2026-03' ? march : monthOf(month) };
    },
  });
}

const calendarMonths = (requests: { path: string; search: string }[]) =>
  requests.filter((request) => request.path === '/api/v1/programs/calendar').map((request) => new URLSearchParams(request.search).get('month'));

describe('Programs calendar', () => {
  it('shows the month asked for in the address, each session on its day as a link to its program', async () => {
    const { requests } = api();
    renderApp('/programs/calendar?month=2026-03');

    const grid = await screen.findByRole('table', { name: 'March 2026' });
    expect(calendarMonths(requests)).toEqual(['2026-03']);
    // Monday first: 1 March 2026 is a Sunday, so six blank days lead the first week.
    const firstWeek = within(grid).getAllByRole('row')[1];
    expect(firstWeek?.querySelectorAll('td[aria-hidden="true"]')).toHaveLength(6);
    const homework = within(grid).getByRole('link', { name: /16:00 Homework help/ });
    expect(homework).toHaveAttribute('href', '/programs/pr-1');
    expect(homework.closest('td')).toHaveTextContent('Tue 3 Mar 2026');
    const cancelled = within(grid).getByRole('link', { name: /Job skills workshop \(cancelled\)/ });
    expect(cancelled).toHaveAttribute('href', '/programs/pr-jobs');
    expect(within(grid).getByRole('link', { name: /Health fair/ })).toHaveAttribute('href', '/programs/pr-fair');
  });

  it('moves to the next and previous months, keeping the month in the address', async () => {
    const { requests } = api();
    const { router } = renderApp('/programs/calendar?month=2026-03');
    await screen.findByRole('table', { name: 'March 2026' });

    await userEvent.click(screen.getByRole('link', { name: /Next month/ }));
    await waitFor(() => expect(router.state.location.search).toBe('?month=2026-04'));
    const aprilGrid = await screen.findByRole('table', { name: 'April 2026' });
    expect(within(aprilGrid).getByRole('link', { name: /Homework help/ }).closest('td')).toHaveTextContent('Tue 7 Apr 2026');
    expect(within(aprilGrid).queryByRole('link', { name: /Health fair/ })).not.toBeInTheDocument();

    await userEvent.click(screen.getByRole('link', { name: /Previous month/ }));
    await userEvent.click(await screen.findByRole('link', { name: /Previous month/ }));
    await waitFor(() => expect(router.state.location.search).toBe('?month=2026-02'));
    expect(await screen.findByRole('table', { name: 'February 2026' })).toBeInTheDocument();
    expect(screen.getByText('Nothing is planned in February 2026.')).toBeInTheDocument();
    expect(calendarMonths(requests)).toEqual(['2026-03', '2026-04', '2026-02']);
  });

  it('crosses the year: December comes before January', async () => {
    api();
    const { router } = renderApp('/programs/calendar?month=2026-01');
    await screen.findByRole('table', { name: 'January 2026' });
    await userEvent.click(screen.getByRole('link', { name: /Previous month/ }));
    await waitFor(() => expect(router.state.location.search).toBe('?month=2025-12'));
    expect(await screen.findByRole('table', { name: 'December 2025' })).toBeInTheDocument();
  });
});

describe('Programs calendar on a phone', () => {
  const original = window.matchMedia;
  afterEach(() => {
    window.matchMedia = original;
  });

  it('lists only the days with something on, each day a heading and its programs as links', async () => {
    window.matchMedia = (query: string) => ({ ...original(query), matches: query.includes('max-width') });
    api();
    renderApp('/programs/calendar?month=2026-03');

    const list = await screen.findByRole('list', { name: 'March 2026' });
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
    const days = within(list).getAllByRole('heading', { level: 3 }).map((heading) => heading.textContent);
    expect(days).toEqual(['Tue 3 Mar 2026', 'Sat 14 Mar 2026']);
    expect(within(list).getByRole('link', { name: /Health fair/ })).toHaveAttribute('href', '/programs/pr-fair');
  });
});
