/**
 * The partnership at a glance (SCORING.md "Profile and overall"): how many factors fall in each band, the weakest
 * factor that is known well enough to act on, and the overall mean, which is only ever shown beside the profile.
 */
import { FACTORS, type Factor } from '@common-ground/domain';
import type { Band, Confidence } from './combine';
import { mean } from './scale';

export interface ProfileInput {
  readonly score: number;
  readonly band: Band;
  readonly confidence: Confidence;
}

export interface HealthProfile {
  readonly counts: Readonly<Record<Band, number>>;
  /** e.g. "1 strength · 3 borderline · 1 concern"; bands with no factor are left out. */
  readonly summary: string;
  /** The lowest score among factors with at least medium confidence; null when none has. */
  readonly weakest: Factor | null;
  /** The mean of the five scores. */
  readonly overall: number;
}

const BAND_WORDS: Readonly<Record<Band, string>> = {
  strength: 'strength',
  borderline: 'borderline',
  concern: 'concern',
  insufficient: 'insufficient evidence',
};
const BANDS_IN_ORDER: readonly Band[] = ['strength', 'borderline', 'concern', 'insufficient'];

export function profileOf(factors: Readonly<Record<Factor, ProfileInput>>): HealthProfile {
  const counts: Record<Band, number> = { strength: 0, borderline: 0, concern: 0, insufficient: 0 };
  for (const factor of FACTORS.keys) counts[factors[factor].band]++;
  const summary = BANDS_IN_ORDER.filter((b) => counts[b] > 0)
    .map((b) => `${counts[b]} ${BAND_WORDS[b]}`)
    .join(' · ');
  let weakest: Factor | null = null;
  for (const factor of FACTORS.keys) {
    const { score, confidence } = factors[factor];
    if (confidence === 'low') continue;
    if (weakest === null || score < factors[weakest].score) weakest = factor;
  }
  return { counts, summary, weakest, overall: mean(FACTORS.keys.map((f) => factors[f].score)) };
}
