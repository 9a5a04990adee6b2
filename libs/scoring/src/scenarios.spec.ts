/**
 * Whole partnerships, scored end to end with scorePartnership: each test is a situation a manager would recognise.
 */
import { FACTORS, type Factor } from '@common-ground/domain';
import {
  AS_OF,
  agreement,
  commitment,
  communication,
  daysAgo,
  factorAnswers,
  goal,
  program,
  response,
} from '../test/builders';
import type { AssessmentResponseFact, PartnershipEvidence } from './evidence';
import { scorePartnership } from './score-partnership';

/** The same answer to every item of every factor, reverse-worded items mirrored so the meaning stays the same. */
function answersAll(value: 1 | 2 | 3 | 4 | 5) {
  const mirrored = (6 - value) as 1 | 2 | 3 | 4 | 5;
  return Object.assign({}, ...FACTORS.keys.map((f) => factorAnswers(f, [value, value, value, value, f === 'IR' ? value : mirrored])));
}

function twoSidedAssessment(daysBefore: number, library: 1 | 2 | 3 | 4 | 5, partner: 1 | 2 | 3 | 4 | 5): AssessmentResponseFact[] {
  return [response('library', daysBefore, answersAll(library)), response('partner', daysBefore, answersAll(partner))];
}

const score = (evidence: PartnershipEvidence, history?: Parameters<typeof scorePartnership>[1]['history']) =>
  scorePartnership(evidence, { asOf: AS_OF, history });

