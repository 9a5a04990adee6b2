import {
  ASSESSMENT_ITEMS,
  FACTORS,
  MIN_ANSWERED_ITEMS_PER_FACTOR,
  VALUE_ITEMS,
  isAssessmentItemId,
  isValueItemId,
  itemsForFactor,
} from '@common-ground/domain';
import { AS_OF, factorAnswers, response } from '../test/builders';
import { assessFactor, respondentFactorMean, sideSizeFactor } from './assessment-units';
import { DEFAULT_POLICY } from './policy';

const policy = DEFAULT_POLICY;

describe('the item bank', () => {
  it('has five items per factor, 25 in all, with unique ids', () => {
    expect(ASSESSMENT_ITEMS).toHaveLength(25);
    expect(new Set(ASSESSMENT_ITEMS.map((i) => i.id)).size).toBe(25);
    for (const factor of FACTORS.keys) expect(itemsForFactor(factor).map((i) => i.id)).toEqual([1, 2, 3, 4, 5].map((n) => `${factor}${n}`));
  });

  it('marks exactly the (R) items of SCORING.md as reverse-worded: SA5, TW5, CE5 and OC5', () => {
    expect(ASSESSMENT_ITEMS.filter((i) => i.reverse).map((i) => i.id)).toEqual(['SA5', 'TW5', 'CE5', 'OC5']);
  });

  it('keeps the three value items apart from the health items', () => {
    expect(VALUE_ITEMS.map((i) => i.id)).toEqual(['V1', 'V2', 'V3']);
    expect(isValueItemId('V1') && !isAssessmentItemId('V1') && isAssessmentItemId('IR5')).toBe(true);
  });
});

describe('a respondent’s factor mean', () => {
  const ce = (values: Parameters<typeof factorAnswers>[1]) =>
    respondentFactorMean(response('library', 0, factorAnswers('CE', values)), 'CE', policy);

  it('scores reverse-worded items 6 − x: all fives on CE average (5 + 5 + 5 + 5 + 1) / 5 = 4.2', () => {
    expect(ce([5, 5, 5, 5, 5])).toBeCloseTo(4.2, 12);
  });

  it(`needs ${MIN_ANSWERED_ITEMS_PER_FACTOR} of 5 answered: "don't know" and unasked items do not count`, () => {
    expect(ce([4, 2, null, null])).toBeNull();
    expect(ce([4, 2, 3, null])).toBeCloseTo(3, 12);
  });

  it('ignores value items and other factors', () => {
    const answers = { ...factorAnswers('IR', [5, 5, 5, 5, 5]), V1: 1, V2: 1, V3: 1 } as const;
    expect(respondentFactorMean(response('partner', 0, answers), 'IR', policy)).toBe(5);
    expect(respondentFactorMean(response('partner', 0, answers), 'SA', policy)).toBeNull();
  });
});

describe('assessment units', () => {
  const fours = factorAnswers('TW', [4, 4, 4, 4, 2]);
  const twos = factorAnswers('TW', [2, 2, 2, 2, 4]);

  it('g(n) = 1 + 0.25 · min(n − 1, 2): one, two, three and ten respondents', () => {
    expect([1, 2, 3, 10].map((n) => sideSizeFactor(n, policy))).toEqual([1, 1.25, 1.5, 1.5]);
  });

  it('both sides share ḡ: four staff and one partner contact answering today each weigh 3 · (1.5 + 1) / 2 = 3.75', () => {
    const responses = [...Array.from({ length: 4 }, () => response('library', 0, fours)), response('partner', 0, twos)];
    const result = assessFactor(responses, 'TW', AS_OF, policy);
    expect(result.units.map((u) => [u.key, u.x, u.v])).toEqual([
      ['assessment-library', 4, 3.75],
      ['assessment-partner', 2, 3.75],
    ]);
    expect(result.perceptionGap).toBe(true);
  });

  it('halves an answer’s weight every 12 months and uses the side’s newest answer for its age', () => {
    const old = assessFactor([response('library', 365, fours)], 'TW', AS_OF, policy);
    expect(old.units[0]!.v).toBeCloseTo(1.5, 12);
    const mixed = assessFactor([response('library', 365, fours), response('library', 0, fours)], 'TW', AS_OF, policy);
    expect(mixed.library).toMatchObject({ respondents: 2, ageMonths: 0, newestAnsweredAt: AS_OF });
  });

  it('uses only each respondent’s latest answer within 24 months', () => {
    const responses = [
      response('partner', 100, twos, 'pat'),
      response('partner', 10, fours, 'pat'),
      response('partner', 732, twos, 'old-contact'),
    ];
    const result = assessFactor(responses, 'TW', AS_OF, policy);
    expect(result.partner).toMatchObject({ mean: 4, respondents: 1 });
    expect(result.units[0]!.recordIds).toEqual([responses[1]!.id]);
    expect(result.newestUsableAnswer.partner).toBe(responses[1]!.answeredAt);
  });

  it('a latest answer of mostly "don\'t know" replaces an earlier full one, leaving no evidence for that respondent', () => {
    const responses = [response('library', 100, fours, 'lee'), response('library', 5, factorAnswers('TW', [4, null, null]), 'lee')];
    expect(assessFactor(responses, 'TW', AS_OF, policy).units).toEqual([]);
  });

  it('an answer exactly 24 months old still counts', () => {
    const result = assessFactor([response('library', 731, fours)], 'TW', AS_OF, policy);
    expect(result.units).toHaveLength(1);
    expect(result.library!.ageMonths).toBe(24);
  });

  it('flags a perception gap at exactly 1.0 apart, not at 0.8', () => {
    const gapOf = (partnerValues: Parameters<typeof factorAnswers>[1]) =>
      assessFactor([response('library', 0, fours), response('partner', 0, factorAnswers('TW', partnerValues))], 'TW', AS_OF, policy)
        .perceptionGap;
    expect(gapOf([3, 3, 3, 3, 3])).toBe(true);
    expect(gapOf([3, 3, 3, 4, 3])).toBe(false);
  });
});
