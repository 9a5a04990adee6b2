import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { managerMe, mockApi, type MockHandler } from '../../../test/mock-api';
import { renderApp } from '../../../test/render-app';
import { evidencePageFixture } from '../test/fixtures';

const source = 'kind=sessions&from=2025-01-01&to=2025-12-31&scope=partners&partnerId=p-1&partnerId=p-2&libraryRole=sponsor&libraryRole=co-sponsor';

function handlers(overrides: Record<string, MockHandler> = {}): Record<string, MockHandler> {
  return {
    'GET /api/v1/auth/me': { status: 200, body: managerMe },
    'GET /api/v1/reports/impact/evidence': (request) =>
      new URL(request.url).searchParams.get('cursor') === 'NTA'
        ? {
            status: 200,
            body: evidencePageFixture({
              items: [{ id: 's-3', date: '2025-04-01', title: 'Story time', detail: 'In person, at the library · 30 attending', value: 30, programId: 'pr-1', partnerId: null }],
              nextCursor: null,
            }),
          }
        : { status: 200, body: evidencePageFixture() },
    ...overrides,
  };
}

describe('Evidence page', () => {
  it('lists the records behind a figure with the filter in words, the count and the sum, a page at a time', async () => {
    const { requests } = mockApi(handlers());
    renderApp(`/reports/evidence?${source}`);

    expect(await screen.findByRole('heading', { level: 1, name: 'The evidence' })).toBeInTheDocument();
    expect(await screen.findByText('Sessions of sponsored or co-sponsored programs, 1 Jan – 31 Dec 2025, all partners')).toBeInTheDocument();
    expect(screen.getByText('Records').nextSibling).toHaveTextContent('56');
    expect(screen.getByText('Attendance, in all').nextSibling).toHaveTextContent('1,234');
    const sent = new URLSearchParams(requests.find((request) => request.path === '/api/v1/reports/impact/evidence')?.search);
    expect(sent.getAll('partnerId')).toEqual(['p-1', 'p-2']);
    expect(sent.getAll('libraryRole')).toEqual(['sponsor', 'co-sponsor']);
    expect(sent.get('kind')).toBe('sessions');

    const table = screen.getByRole('table', { name: 'The sessions counted' });
    const row = within(table).getByRole('rowheader', { name: 'Teen coding club' }).closest('tr')!;
    expect([...row.children].map((cell) => cell.textContent)).toEqual(['Tue 11 Mar 2025', 'Teen coding club', 'Live virtual · 10 attending', '10']);
    expect(within(row).getByRole('link', { name: 'Teen coding club' })).toHaveAttribute('href', '/programs/pr-2');

    await userEvent.click(screen.getByRole('button', { name: 'Show more' }));
    await waitFor(() => expect(within(table).getAllByRole('row')).toHaveLength(4));
    expect(screen.queryByRole('button', { name: 'Show more' })).not.toBeInTheDocument();
    expect(screen.getByText('Showing 3 of 56 records.')).toBeInTheDocument();
    const more = new URLSearchParams(requests.filter((request) => request.path === '/api/v1/reports/impact/evidence').at(-1)?.search);
    expect(more.get('cursor')).toBe('NTA');
    expect(more.getAll('partnerId')).toEqual(['p-1', 'p-2']);
    // Opened without a report behind it (a shared link): the way back is the saved reports.
    expect(screen.getByRole('link', { name: 'Go to saved reports' })).toHaveAttribute('href', '/reports');
  });

  it('forwards the whole source, filters it does not know included, as the API wrote it', async () => {
    const { requests } = mockApi(handlers());
    const valuation = 'kind=contributions&from=2025-01-01&to=2025-12-31&scope=all&type=volunteers&unit=hours&rate=34.79&rateYear=2024&rateSource=Independent+Sector';
    renderApp(`/reports/evidence?${valuation}`);

    await screen.findByRole('table', { name: 'The contributions counted' });
    const sent = new URLSearchParams(requests.find((request) => request.path === '/api/v1/reports/impact/evidence')?.search);
    expect(Object.fromEntries(sent)).toEqual({ ...Object.fromEntries(new URLSearchParams(valuation)), limit: '50' });
    // Contributions are a partner's: the record opens its partner.
    expect(screen.getByRole('link', { name: 'Teen coding club' })).toHaveAttribute('href', '/partners/p-1');
    expect(screen.getByText('Money value, in all').nextSibling).toHaveTextContent('$1,234.00');
  });

  it('says so in words when the link names no figure', async () => {
    const { requests } = mockApi(handlers());
    renderApp('/reports/evidence?kind=nonsense');

    expect(await screen.findByText('This link does not name a figure of a report. Open the evidence from a figure in a report.')).toBeInTheDocument();
    expect(requests.some((request) => request.path === '/api/v1/reports/impact/evidence')).toBe(false);
  });
});
