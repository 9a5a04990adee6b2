import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { librarianMe, mockApi, problem } from '../../../test/mock-api';
import { renderInApp } from '../../../test/render-app';
import type { PartnerValue, ValueFigures } from '../api/types';
import { emptyTotals, impactNoteFixture } from '../test/fixtures';
import { PartnerValuePanel } from './partner-value-panel';

const noAttendance = { 'age-0-5': 0, 'age-6-11': 0, 'age-12-18': 0, 'age-19-plus': 0, general: 0 };

function figures(overrides: Partial<ValueFigures> = {}): ValueFigures {
  return {
    programs: { held: 0, planned: 0, cancelled: 0, postponed: 0 },
    sessions: 0,
    attendance: {
      total: 0,
      byAgeBand: noAttendance,
      byFormat: ['in-person-onsite', 'in-person-offsite', 'live-virtual', 'recorded'].map((format) => ({
        format: format as 'in-person-onsite',
        sessions: 0,
        attendance: 0,
        byAgeBand: noAttendance,
      })),
      recordedViews: 0,
    },
    sessionsReachingIntendedPublic: { matched: 0, recorded: 0, share: null },
    contributions: emptyTotals(),
    outcomes: [],
    ...overrides,
  };
}

function partnerValue(year: number, overrides: Partial<PartnerValue> = {}): PartnerValue {
  return {
    year,
    partner: { id: 'p-1', name: 'Riverside Clinic', archived: false },
    period: { from: `${year}-01-01`, to: `${year}-12-31` },
    previousPeriod: { from: `${year - 1}-01-01`, to: `${year - 1}-12-31` },
    ...figures(),
    previous: figures(),
    notes: { 'better-programs': [], 'deeper-impacts': [], 'expanded-capacities': [] },
    noteCounts: { 'better-programs': 0, 'deeper-impacts': 0, 'expanded-capacities': 0 },
    ...overrides,
  };
}

const quote = impactNoteFixture({ id: 'n-1', kind: 'quote', text: 'I check my blood pressure every week now.', valueDimension: 'deeper-impacts', consentToQuote: false });

const value2026 = partnerValue(2026, {
  ...figures({
    programs: { held: 3, planned: 1, cancelled: 1, postponed: 0 },
    sessions: 15,
    attendance: {
      total: 212,
      byAgeBand: { 'age-0-5': 10, 'age-6-11': 22, 'age-12-18': 30, 'age-19-plus': 140, general: 10 },
      byFormat: [
        { format: 'in-person-onsite', sessions: 12, attendance: 190, byAgeBand: noAttendance },
        { format: 'in-person-offsite', sessions: 0, attendance: 0, byAgeBand: noAttendance },
        { format: 'live-virtual', sessions: 3, attendance: 22, byAgeBand: noAttendance },
        { format: 'recorded', sessions: 0, attendance: 0, byAgeBand: noAttendance },
      ],
      recordedViews: 0,
    },
    sessionsReachingIntendedPublic: { matched: 12, recorded: 15, share: 0.8 },
    contributions: {
      moneyValue: 1_667.48,
      volunteerHours: 12,
      bySide: [
        { side: 'library', moneyValue: 250, count: 1 },
        { side: 'partner', moneyValue: 1_417.48, count: 2 },
      ],
      byType: [
        { type: 'space', moneyValue: 250, quantityByUnit: [], count: 1 },
        { type: 'volunteers', moneyValue: 417.48, quantityByUnit: [{ unit: 'hours', quantity: 12 }], count: 1 },
      ],
    },
    outcomes: [
      {
        measure: 'knowledge',
        timing: 'immediate',
        results: 2,
        respondents: 44,
        counts: { 'strongly-disagree': 1, disagree: 2, neutral: 6, agree: 20, 'strongly-agree': 12 },
        nonResponses: 3,
        answered: 41,
        agreeShare: 32 / 41,
      },
    ],
  }),
  previous: figures({ programs: { held: 1, planned: 0, cancelled: 0, postponed: 2 }, sessions: 4 }),
  notes: { 'better-programs': [], 'deeper-impacts': [quote], 'expanded-capacities': [] },
  noteCounts: { 'better-programs': 0, 'deeper-impacts': 1, 'expanded-capacities': 0 },
});

function row(table: HTMLElement, name: string | RegExp) {
  return within(table).getByRole('rowheader', { name }).closest('tr')!;
}

const cells = (tr: HTMLElement) => within(tr).getAllByRole('cell').map((cell) => cell.textContent);

