/**
 * One partnership's health on the five factors, from its evidence on a given day. Pure: the same evidence, day,
 * policy and history always give the same result, which is what lets a stored snapshot be reproduced.
 */
import { FACTORS, type Factor } from '@common-ground/domain';
import { assessFactor, type SideAssessment } from './assessment-units';
import { behaviourUnits } from './behaviour-signals';
import {
  bandVerdict,
  combine,
  confidenceOf,
  flagsOf,
  type Band,
  type Confidence,
  type ScoredBand,
} from './combine';
import { dayNumber, type IsoDate } from './dates';
import type { FactorSnapshot, PartnershipEvidence } from './evidence';
import {
  STRONGEST_COUNT,
  describeFlag,
  describeUnit,
  rankUnits,
  whatWouldChange,
  type Flag,
  type Suggestion,
} from './explain';
import { DEFAULT_POLICY, modelVersionOf, type ScoringPolicy } from './policy';
import { validatePolicy } from './policy-validation';
import { profileOf, type HealthProfile } from './profile';
import { trendOf, type Trend } from './trend';
import type { EvidenceUnit, ScoredUnit } from './units';

export interface FactorHealth {
  readonly factor: Factor;
  readonly score: number;
  readonly se: number;
  readonly interval80: readonly [number, number];
  /** Ω: the total weight of the evidence. */
  readonly omega: number;
  readonly band: Band;
  /** e.g. "could be borderline" when the 80% interval crosses a band edge; null otherwise. */
  readonly bandNote: string | null;
  readonly couldBe: readonly ScoredBand[];
  readonly confidence: Confidence;
  /** Low confidence is shown as provisional. */
  readonly provisional: boolean;
  readonly flags: readonly Flag[];
  /** Every unit, largest |contribution| first. */
  readonly units: readonly ScoredUnit[];
  /** The units with the largest |contribution| (up to three). */
  readonly strongest: readonly ScoredUnit[];
  readonly whatWouldChange: readonly Suggestion[];
  /** Each side's mean on this factor, to show a perception gap side by side. */
  readonly assessment: { readonly library: SideAssessment | null; readonly partner: SideAssessment | null };
  /** Null when no history was given. */
  readonly trend: Trend | null;
}

export interface PartnershipHealth {
  readonly modelVersion: string;
  readonly asOf: IsoDate;
  readonly factors: Readonly<Record<Factor, FactorHealth>>;
  readonly profile: HealthProfile;
}

export interface ScoreOptions {
  readonly asOf: IsoDate;
  readonly policy?: ScoringPolicy;
  /** Earlier snapshots per factor, for the trend and the declining flag. */
  readonly history?: Readonly<Partial<Record<Factor, readonly FactorSnapshot[]>>>;
}

function checkedPolicy(policy: ScoringPolicy | undefined): ScoringPolicy {
  if (!policy || policy === DEFAULT_POLICY) return DEFAULT_POLICY;
  const problems = validatePolicy(policy);
  if (problems.length > 0) throw new RangeError(`Invalid scoring policy: ${problems.map((p) => p.message).join(' ')}`);
  return policy;
}

function scoreFactor(
  factor: Factor,
  evidence: PartnershipEvidence,
  behaviour: readonly EvidenceUnit[],
  asOf: IsoDate,
  policy: ScoringPolicy,
  history: readonly FactorSnapshot[] | undefined,
): FactorHealth {
  const assessment = assessFactor(evidence.assessments ?? [], factor, asOf, policy);
  const units = [...assessment.units, ...behaviour.filter((u) => u.factor === factor)];
  const combination = combine(units, policy);
  const onlyOneRespondent = units.every((u) => u.facts.kind === 'assessment') && assessment.respondents === 1;
  const verdict = bandVerdict(combination, onlyOneRespondent, policy);
  const confidence = confidenceOf(combination.omega, assessment.newestUsableAnswer, asOf, policy);
  const trend = history ? trendOf(history, { asOf, score: combination.score, se: combination.se }, policy) : null;
  const flagKeys = flagsOf(assessment.perceptionGap, trend?.declining ?? false, assessment.newestUsableAnswer, asOf, policy);
  const { library, partner } = assessment;
  const ranked = rankUnits(combination.units.map((u) => ({ ...u, sentence: describeUnit(u.facts, asOf) })));
  return {
    factor,
    score: combination.score,
    se: combination.se,
    interval80: combination.interval80,
    omega: combination.omega,
    ...verdict,
    confidence,
    provisional: confidence === 'low',
    flags: flagKeys.map((key) => describeFlag(key, { library, partner, trend, policy })),
    units: ranked,
    strongest: ranked.slice(0, STRONGEST_COUNT),
    whatWouldChange: whatWouldChange({ band: verdict.band, flags: flagKeys, library, partner, ranked }),
    assessment: { library, partner },
    trend,
  };
}

/** Scores every factor of one partnership on `asOf` (no clock is read: `asOf` is the day the score is for). */
export function scorePartnership(evidence: PartnershipEvidence, options: ScoreOptions): PartnershipHealth {
  const { asOf } = options;
  dayNumber(asOf); // a malformed day is a caller's bug: fail before any arithmetic turns it into NaN

  const policy = checkedPolicy(options.policy);
  const behaviour = behaviourUnits(evidence, asOf, policy);
  const factors = Object.fromEntries(
    FACTORS.keys.map((factor) => [factor, scoreFactor(factor, evidence, behaviour, asOf, policy, options.history?.[factor])]),
  ) as Record<Factor, FactorHealth>;
  return { modelVersion: modelVersionOf(policy), asOf, factors, profile: profileOf(factors) };
}
