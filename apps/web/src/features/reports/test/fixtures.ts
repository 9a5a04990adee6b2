import type { EvidencePage, ReportFigures, ReportSummary, SavedReport } from '../api/types';

const base = 'from=2025-01-01&to=2025-12-31&scope=all';
const counted = `${base}&libraryRole=sponsor&libraryRole=co-sponsor`;

const bands = (values: [number, number, number, number, number]) => ({
  'age-0-5': values[0],
  'age-6-11': values[1],
  'age-12-18': values[2],
  'age-19-plus': values[3],
  general: values[4],
});

const zeroState = { mean: null, n: 0, strength: 0, borderline: 0, concern: 0, insufficient: 0 };

/** A small library's year: 12 programs, 56 sessions, 1,234 attending, two partners, one outcome line, a story. */
export function figuresFixture(overrides: Partial<ReportFigures> = {}): ReportFigures {
  return {
    header: {
      libraryName: 'Riverside Public Library',
      funderName: 'Riverside Community Foundation',
      grantReference: 'RCF-2025-014',
      period: { from: '2025-01-01', to: '2025-12-31' },
      scope: { kind: 'all' },
      scopeLabel: 'All partners',
      programsCovered: 12,
      partnersCovered: 2,
      preparedBy: { id: 'u-man', name: 'Marcus Reyes' },
      generatedAt: '2026-01-10T10:00:00.000Z',
      nothingFound: false,
    },
    outputs: {
      programs: 12,
      sessions: 56,
      attendance: {
        total: 1234,
        byAgeBand: bands([100, 200, 300, 534, 100]),
        byFormat: [
          { format: 'in-person-onsite', sessions: 40, attendance: 1000, byAgeBand: bands([100, 150, 250, 400, 100]) },
          { format: 'in-person-offsite', sessions: 6, attendance: 134, byAgeBand: bands([0, 50, 50, 34, 0]) },
          { format: 'live-virtual', sessions: 5, attendance: 100, byAgeBand: bands([0, 0, 0, 100, 0]) },
          { format: 'recorded', sessions: 5, attendance: 0, byAgeBand: bands([0, 0, 0, 0, 0]) },
        ],
        recordedViews: 340,
      },
      byMonth: Array.from({ length: 12 }, (_, index) => ({
        month: `2025-${String(index + 1).padStart(2, '0')}`,
        sessions: index < 8 ? 7 : 0,
        attendance: index === 2 ? 300 : index < 8 ? 133 : 3,
        recordedViews: index === 0 ? 340 : 0,
      })),
      programsSource: `kind=programs&${counted}`,
      sessionsSource: `kind=sessions&${counted}`,
      formatSources: ['in-person-onsite', 'in-person-offsite', 'live-virtual', 'recorded'].map((format) => ({
        format,
        source: `kind=sessions&${counted}&format=${format}`,
      })),
      promotionOnly: {
        programs: 1,
        sessions: 2,
        attendance: 40,
        list: [{ id: 'pr-9', title: 'Author talk', sessions: 2, attendance: 40, recordedViews: 0 }],
        source: `kind=programs&${base}&libraryRole=promotion-only`,
      },
    },
    outcomes: [
      {
        measure: 'knowledge',
        timing: 'immediate',
        results: 4,
        respondents: 45,
        counts: { 'strongly-disagree': 1, disagree: 2, neutral: 6, agree: 20, 'strongly-agree': 12 },
        nonResponses: 4,
        answered: 41,
        agreeShare: 32 / 41,
        source: `kind=outcome-results&${counted}&measure=knowledge&timing=immediate`,
      },
    ],
    partners: {
      count: 2,
      list: [
        {
          id: 'p-1',
          name: 'Riverside Food Bank',
          type: 'social-service-nonprofit',
          roles: ['co-host', 'volunteer-provider'],
          programs: 3,
          contributions: { count: 4, moneyValue: 2500.5, volunteerHours: 40 },
          source: `kind=contributions&${base}&side=partner&partner=p-1`,
        },
        {
          id: 'p-2',
          name: 'City Museum',
          type: 'museum',
          roles: ['venue-host'],
          programs: 1,
          contributions: { count: 1, moneyValue: 800, volunteerHours: 0 },
          source: `kind=contributions&${base}&side=partner&partner=p-2`,
        },
      ],
      contributions: {
        moneyValue: 4691.6,
        volunteerHours: 40,
        bySide: [
          { side: 'library', moneyValue: 1391.1, count: 2 },
          { side: 'partner', moneyValue: 3300.5, count: 5 },
        ],
        byType: [],
      },
      contributionsSource: `kind=contributions&${base}`,
      bySideAndType: [
        { side: 'partner', type: 'volunteers', count: 2, moneyValue: 1391.6, quantityByUnit: [{ unit: 'hours', quantity: 40 }], source: `kind=contributions&${base}&side=partner&type=volunteers` },
      ],
      volunteerValuation: [
        { rate: 34.79, rateSource: 'Independent Sector, national value of volunteer time', rateYear: 2024, hours: 40, moneyValue: 1391.6, count: 2, source: `kind=contributions&${base}&type=volunteers` },
      ],
    },
    health: {
      partners: 2,
      withSnapshot: 1,
      factors: (['SA', 'TW', 'CE', 'IR', 'OC'] as const).map((factor) => ({
        factor,
        end: { mean: 3.5, n: 1, strength: 0, borderline: 1, concern: 0, insufficient: 1 },
        start: zeroState,
        change: factor === 'SA' ? 0.4 : null,
        changeN: factor === 'SA' ? 1 : 0,
        improved: factor === 'SA' ? 1 : 0,
        declined: 0,
      })),
      source: `kind=health-snapshots&${base}`,
    },
    stories: {
      total: 1,
      shown: [
        {
          id: 'n-1',
          kind: 'quote',
          text: 'My daughter reads every night now.',
          attribution: 'A parent',
          valueDimension: 'deeper-impacts',
          notedOn: '2025-05-02',
          partnerName: 'Riverside Food Bank',
          programTitle: 'Story time',
        },
      ],
      source: `kind=impact-notes&${base}`,
    },
    ...overrides,
  };
}

