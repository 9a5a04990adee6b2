import { AS_OF, daysAgo } from '../test/builders';
import { bandOfScore, bandVerdict, combine, confidenceOf, flagsOf, type NewestAnswers } from './combine';
import { DEFAULT_POLICY } from './policy';
import { makeUnit, type EvidenceUnit, type UnitKey } from './units';

const policy = DEFAULT_POLICY;

function unit(key: UnitKey, x: number, v: number): EvidenceUnit {
  return makeUnit('CE', key, x, v, { kind: 'recency', days: 0, cadenceDays: 30 }, []);
}

describe('combine', () => {
  it('with no units the score is the prior, 3.0, with se = 0.8 / √1.5', () => {
    const result = combine([], policy);
    expect(result.score).toBe(3);
    expect(result.omega).toBe(0);
    expect(result.se).toBeCloseTo(0.8 / Math.sqrt(1.5), 12);
  });

  it('shrinks toward the prior: one unit of 5 with weight 1.5 gives (1.5 · 3 + 1.5 · 5) / 3 = 4', () => {
    const result = combine([unit('recency', 5, 1.5)], policy);
    expect(result.score).toBe(4);
    expect(result.interval80[1] - result.score).toBeCloseTo(1.28 * (0.8 / Math.sqrt(3)), 12);
    expect(result.units[0]!.contribution).toBeCloseTo(1, 12);
  });
});

describe('bands', () => {
  it('uses Wilder’s bands: ≥ 4.0 strength, ≥ 3.0 borderline, below concern', () => {
    expect([4.0, 3.99, 3.0, 2.99].map((s) => bandOfScore(s, policy))).toEqual(['strength', 'borderline', 'borderline', 'concern']);
  });

  it('is "insufficient evidence" when Ω < 3, or when the only evidence is one respondent', () => {
    expect(bandVerdict(combine([unit('recency', 5, 2.99)], policy), false, policy).band).toBe('insufficient');
    expect(bandVerdict(combine([unit('assessment-library', 5, 3)], policy), true, policy).band).toBe('insufficient');
    expect(bandVerdict(combine([unit('recency', 5, 3)], policy), false, policy).band).toBe('strength');
  });

  it('says "could be borderline" when a strength’s 80% interval reaches below 4.0', () => {
    const verdict = bandVerdict(combine([unit('recency', 4.5, 3)], policy), false, policy);
    expect(verdict).toEqual({ band: 'strength', couldBe: ['borderline'], bandNote: 'could be borderline' });
  });

  it('has no note when the interval stays in the band, and names both neighbours when it crosses both edges', () => {
    const narrow = bandVerdict(combine([unit('recency', 3.5, 20)], policy), false, policy);
    expect(narrow).toEqual({ band: 'borderline', couldBe: [], bandNote: null });
    const wide = { score: 3.5, se: 0.5, interval80: [2.86, 4.14] as const, omega: 3, units: [] };
    expect(bandVerdict(wide, false, policy).bandNote).toBe('could be concern or strength');
  });
});

describe('confidence', () => {
  const both: NewestAnswers = { library: daysAgo(30), partner: daysAgo(30) };
  const libraryOnly: NewestAnswers = { library: daysAgo(30), partner: null };

  it('is low below Ω = 3, whoever answered', () => {
    expect(confidenceOf(2.9, both, AS_OF, policy)).toBe('low');
  });

  it('is low with one side only below Ω = 5, medium at 5', () => {
    expect(confidenceOf(4.9, libraryOnly, AS_OF, policy)).toBe('low');
    expect(confidenceOf(5, libraryOnly, AS_OF, policy)).toBe('medium');
    expect(confidenceOf(4.9, { library: null, partner: null }, AS_OF, policy)).toBe('low');
  });

  it('is high at Ω ≥ 6 with both sides answering within 12 months, medium when one answer is older', () => {
    expect(confidenceOf(6, both, AS_OF, policy)).toBe('high');
    expect(confidenceOf(6, { library: daysAgo(30), partner: '2024-06-29' }, AS_OF, policy)).toBe('medium');
    expect(confidenceOf(5.9, both, AS_OF, policy)).toBe('medium');
  });
});

describe('flags', () => {
  it('single-side when the partner has never answered (and then not stale as well)', () => {
    expect(flagsOf(false, false, { library: daysAgo(500), partner: null }, AS_OF, policy)).toEqual(['single-side']);
  });

  it('stale when no two-sided assessment falls within 12 months', () => {
    expect(flagsOf(false, false, { library: daysAgo(10), partner: daysAgo(400) }, AS_OF, policy)).toEqual(['stale']);
    expect(flagsOf(false, false, { library: daysAgo(10), partner: daysAgo(300) }, AS_OF, policy)).toEqual([]);
  });

  it('lists the flags in SCORING.md’s order', () => {
    expect(flagsOf(true, true, { library: null, partner: daysAgo(400) }, AS_OF, policy)).toEqual(['perception-gap', 'declining', 'stale']);
  });
});
