/**
 * SCORING.md's published test vector, factor CE, reproduced from records rather than from the table, so every
 * step (item means, reverse scoring, ḡ, decay, each signal, the combination) is exercised. "One month ago" is
 * 2025-05-31 for asOf 2025-06-30: exactly one calendar month (see dates.ts).
 */
import { AS_OF, agreement, communication, factorAnswers, response } from '../test/builders';
import type { CommunicationFact, PartnershipEvidence } from './evidence';
import { scorePartnership } from './score-partnership';

const ONE_MONTH = 30;
const TOLERANCE = 0.005;

/** 22 communications in the window: two-way contact in 8 of 12 periods of 30 days, 4 started by the partner. */
function vectorCommunications(): CommunicationFact[] {
  return Array.from({ length: 22 }, (_, i) =>
    communication(12 + 15 * i, {
      // Every other one from the first, 30 days apart, is two-way: periods 0 to 7.
      twoWay: i % 2 === 0 && i <= 14,
      substantive: true,
      initiatedBy: [1, 5, 9, 13].includes(i) ? 'partner' : 'library',
    }),
  );
}

// CE means: 4, 4, 4, 4 and a reverse-worded 2 (scored 4) → 4.0; partner 3, 2, 3, 2, reverse 3 → 2.6.
const libraryAnswers = factorAnswers('CE', [4, 4, 4, 4, 2]);
const partnerAnswers = factorAnswers('CE', [3, 2, 3, 2, 3]);

function vectorEvidence(withPartner: boolean): PartnershipEvidence {
  return {
    stage: 'active',
    cadenceDays: 30,
    assessments: [
      response('library', ONE_MONTH, libraryAnswers),
      response('library', ONE_MONTH, libraryAnswers),
      ...(withPartner ? [response('partner', ONE_MONTH, partnerAnswers)] : []),
    ],
    communications: vectorCommunications(),
    agreements: [agreement(426)], // 14 months ago
  };
}

function expectClose(actual: number, expected: number) {
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(TOLERANCE);
}

describe('the published test vector (SCORING.md, factor CE)', () => {
  const ce = scorePartnership(vectorEvidence(true), { asOf: AS_OF }).factors.CE;
  const unit = (key: string) => ce.units.find((u) => u.key === key)!;

  it('has the six units of the table with their x and v', () => {
    const table: [string, number, number][] = [
      ['assessment-library', 4.0, 3.186],
      ['assessment-partner', 2.6, 3.186],
      ['recency', 5.0, 1.0],
      ['coverage', 3.667, 1.0],
      ['initiation', 3.424, 0.815],
      ['expectations', 3.0, 0.5],
    ];
    expect(ce.units.map((u) => u.key).sort()).toEqual(table.map(([key]) => key).sort());
    for (const [key, x, v] of table) {
      expectClose(unit(key).x, x);
      expectClose(unit(key).v, v);
    }
  });

  it('gives Ω ≈ 9.686, score ≈ 3.440 and interval80 ≈ [3.134, 3.746]', () => {
    expectClose(ce.omega, 9.686);
    expectClose(ce.score, 3.44);
    expectClose(ce.interval80[0], 3.134);
    expectClose(ce.interval80[1], 3.746);
  });

  it('gives the published contributions, which sum with μ0 to the score', () => {
    const expected: [string, number][] = [
      ['assessment-library', 0.285],
      ['assessment-partner', -0.114],
      ['recency', 0.179],
      ['coverage', 0.06],
      ['initiation', 0.031],
      ['expectations', 0.0],
    ];
    for (const [key, contribution] of expected) expectClose(unit(key).contribution, contribution);
    expect(3.0 + ce.units.reduce((sum, u) => sum + u.contribution, 0)).toBeCloseTo(ce.score, 12);
  });

  it('is borderline with high confidence and a perception gap flag (|4.0 − 2.6| = 1.4)', () => {
    expect(ce.band).toBe('borderline');
    expect(ce.confidence).toBe('high');
    expect(ce.flags.map((f) => f.key)).toEqual(['perception-gap']);
    expectClose(ce.assessment.library!.mean - ce.assessment.partner!.mean, 1.4);
  });

  it('with the partner side removed: ḡ = 1.25, v ≈ 3.540, score ≈ 3.784, Ω ≈ 6.854, medium, single-side', () => {
    const alone = scorePartnership(vectorEvidence(false), { asOf: AS_OF }).factors.CE;
    expectClose(alone.units.find((u) => u.key === 'assessment-library')!.v, 3.54);
    expectClose(alone.score, 3.784);
    expectClose(alone.omega, 6.854);
    expect(alone.confidence).toBe('medium');
    expect(alone.flags.map((f) => f.key)).toEqual(['single-side']);
  });

  it('with one library respondent at 4.6 and nothing else: score ≈ 4.067, Ω = 3, insufficient evidence, low', () => {
    const evidence: PartnershipEvidence = {
      stage: 'active',
      assessments: [response('library', 0, factorAnswers('CE', [5, 5, 4, 5, 2]))],
    };
    const single = scorePartnership(evidence, { asOf: AS_OF }).factors.CE;
    expectClose(single.score, 4.067);
    expectClose(single.omega, 3);
    expect(single.band).toBe('insufficient');
    expect(single.confidence).toBe('low');
  });
});
