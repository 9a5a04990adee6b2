import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { librarianMe, mockApi, problem, type MockHandler } from '../../../test/mock-api';
import { fill } from '../../../test/fill';
import { programPageOf } from '../../../test/fixtures/programs';
import { renderInApp } from '../../../test/render-app';
import { contributionFixture, emptyTotals, settingsFixture } from '../../value/test/fixtures';
import type { Contribution, ContributionTotals } from '../api/types';
import { ContributionsPanel } from './contributions-panel';

const volunteers = contributionFixture({
  id: 'c-1',
  type: 'volunteers',
  quantity: 12,
  unit: 'hours',
  moneyValue: 417.48,
  valuedAt: { rate: 34.79, source: 'Independent Sector', year: 2024 },
  description: 'Nurses at the blood-pressure table',
  program: { id: 'prog-1', title: 'Community health fair' },
  version: 4,
});
const space = contributionFixture({ id: 'c-2', side: 'library', type: 'space', stage: 'planned', moneyValue: 250, contributedOn: '2026-03-10' });

/** Totals the items alone could not produce, so the test proves the panel shows the API's figures. */
const totals: ContributionTotals = {
  moneyValue: 5_667.48,
  volunteerHours: 96.5,
  bySide: [
    { side: 'library', moneyValue: 1_250, count: 3 },
    { side: 'partner', moneyValue: 4_417.48, count: 9 },
  ],
  byType: [
    { type: 'space', moneyValue: 1_250, quantityByUnit: [], count: 3 },
    { type: 'volunteers', moneyValue: 3_357.24, quantityByUnit: [{ unit: 'hours', quantity: 96.5 }], count: 8 },
  ],
};

function ledger(items: Contribution[], pageTotals: ContributionTotals = totals, total = 12): MockReply {
  return { status: 200, body: { items, total, nextCursor: null, totals: pageTotals } };
}
type MockReply = { status: number; body: unknown };

function handlers(overrides: Record<string, MockHandler> = {}): Record<string, MockHandler> {
  return {
    'GET /api/v1/contributions': ledger([volunteers, space]),
    'GET /api/v1/settings': { status: 200, body: settingsFixture() },
    'GET /api/v1/programs': programPageOf([]),
    ...overrides,
  };
}

const posted = (requests: { method: string; path: string; body: unknown }[]) =>
  requests.filter((request) => request.method === 'POST' && request.path === '/api/v1/contributions').at(-1)?.body;

