import type { Factor } from '@common-ground/domain';
import type { FactorHealth, PartnerHealth, Portfolio, PortfolioFactor, PortfolioItem } from '../api/types';
import { FACTOR_ORDER, factorName } from '../health-words';

/** A factor with nothing in it yet; tests fill in what they are about. */
export function factorFixture(factor: Factor, overrides: Partial<FactorHealth> = {}): FactorHealth {
  return {
    factor,
    name: factorName(factor),
    score: 3.5,
    interval: { low: 3.2, high: 3.8 },
    band: 'borderline',
    bandText: 'Borderline',
    confidence: 'medium',
    provisional: false,
    flags: [],
    omega: 5,
    sides: { library: { mean: 3.6, respondents: 1 }, partner: { mean: 3.4, respondents: 1 } },
    units: [],
    strongestCount: 0,
    whatWouldChange: [],
    trend: { points: [], waves: [], declining: false, change: null },
    ...overrides,
  };
}

/** SCORING.md's published vector: Communication & Expectations, borderline with a perception gap. */
export const publishedCe: FactorHealth = factorFixture('CE', {
  score: 3.44,
  interval: { low: 3.134, high: 3.746 },
  band: 'borderline',
  bandText: 'Borderline, could be strength',
  confidence: 'high',
  omega: 9.686,
  flags: [{ key: 'perception-gap', text: 'The library and the partner see this differently (4.00 against 2.60).' }],
  sides: { library: { mean: 4.0, respondents: 2 }, partner: { mean: 2.6, respondents: 1 } },
  strongestCount: 3,
  units: [
    {
      key: 'assessment-library',
      label: 'Library answers',
      x: 4,
      v: 3.186,
      contribution: 0.285,
      sentence: 'Two library staff answered 4.00 on average, a month ago.',
      recordCount: 2,
      records: [{ type: 'assessment', id: 'a-1', label: 'Library assessment, Feb 2026' }],
    },
    {
      key: 'recency',
      label: 'Recency of contact',
      x: 5,
      v: 1,
      contribution: 0.179,
      sentence: 'Last two-way contact 12 days ago (cadence 30 days).',
      recordCount: 14,
      records: [{ type: 'communication', id: 'c-9', label: 'Meeting, 3 Mar 2026' }],
    },
    {
      key: 'assessment-partner',
      label: 'Partner answers',
      x: 2.6,
      v: 3.186,
      contribution: -0.114,
      sentence: 'The partner answered 2.60, a month ago.',
      recordCount: 1,
      records: [{ type: 'assessment', id: 'a-2', label: 'Partner assessment, Feb 2026' }],
    },
  ],
  whatWouldChange: ['Talking through the gap with the partner would show whose view is closer'],
  trend: {
    points: [
      { asOf: '2026-01-01', score: 3.2, low: 2.8, high: 3.6, reason: 'monthly' },
      { asOf: '2026-02-10', score: 3.44, low: 3.13, high: 3.75, reason: 'assessment' },
    ],
    waves: [{ id: 'w-1', openedOn: '2026-02-10' }],
    declining: false,
    change: { delta: 0.24, real: false },
  },
});

export function partnerHealthFixture(overrides: Partial<PartnerHealth> = {}): PartnerHealth {
  return {
    partnerId: 'p-1',
    asOf: '2026-03-15',
    modelVersion: '1',
    profile: { strength: 1, borderline: 3, concern: 1, insufficient: 0, weakestFactor: 'OC', overall: 3.3, text: '1 strength · 3 borderline · 1 concern' },
    factors: [
      factorFixture('SA', {
        score: 4.2,
        interval: { low: 4.05, high: 4.35 },
        band: 'strength',
        bandText: 'Strength',
        strongestCount: 1,
        units: [
          {
            key: 'shared-goals',
            label: 'Shared goals current',
            x: 5,
            v: 1,
            contribution: 0.3,
            sentence: 'A goal agreed by both, reviewed 2 months ago.',
            recordCount: 2,
            records: [
              { type: 'goal', id: 'g-1', label: 'Goal: Healthy families' },
              { type: 'program', id: 'prog-7', label: 'Health fair 2026' },
            ],
          },
        ],
      }),
      factorFixture('TW', {
        strongestCount: 1,
        units: [
          {
            key: 'division-of-labour',
            label: 'Division of labour',
            x: 4,
            v: 0.8,
            contribution: 0.1,
            sentence: 'The partner completed 9 of 20 commitments.',
            recordCount: 1,
            records: [{ type: 'commitment', id: 'cm-1', label: 'Send the flyer' }],
          },
        ],
      }),
      publishedCe,
      factorFixture('IR'),
      factorFixture('OC', { score: 2.6, interval: { low: 2.3, high: 2.9 }, band: 'concern', bandText: 'Concern' }),
    ],
    collaboration: { library: 3, partner: 2 },
    lastAssessedOn: { library: '2026-02-10', partner: '2026-02-12' },
    ...overrides,
  };
}

function portfolioFactor(overrides: Partial<PortfolioFactor> = {}): PortfolioFactor {
  return { score: 3.5, band: 'borderline', confidence: 'medium', flags: [], ...overrides };
}

export function portfolioItemFixture(id: string, name: string, overrides: Partial<Record<Factor, Partial<PortfolioFactor>>> = {}): PortfolioItem {
  const factors = Object.fromEntries(FACTOR_ORDER.map((factor) => [factor, portfolioFactor(overrides[factor])])) as Record<Factor, PortfolioFactor>;
  return {
    partner: { id, name, stage: 'active', liaison: { id: 'u-man', name: 'Marcus Reyes' } },
    profile: { strength: 0, borderline: 4, concern: 1, insufficient: 0, weakestFactor: 'CE', overall: 3.2, text: '4 borderline · 1 concern' },
    factors,
    flags: FACTOR_ORDER.flatMap((factor) => factors[factor].flags),
    lastAssessedOn: '2026-02-10',
    asOf: '2026-03-01',
  };
}

export function portfolioFixture(overrides: Partial<Portfolio> = {}): Portfolio {
  const riverside = portfolioItemFixture('p-1', 'Riverside Food Bank', { CE: { score: 2.4, band: 'concern', flags: ['declining'] } });
  const museum = portfolioItemFixture('p-2', 'City Museum', { SA: { score: 4.3, band: 'strength' }, OC: { score: 3.1, band: 'insufficient', confidence: 'low' } });
  const counts = { strength: 0, borderline: 2, concern: 0, insufficient: 0 };
  return {
    items: [riverside, museum],
    total: 2,
    nextCursor: null,
    distribution: {
      SA: { strength: 1, borderline: 1, concern: 0, insufficient: 0 },
      TW: counts,
      CE: { strength: 0, borderline: 1, concern: 1, insufficient: 0 },
      IR: counts,
      OC: { strength: 0, borderline: 1, concern: 0, insufficient: 1 },
    },
    concernOrDeclining: [riverside],
    perceptionGaps: [{ partner: museum.partner, factor: 'IR', library: 4.2, partnerMean: 2.9 }],
    stale: [{ partner: museum.partner, lastAssessedOn: null }],
    ...overrides,
  };
}
