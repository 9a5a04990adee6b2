import { type AgeBand, FACTORS, PARTNER_TYPES, PROGRAM_ROLES, SESSION_FORMATS } from '@common-ground/domain';
import type { ImpactReportFiguresDto, ReportMonthDto, ReportPartnerDto, ReportStoryDto } from '../dto/impact-report.response.dto';

/*
 * Hand-made figures for the exports' tests and the size check: small enough to compute by hand, with the awkward
 * cases a funder's report meets (a partner named like a spreadsheet formula, names beyond ASCII, a negative
 * health change, a share with non-responses, a month with nothing).
 */

const BASE = 'from=2026-01-01&to=2026-12-31&scope=all';
const COUNTED = 'libraryRole=sponsor&libraryRole=co-sponsor';

const attendance = (values: Partial<Record<AgeBand, number>>) => ({
  'age-0-5': values['age-0-5'] ?? 0,
  'age-6-11': values['age-6-11'] ?? 0,
  'age-12-18': values['age-12-18'] ?? 0,
  'age-19-plus': values['age-19-plus'] ?? 0,
  general: values.general ?? 0,
});

const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

function months(from: string, count: number, fill: (index: number) => Omit<ReportMonthDto, 'month'>): ReportMonthDto[] {
  const [year, month] = from.split('-').map(Number) as [number, number];
  return Array.from({ length: count }, (_, index) => {
    const total = year * 12 + (month - 1) + index;
    return { month: `${Math.floor(total / 12)}-${String((total % 12) + 1).padStart(2, '0')}`, ...fill(index) };
  });
}

export const FIXTURE_PARTNERS = {
  clinic: { id: id(1), name: 'Zoë Ñúñez Health Clinic' },
  formula: { id: id(2), name: '=HYPERLINK("https://example.com","click")' },
  museum: { id: id(3), name: 'Łódź Friendship Museum' },
} as const;

