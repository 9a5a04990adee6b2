import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { fill } from '../../../test/fill';
import { codedProblem, managerMe, mockApi, pageOf, type MockHandler, type RecordedRequest } from '../../../test/mock-api';
import { renderApp } from '../../../test/render-app';
import { figuresFixture, savedReportFixture } from '../test/fixtures';

function handlers(overrides: Record<string, MockHandler> = {}): Record<string, MockHandler> {
  return {
    'GET /api/v1/auth/me': { status: 200, body: managerMe },
    'POST /api/v1/reports/impact/preview': { status: 200, body: figuresFixture() },
    ...overrides,
  };
}

const previews = (requests: RecordedRequest[]) => requests.filter((request) => request.path === '/api/v1/reports/impact/preview');

afterEach(() => {
  window.localStorage.clear();
  window.sessionStorage.clear();
});

describe('Report builder', () => {
  it('previews once typing pauses, not on every keystroke, and keeps the figures while the next preview loads', async () => {
    const { requests } = mockApi(handlers());
    renderApp('/reports/new');

    const form = await screen.findByRole('form', { name: 'Report definition' });
    expect(await screen.findByText('Enter the funder’s name and a period to see the preview.')).toBeInTheDocument();
    await userEvent.type(within(form).getByLabelText('Funder'), 'Ford Fund');

    const preview = await screen.findByRole('region', { name: 'Preview' });
    expect(await within(preview).findByRole('heading', { name: 'Funder summary for Riverside Community Foundation' })).toBeInTheDocument();
    const sent = previews(requests);
    expect(sent).toHaveLength(1);
    // Default period: last calendar year; scope: all partners.
    const lastYear = new Date().getFullYear() - 1;
    expect(sent[0]?.body).toEqual({
      funderName: 'Ford Fund',
      grantReference: null,
      period: { from: `${lastYear}-01-01`, to: `${lastYear}-12-31` },
      scope: { kind: 'all' },
    });

    await userEvent.click(within(form).getByRole('radio', { name: 'Focus areas' }));
    await userEvent.click(within(form).getByRole('checkbox', { name: 'STEM' }));
    // The previous figures stay on screen while the next are computed.
    expect(within(preview).getByRole('heading', { name: 'Funder summary for Riverside Community Foundation' })).toBeInTheDocument();
    await waitFor(() => expect(previews(requests).at(-1)?.body).toMatchObject({ scope: { kind: 'focus-areas', focusAreas: ['stem'] } }));
    expect(previews(requests).length).toBeLessThanOrEqual(3);
  });

  it('says an end date before the start in the summary, linking to the field, and does not ask the API', async () => {
    const { requests } = mockApi(handlers());
    renderApp('/reports/new');

    const form = await screen.findByRole('form', { name: 'Report definition' });
    await fill(within(form).getByLabelText('Funder'), 'Ford Fund');
    await waitFor(() => expect(previews(requests)).toHaveLength(1));
    await fill(within(form).getByLabelText('From'), '2025-06-01');
    await fill(within(form).getByLabelText('To'), '2025-05-01');

    const link = await screen.findByRole('link', { name: 'Enter an end date on or after the start date' });
    expect(link).toHaveAttribute('href', '#report-period-to');
    await userEvent.click(link);
    expect(within(form).getByLabelText('To')).toHaveFocus();
    await new Promise((resolve) => setTimeout(resolve, 600));
    expect(previews(requests).every((request) => (request.body as { period: { to: string } }).period.to !== '2025-05-01')).toBe(true);
  });

  it('shows the API’s 400 in the summary on the field it names', async () => {
    mockApi(
      handlers({
        'POST /api/v1/reports/impact/preview': {
          status: 400,
          body: codedProblem(400, 'period_too_long', 'The period is too long', 'A report covers at most 5 years.', [
            { field: 'period.to', message: 'Choose an end date at most 5 years after the start' },
          ]),
        },
      }),
    );
    renderApp('/reports/new');

    const form = await screen.findByRole('form', { name: 'Report definition' });
    await fill(within(form).getByLabelText('Funder'), 'Ford Fund');
    const link = await screen.findByRole('link', { name: 'Choose an end date at most 5 years after the start' });
    expect(link).toHaveAttribute('href', '#report-period-to');
  });

  it('refuses to save without a funder, then saves, remembers the funder and opens the saved report', async () => {
    const { requests } = mockApi(
      handlers({
        'POST /api/v1/reports/impact': { status: 201, body: savedReportFixture({ id: 'r-9', funderName: 'Ford Fund' }) },
        'GET /api/v1/reports/impact/r-9': { status: 200, body: savedReportFixture({ id: 'r-9', funderName: 'Ford Fund' }) },
      }),
    );
    const { router } = renderApp('/reports/new');

    const form = await screen.findByRole('form', { name: 'Report definition' });
    await userEvent.click(within(form).getByRole('button', { name: 'Save report' }));
    const summary = await screen.findByRole('alert');
    expect(within(summary).getByRole('link', { name: 'Enter the funder’s name' })).toHaveAttribute('href', '#report-funder-name');
    expect(summary).toHaveFocus();
    expect(requests.some((request) => request.method === 'POST' && request.path === '/api/v1/reports/impact')).toBe(false);

    await fill(within(form).getByLabelText('Funder'), 'Ford Fund');
    await userEvent.click(within(form).getByRole('button', { name: 'Last 12 months' }));
    await userEvent.click(within(form).getByRole('button', { name: 'Save report' }));

    await waitFor(() => expect(router.state.location.pathname).toBe('/reports/r-9'));
    expect(await screen.findByText('Report for Ford Fund saved')).toBeInTheDocument();
    const saved = requests.find((request) => request.method === 'POST' && request.path === '/api/v1/reports/impact');
    expect(saved?.body).toMatchObject({ funderName: 'Ford Fund', scope: { kind: 'all' } });
    expect(JSON.parse(window.localStorage.getItem('common-ground:reports:last-definition') ?? '{}')).toMatchObject({ funderName: 'Ford Fund', scopeKind: 'all' });
  });

  it('starts a duplicate from a saved report, moved on to the next period, with its chosen partners', async () => {
    mockApi(
      handlers({
        'GET /api/v1/reports/impact/r-1': {
          status: 200,
          body: savedReportFixture({ period: { from: '2024-01-01', to: '2024-12-31' }, scope: { kind: 'partners', partnerIds: ['p-1'] } }),
        },
        'GET /api/v1/partners': pageOf([]),
      }),
    );
    renderApp('/reports/new?from=r-1');

    const form = await screen.findByRole('form', { name: 'Report definition' });
    expect(within(form).getByLabelText('Funder')).toHaveValue('Riverside Community Foundation');
    expect(within(form).getByLabelText('Grant reference (optional)')).toHaveValue('RCF-2025-014');
    expect(within(form).getByLabelText('From')).toHaveValue('2025-01-01');
    expect(within(form).getByLabelText('To')).toHaveValue('2025-12-31');
    expect(within(form).getByRole('radio', { name: 'Chosen partners' })).toBeChecked();
    expect(form).toHaveTextContent('Riverside Food Bank');
  });

  it('follows a figure of the preview to its records and comes back to the form as it was typed', async () => {
    mockApi(
      handlers({
        'GET /api/v1/reports/impact/evidence': {
          status: 200,
          body: { items: [], total: 12, valueTotal: 1234, description: 'Programs the library sponsors or co-sponsors, 2025, all partners', nextCursor: null },
        },
      }),
    );
    const { router } = renderApp('/reports/new');

    const form = await screen.findByRole('form', { name: 'Report definition' });
    await fill(within(form).getByLabelText('Funder'), 'Ford Fund');
    await fill(within(form).getByLabelText('Grant reference (optional)'), 'FF-7');
    const preview = await screen.findByRole('region', { name: 'Preview' });
    await userEvent.click(await within(preview).findByRole('link', { name: '12 programs — show the programs' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'The evidence' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/reports/evidence');
    await userEvent.click(screen.getByRole('link', { name: 'Back to the report builder' }));

    const again = await screen.findByRole('form', { name: 'Report definition' });
    expect(within(again).getByLabelText('Funder')).toHaveValue('Ford Fund');
    expect(within(again).getByLabelText('Grant reference (optional)')).toHaveValue('FF-7');
  });

  it('finds partners by name for the scope, and sends their ids', async () => {
    const { requests } = mockApi(
      handlers({
        'GET /api/v1/partners': (request) =>
          new URL(request.url).searchParams.get('q') === 'museum'
            ? pageOf([{ id: 'p-2', name: 'City Museum' }])
            : pageOf([{ id: 'p-1', name: 'Riverside Food Bank' }]),
      }),
    );
    renderApp('/reports/new');

    const form = await screen.findByRole('form', { name: 'Report definition' });
    await fill(within(form).getByLabelText('Funder'), 'Ford Fund');
    await userEvent.click(within(form).getByRole('radio', { name: 'Chosen partners' }));
    await userEvent.type(within(form).getByRole('combobox', { name: 'Partners' }), 'museum');
    await userEvent.click(await screen.findByRole('option', { name: 'City Museum' }));

    await waitFor(() => expect(previews(requests).at(-1)?.body).toMatchObject({ scope: { kind: 'partners', partnerIds: ['p-2'] } }));
    expect(requests.some((request) => request.path === '/api/v1/partners' && new URLSearchParams(request.search).get('q') === 'museum')).toBe(true);
  });

  it('asks before leaving a changed builder, and stays on request', async () => {
    mockApi(handlers());
    const { router } = renderApp('/reports/new');

    const form = await screen.findByRole('form', { name: 'Report definition' });
    await fill(within(form).getByLabelText('Funder'), 'Ford Fund');
    await userEvent.click(screen.getByRole('link', { name: 'Back to saved reports' }));
    const dialog = await screen.findByRole('dialog', { name: 'Leave without saving?' });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Stay on this page' }));
    expect(router.state.location.pathname).toBe('/reports/new');
    expect(within(form).getByLabelText('Funder')).toHaveValue('Ford Fund');
  });
});
