import { daysAgo } from '../test/builders';
import type { FactorSnapshot } from './evidence';
import { DEFAULT_POLICY } from './policy';
import { compareSnapshots, slopePerYear, trendOf } from './trend';

const policy = DEFAULT_POLICY;
const snap = (daysBefore: number, score: number, se = 0.1): FactorSnapshot => ({ asOf: daysAgo(daysBefore), score, se });

describe('a real change', () => {
  it('needs |Δ| > 1.28 · √(se₁² + se₂²): with se 0.25 on both, a drop of 0.5 is real and 0.45 is not', () => {
    expect(compareSnapshots(snap(30, 4, 0.25), snap(0, 3.5, 0.25), policy)).toMatchObject({ real: true, delta: -0.5 });
    expect(compareSnapshots(snap(30, 4, 0.25), snap(0, 3.55, 0.25), policy).real).toBe(false);
    expect(compareSnapshots(snap(30, 4, 0.25), snap(0, 3.5, 0.25), policy).threshold).toBeCloseTo(1.28 * Math.sqrt(0.125), 12);
  });
});

describe('declining', () => {
  it('a real drop of 0.5 since the previous snapshot is declining', () => {
    const trend = trendOf([snap(30, 4, 0.25)], snap(0, 3.5, 0.25), policy);
    expect(trend).toMatchObject({ declining: true, reasons: ['drop'] });
  });

  it('a real drop smaller than 0.4 is not, nor is a rise', () => {
    expect(trendOf([snap(30, 4)], snap(0, 3.7), policy).declining).toBe(false);
    expect(trendOf([snap(30, 3)], snap(0, 4), policy).declining).toBe(false);
  });

  it('a slope of −0.6 a year over three monthly snapshots is declining, with no single real drop', () => {
    const trend = trendOf([snap(61, 4.0, 0.3), snap(30, 3.95, 0.3)], snap(0, 3.9, 0.3), policy);
    expect(trend.change?.real).toBe(false);
    expect(trend.slopePerYear).toBeLessThan(-0.5);
    expect(trend).toMatchObject({ declining: true, reasons: ['slope'], snapshots: 3 });
  });

  it('two snapshots give no slope; a burst of three in ten days gives none either', () => {
    expect(trendOf([snap(30, 4.0, 0.3)], snap(0, 3.9, 0.3), policy).slopePerYear).toBeNull();
    expect(trendOf([snap(10, 4.0, 0.3), snap(5, 3.95, 0.3)], snap(0, 3.9, 0.3), policy).slopePerYear).toBeNull();
  });

  it('the slope looks at the last 12 months only; snapshots on or after the current day are ignored', () => {
    const trend = trendOf([snap(800, 5), snap(700, 5), snap(0, 1), snap(-5, 1), snap(120, 3.5), snap(60, 3.5)], snap(0, 3.5), policy);
    expect(trend.snapshots).toBe(3);
    expect(trend.slopePerYear).toBeCloseTo(0, 12);
    expect(trend.change?.from).toBe(daysAgo(60));
  });
});

describe('least-squares slope', () => {
  it('is the change per year: 4 → 3 over 365 days is −365.25/365 a year', () => {
    const points = [
      { asOf: '2025-01-01', score: 4, se: 0 },
      { asOf: '2026-01-01', score: 3, se: 0 },
    ];
    expect(slopePerYear(points)).toBeCloseTo(-365.25 / 365, 12);
  });

  it('is undefined when every point is on one day', () => {
    expect(slopePerYear([snap(0, 3), snap(0, 4)])).toBeNull();
  });
});