/** A year of a small library: 2 counted programs, 5 sessions, 3 partners; every figure is hand-checkable. */
export function smallFigures(): ImpactReportFiguresDto {
  const partner = (
    p: { id: string; name: string },
    type: ReportPartnerDto['type'],
    roles: ReportPartnerDto['roles'],
    programs: number,
    contributions: ReportPartnerDto['contributions'],
  ): ReportPartnerDto => ({ id: p.id, name: p.name, type, roles, programs, contributions, source: `kind=contributions&${BASE}&side=partner&partner=${p.id}` });
  return {
    header: {
      libraryName: 'Riverside Public Library',
      funderName: 'Riverside Community Foundation',
      grantReference: 'RCF-2026-014',
      period: { from: '2026-01-01', to: '2026-12-31' },
      scope: { kind: 'all' },
      scopeLabel: 'All partners',
      programsCovered: 2,
      partnersCovered: 3,
      preparedBy: { id: id(900), name: 'Dana Director' },
      generatedAt: '2026-11-20T09:30:00.000Z',
      nothingFound: false,
    },
    outputs: {
      programs: 2,
      sessions: 5,
      attendance: {
        total: 1234,
        byAgeBand: attendance({ 'age-0-5': 200, 'age-6-11': 300, 'age-19-plus': 700, general: 34 }),
        byFormat: [
          { format: 'in-person-onsite', sessions: 3, attendance: 1000, byAgeBand: attendance({ 'age-0-5': 200, 'age-6-11': 300, 'age-19-plus': 500 }) },
          { format: 'in-person-offsite', sessions: 0, attendance: 0, byAgeBand: attendance({}) },
          { format: 'live-virtual', sessions: 1, attendance: 200, byAgeBand: attendance({ 'age-19-plus': 200 }) },
          { format: 'recorded', sessions: 1, attendance: 34, byAgeBand: attendance({ general: 34 }) },
        ],
        recordedViews: 456,
      },
      byMonth: months('2026-01', 12, (i) =>
        i === 2 ? { sessions: 3, attendance: 1000, recordedViews: 0 } : i === 8 ? { sessions: 2, attendance: 234, recordedViews: 456 } : { sessions: 0, attendance: 0, recordedViews: 0 },
      ),
      programsSource: `kind=programs&${BASE}&${COUNTED}`,
      sessionsSource: `kind=sessions&${BASE}&${COUNTED}`,
      formatSources: SESSION_FORMATS.keys.map((format) => ({ format, source: `kind=sessions&${BASE}&${COUNTED}&format=${format}` })),
      promotionOnly: {
        programs: 1,
        sessions: 2,
        attendance: 80,
        list: [{ id: id(301), title: 'Poetry night at the café', sessions: 2, attendance: 80, recordedViews: 0 }],
        source: `kind=programs&${BASE}&libraryRole=promotion-only`,
      },
    },
    outcomes: [
      {
        measure: 'knowledge',
        timing: 'immediate',
        results: 2,
        respondents: 40,
        counts: { 'strongly-disagree': 1, disagree: 2, neutral: 3, agree: 14, 'strongly-agree': 16 },
        nonResponses: 4,
        answered: 36,
        agreeShare: 30 / 36,
        source: `kind=outcome-results&${BASE}&${COUNTED}&measure=knowledge&timing=immediate`,
      },
      {
        measure: 'confidence',
        timing: 'follow-up',
        results: 1,
        respondents: 10,
        counts: { 'strongly-disagree': 0, disagree: 1, neutral: 2, agree: 4, 'strongly-agree': 3 },
        nonResponses: 0,
        answered: 10,
        agreeShare: 0.7,
        source: `kind=outcome-results&${BASE}&${COUNTED}&measure=confidence&timing=follow-up`,
      },
    ],
    partners: {
      count: 3,
      list: [
        partner(FIXTURE_PARTNERS.formula, 'business', ['funder'], 1, { count: 1, moneyValue: 5000, volunteerHours: 0 }),
        partner(FIXTURE_PARTNERS.museum, 'museum', ['co-host', 'venue-host'], 1, { count: 1, moneyValue: 750.5, volunteerHours: 0 }),
        partner(FIXTURE_PARTNERS.clinic, 'health-provider', ['lead', 'presenter'], 2, { count: 2, moneyValue: 1043.7, volunteerHours: 30 }),
      ],
      contributions: {
        moneyValue: 7294.2,
        volunteerHours: 30,
        bySide: [
          { side: 'library', moneyValue: 500, count: 1 },
          { side: 'partner', moneyValue: 6794.2, count: 4 },
        ],
        byType: [
          { type: 'space', moneyValue: 750.5, quantityByUnit: [{ unit: 'days', quantity: 2 }], count: 1 },
          { type: 'funding', moneyValue: 5000, quantityByUnit: [{ unit: 'dollars', quantity: 5000 }], count: 1 },
          { type: 'volunteers', moneyValue: 1043.7, quantityByUnit: [{ unit: 'hours', quantity: 30 }], count: 2 },
          { type: 'staff-time', moneyValue: 500, quantityByUnit: [{ unit: 'hours', quantity: 12.5 }], count: 1 },
        ],
      },
      contributionsSource: `kind=contributions&${BASE}`,
      bySideAndType: [
        { side: 'library', type: 'staff-time', count: 1, moneyValue: 500, quantityByUnit: [{ unit: 'hours', quantity: 12.5 }], source: `kind=contributions&${BASE}&side=library&type=staff-time` },
        { side: 'partner', type: 'space', count: 1, moneyValue: 750.5, quantityByUnit: [{ unit: 'days', quantity: 2 }], source: `kind=contributions&${BASE}&side=partner&type=space` },
        { side: 'partner', type: 'funding', count: 1, moneyValue: 5000, quantityByUnit: [{ unit: 'dollars', quantity: 5000 }], source: `kind=contributions&${BASE}&side=partner&type=funding` },
        { side: 'partner', type: 'volunteers', count: 2, moneyValue: 1043.7, quantityByUnit: [{ unit: 'hours', quantity: 30 }], source: `kind=contributions&${BASE}&side=partner&type=volunteers` },
      ],
      volunteerValuation: [
        {
          rate: 34.79,
          rateSource: 'Independent Sector, national value of volunteer time',
          rateYear: 2024,
          hours: 30,
          moneyValue: 1043.7,
          count: 2,
          source: `kind=contributions&${BASE}&side=partner&type=volunteers`,
        },
      ],
    },
    health: {
      partners: 3,
      withSnapshot: 2,
      factors: FACTORS.keys.map((factor, index) => ({
        factor,
        end: { mean: index === 4 ? null : 3.6 - index * 0.2, n: index === 4 ? 0 : 2, strength: index === 0 ? 1 : 0, borderline: index === 4 ? 0 : 1, concern: index === 1 ? 1 : 0, insufficient: index === 4 ? 3 : 1 },
        start: { mean: index === 4 ? null : 3.2, n: index === 4 ? 0 : 2, strength: 0, borderline: index === 4 ? 0 : 2, concern: 0, insufficient: index === 4 ? 3 : 1 },
        change: index === 4 ? null : index === 1 ? -0.4 : 0.4 - index * 0.2,
        changeN: index === 4 ? 0 : 2,
        improved: index === 0 ? 1 : 0,
        declined: index === 1 ? 1 : 0,
      })),
      source: `kind=health-snapshots&${BASE}`,
    },
    stories: {
      total: 2,
      shown: [
        {
          id: id(501),
          kind: 'quote',
          text: '“The clinic nurses answered questions I had been afraid to ask.”',
          attribution: 'Participant, age 67',
          valueDimension: 'deeper-impacts',
          notedOn: '2026-09-12',
          partnerName: FIXTURE_PARTNERS.clinic.name,
          programTitle: 'Health fair',
        },
        {
          id: id(502),
          kind: 'story',
          text: 'Families from the Łódź exchange visited the museum after the storytime and came back the next week with their neighbours.',
          attribution: null,
          valueDimension: 'better-programs',
          notedOn: '2026-03-20',
          partnerName: FIXTURE_PARTNERS.museum.name,
          programTitle: null,
        },
      ],
      source: `kind=impact-notes&${BASE}`,
    },
  };
}

