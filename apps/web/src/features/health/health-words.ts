import { FACTORS, type Factor } from '@common-ground/domain';
import { partnerAssessmentsPath } from '../assessments/assessment-paths';
import type { Band, Confidence, EvidenceRecord, FlagKey } from './api/types';

/** SCORING.md's order: SA TW CE IR OC. */
export const FACTOR_ORDER: readonly Factor[] = FACTORS.keys;

export function factorName(factor: Factor): string {
  return FACTORS.labels[factor];
}

export interface BandLook {
  label: string;
  /** Mantine colour: strength green, borderline amber, concern red, insufficient grey (UX.md). */
  color: string;
  /** A different shape per band, so colour is never the only signal. */
  icon: string;
  /** One letter for the portfolio's compact heat-row. */
  letter: string;
}

export const BANDS: Record<Band, BandLook> = {
  strength: { label: 'Strength', color: 'green', icon: '✓', letter: 'S' },
  borderline: { label: 'Borderline', color: 'yellow', icon: '!', letter: 'B' },
  concern: { label: 'Concern', color: 'red', icon: '✕', letter: 'C' },
  insufficient: { label: 'Not enough evidence', color: 'gray', icon: '?', letter: '–' },
};

export const BAND_ORDER: readonly Band[] = ['strength', 'borderline', 'concern', 'insufficient'];

export const CONFIDENCE_LABELS: Record<Confidence, string> = {
  low: 'Low confidence (provisional)',
  medium: 'Medium confidence',
  high: 'High confidence',
};

export const FLAG_LABELS: Record<FlagKey, string> = {
  'perception-gap': 'Perception gap',
  declining: 'Declining',
  stale: 'Assessment out of date',
  'single-side': 'Partner has not answered',
};

export const FLAG_KEYS = Object.keys(FLAG_LABELS) as FlagKey[];

export function flagLabel(flag: string): string {
  return flag in FLAG_LABELS ? FLAG_LABELS[flag as FlagKey] : flag;
}

/** Scores on the 1–5 scale, always with two decimals ("3.44"). */
export function formatScore(score: number): string {
  return score.toFixed(2);
}

/** "3.44, likely between 3.13 and 3.75". */
export function scoreWithInterval(score: number, interval: { low: number; high: number }): string {
  return `${formatScore(score)}, likely between ${formatScore(interval.low)} and ${formatScore(interval.high)}`;
}


/** The page that shows a piece of evidence's record, as the rest of the app links to such records. */
export function evidenceRecordPath(partnerId: string, record: EvidenceRecord): string {
  switch (record.type) {
    case 'communication':
      return `/partners/${partnerId}?tab=timeline&kind=communication`;
    case 'commitment':
      return `/partners/${partnerId}?tab=follow-ups`;
    case 'goal':
    case 'agreement':
      return `/partners/${partnerId}`;
    case 'program':
      return `/programs/${record.id}`;
    case 'assessment':
      return partnerAssessmentsPath(partnerId);
  }
}
