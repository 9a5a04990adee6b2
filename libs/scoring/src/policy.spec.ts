import { DEFAULT_VOLUNTEER_HOUR_RATE } from '@common-ground/domain';
import { DEFAULT_POLICY, MODEL_VERSION, modelVersionOf, type ScoringPolicy } from './policy';
import { validatePolicy } from './policy-validation';
import { scorePartnership } from './score-partnership';

/** The policy is plain data (numbers, text, null), so JSON copies it whole. */
const clone = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

type Mutable<T> = { -readonly [K in keyof T]: T[K] extends object ? Mutable<T[K]> : T[K] };

/** A copy of the defaults with one setting changed by `change`. */
function changed(change: (p: Mutable<ScoringPolicy>) => void): ScoringPolicy {
  const copy = clone(DEFAULT_POLICY);
  change(copy);
  return copy;
}

const paths = (policy: ScoringPolicy) => validatePolicy(policy).map((p) => p.path);

describe('the default policy', () => {
  it('is valid and holds SCORING.md’s constants', () => {
    expect(validatePolicy(DEFAULT_POLICY)).toEqual([]);
    expect(DEFAULT_POLICY.prior).toEqual({ mean: 3, strength: 1.5, sigma: 0.8 });
    expect(DEFAULT_POLICY.bands).toEqual({ strength: 4, borderline: 3, minOmega: 3 });
    expect(DEFAULT_POLICY.volunteerHourRate.rate).toBe(DEFAULT_VOLUNTEER_HOUR_RATE.rate);
  });
});

describe('validatePolicy', () => {
  it('rejects a negative weight, naming the setting', () => {
    const problems = validatePolicy(changed((p) => (p.behaviour.signals.recency.weight = -1)));
    expect(problems).toEqual([{ path: 'behaviour.signals.recency.weight', message: expect.stringContaining('cannot be negative') }]);
  });

  it('rejects k0 ≤ 0 and σ ≤ 0', () => {
    expect(paths(changed((p) => (p.prior.strength = 0)))).toEqual(['prior.strength']);
    expect(paths(changed((p) => (p.prior.sigma = -0.1)))).toEqual(['prior.sigma']);
  });

  it('rejects thresholds out of order: strength ≤ borderline, confidence low ≥ high', () => {
    const bands = validatePolicy(changed((p) => (p.bands.strength = 3)));
    expect(bands).toEqual([{ path: 'bands.strength', message: 'The strength threshold (3) must be greater than the borderline threshold (3).' }]);
    expect(paths(changed((p) => (p.confidence.lowOmega = 6)))).toContain('confidence.highOmega');
  });

  it('rejects windows of zero or less, and windows that are not whole months', () => {
    expect(paths(changed((p) => (p.assessment.windowMonths = 0)))).toEqual(['assessment.windowMonths']);
    expect(paths(changed((p) => (p.behaviour.windowMonths = 6.5)))).toEqual(['behaviour.windowMonths']);
    expect(paths(changed((p) => (p.assessment.halfLifeMonths = 0)))).toEqual(['assessment.halfLifeMonths']);
  });

  it('rejects numbers that are not finite, and settings that are missing', () => {
    expect(paths(changed((p) => (p.intervalZ = Number.NaN)))).toEqual(['intervalZ']);
    expect(paths(changed((p) => (p.trend.decliningDrop = Number.POSITIVE_INFINITY)))).toEqual(['trend.decliningDrop']);
    expect(paths(changed((p) => Reflect.deleteProperty(p.behaviour, 'disruptions')))).toEqual(['behaviour.disruptions']);
  });

  it('allows a signal without a sufficiency scale, but not a sufficiency of 0', () => {
    expect(validatePolicy(changed((p) => (p.behaviour.signals.initiation.sufficiency = null)))).toEqual([]);
    expect(paths(changed((p) => (p.behaviour.signals.initiation.sufficiency = 0)))).toEqual(['behaviour.signals.initiation.sufficiency']);
  });

  it('is used by scorePartnership, which refuses an invalid policy', () => {
    const policy = changed((p) => (p.prior.strength = -1));
    expect(() => scorePartnership({ stage: 'active' }, { asOf: '2025-06-30', policy })).toThrow(/prior strength k0/);
  });
});

describe('the model version', () => {
  it('is the published version for the defaults, and for an equal copy of them', () => {
    expect(modelVersionOf(DEFAULT_POLICY)).toBe(MODEL_VERSION);
    expect(modelVersionOf(clone(DEFAULT_POLICY))).toBe(MODEL_VERSION);
  });

  it('changes with any setting, stably, whatever the order of the keys', () => {
    const a = changed((p) => (p.assessment.halfLifeMonths = 18));
    const { prior, ...rest } = a;
    const reordered = { ...rest, prior } as ScoringPolicy;
    expect(modelVersionOf(a)).toMatch(/^1\+[0-9a-f]{8}$/);
    expect(modelVersionOf(reordered)).toBe(modelVersionOf(a));
    expect(modelVersionOf(changed((p) => (p.assessment.halfLifeMonths = 19)))).not.toBe(modelVersionOf(a));
    expect(modelVersionOf(changed((p) => (p.volunteerHourRate.rate = 35)))).not.toBe(MODEL_VERSION);
  });

  it('is recorded with every result', () => {
    const policy = changed((p) => (p.behaviour.signals.coverage.weight = 2));
    expect(scorePartnership({ stage: 'active' }, { asOf: '2025-06-30', policy }).modelVersion).toBe(modelVersionOf(policy));
  });
});