/** The bench's size: 2,000 partners, 30 stories shown, 60 months; numbers vary so nothing compresses to nothing. */
export function largeFigures(size: { partners: number; stories: number; months: number } = { partners: 2000, stories: 30, months: 60 }): ImpactReportFiguresDto {
  const figures = smallFigures();
  const to = months('2022-01', size.months, () => ({ sessions: 0, attendance: 0, recordedViews: 0 })).at(-1)?.month ?? '2026-12';
  figures.header.period = { from: '2022-01-01', to: `${to}-28` };
  figures.outputs.byMonth = months('2022-01', size.months, (i) => ({ sessions: 40 + (i % 17), attendance: 900 + ((i * 137) % 700), recordedViews: (i * 53) % 300 }));
  const partnerTypes = PARTNER_TYPES.keys;
  const roles = PROGRAM_ROLES.keys;
  figures.partners.list = Array.from({ length: size.partners }, (_, i): ReportPartnerDto => ({
    id: id(10_000 + i),
    name: `${['Zoë', 'Łódź', 'Ñandú', 'Riverside', 'Ørsted'][i % 5]} partner ${String(i).padStart(4, '0')}`,
    type: partnerTypes[i % partnerTypes.length] ?? 'business',
    roles: [roles[i % roles.length] ?? 'other', roles[(i + 3) % roles.length] ?? 'other'],
    programs: 1 + (i % 7),
    contributions: { count: i % 5, moneyValue: Math.round(((i * 7919) % 100_000) * 100) / 10_000, volunteerHours: (i * 13) % 80 },
    source: `kind=contributions&${BASE}&side=partner&partner=${id(10_000 + i)}`,
  }));
  figures.partners.count = size.partners;
  figures.header.partnersCovered = size.partners;
  figures.health.partners = size.partners;
  figures.outputs.promotionOnly.list = Array.from({ length: 40 }, (_, i) => ({ id: id(20_000 + i), title: `Promoted program ${i + 1}`, sessions: 1 + (i % 4), attendance: 20 + i, recordedViews: 0 }));
  const template = figures.stories.shown[0] as ReportStoryDto;
  figures.stories.shown = Array.from({ length: size.stories }, (_, i) => ({
    ...template,
    id: id(30_000 + i),
    text: `${template.text} ${'They told us how the program changed their week, and what they would like next. '.repeat(1 + (i % 4))}`,
  }));
  figures.stories.total = size.stories * 3;
  figures.outcomes = (['knowledge', 'confidence', 'application', 'awareness'] as const).flatMap((measure) =>
    (['immediate', 'follow-up'] as const).map((timing) => ({ ...(figures.outcomes[0] as ImpactReportFiguresDto['outcomes'][number]), measure, timing })),
  );
  return figures;
}

/** A 1×1 PNG (a white pixel): the smallest logo pdfkit embeds. */
export const TINY_PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4nGP4//8/AAX+Av4N70a4AAAAAElFTkSuQmCC', 'base64');
