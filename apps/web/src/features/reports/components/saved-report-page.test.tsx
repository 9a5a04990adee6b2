import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { librarianMe, managerMe, mockApi, problem, type MockHandler } from '../../../test/mock-api';
import { renderApp } from '../../../test/render-app';
import { savedReportFixture } from '../test/fixtures';

function handlers(overrides: Record<string, MockHandler> = {}): Record<string, MockHandler> {
  return {
    'GET /api/v1/auth/me': { status: 200, body: managerMe },
    'GET /api/v1/reports/impact/r-1': { status: 200, body: savedReportFixture() },
    ...overrides,
  };
}

describe('Saved report page', () => {
  it('shows the frozen figures with downloads, print and duplicate for the next period', async () => {
    mockApi(handlers());
    renderApp('/reports/r-1');

    expect(await screen.findByRole('heading', { level: 1, name: 'Report for Riverside Community Foundation' })).toBeInTheDocument();
    expect(within(screen.getByRole('navigation', { name: 'Main' })).getByRole('link', { name: 'Reports' })).toHaveAttribute('aria-current', 'page');
    const pdf = screen.getByRole('link', { name: 'Download PDF' });
    expect(pdf).toHaveAttribute('href', '/api/v1/reports/impact/r-1/export?format=pdf');
    expect(pdf).toHaveAttribute('download');
    const csv = screen.getByRole('link', { name: 'Download CSV' });
    expect(csv).toHaveAttribute('href', '/api/v1/reports/impact/r-1/export?format=csv');
    expect(csv).toHaveAttribute('download');
    expect(screen.getByRole('link', { name: 'Print' })).toHaveAttribute('href', '/reports/r-1/print');
    expect(screen.getByRole('link', { name: 'Duplicate for next period' })).toHaveAttribute('href', '/reports/new?from=r-1');
    expect(screen.getByRole('heading', { level: 2, name: 'Funder summary for Riverside Community Foundation' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: '1,234 attending — show the 56 sessions' })).toBeInTheDocument();
  });

  it('opens a figure’s evidence and leads back to the report', async () => {
    mockApi(
      handlers({
        'GET /api/v1/reports/impact/evidence': {
          status: 200,
          body: { items: [], total: 12, valueTotal: 1234, description: 'Programs the library sponsors or co-sponsors, 2025, all partners', nextCursor: null },
        },
      }),
    );
    const { router } = renderApp('/reports/r-1');

    await userEvent.click(await screen.findByRole('link', { name: '12 programs — show the programs' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'The evidence' })).toBeInTheDocument();
    await userEvent.click(screen.getByRole('link', { name: 'Back to the report for Riverside Community Foundation' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/reports/r-1'));
  });

  it('explains a conflict when archiving and reloads the report on request', async () => {
    let reads = 0;
    const { requests } = mockApi(
      handlers({
        'GET /api/v1/reports/impact/r-1': () => {
          reads += 1;
          return { status: 200, body: savedReportFixture({ version: reads > 1 ? 2 : 1 }) };
        },
        'POST /api/v1/reports/impact/r-1/archive': {
          status: 409,
          body: problem(409, 'Someone else changed this first', 'Someone else changed this report after you opened it. Reload it, then archive it again.'),
        },
      }),
    );
    renderApp('/reports/r-1');

    await userEvent.click(await screen.findByRole('button', { name: 'Archive' }));
    const dialog = await screen.findByRole('dialog', { name: 'Archive the report for Riverside Community Foundation?' });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Archive report' }));
    expect(await within(dialog).findByText('Someone else changed this report after you opened it. Reload it, then archive it again.')).toBeInTheDocument();
    expect(requests.find((request) => request.path.endsWith('/archive'))?.body).toEqual({ version: 1 });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Reload this report' }));
    await waitFor(() => expect(reads).toBe(2));
  });

  it('says a report that does not exist (or may not be seen) does not exist', async () => {
    mockApi(handlers({ 'GET /api/v1/reports/impact/r-1': { status: 404, body: problem(404, 'Not found', 'There is no such report.') } }));
    renderApp('/reports/r-1');

    expect(await screen.findByRole('heading', { level: 1, name: 'This report does not exist or you cannot see it' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Go to saved reports' })).toHaveAttribute('href', '/reports');
  });

  it('is not offered to librarians', async () => {
    mockApi(handlers({ 'GET /api/v1/auth/me': { status: 200, body: librarianMe } }));
    renderApp('/reports/r-1');

    expect(await screen.findByRole('heading', { level: 1 })).not.toHaveTextContent('Report for');
    expect(within(screen.getByRole('navigation', { name: 'Main' })).queryByRole('link', { name: 'Reports' })).not.toBeInTheDocument();
  });

  it('prints the report on a plain page with a Print button', async () => {
    mockApi(handlers());
    const print = vi.spyOn(window, 'print').mockImplementation(() => undefined);
    renderApp('/reports/r-1/print');

    expect(await screen.findByRole('heading', { level: 1, name: 'Funder summary for Riverside Community Foundation' })).toBeInTheDocument();
    expect(screen.queryByRole('navigation', { name: 'Main' })).not.toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Print' }));
    expect(print).toHaveBeenCalledTimes(1);
    print.mockRestore();
  });
});
