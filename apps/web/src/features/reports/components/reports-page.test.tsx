import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { adminMe, managerMe, mockApi, pageOf, type MockHandler } from '../../../test/mock-api';
import { renderApp } from '../../../test/render-app';
import { reportSummaryFixture } from '../test/fixtures';

function handlers(overrides: Record<string, MockHandler> = {}): Record<string, MockHandler> {
  return {
    'GET /api/v1/auth/me': { status: 200, body: managerMe },
    'GET /api/v1/reports/impact': pageOf([
      reportSummaryFixture(),
      reportSummaryFixture({ id: 'r-2', funderName: 'State Library Grants', grantReference: null, period: { from: '2025-03-01', to: '2025-08-31' }, scopeLabel: 'Focus areas: STEM' }),
    ]),
    ...overrides,
  };
}

const listSearches = (requests: { path: string; search: string }[]) =>
  requests.filter((request) => request.path === '/api/v1/reports/impact').map((request) => Object.fromEntries(new URLSearchParams(request.search)));

describe('Saved reports list', () => {
  it('lists saved reports with their period, scope, figures and author, each opening the report', async () => {
    mockApi(handlers({ 'GET /api/v1/auth/me': { status: 200, body: adminMe } }));
    renderApp('/reports');

    expect(await screen.findByRole('heading', { level: 1, name: 'Reports' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'New report' })).toHaveAttribute('href', '/reports/new');
    const table = await screen.findByRole('table', { name: 'Reports' });
    const first = within(table).getByRole('rowheader', { name: 'Riverside Community Foundation' }).closest('tr')!;
    expect([...first.children].slice(0, 8).map((cell) => cell.textContent)).toEqual([
      'Riverside Community Foundation',
      'RCF-2025-014',
      '2025',
      'All partners',
      '12',
      '56',
      '1,234',
      'Marcus Reyes',
    ]);
    expect(within(first).getByRole('link', { name: 'Riverside Community Foundation' })).toHaveAttribute('href', '/reports/r-1');
    expect(within(first).getByRole('link', { name: 'Duplicate the report for Riverside Community Foundation, 2025, for the next period' })).toHaveAttribute(
      'href',
      '/reports/new?from=r-1',
    );
    const second = within(table).getByRole('rowheader', { name: 'State Library Grants' }).closest('tr')!;
    expect(second).toHaveTextContent('Sat 1 Mar 2025 to Sun 31 Aug 2025');
  });

  it('searches as you type, keeping the search in the address', async () => {
    const { requests } = mockApi(handlers());
    const { router } = renderApp('/reports');

    await screen.findByRole('table', { name: 'Reports' });
    await userEvent.type(screen.getByRole('searchbox', { name: 'Search reports' }), 'river');
    await waitFor(() => expect(router.state.location.search).toBe('?q=river'));
    await waitFor(() => expect(listSearches(requests).at(-1)).toEqual({ limit: '25', offset: '0', q: 'river' }));
  });

  it('invites the first funder summary when none is saved', async () => {
    mockApi(handlers({ 'GET /api/v1/reports/impact': pageOf([]) }));
    renderApp('/reports');

    expect(await screen.findByText('No saved reports yet — build your first funder summary.')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Build a funder summary' })).toHaveAttribute('href', '/reports/new');
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });
});
