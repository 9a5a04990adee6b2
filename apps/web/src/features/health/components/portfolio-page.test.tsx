import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { librarianMe, managerMe, mockApi, type MockHandler } from '../../../test/mock-api';
import { renderApp } from '../../../test/render-app';
import { portfolioFixture } from '../test/fixtures';

function handlers(overrides: Record<string, MockHandler> = {}): Record<string, MockHandler> {
  return {
    'GET /api/v1/auth/me': { status: 200, body: managerMe },
    'GET /api/v1/staff': { status: 200, body: { items: [{ id: 'u-lib', name: 'Grace Hopper', role: 'librarian' }], total: 1, nextCursor: null } },
    'GET /api/v1/health/portfolio': { status: 200, body: portfolioFixture() },
    ...overrides,
  };
}

const portfolioSearches = (requests: { path: string; search: string }[]) =>
  requests.filter((request) => request.path === '/api/v1/health/portfolio').map((request) => Object.fromEntries(new URLSearchParams(request.search)));

describe('Portfolio page', () => {
  it('is in a manager’s navigation and shows every partner as a heat-row with its band in text', async () => {
    mockApi(handlers());
    renderApp('/health');

    expect(await screen.findByRole('heading', { level: 1, name: 'Portfolio health' })).toBeInTheDocument();
    expect(within(screen.getByRole('navigation', { name: 'Main' })).getByRole('link', { name: 'Portfolio health' })).toHaveAttribute('aria-current', 'page');
    const table = await screen.findByRole('table', { name: 'Portfolio health' });
    const riverside = within(table).getByRole('rowheader', { name: /Riverside Food Bank/ }).closest('tr')!;
    const cells = within(riverside).getAllByRole('cell').map((cell) => cell.textContent);
    // Profile, SA, TW, CE, IR, OC, last assessed, action: each factor says its band and score in text.
    expect(cells[1]).toBe('!3.50, Borderline');
    expect(cells[3]).toBe('✕2.40•, Concern, Declining');
    expect(within(riverside).getByRole('link', { name: 'Riverside Food Bank' })).toHaveAttribute('href', '/partners/p-1?tab=health');
    expect(within(riverside).getByRole('button', { name: 'Send an assessment link to Riverside Food Bank' })).toBeInTheDocument();
    const museum = within(table).getByRole('rowheader', { name: /City Museum/ }).closest('tr')!;
    expect(within(museum).getAllByRole('cell')[5]?.textContent).toBe('?3.10, Not enough evidence, provisional');
  });

  it('shows each partner as a card on a phone, the five factors still side by side and named', async () => {
    const wide = window.matchMedia;
    window.matchMedia = (query: string) => ({ ...wide(query), matches: query.includes('max-width') });
    try {
      mockApi(handlers());
      renderApp('/health');
      const list = await screen.findByRole('list', { name: 'Portfolio health' });
      expect(screen.queryByRole('table', { name: 'Portfolio health' })).not.toBeInTheDocument();
      const riverside = within(list).getByRole('link', { name: 'Riverside Food Bank' }).closest('li')!;
      expect(within(riverside).getByRole('link', { name: 'Riverside Food Bank' })).toHaveAttribute('href', '/partners/p-1?tab=health');
      const terms = within(riverside).getAllByRole('term').map((term) => term.textContent);
      expect(terms).toEqual(['SA (Strategic Alignment)', 'TW (Effective Teamwork)', 'CE (Communication & Expectations)', 'IR (Interpersonal / Relationship Qualities)', 'OC (Tackling Operational Concerns)']);
      expect(within(riverside).getAllByRole('definition').map((cell) => cell.textContent).slice(0, 3)).toEqual(['!3.50, Borderline', expect.any(String), '✕2.40•, Concern, Declining']);
      expect(within(riverside).getByRole('button', { name: 'Send an assessment link to Riverside Food Bank' })).toBeInTheDocument();
    } finally {
      window.matchMedia = wide;
    }
  });

  it('keeps the filters in the address and reads them back from a shared link', async () => {
    const { requests } = mockApi(handlers());
    const { router } = renderApp('/health');

    await screen.findByRole('table', { name: 'Portfolio health' });
    await userEvent.selectOptions(screen.getByLabelText('Band'), 'concern');
    await userEvent.selectOptions(screen.getByLabelText('Factor'), 'CE');
    await userEvent.selectOptions(screen.getByLabelText('Flag'), 'declining');
    await userEvent.click(screen.getByRole('button', { name: 'My partners' }));
    await userEvent.type(screen.getByRole('searchbox', { name: 'Search partners' }), 'river');

    await waitFor(() =>
      expect(Object.fromEntries(new URLSearchParams(router.state.location.search))).toEqual({
        band: 'concern',
        factor: 'CE',
        flag: 'declining',
        liaison: 'me',
        q: 'river',
      }),
    );
    await waitFor(() =>
      expect(portfolioSearches(requests).at(-1)).toEqual({ limit: '25', offset: '0', sort: 'weakest', band: 'concern', factor: 'CE', flag: 'declining', liaison: 'me', q: 'river' }),
    );
  });

  it('opens a shared link with its filters, sort and page in place', async () => {
    const { requests } = mockApi(handlers());
    renderApp('/health?band=strength&factor=SA&liaison=u-lib&sort=name&page=2&q=museum');

    await screen.findByRole('table', { name: 'Portfolio health' });
    expect(screen.getByLabelText('Band')).toHaveValue('strength');
    expect(screen.getByLabelText('Factor')).toHaveValue('SA');
    expect(screen.getByLabelText('Sort by')).toHaveValue('name');
    expect(screen.getByRole('searchbox', { name: 'Search partners' })).toHaveValue('museum');
    expect(screen.getByLabelText('Liaison')).toHaveValue('u-lib');
    expect(await screen.findByRole('option', { name: 'Grace Hopper' })).toBeInTheDocument();
    expect(portfolioSearches(requests)[0]).toEqual({ limit: '25', offset: '25', sort: 'name', band: 'strength', factor: 'SA', liaison: 'u-lib', q: 'museum' });
  });

  it('sorts by the weakest factor unless asked otherwise, starting again from the first page', async () => {
    const { requests } = mockApi(handlers());
    const { router } = renderApp('/health?page=3');

    await screen.findByRole('table', { name: 'Portfolio health' });
    expect(screen.getByLabelText('Sort by')).toHaveValue('weakest');
    expect(portfolioSearches(requests)[0]).toMatchObject({ sort: 'weakest', offset: '50' });
    await userEvent.selectOptions(screen.getByLabelText('Sort by'), '-concerns');
    await waitFor(() => expect(router.state.location.search).toBe('?sort=-concerns'));
    await waitFor(() => expect(portfolioSearches(requests).at(-1)).toMatchObject({ sort: '-concerns', offset: '0' }));
  });

  it('charts the bands per factor, with the same counts as a table', async () => {
    mockApi(handlers());
    renderApp('/health');

    const chart = await screen.findByRole('img', { name: /^Partners by band for each factor\. Strategic Alignment: 1 strength, 1 borderline, 0 concern, 0 not enough evidence;/ });
    expect(chart.querySelectorAll('[data-band]')).toHaveLength(20);
    await userEvent.click(screen.getByRole('button', { name: 'Show the distribution as a table' }));
    // The table opens in a Collapse, whose transition ends a few frames later (longer on a busy machine).
    const table = await screen.findByRole('table', { name: 'Partners in each band, by factor' }, { timeout: 5000 });
    const rows = within(table).getAllByRole('row').map((row) => [...row.children].map((cell) => cell.textContent));
    expect(rows[0]).toEqual(['Factor', 'Strength', 'Borderline', 'Concern', 'Not enough evidence']);
    expect(rows[3]).toEqual(['Communication & Expectations', '0', '1', '1', '0']);
    expect(rows[5]).toEqual(['Tackling Operational Concerns', '0', '1', '0', '1']);
  });

  it('lists the partners of concern or declining, the perception gaps with both sides, and stale assessments', async () => {
    mockApi(handlers());
    renderApp('/health');

    const concern = await screen.findByRole('region', { name: 'Concern or declining' });
    expect(within(concern).getByRole('link', { name: 'Riverside Food Bank' })).toBeInTheDocument();
    expect(concern).toHaveTextContent('Communication & Expectations✕2.40•, Concern, Declining declining');
    const gaps = screen.getByRole('region', { name: 'Perception gaps' });
    expect(gaps).toHaveTextContent('City MuseumInterpersonal / Relationship Qualities: library 4.20, partner 2.90');
    const stale = screen.getByRole('region', { name: 'Stale assessments' });
    expect(stale).toHaveTextContent('Last assessed: never');
    expect(within(stale).getByRole('button', { name: 'Send an assessment link to City Museum' })).toBeInTheDocument();
  });

  it('opens the send-link dialog for a row’s partner in one click', async () => {
    mockApi(
      handlers({
        'GET /api/v1/partners/p-1/contacts': {
          status: 200,
          body: { items: [{ id: 'c-1', name: 'Ana Ruiz', email: 'ana@riverside.example' }], total: 1, nextCursor: null },
        },
      }),
    );
    renderApp('/health');

    const table = await screen.findByRole('table', { name: 'Portfolio health' });
    await userEvent.click(within(table).getByRole('button', { name: 'Send an assessment link to Riverside Food Bank' }));
    const dialog = await screen.findByRole('dialog', { name: 'Send an assessment link to Riverside Food Bank' });
    expect(within(dialog).getByRole('button', { name: 'Create a link to copy' })).toBeInTheDocument();
  });

  it('is not offered to librarians', async () => {
    mockApi(handlers({ 'GET /api/v1/auth/me': { status: 200, body: librarianMe } }));
    renderApp('/health');

    expect(await screen.findByRole('heading', { level: 1 })).not.toHaveTextContent('Portfolio health');
    expect(within(screen.getByRole('navigation', { name: 'Main' })).queryByRole('link', { name: 'Portfolio health' })).not.toBeInTheDocument();
  });
});
