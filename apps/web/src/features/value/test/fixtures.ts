import type { Contribution, ContributionTotals } from '../../contributions/api/types';
import type { ImpactNote } from '../../impact-notes/api/types';
import type { OutcomeResult } from '../../outcomes/api/types';
import type { Settings } from '../../settings/api/types';
import { librarianMe } from '../../../test/mock-api';

/** Test records for the value-model panels (contributions, outcomes, impact notes, settings, value view). */
export function settingsFixture(overrides: Partial<Settings> = {}): Settings {
  return {
    libraryName: 'Riverside Public Library',
    volunteerHourRate: 34.79,
    volunteerRateSource: 'Independent Sector',
    volunteerRateYear: 2024,
    // The scoring policy's own tests (settings/scoring-policy) give a full policy.
    scoringPolicy: {},
    scoringModelVersion: '1',
    defaultScoringPolicy: {},
    hasLogo: false,
    updatedAt: '2026-01-05T09:00:00.000Z',
    version: 3,
    ...overrides,
  };
}

const recordBase = {
  createdAt: '2026-03-01T09:00:00.000Z',
  updatedAt: '2026-03-01T09:00:00.000Z',
  createdBy: librarianMe.id,
  version: 1,
  archivedAt: null,
};

export function contributionFixture(overrides: Partial<Contribution> & Pick<Contribution, 'id'>): Contribution {
  return {
    side: 'partner',
    partner: { id: 'p-1', name: 'Riverside Clinic' },
    program: null,
    type: 'expertise',
    stage: 'actual',
    description: '',
    quantity: null,
    unit: null,
    moneyValue: null,
    valuedAt: null,
    contributedOn: '2026-03-03',
    ...recordBase,
    ...overrides,
  };
}

export function emptyTotals(): ContributionTotals {
  return {
    moneyValue: 0,
    volunteerHours: 0,
    bySide: [
      { side: 'library', moneyValue: 0, count: 0 },
      { side: 'partner', moneyValue: 0, count: 0 },
    ],
    byType: [],
  };
}

export function outcomeFixture(overrides: Partial<OutcomeResult> & Pick<OutcomeResult, 'id'>): OutcomeResult {
  return {
    programId: 'prog-1',
    sessionId: null,
    timing: 'immediate',
    measure: 'knowledge',
    respondents: 44,
    counts: { 'strongly-disagree': 1, disagree: 2, neutral: 6, agree: 20, 'strongly-agree': 12 },
    nonResponses: 3,
    answered: 41,
    agreeShare: 32 / 41,
    collectedOn: '2026-03-03',
    ...recordBase,
    ...overrides,
  };
}

export function impactNoteFixture(overrides: Partial<ImpactNote> & Pick<ImpactNote, 'id' | 'text'>): ImpactNote {
  return {
    kind: 'story',
    attribution: null,
    valueDimension: 'deeper-impacts',
    consentToQuote: false,
    partner: { id: 'p-1', name: 'Riverside Clinic' },
    program: null,
    notedOn: '2026-03-04',
    sourceUrl: null,
    ...recordBase,
    ...overrides,
  };
}
