/**
 * Every constant of SCORING.md in one typed object. A library may change them in settings; the model version then
 * changes with them (see modelVersionOf), so a stored snapshot always says which rules produced it.
 */
import {
  DEFAULT_CONTACT_CADENCE_DAYS,
  DEFAULT_VOLUNTEER_HOUR_RATE,
  GOAL_REVIEW_MONTHS,
  MIN_ANSWERED_ITEMS_PER_FACTOR,
} from '@common-ground/domain';
import { canonicalJson, fnv1a32 } from './canonical-hash';

/** The behaviour signals of SCORING.md's table; `tags` is the factor-tag row, applied in each factor. */
export const SIGNAL_KEYS = [
  'shared-goals',
  'public-reached',
  'roles-filled',
  'division-of-labour',
  'recency',
  'coverage',
  'initiation',
  'expectations',
  'commitments-kept',
  'acknowledgement',
  'tags',
  'disruptions',
  'admin-readiness',
  'impact-shown',
] as const;
export type SignalKey = (typeof SIGNAL_KEYS)[number];

/**
 * A signal's full weight, and the m of its sufficiency s(n, m) = n / (n + m); null when the weight does not
 * depend on how many events the unit rests on.
 */
export interface SignalWeight {
  readonly weight: number;
  readonly sufficiency: number | null;
}

export interface ScoringPolicy {
  /** The prior every factor starts from: μ0, its strength k0 (in votes), and σ for the standard error. */
  readonly prior: { readonly mean: number; readonly strength: number; readonly sigma: number };
  /** z for the 80% interval. */
  readonly intervalZ: number;
  readonly assessment: {
    readonly baseWeight: number;
    /** g(n) = 1 + sideSizeBonus · min(n − 1, maxExtraRespondents). */
    readonly sideSizeBonus: number;
    readonly maxExtraRespondents: number;
    readonly halfLifeMonths: number;
    readonly windowMonths: number;
    readonly minAnsweredItems: number;
    readonly perceptionGap: number;
  };
  readonly behaviour: {
    readonly windowMonths: number;
    readonly signals: Readonly<Record<SignalKey, SignalWeight>>;
    readonly sharedGoals: { readonly reviewMonths: number; readonly currentBoth: number; readonly olderBoth: number; readonly oneSide: number };
    readonly rolesFilled: { readonly leadDays: number };
    /** x = 5 − 4 · clip((|p − 0.5| − tolerance) / span). */
    readonly divisionOfLabour: { readonly tolerance: number; readonly span: number };
    /** x = 5 − 4 · clip((d − graceCadences·C) / (spanCadences·C)). */
    readonly recency: { readonly graceCadences: number; readonly spanCadences: number };
    readonly initiation: { readonly tolerance: number; readonly span: number };
    readonly expectations: { readonly reviewMonths: number; readonly current: number; readonly older: number };
    /** A late commitment counts this much of an on-time one. */
    readonly commitmentsKept: { readonly lateCredit: number };
    /** x = 5 − 4 · clip(q / fullAt). */
    readonly disruptions: { readonly fullAt: number };
    readonly impactShown: { readonly withinDays: number };
  };
  readonly bands: { readonly strength: number; readonly borderline: number; readonly minOmega: number };
  readonly confidence: {
    readonly lowOmega: number;
    /** Below this Ω, evidence from one side only is low confidence. */
    readonly oneSideLowOmega: number;
    readonly highOmega: number;
    readonly recentMonths: number;
  };
  /** No two-sided assessment within this many months raises the stale flag. */
  readonly staleMonths: number;
  readonly trend: {
    /** A change is real only when |Δ| > z · √(se₁² + se₂²). */
    readonly realChangeZ: number;
    readonly decliningDrop: number;
    readonly decliningSlopePerYear: number;
    readonly minSnapshots: number;
    /** Snapshots older than this are not part of the slope. */
    readonly windowMonths: number;
    /** Snapshots closer together than this in total give no slope (a burst after assessments is not a trend). */
    readonly minSpanDays: number;
  };
  readonly defaultCadenceDays: number;
  readonly volunteerHourRate: { readonly rate: number; readonly source: string; readonly year: number };
}