describe('scenarios', () => {
  it('a thriving partnership with both sides answering recently is a strength on CE', () => {
    const health = score({
      stage: 'active',
      cadenceDays: 30,
      assessments: twoSidedAssessment(20, 5, 5),
      communications: Array.from({ length: 12 }, (_, i) => communication(3 + 30 * i, { initiatedBy: i % 2 ? 'partner' : 'library' })),
      agreements: [agreement(60)],
    });
    const ce = health.factors.CE;
    expect(ce.band).toBe('strength');
    expect(ce.confidence).toBe('high');
    expect(ce.flags).toEqual([]);
    expect(ce.strongest.map((u) => u.key)).toEqual(['assessment-library', 'assessment-partner', 'coverage']);
    expect(ce.units.every((u) => u.recordIds.length > 0)).toBe(true);
  });

  it('a partnership nobody has assessed or logged sits at the midpoint with insufficient evidence on every factor', () => {
    const health = score({ stage: 'prospect' });
    for (const factor of FACTORS.keys) {
      const f = health.factors[factor];
      expect([f.score, f.omega, f.band, f.confidence, f.provisional]).toEqual([3, 0, 'insufficient', 'low', true]);
      expect(f.flags.map((flag) => flag.key)).toEqual(['single-side']);
      expect(f.whatWouldChange.map((s) => s.kind)).toEqual(['partner-answer', 'library-answer', 'more-evidence']);
    }
    expect(health.profile).toMatchObject({ summary: '5 insufficient evidence', weakest: null, overall: 3 });
  });

  it('a partnership gone quiet for over three cadences is pulled down on CE by recency, and told what would help', () => {
    const health = score({
      stage: 'active',
      assessments: twoSidedAssessment(40, 4, 4),
      communications: [communication(100), communication(130)],
    });
    const recency = health.factors.CE.units.find((u) => u.key === 'recency')!;
    expect(recency.x).toBe(1);
    expect(recency.contribution).toBeLessThan(0);
    expect(recency.sentence).toBe('Last two-way contact 3 months ago (cadence 30 days)');
    expect(health.factors.CE.whatWouldChange.map((s) => s.sentence)).toContain(
      'A two-way conversation with the partner would raise this score',
    );
  });

  it('a paused partnership is not marked down for silence', () => {
    const health = score({ stage: 'paused', assessments: twoSidedAssessment(40, 4, 4), communications: [communication(200)] });
    expect(health.factors.CE.units.map((u) => u.key).sort()).toEqual(['assessment-library', 'assessment-partner', 'initiation']);
  });

  it('a partnership last assessed by both sides 18 months ago is stale, and a new assessment is suggested', () => {
    const ce = score({ stage: 'active', assessments: twoSidedAssessment(548, 4, 4), communications: [communication(5)] }).factors.CE;
    expect(ce.flags.map((f) => f.key)).toEqual(['stale']);
    expect(ce.confidence).not.toBe('high');
    expect(ce.whatWouldChange.map((s) => s.kind)).toContain('reassess');
  });

  it('a partnership whose programs keep being cancelled for lack of funding is a concern on OC', () => {
    const cancelled = Array.from({ length: 4 }, (_, i) => program(20 + 30 * i, { status: 'cancelled', statusReason: 'funding' }));
    const held = Array.from({ length: 3 }, (_, i) => program(15 + 30 * i, { adminChecklistCompletedOn: null }));
    const oc = score({ stage: 'active', assessments: twoSidedAssessment(10, 2, 2), programs: [...cancelled, ...held] }).factors.OC;
    expect(oc.band).toBe('concern');
    expect(oc.units.find((u) => u.key === 'disruptions')!.sentence).toBe('4 of 7 programs cancelled or postponed for time, funding or staff');
  });

  it('staff and partner who disagree by more than a point are flagged, with both views side by side', () => {
    const ir = score({ stage: 'active', assessments: twoSidedAssessment(10, 5, 3) }).factors.IR;
    expect(ir.flags.map((f) => f.key)).toEqual(['perception-gap']);
    expect([ir.assessment.library?.mean, ir.assessment.partner?.mean]).toEqual([5, 3]);
    expect(ir.whatWouldChange.map((s) => s.kind)).toContain('talk-through-gap');
  });

  it('four staff answering cannot outvote one partner contact', () => {
    const assessments = [
      ...Array.from({ length: 4 }, () => response('library', 10, answersAll(5))),
      response('partner', 10, answersAll(1)),
    ];
    const sa = score({ stage: 'active', assessments }).factors.SA;
    expect(sa.score).toBeCloseTo(3, 12);
  });

  it('a factor that fell sharply since last month is flagged declining', () => {
    const evidence: PartnershipEvidence = { stage: 'active', assessments: twoSidedAssessment(5, 2, 2) };
    const history: Partial<Record<Factor, { asOf: string; score: number; se: number }[]>> = {
      TW: [{ asOf: daysAgo(31), score: 4.2, se: 0.2 }],
    };
    const health = score(evidence, history);
    expect(health.factors.TW.flags.map((f) => f.key)).toEqual(['declining']);
    expect(health.factors.TW.trend?.change?.real).toBe(true);
    expect(health.factors.SA.trend).toBeNull();
  });

  it('records dated after asOf do not change an old score', () => {
    const before: PartnershipEvidence = {
      stage: 'active',
      assessments: twoSidedAssessment(30, 4, 3),
      communications: [communication(20)],
      commitments: [commitment('partner', 'done', 10, 12)],
      goals: [goal('both', 100)],
      programs: [program(50)],
    };
    const later: PartnershipEvidence = {
      ...before,
      assessments: [...before.assessments!, response('partner', -10, answersAll(1))],
      communications: [...before.communications!, communication(-3)],
      commitments: [...before.commitments!, commitment('partner', 'done', -20, -5)],
      programs: [...before.programs!, program(-2)],
    };
    expect(score(later)).toEqual(score(before));
  });

  it('the weakest factor known well enough is named beside the profile', () => {
    const health = score({
      stage: 'active',
      assessments: [
        response('library', 10, { ...answersAll(4), ...factorAnswers('TW', [2, 2, 2, 2, 4]) }),
        response('partner', 10, { ...answersAll(4), ...factorAnswers('TW', [2, 2, 2, 2, 4]) }),
      ],
    });
    expect(health.profile.weakest).toBe('TW');
    expect(health.profile.summary).toBe('4 borderline · 1 concern');
  });
});