describe('Partner value panel', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date(2026, 2, 15, 12, 0));
  });
  afterEach(() => vi.useRealTimers());

  it('shows the year’s raw figures with their n beside the previous year', async () => {
    const { requests } = mockApi({ 'GET /api/v1/partners/p-1/value': { status: 200, body: value2026 } });
    renderInApp(<PartnerValuePanel partnerId="p-1" />, { me: librarianMe });

    const programs = await screen.findByRole('table', { name: 'Programs where the partner has a role, and their sessions' });
    expect(within(programs).getAllByRole('columnheader').map((header) => header.textContent)).toEqual(['Figure', '2026', '2025']);
    expect(cells(row(programs, 'Programs held'))).toEqual(['3', '1']);
    expect(cells(row(programs, 'Programs postponed'))).toEqual(['0', '2']);
    expect(cells(row(programs, 'Sessions held'))).toEqual(['15', '4']);
    expect(new URLSearchParams(requests[0]!.search).get('year')).toBe('2026');

    const ages = screen.getByRole('table', { name: 'Attendance by age band' });
    expect(cells(row(ages, 'Adults 19+'))).toEqual(['140', '0']);
    expect(cells(row(ages, 'All ages'))).toEqual(['212', '0']);
    const formats = screen.getByRole('table', { name: 'Attendance by format' });
    expect(cells(row(formats, 'Live virtual'))).toEqual(['22 in 3 sessions', '0 in 0 sessions']);

    const reach = screen.getByRole('table', { name: 'Sessions whose audience matched the intended public' });
    expect(cells(row(reach, 'Sessions that reached the intended public'))).toEqual(['12 of 15 sessions (80%)', 'Not recorded (n = 0)']);

    const contributions = screen.getByRole('table', { name: 'Actual contributions (not pledges), by side and type' });
    expect(cells(row(contributions, 'Total value'))).toEqual(['$1,667.48', '$0.00']);
    expect(cells(row(contributions, 'Brought by the partner'))).toEqual(['$1,417.48 · 2 lines', '$0.00 · 0 lines']);
    expect(cells(row(contributions, 'Volunteers'))).toEqual(['$417.48 · 12 hours · 1 line', '—']);
    expect(cells(row(contributions, 'Volunteer hours'))).toEqual(['12', '0']);

    const outcomes = screen.getByRole('table', { name: 'Share who agree or strongly agree, with n (people who answered)' });
    const knowledge = row(outcomes, 'Knowledge, immediate');
    expect(cells(knowledge)[0]).toContain('78% agree (n = 41)');
    expect(cells(knowledge)[0]).toContain('3 non-responses · 2 surveys');
    expect(cells(knowledge)[1]).toBe('No results');

    const deeper = screen.getByRole('region', { name: 'Deeper impacts' });
    const note = within(deeper).getByRole('listitem', { name: /I check my blood pressure/ });
    expect(within(note).getByText('No consent to quote — staff only')).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Better programs' })).toHaveTextContent('No notes for this value yet.');
  });

  it('asks for another year and compares it with the year before it', async () => {
    const { requests } = mockApi({
      'GET /api/v1/partners/p-1/value': (request) => {
        const year = Number(new URL(request.url).searchParams.get('year'));
        return { status: 200, body: year === 2025 ? partnerValue(2025, { sessions: 4 }) : value2026 };
      },
    });
    renderInApp(<PartnerValuePanel partnerId="p-1" />, { me: librarianMe });

    await screen.findByRole('table', { name: 'Programs where the partner has a role, and their sessions' });
    await userEvent.selectOptions(screen.getByLabelText('Year'), '2025');

    await waitFor(() =>
      expect(within(screen.getByRole('table', { name: 'Programs where the partner has a role, and their sessions' })).getAllByRole('columnheader').map((header) => header.textContent)).toEqual([
        'Figure',
        '2025',
        '2024',
      ]),
    );
    expect(cells(row(screen.getByRole('table', { name: 'Programs where the partner has a role, and their sessions' }), 'Sessions held'))).toEqual(['4', '0']);
    expect(screen.getByText('Wed 1 Jan 2025 to Wed 31 Dec 2025, beside Mon 1 Jan 2024 to Tue 31 Dec 2024.')).toBeInTheDocument();
    expect(new URLSearchParams(requests.at(-1)!.search).get('year')).toBe('2025');
    expect(screen.getByText('No survey results in either year.')).toBeInTheDocument();
  });

  it('shows the newest notes of each value first and all of them on request, a page at a time', async () => {
    const note = (n: number) =>
      impactNoteFixture({ id: `n-${n}`, text: `Story number ${n} from the clinic`, valueDimension: 'deeper-impacts', notedOn: `2026-03-${String(n).padStart(2, '0')}` });
    const newestFirst = (from: number, to: number) => Array.from({ length: from - to + 1 }, (_, i) => note(from - i));
    const { requests } = mockApi({
      'GET /api/v1/partners/p-1/value': {
        status: 200,
        body: partnerValue(2026, {
          notes: { 'better-programs': [], 'deeper-impacts': newestFirst(28, 26), 'expanded-capacities': [] },
          noteCounts: { 'better-programs': 0, 'deeper-impacts': 28, 'expanded-capacities': 0 },
        }),
      },
      'GET /api/v1/partners/p-1/value/notes': (request) => {
        const cursor = new URL(request.url).searchParams.get('cursor');
        return { status: 200, body: cursor ? { items: newestFirst(3, 1), total: 28, nextCursor: null } : { items: newestFirst(28, 4), total: 28, nextCursor: 'MjU' } };
      },
    });
    renderInApp(<PartnerValuePanel partnerId="p-1" />, { me: librarianMe });

    const deeper = await screen.findByRole('region', { name: 'Deeper impacts' });
    expect(within(deeper).getAllByRole('listitem')).toHaveLength(3);
    expect(screen.getByText('Showing the newest 3 of 28 notes.')).toBeInTheDocument();
    // A value with no notes offers nothing more.
    expect(screen.queryByRole('button', { name: 'Show more better programs notes' })).not.toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: 'Show more deeper impacts notes' }));
    await waitFor(() => expect(within(deeper).getAllByRole('listitem')).toHaveLength(25));
    const first = requests.find((request) => request.path === '/api/v1/partners/p-1/value/notes')!;
    expect(Object.fromEntries(new URLSearchParams(first.search))).toEqual({ year: '2026', dimension: 'deeper-impacts', limit: '25' });
    expect(screen.getByText('Showing the newest 25 of 28 notes.')).toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: 'Show more deeper impacts notes' }));
    await waitFor(() => expect(within(deeper).getAllByRole('listitem')).toHaveLength(28));
    expect(new URLSearchParams(requests.at(-1)!.search).get('cursor')).toBe('MjU');
    expect(within(deeper).getAllByRole('listitem').at(-1)).toHaveTextContent('Story number 1 from the clinic');
    // Every note shown: the button goes, and focus moves to the line that says so rather than being lost.
    const all = screen.getByText('Showing all 28 notes.');
    expect(screen.queryByRole('button', { name: 'Show more deeper impacts notes' })).not.toBeInTheDocument();
    await waitFor(() => expect(all).toHaveFocus());
  });

  it('says so when more notes do not load, and tries again', async () => {
    let fail = true;
    mockApi({
      'GET /api/v1/partners/p-1/value': {
        status: 200,
        body: partnerValue(2026, {
          notes: { 'better-programs': [impactNoteFixture({ id: 'n-1', text: 'The newest story', valueDimension: 'better-programs' })], 'deeper-impacts': [], 'expanded-capacities': [] },
          noteCounts: { 'better-programs': 2, 'deeper-impacts': 0, 'expanded-capacities': 0 },
        }),
      },
      'GET /api/v1/partners/p-1/value/notes': () =>
        fail
          ? { status: 500, body: problem(500, 'Something went wrong') }
          : {
              status: 200,
              body: {
                items: [
                  impactNoteFixture({ id: 'n-1', text: 'The newest story', valueDimension: 'better-programs' }),
                  impactNoteFixture({ id: 'n-0', text: 'An older story', valueDimension: 'better-programs' }),
                ],
                total: 2,
                nextCursor: null,
              },
            },
    });
    renderInApp(<PartnerValuePanel partnerId="p-1" />, { me: librarianMe });

    await userEvent.click(await screen.findByRole('button', { name: 'Show more better programs notes' }));
    expect(await screen.findByText("More notes didn't load")).toBeInTheDocument();
    // The notes already shown stay.
    expect(within(screen.getByRole('region', { name: 'Better programs' })).getAllByRole('listitem')).toHaveLength(1);
    fail = false;
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    await waitFor(() => expect(within(screen.getByRole('region', { name: 'Better programs' })).getAllByRole('listitem')).toHaveLength(2));
    expect(screen.getByText('Showing all 2 notes.')).toBeInTheDocument();
  });
});