/** The same shape with nothing found: zeros everywhere. */
export function emptyFiguresFixture(): ReportFigures {
  const figures = figuresFixture();
  return {
    ...figures,
    header: { ...figures.header, programsCovered: 0, partnersCovered: 0, nothingFound: true, scope: { kind: 'focus-areas', focusAreas: [] }, scopeLabel: 'Focus areas: none chosen' },
    outputs: {
      ...figures.outputs,
      programs: 0,
      sessions: 0,
      attendance: {
        total: 0,
        byAgeBand: bands([0, 0, 0, 0, 0]),
        byFormat: figures.outputs.attendance.byFormat.map((line) => ({ ...line, sessions: 0, attendance: 0, byAgeBand: bands([0, 0, 0, 0, 0]) })),
        recordedViews: 0,
      },
      byMonth: figures.outputs.byMonth.map((month) => ({ ...month, sessions: 0, attendance: 0, recordedViews: 0 })),
      promotionOnly: { ...figures.outputs.promotionOnly, programs: 0, sessions: 0, attendance: 0, list: [] },
    },
    outcomes: [],
    partners: { ...figures.partners, count: 0, list: [], bySideAndType: [], volunteerValuation: [], contributions: { moneyValue: 0, volunteerHours: 0, bySide: [], byType: [] } },
    health: { ...figures.health, partners: 0, withSnapshot: 0, factors: figures.health.factors.map((line) => ({ ...line, end: zeroState, change: null, changeN: 0, improved: 0 })) },
    stories: { ...figures.stories, total: 0, shown: [] },
  };
}

export function savedReportFixture(overrides: Partial<SavedReport> = {}): SavedReport {
  return {
    id: 'r-1',
    funderName: 'Riverside Community Foundation',
    grantReference: 'RCF-2025-014',
    period: { from: '2025-01-01', to: '2025-12-31' },
    scope: { kind: 'all' },
    figures: figuresFixture(),
    author: { id: 'u-man', name: 'Marcus Reyes' },
    createdAt: '2026-01-10T10:00:00.000Z',
    version: 1,
    archived: false,
    ...overrides,
  };
}

export function reportSummaryFixture(overrides: Partial<ReportSummary> = {}): ReportSummary {
  return {
    id: 'r-1',
    funderName: 'Riverside Community Foundation',
    grantReference: 'RCF-2025-014',
    period: { from: '2025-01-01', to: '2025-12-31' },
    scope: { kind: 'all' },
    scopeLabel: 'All partners',
    programs: 12,
    sessions: 56,
    attendance: 1234,
    author: { id: 'u-man', name: 'Marcus Reyes' },
    createdAt: '2026-01-10T10:00:00.000Z',
    archived: false,
    ...overrides,
  };
}

export function evidencePageFixture(overrides: Partial<EvidencePage> = {}): EvidencePage {
  return {
    items: [
      { id: 's-1', date: '2025-03-04', title: 'Story time', detail: 'In person, at the library · 24 attending', value: 24, programId: 'pr-1', partnerId: null },
      { id: 's-2', date: '2025-03-11', title: 'Teen coding club', detail: 'Live virtual · 10 attending', value: 10, programId: 'pr-2', partnerId: 'p-1' },
    ],
    total: 56,
    valueTotal: 1234,
    description: 'Sessions of sponsored or co-sponsored programs, 1 Jan – 31 Dec 2025, all partners',
    nextCursor: 'NTA',
    ...overrides,
  };
}