/** Frozen so the defaults cannot drift at run time while still reporting the published model version. */
function deepFreeze<T extends object>(value: T): T {
  for (const child of Object.values(value)) if (child !== null && typeof child === 'object') deepFreeze(child);
  return Object.freeze(value);
}

export const DEFAULT_POLICY: ScoringPolicy = deepFreeze({
  prior: { mean: 3.0, strength: 1.5, sigma: 0.8 },
  intervalZ: 1.28,
  assessment: {
    baseWeight: 3,
    sideSizeBonus: 0.25,
    maxExtraRespondents: 2,
    halfLifeMonths: 12,
    windowMonths: 24,
    minAnsweredItems: MIN_ANSWERED_ITEMS_PER_FACTOR,
    perceptionGap: 1.0,
  },
  behaviour: {
    windowMonths: 12,
    signals: {
      'shared-goals': { weight: 1.0, sufficiency: null },
      'public-reached': { weight: 1.0, sufficiency: 3 },
      'roles-filled': { weight: 1.0, sufficiency: 5 },
      'division-of-labour': { weight: 1.0, sufficiency: 5 },
      recency: { weight: 1.0, sufficiency: null },
      coverage: { weight: 1.0, sufficiency: null },
      initiation: { weight: 1.0, sufficiency: 5 },
      expectations: { weight: 0.5, sufficiency: null },
      'commitments-kept': { weight: 1.0, sufficiency: 5 },
      acknowledgement: { weight: 0.5, sufficiency: 3 },
      tags: { weight: 0.5, sufficiency: 3 },
      disruptions: { weight: 1.0, sufficiency: 3 },
      'admin-readiness': { weight: 1.0, sufficiency: 3 },
      'impact-shown': { weight: 0.5, sufficiency: 3 },
    },
    sharedGoals: { reviewMonths: GOAL_REVIEW_MONTHS, currentBoth: 5, olderBoth: 3, oneSide: 2 },
    rolesFilled: { leadDays: 7 },
    divisionOfLabour: { tolerance: 0.3, span: 0.2 },
    recency: { graceCadences: 1, spanCadences: 2 },
    initiation: { tolerance: 0.2, span: 0.3 },
    expectations: { reviewMonths: 12, current: 5, older: 3 },
    commitmentsKept: { lateCredit: 0.5 },
    disruptions: { fullAt: 0.3 },
    impactShown: { withinDays: 30 },
  },
  bands: { strength: 4.0, borderline: 3.0, minOmega: 3 },
  confidence: { lowOmega: 3, oneSideLowOmega: 5, highOmega: 6, recentMonths: 12 },
  staleMonths: 12,
  trend: {
    realChangeZ: 1.28,
    decliningDrop: 0.4,
    decliningSlopePerYear: -0.5,
    minSnapshots: 3,
    windowMonths: 12,
    minSpanDays: 45,
  },
  defaultCadenceDays: DEFAULT_CONTACT_CADENCE_DAYS,
  volunteerHourRate: { ...DEFAULT_VOLUNTEER_HOUR_RATE },
});

/** The version of SCORING.md the default policy implements. */
export const MODEL_VERSION = '1';

const DEFAULT_POLICY_JSON = canonicalJson(DEFAULT_POLICY);

/**
 * The model version a policy produces: MODEL_VERSION for the defaults; for a changed policy, "1+" and a hash of
 * its content, so the same settings always give the same version (on the server and in the browser alike).
 */
export function modelVersionOf(policy: ScoringPolicy): string {
  if (policy === DEFAULT_POLICY) return MODEL_VERSION;
  const json = canonicalJson(policy);
  if (json === DEFAULT_POLICY_JSON) return MODEL_VERSION;
  return `${MODEL_VERSION}+${fnv1a32(json)}`;
}