describe('Contributions panel', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date(2026, 2, 15, 12, 0));
  });
  afterEach(() => vi.useRealTimers());

  it('shows the totals per side, per type and the volunteer hours from the response, and each line with its rate', async () => {
    const { requests } = mockApi(handlers());
    renderInApp(<ContributionsPanel partnerId="p-1" />, { me: librarianMe });

    const totalsSection = await screen.findByRole('region', { name: 'Totals' });
    expect(within(totalsSection).getByText('Total value').nextSibling).toHaveTextContent('$5,667.48');
    expect(within(totalsSection).getByText('Library brought').nextSibling).toHaveTextContent('$1,250.00');
    expect(within(totalsSection).getByText('Partner brought').nextSibling).toHaveTextContent('$4,417.48');
    expect(within(totalsSection).getByText('9 lines')).toBeInTheDocument();
    expect(within(totalsSection).getByText('Volunteer hours').nextSibling).toHaveTextContent('96.5');
    const volunteerRow = within(totalsSection).getByRole('rowheader', { name: /Volunteers/ }).closest('tr')!;
    expect(volunteerRow).toHaveTextContent('96.5 hours');
    expect(volunteerRow).toHaveTextContent('$3,357.24');
    expect(volunteerRow).toHaveTextContent('8 lines');
    expect(totalsSection).toHaveTextContent('12 lines matching the filters, planned and given added together');

    const table = screen.getByRole('table', { name: 'Ledger' });
    const first = within(table).getByText('Nurses at the blood-pressure table').closest('tr')!;
    expect(first).toHaveTextContent('Tue 3 Mar 2026');
    expect(first).toHaveTextContent('Riverside Clinic');
    expect(first).toHaveTextContent('Community health fair');
    expect(first).toHaveTextContent('12 hours');
    expect(first).toHaveTextContent('$417.48');
    expect(first).toHaveTextContent('valued at $34.79/h (Independent Sector, 2024)');
    expect(first).toHaveTextContent('Given');
    const second = within(table).getByText('Space').closest('tr')!;
    expect(second).toHaveTextContent('Library');
    expect(second).toHaveTextContent('Planned');
    expect(second).not.toHaveTextContent('valued at');

    const query = new URLSearchParams(requests.find((request) => request.path === '/api/v1/contributions')!.search);
    expect(query.get('partnerId')).toBe('p-1');
    expect(query.get('programId')).toBeNull();
  });

  it('filters by side, type and planned or given, and says what the totals then cover', async () => {
    const { requests } = mockApi(
      handlers({
        'GET /api/v1/contributions': (request) =>
          new URL(request.url).searchParams.get('stage') === 'actual' ? ledger([volunteers], { ...totals, moneyValue: 4_417.48 }, 9) : ledger([volunteers, space]),
      }),
    );
    renderInApp(<ContributionsPanel programId="prog-1" />, { me: librarianMe });

    await screen.findByRole('region', { name: 'Totals' });
    await userEvent.selectOptions(screen.getByLabelText('Planned or given'), 'Given');
    await userEvent.selectOptions(screen.getByLabelText('Side'), 'Partner');
    await userEvent.selectOptions(screen.getByLabelText('Type'), 'Volunteers');

    await waitFor(() => expect(screen.getByRole('region', { name: 'Totals' })).toHaveTextContent('What was given: 9 lines matching the filters.'));
    expect(within(screen.getByRole('region', { name: 'Totals' })).getByText('Total value').nextSibling).toHaveTextContent('$4,417.48');
    const last = new URLSearchParams(requests.filter((request) => request.path === '/api/v1/contributions').at(-1)!.search);
    expect(Object.fromEntries(last)).toMatchObject({ programId: 'prog-1', stage: 'actual', side: 'partner', type: 'volunteers', archived: 'false' });
  });

  it('previews the value of volunteer hours from the settings rate, and leaves it to the API when no value is typed', async () => {
    const saved = contributionFixture({ id: 'c-9', type: 'volunteers', quantity: 12, unit: 'hours', moneyValue: 417.48 });
    const { requests } = mockApi(handlers({ 'POST /api/v1/contributions': { status: 201, body: saved } }));
    renderInApp(<ContributionsPanel partnerId="p-1" />, { me: librarianMe });

    await userEvent.click(await screen.findByRole('button', { name: 'Add a contribution' }));
    const dialog = await screen.findByRole('dialog', { name: 'Add a contribution' });
    await userEvent.selectOptions(within(dialog).getByLabelText('What was contributed'), 'Volunteers');
    // Volunteers are counted in hours unless the person says otherwise.
    expect(within(dialog).getByLabelText('Unit')).toHaveValue('hours');
    await fill(within(dialog).getByLabelText('Quantity (optional)'), '12');

    expect(await within(dialog).findByText('Will be valued at $417.48: 12 hours × $34.79/h (Independent Sector, 2024).')).toBeInTheDocument();

    // A typed value wins, so there is nothing to preview.
    await fill(within(dialog).getByLabelText('Money value, in dollars (optional)'), '300');
    await waitFor(() => expect(within(dialog).queryByText(/Will be valued at/)).not.toBeInTheDocument());
    await userEvent.clear(within(dialog).getByLabelText('Money value, in dollars (optional)'));
    expect(await within(dialog).findByText(/Will be valued at \$417\.48/)).toBeInTheDocument();

    await userEvent.click(within(dialog).getByRole('button', { name: 'Add contribution' }));
    expect(await screen.findByText('Contribution added')).toBeInTheDocument();
    expect(posted(requests)).toEqual({ side: 'partner', partnerId: 'p-1', type: 'volunteers', stage: 'actual', quantity: 12, unit: 'hours', contributedOn: '2026-03-15' });
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Add a contribution' })).not.toBeInTheDocument());
  });

  it('offers the program’s partners, and lists what is missing in an error summary that links to each field', async () => {
    const { requests } = mockApi(
      handlers({
        'GET /api/v1/programs/prog-1': { status: 200, body: { id: 'prog-1', partners: [{ id: 'p-1', name: 'Riverside Clinic', roles: ['lead'] }, { id: 'p-2', name: 'Workforce Board', roles: ['presenter'] }] } },
      }),
    );
    renderInApp(<ContributionsPanel programId="prog-1" />, { me: librarianMe });

    await userEvent.click(await screen.findByRole('button', { name: 'Add a contribution' }));
    const dialog = await screen.findByRole('dialog', { name: 'Add a contribution' });
    const partner = within(dialog).getByLabelText('Partner');
    await waitFor(() => expect(within(partner).getByRole('option', { name: 'Workforce Board' })).toBeInTheDocument());
    await userEvent.click(within(dialog).getByRole('button', { name: 'Add contribution' }));

    const summary = await within(dialog).findByRole('alert', { name: 'There is a problem' });
    await userEvent.click(within(summary).getByRole('link', { name: 'Choose the partner who brought it' }));
    expect(partner).toHaveFocus();
    expect(within(summary).getByRole('link', { name: 'Choose what was contributed' })).toHaveAttribute('href', `#${within(dialog).getByLabelText('What was contributed').id}`);
    expect(posted(requests)).toBeUndefined();

    // The library's own contribution to the program needs no partner.
    await userEvent.click(within(dialog).getByRole('radio', { name: 'The library' }));
    expect(within(partner).getByRole('option', { name: 'None: the library’s own contribution to the program' })).toBeInTheDocument();
  });

  it('puts the API’s field problems on their fields and keeps what was typed', async () => {
    mockApi(
      handlers({
        'POST /api/v1/contributions': {
          status: 400,
          body: problem(400, 'Some of the information needs correcting', undefined, [{ field: 'unit', message: 'Choose a unit from the list.' }]),
        },
      }),
    );
    renderInApp(<ContributionsPanel partnerId="p-1" />, { me: librarianMe });

    await userEvent.click(await screen.findByRole('button', { name: 'Add a contribution' }));
    const dialog = await screen.findByRole('dialog', { name: 'Add a contribution' });
    await userEvent.selectOptions(within(dialog).getByLabelText('What was contributed'), 'Materials');
    await fill(within(dialog).getByLabelText('Quantity (optional)'), '40');
    await userEvent.selectOptions(within(dialog).getByLabelText('Unit'), 'Items');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Add contribution' }));

    expect(await within(dialog).findByRole('link', { name: 'Choose a unit from the list.' })).toBeInTheDocument();
    expect(within(dialog).getByLabelText('Unit')).toHaveAttribute('aria-invalid', 'true');
    expect(within(dialog).getByLabelText('Quantity (optional)')).toHaveValue('40');
  });

  it('explains a conflict when someone else changed the line first, and reloads on request', async () => {
    let lists = 0;
    const detail = 'Someone else saved a change to this contribution after you opened it. Reload to see their version, then make your change again.';
    const { requests } = mockApi(
      handlers({
        'GET /api/v1/contributions': () => {
          lists += 1;
          return ledger([volunteers]);
        },
        'PATCH /api/v1/contributions/c-1': { status: 409, body: problem(409, 'Someone else changed this first', detail) },
      }),
    );
    renderInApp(<ContributionsPanel partnerId="p-1" />, { me: librarianMe });

    const row = (await screen.findByText('Nurses at the blood-pressure table')).closest('tr')!;
    await userEvent.click(within(row).getByRole('button', { name: 'Edit' }));
    const dialog = await screen.findByRole('dialog', { name: 'Edit contribution' });
    // A value computed from the rate is not a typed value: the field is empty and the line keeps its rate.
    expect(within(dialog).getByLabelText('Money value, in dollars (optional)')).toHaveValue('');
    expect(within(dialog).getByText('Will be valued at $417.48: 12 hours × $34.79/h (Independent Sector, 2024).')).toBeInTheDocument();
    await fill(within(dialog).getByLabelText('Quantity (optional)'), '10');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save contribution' }));

    const alert = await within(dialog).findByText(detail);
    expect(requests.find((request) => request.method === 'PATCH')?.body).toMatchObject({ version: 4, quantity: 10, unit: 'hours', moneyValue: null });
    const before = lists;
    await userEvent.click(within(dialog).getByRole('button', { name: 'Reload' }));
    await waitFor(() => expect(lists).toBeGreaterThan(before));
    expect(alert).not.toBeInTheDocument();
    expect(within(dialog).getByText('Loaded the latest version')).toBeInTheDocument();
    expect(within(dialog).getByLabelText('Quantity (optional)')).toHaveValue('10');
  });

  it('archives a line after asking', async () => {
    const { requests } = mockApi(
      handlers({
        'POST /api/v1/contributions/c-2/archive': { status: 200, body: { ...space, archivedAt: '2026-03-15T12:00:00.000Z', version: 2 } },
      }),
    );
    renderInApp(<ContributionsPanel partnerId="p-1" />, { me: librarianMe });

    const table = await screen.findByRole('table', { name: 'Ledger' });
    const row = within(table).getByText('Space').closest('tr')!;
    await userEvent.click(within(row).getByRole('button', { name: 'Archive' }));
    const dialog = await screen.findByRole('dialog', { name: 'Archive this contribution?' });
    expect(dialog).toHaveTextContent('Space of Tue 10 Mar 2026 will no longer count in the totals.');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Archive contribution' }));
    expect(await screen.findByText('Contribution archived')).toBeInTheDocument();
    expect(requests.find((request) => request.path === '/api/v1/contributions/c-2/archive')?.body).toEqual({ version: 1 });
  });

  it('says what the ledger is for when it is empty', async () => {
    mockApi(handlers({ 'GET /api/v1/contributions': ledger([], emptyTotals(), 0) }));
    renderInApp(<ContributionsPanel partnerId="p-1" />, { me: librarianMe });

    expect(await screen.findByText(/No contributions yet — record what each side brings/)).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Totals' })).not.toBeInTheDocument();
  });

  it('collapses the ledger to cards on a phone', async () => {
    const wide = window.matchMedia;
    window.matchMedia = (query: string) => ({ ...wide(query), matches: query.includes('max-width') });
    try {
      mockApi(handlers());
      renderInApp(<ContributionsPanel partnerId="p-1" />, { me: librarianMe });

      const list = await screen.findByRole('list', { name: 'Ledger' });
      expect(screen.queryByRole('table', { name: 'Ledger' })).not.toBeInTheDocument();
      const card = within(list).getByRole('listitem', { name: /Volunteers/ });
      expect(card).toHaveTextContent('Riverside Clinic');
      expect(card).toHaveTextContent('Program: Community health fair');
      expect(card).toHaveTextContent('valued at $34.79/h (Independent Sector, 2024)');
      expect(within(card).getByRole('button', { name: 'Edit' })).toBeInTheDocument();
    } finally {
      window.matchMedia = wide;
    }
  });
});
