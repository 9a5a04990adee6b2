/**
 * Trend over stored snapshots (SCORING.md "Trend"). Scores move a little with every new record; a change counts
 * only when it is larger than the two scores' uncertainty allows.
 */
import { DAYS_PER_YEAR, ageInDays, daysBetween, withinMonths, type IsoDate } from './dates';
import type { FactorSnapshot } from './evidence';
import { compareText } from './order';
import type { ScoringPolicy } from './policy';
import { atLeast } from './scale';

export interface ScoreChange {
  readonly from: IsoDate;
  readonly to: IsoDate;
  readonly delta: number;
  /** z · √(se₁² + se₂²): the smallest |Δ| that is a real change. */
  readonly threshold: number;
  readonly real: boolean;
}

export interface Trend {
  /** The change since the previous snapshot; null without one. */
  readonly change: ScoreChange | null;
  /** Least-squares slope in points per year; null with too few snapshots, or too short a span. */
  readonly slopePerYear: number | null;
  /** How many snapshots (the current score included) the slope rests on. */
  readonly snapshots: number;
  readonly declining: boolean;
  /** Why it is declining: a real drop of at least 0.4, a slope of −0.5 a year or steeper, or both. */
  readonly reasons: readonly ('drop' | 'slope')[];
}

/** |Δ| > z · √(se₁² + se₂²). */
export function compareSnapshots(before: FactorSnapshot, after: FactorSnapshot, policy: ScoringPolicy): ScoreChange {
  const delta = after.score - before.score;
  const threshold = policy.trend.realChangeZ * Math.sqrt(before.se ** 2 + after.se ** 2);
  return { from: before.asOf, to: after.asOf, delta, threshold, real: Math.abs(delta) > threshold };
}

/** Ordinary least squares of score on time; null when all points share one day (no slope is defined). */
export function slopePerYear(points: readonly FactorSnapshot[]): number | null {
  if (points.length < 2) return null;
  const origin = points[0]!.asOf;
  const xs = points.map((p) => daysBetween(origin, p.asOf) / DAYS_PER_YEAR);
  const xMean = xs.reduce((a, b) => a + b, 0) / xs.length;
  const yMean = points.reduce((a, p) => a + p.score, 0) / points.length;
  let sxy = 0;
  let sxx = 0;
  points.forEach((p, i) => {
    const dx = xs[i]! - xMean;
    sxy += dx * (p.score - yMean);
    sxx += dx * dx;
  });
  return sxx === 0 ? null : sxy / sxx;
}

const byDate = (a: FactorSnapshot, b: FactorSnapshot) => compareText(a.asOf, b.asOf);

/**
 * The trend of `current` given earlier snapshots. Snapshots on or after the current day are ignored (the current
 * score replaces a same-day one). The slope uses the snapshots of the trend window only, so an old history does
 * not hide this year's direction, and needs them to span some weeks, so a burst of snapshots after assessments
 * in one week is not read as a yearly rate.
 */
export function trendOf(history: readonly FactorSnapshot[], current: FactorSnapshot, policy: ScoringPolicy): Trend {
  const rules = policy.trend;
  const earlier = history.filter((s) => ageInDays(s.asOf, current.asOf) > 0).sort(byDate);
  const previous = earlier.at(-1);
  const change = previous ? compareSnapshots(previous, current, policy) : null;
  const points = [...earlier.filter((s) => withinMonths(s.asOf, current.asOf, rules.windowMonths)), current];
  const spansEnough = daysBetween(points[0]!.asOf, current.asOf) >= rules.minSpanDays;
  const slope = points.length >= rules.minSnapshots && spansEnough ? slopePerYear(points) : null;
  const reasons: ('drop' | 'slope')[] = [];
  if (change?.real && atLeast(-change.delta, rules.decliningDrop)) reasons.push('drop');
  if (slope !== null && atLeast(-slope, -rules.decliningSlopePerYear)) reasons.push('slope');
  return { change, slopePerYear: slope, snapshots: points.length, declining: reasons.length > 0, reasons };
}
