/** The small formulas SCORING.md uses in many places. */
import type { SignalWeight } from './policy';

export const SCALE_MIN = 1;
export const SCALE_MAX = 5;
const SCALE_SPAN = SCALE_MAX - SCALE_MIN;

/** clip(z) = min(max(z, 0), 1). */
export function clip(z: number): number {
  return Math.min(Math.max(z, 0), 1);
}

/** s(n, m) = n / (n + m): how far a unit's weight is earned by the number of events it rests on. */
export function sufficiency(n: number, m: number): number {
  return n / (n + m);
}

/** A share f in [0, 1] on the 1–5 scale: 1 + 4f. */
export function fromShare(f: number): number {
  return SCALE_MIN + SCALE_SPAN * f;
}

/** 5 − 4 · clip(z): the scale read from the top, for penalties that grow with z. */
export function penalty(z: number): number {
  return SCALE_MAX - SCALE_SPAN * clip(z);
}

/** A signal's weight for a unit resting on n events. */
export function signalWeight(signal: SignalWeight, n: number): number {
  return signal.sufficiency === null ? signal.weight : signal.weight * sufficiency(n, signal.sufficiency);
}

export function mean(values: readonly number[]): number {
  return values.reduce((sum, value) => sum + value, 0) / values.length;
}

/**
 * Thresholds are compared with a tolerance far below any displayed digit, so a score that is 4.0 on paper is not
 * put in the lower band by floating-point rounding (4.0 computed as 3.9999999999999996).
 */
const EPSILON = 1e-9;
export function atLeast(value: number, threshold: number): boolean {
  return value >= threshold - EPSILON;
}
