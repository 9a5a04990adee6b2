/**
 * Combining a factor's units (SCORING.md "Combining"): a weighted mean shrunk toward the prior, so thin evidence
 * stays near the midpoint; then the band, the confidence and the flags.
 */
import type { Side } from '@common-ground/domain';
import { withinMonths, type IsoDate } from './dates';
import { compareText } from './order';
import type { ScoringPolicy } from './policy';
import { atLeast } from './scale';
import type { EvidenceUnit } from './units';

export type ScoredBand = 'strength' | 'borderline' | 'concern';
export type Band = ScoredBand | 'insufficient';
export type Confidence = 'low' | 'medium' | 'high';
export type FlagKey = 'perception-gap' | 'declining' | 'stale' | 'single-side';

export interface Combination<U extends EvidenceUnit = EvidenceUnit> {
  readonly score: number;
  readonly se: number;
  readonly interval80: readonly [number, number];
  /** Ω = Σ vᵢ: the evidence's total votes. */
  readonly omega: number;
  /** The units, sorted by key, each with its contribution vᵢ·(xᵢ − μ0) / (k0 + Ω). */
  readonly units: readonly (U & { readonly contribution: number })[];
}

const byKey = (a: EvidenceUnit, b: EvidenceUnit) => compareText(a.key, b.key);

/**
 * score = (k0·μ0 + Σ vᵢ·xᵢ) / (k0 + Ω), se = σ / √(k0 + Ω). Units are summed in key order, so the result does not
 * depend on the order they arrive in, to the last bit.
 */
export function combine<U extends EvidenceUnit>(units: readonly U[], policy: ScoringPolicy): Combination<U> {
  const { mean: mu0, strength: k0, sigma } = policy.prior;
  const sorted = [...units].sort(byKey);
  const omega = sorted.reduce((sum, u) => sum + u.v, 0);
  const denominator = k0 + omega;
  const score = (k0 * mu0 + sorted.reduce((sum, u) => sum + u.v * u.x, 0)) / denominator;
  const se = sigma / Math.sqrt(denominator);
  const half = policy.intervalZ * se;
  return {
    score,
    se,
    interval80: [score - half, score + half],
    omega,
    units: sorted.map((u) => ({ ...u, contribution: (u.v * (u.x - mu0)) / denominator })),
  };
}

export function bandOfScore(score: number, policy: ScoringPolicy): ScoredBand {
  if (atLeast(score, policy.bands.strength)) return 'strength';
  if (atLeast(score, policy.bands.borderline)) return 'borderline';
  return 'concern';
}

const BAND_ORDER: readonly ScoredBand[] = ['concern', 'borderline', 'strength'];

export interface BandVerdict {
  readonly band: Band;
  /** The other bands the 80% interval reaches into, e.g. ['borderline'] for "strength, could be borderline". */
  readonly couldBe: readonly ScoredBand[];
  /** "could be borderline", or null when the interval stays within the band (or there is no band). */
  readonly bandNote: string | null;
}

/**
 * "Insufficient evidence" when Ω is below the minimum, or when the only evidence is one respondent's answers (one
 * person's view is not a partnership's health); otherwise the score's band, noting where the interval crosses an
 * edge.
 */
export function bandVerdict(
  combination: Combination,
  onlyOneRespondent: boolean,
  policy: ScoringPolicy,
): BandVerdict {
  if (!atLeast(combination.omega, policy.bands.minOmega) || onlyOneRespondent) {
    return { band: 'insufficient', couldBe: [], bandNote: null };
  }
  const band = bandOfScore(combination.score, policy);
  const [lo, hi] = combination.interval80.map((end) => BAND_ORDER.indexOf(bandOfScore(end, policy))) as [number, number];
  const couldBe = BAND_ORDER.slice(lo, hi + 1).filter((b) => b !== band);
  return { band, couldBe, bandNote: couldBe.length > 0 ? `could be ${couldBe.join(' or ')}` : null };
}

/** Each side's newest usable answer for the factor, at any age (null: that side has never answered). */
export type NewestAnswers = Readonly<Record<Side, IsoDate | null>>;

export function bothAnsweredWithin(newest: NewestAnswers, asOf: IsoDate, months: number): boolean {
  return (
    newest.library !== null &&
    newest.partner !== null &&
    withinMonths(newest.library, asOf, months) &&
    withinMonths(newest.partner, asOf, months)
  );
}

/**
 * Low when Ω < 3, or fewer than two sides have ever answered and Ω < 5; high when Ω ≥ 6 and both sides answered
 * within 12 months; medium otherwise.
 */
export function confidenceOf(omega: number, newest: NewestAnswers, asOf: IsoDate, policy: ScoringPolicy): Confidence {
  const { lowOmega, oneSideLowOmega, highOmega, recentMonths } = policy.confidence;
  const bothEver = newest.library !== null && newest.partner !== null;
  if (!atLeast(omega, lowOmega) || (!bothEver && !atLeast(omega, oneSideLowOmega))) return 'low';
  if (atLeast(omega, highOmega) && bothAnsweredWithin(newest, asOf, recentMonths)) return 'high';
  return 'medium';
}

/**
 * The flags, in SCORING.md's order (declining is the trend's verdict). Stale is not raised together with
 * single-side: when the partner has never answered, that is the stronger and more useful thing to say.
 */
export function flagsOf(
  perceptionGap: boolean,
  declining: boolean,
  newest: NewestAnswers,
  asOf: IsoDate,
  policy: ScoringPolicy,
): FlagKey[] {
  const flags: FlagKey[] = [];
  if (perceptionGap) flags.push('perception-gap');
  if (declining) flags.push('declining');
  const singleSide = newest.partner === null;
  if (!singleSide && !bothAnsweredWithin(newest, asOf, policy.staleMonths)) flags.push('stale');
  if (singleSide) flags.push('single-side');
  return flags;
}
