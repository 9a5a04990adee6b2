/**
 * Every behaviour signal of SCORING.md's table, hand-computed, with the formulas' edges. The expected numbers are
 * written out as arithmetic so a reader can check them against the table.
 */
import { FACTORS } from '@common-ground/domain';
import {
  AS_OF,
  agreement,
  commitment,
  communication,
  daysAgo,
  goal,
  program,
  role,
} from '../test/builders';
import {
  behaviourUnits,
  commitmentsKeptUnit,
  coverageUnit,
  divisionOfLabourUnit,
  expectationsUnit,
  factorTagsUnit,
  initiationUnit,
  recencyUnit,
  sharedGoalsUnit,
  signalContext,
} from './behaviour-signals';
import { addDays } from './dates';
import type { CommitmentFact, CommunicationFact } from './evidence';
import { DEFAULT_POLICY } from './policy';
import {
  acknowledgementUnit,
  adminReadinessUnit,
  disruptionsUnit,
  impactShownUnit,
  publicReachedUnit,
  rolesFilledUnit,
} from './program-signals';

const ctx = signalContext(AS_OF, DEFAULT_POLICY);
const s = (n: number, m: number) => n / (n + m);

/** n commitments completed on time, `byPartner` of them by the partner. */
function completed(n: number, byPartner: number): CommitmentFact[] {
  return Array.from({ length: n }, (_, i) => commitment(i < byPartner ? 'partner' : 'library', 'done', 10, 12));
}

function initiated(n: number, byPartner: number): CommunicationFact[] {
  return Array.from({ length: n }, (_, i) => communication(5 + i, { initiatedBy: i < byPartner ? 'partner' : 'library' }));
}

describe('SA: shared goals current', () => {
  it('a goal agreed by both and reviewed 3 months ago is 5, weight 1.0', () => {
    const unit = sharedGoalsUnit([goal('both', 91)], ctx)!;
    expect([unit.factor, unit.x, unit.v]).toEqual(['SA', 5, 1.0]);
  });

  it('a goal agreed by both but reviewed 13 months ago is 3', () => {
    expect(sharedGoalsUnit([goal('both', 400)], ctx)!.x).toBe(3);
  });

  it('a review exactly 12 months ago is still current; the day before is not', () => {
    expect(sharedGoalsUnit([{ ...goal('both', null), lastReviewedOn: '2024-06-30' }], ctx)!.x).toBe(5);
    expect(sharedGoalsUnit([{ ...goal('both', null), lastReviewedOn: '2024-06-29' }], ctx)!.x).toBe(3);
  });

  it('a goal agreed by one side only is 2, and the best goal decides, resting on that goal alone', () => {
    const one = goal('library', 10);
    const both = goal('both', 30);
    expect(sharedGoalsUnit([one], ctx)!.x).toBe(2);
    const unit = sharedGoalsUnit([one, both], ctx)!;
    expect(unit.x).toBe(5);
    expect(unit.recordIds).toEqual([both.id]);
  });

  it('a goal never reviewed counts from the day it was agreed; one agreed after asOf does not exist yet', () => {
    expect(sharedGoalsUnit([{ ...goal('both', null), agreedOn: daysAgo(20) }], ctx)!.x).toBe(5);
    expect(sharedGoalsUnit([{ ...goal('both', null), agreedOn: addDays(AS_OF, 1) }], ctx)).toBeNull();
  });

  it('no goals give no unit', () => {
    expect(sharedGoalsUnit([], ctx)).toBeNull();
  });
});

describe('SA: intended public reached', () => {
  it('3 of 4 recorded held programs matched: 1 + 4 · 0.75 = 4, weight s(4, 3) = 4/7', () => {
    const held = [
      program(20),
      program(40),
      program(60),
      program(80, { audienceMatched: false }),
      program(90, { audienceMatched: null }),
    ];
    const unit = publicReachedUnit(held, ctx)!;
    expect(unit.x).toBeCloseTo(4, 12);
    expect(unit.v).toBeCloseTo(s(4, 3), 12);
    expect(unit.recordIds).toHaveLength(4);
  });

  it('programs where nobody recorded the match give no unit', () => {
    expect(publicReachedUnit([program(20, { audienceMatched: null })], ctx)).toBeNull();
  });
});

describe('TW: roles filled in time', () => {
  it('owners named 10 and exactly 7 days before count, 6 days before or never do not: 2 of 4 → 3, weight s(4, 5)', () => {
    const startsOn = daysAgo(30);
    const roles = [role(addDays(startsOn, -10)), role(addDays(startsOn, -7)), role(addDays(startsOn, -6)), role(null)];
    const unit = rolesFilledUnit([program(30, { roles })], ctx)!;
    expect(unit.factor).toBe('TW');
    expect(unit.x).toBeCloseTo(3, 12);
    expect(unit.v).toBeCloseTo(s(4, 5), 12);
  });

  it('an unowned role is late once its deadline has passed, and not before', () => {
    const soon = program(-3, { status: 'planned', roles: [role(null)] });
    const later = program(-30, { status: 'planned', roles: [role(null)] });
    expect(rolesFilledUnit([soon], ctx)!.x).toBe(1);
    expect(rolesFilledUnit([later], ctx)).toBeNull();
  });

  it('roles of cancelled programs are left out', () => {
    expect(rolesFilledUnit([program(30, { status: 'cancelled', statusReason: 'weather', roles: [role(null)] })], ctx)).toBeNull();
  });
});

describe('TW: division of labour', () => {
  it('an even split is 5; p = 0.2 and p = 0.8 sit on the edge of the tolerance and are still 5', () => {
    expect(divisionOfLabourUnit(completed(10, 5), ctx)!.x).toBe(5);
    expect(divisionOfLabourUnit(completed(10, 2), ctx)!.x).toBeCloseTo(5, 12);
    expect(divisionOfLabourUnit(completed(10, 8), ctx)!.x).toBeCloseTo(5, 12);
  });

  it('p = 0.1 is halfway down the span: 5 − 4 · (0.4 − 0.3) / 0.2 = 3', () => {
    expect(divisionOfLabourUnit(completed(10, 1), ctx)!.x).toBeCloseTo(3, 12);
  });

  it('p = 0 and p = 1 reach the far edge of the span and clip at 1', () => {
    expect(divisionOfLabourUnit(completed(10, 0), ctx)!.x).toBeCloseTo(1, 12);
    expect(divisionOfLabourUnit(completed(10, 10), ctx)!.x).toBeCloseTo(1, 12);
  });

  it('weighs s(n, 5) and counts only commitments completed in the window', () => {
    const old = commitment('partner', 'done', 500, 500);
    const open = commitment('partner', 'open', 5);
    const unit = divisionOfLabourUnit([...completed(10, 5), old, open], ctx)!;
    expect(unit.v).toBeCloseTo(s(10, 5), 12);
    expect(unit.recordIds).not.toContain(old.id);
    expect(divisionOfLabourUnit([old, open], ctx)).toBeNull();
  });
});

describe('CE: recency', () => {
  const recency = (days: number, fields: Partial<CommunicationFact> = {}) =>
    recencyUnit([communication(days, fields)], 30, ctx);

  it('at d = C it is still 5, at d = 2C it is 3, at d = 3C it reaches 1 and stays there', () => {
    expect(recency(0)!.x).toBe(5);
    expect(recency(30)!.x).toBe(5);
    expect(recency(60)!.x).toBe(3);
    expect(recency(90)!.x).toBe(1);
    expect(recency(400)!.x).toBe(1);
  });

  it('between: d = 45 gives 5 − 4 · 15/60 = 4, weight 1.0', () => {
    const unit = recency(45)!;
    expect([unit.x, unit.v]).toEqual([4, 1]);
  });

  it('only two-way substantive contact counts; a contact after asOf has not happened yet', () => {
    expect(recency(5, { twoWay: false })).toBeNull();
    expect(recency(5, { substantive: false })).toBeNull();
    expect(recency(-2)).toBeNull();
  });

  it('applies in active stages only', () => {
    const evidence = { communications: [communication(5)] };
    const keys = (stage: 'active' | 'paused') =>
      behaviourUnits({ stage, ...evidence }, AS_OF, DEFAULT_POLICY).map((u) => u.key);
    expect(keys('active')).toEqual(expect.arrayContaining(['recency', 'coverage']));
    expect(keys('paused')).not.toContain('recency');
    expect(keys('paused')).not.toContain('coverage');
  });
});

describe('CE: coverage', () => {
  it('counts whole cadence periods back from asOf: 12 of 30 days in 12 months; 3 of them covered → 1 + 4 · 3/12 = 2', () => {
    const unit = coverageUnit([communication(1), communication(29), communication(30), communication(359)], 30, null, ctx)!;
    expect(unit.facts).toEqual({ kind: 'coverage', periodsWithContact: 3, periods: 12, cadenceDays: 30 });
    expect(unit.x).toBe(2);
  });

  it('does not count periods before the partnership was recorded', () => {
    const unit = coverageUnit([communication(10), communication(70)], 30, daysAgo(75), ctx)!;
    expect(unit.facts).toMatchObject({ periodsWithContact: 2, periods: 3 });
    expect(unit.x).toBeCloseTo(1 + (4 * 2) / 3, 12);
  });

  it('one-way contact and contact beyond the last whole period give no unit', () => {
    expect(coverageUnit([communication(5, { twoWay: false }), communication(361)], 30, null, ctx)).toBeNull();
  });
});

describe('CE: initiation balance', () => {
  it('b = 4/22 is 5 − 4 · (0.318 − 0.2) / 0.3 ≈ 3.424, weight s(22, 5) ≈ 0.815', () => {
    const unit = initiationUnit(initiated(22, 4), ctx)!;
    expect(unit.x).toBeCloseTo(5 - (4 * (Math.abs(4 / 22 - 0.5) - 0.2)) / 0.3, 12);
    expect(unit.v).toBeCloseTo(22 / 27, 12);
  });

  it('anything from 30% to 70% is 5; b = 0.15 is 3; b = 0 is 1', () => {
    expect(initiationUnit(initiated(10, 3), ctx)!.x).toBeCloseTo(5, 12);
    expect(initiationUnit(initiated(10, 7), ctx)!.x).toBeCloseTo(5, 12);
    expect(initiationUnit(initiated(20, 3), ctx)!.x).toBeCloseTo(3, 12);
    expect(initiationUnit(initiated(10, 0), ctx)!.x).toBeCloseTo(1, 12);
  });

  it('communications with nobody recorded as starting them are left out', () => {
    expect(initiationUnit([communication(3, { initiatedBy: null })], ctx)).toBeNull();
  });
});

describe('CE: expectations documented', () => {
  it('reviewed 2 months ago is 5, 14 months ago is 3, weight 0.5', () => {
    expect(expectationsUnit([agreement(61)], ctx)!.x).toBe(5);
    const older = expectationsUnit([agreement(426)], ctx)!;
    expect([older.x, older.v]).toEqual([3, 0.5]);
  });

  it('an agreement that does not list contributions gives no unit; one never reviewed counts from its start', () => {
    expect(expectationsUnit([agreement(10, false)], ctx)).toBeNull();
    expect(expectationsUnit([{ ...agreement(null), startsOn: daysAgo(90) }], ctx)!.x).toBe(5);
    expect(expectationsUnit([agreement(null)], ctx)!.x).toBe(3);
  });
});

describe('IR: commitments kept', () => {
  it('6 on time, 2 late, 2 missed: r = (6 + 0.5 · 2) / 10 = 0.7 → 3.8, weight s(10, 5)', () => {
    const list = [
      ...Array.from({ length: 6 }, () => commitment('library', 'done', 10, 12)),
      ...Array.from({ length: 2 }, () => commitment('partner', 'done', 20, 15)),
      ...Array.from({ length: 2 }, () => commitment('partner', 'missed', 30)),
      commitment('partner', 'open', 40),
      commitment('library', 'cancelled', 40),
    ];
    const unit = commitmentsKeptUnit(list, ctx)!;
    expect(unit.facts).toEqual({ kind: 'commitments-kept', onTime: 6, late: 2, missed: 2 });
    expect(unit.x).toBeCloseTo(3.8, 12);
    expect(unit.v).toBeCloseTo(s(10, 5), 12);
  });

  it('done on the due day is on time', () => {
    expect(commitmentsKeptUnit([commitment('partner', 'done', 10, 10)], ctx)!.x).toBe(5);
  });
});

describe('IR: acknowledgement', () => {
  it('credited in 2 of 3 held programs: 1 + 4 · 2/3, weight 0.5 · s(3, 3) = 0.25', () => {
    const unit = acknowledgementUnit([program(10), program(20), program(30, { partnerCredited: false })], ctx)!;
    expect(unit.x).toBeCloseTo(1 + 8 / 3, 12);
    expect(unit.v).toBeCloseTo(0.25, 12);
  });
});

describe('factor tags, in every factor', () => {
  it('3 positive and 1 negative: t = 0.5 → 4, weight 0.5 · s(4, 3)', () => {
    const comms = [
      communication(5, { tags: [{ factor: 'IR', sign: 'positive' }, { factor: 'IR', sign: 'positive' }] }),
      communication(6, { tags: [{ factor: 'IR', sign: 'positive' }, { factor: 'IR', sign: 'negative' }] }),
    ];
    const unit = factorTagsUnit(comms, 'IR', ctx)!;
    expect(unit.x).toBeCloseTo(4, 12);
    expect(unit.v).toBeCloseTo(0.5 * s(4, 3), 12);
  });

  it.each(FACTORS.keys)('a negative tag for %s gives a unit of 1 in that factor only', (factor) => {
    const units = behaviourUnits(
      { stage: 'paused', communications: [communication(5, { initiatedBy: null, tags: [{ factor, sign: 'negative' }] })] },
      AS_OF,
      DEFAULT_POLICY,
    );
    expect(units.map((u) => [u.factor, u.key, u.x])).toEqual([[factor, 'tags', 1]]);
  });

  it('tags older than the window are not counted', () => {
    expect(factorTagsUnit([communication(400, { tags: [{ factor: 'SA', sign: 'positive' }] })], 'SA', ctx)).toBeNull();
  });
});

describe('OC: resource disruptions', () => {
  const programs = (disrupted: number, otherCancellations: number, held: number) => [
    ...Array.from({ length: disrupted }, (_, i) => program(10 + i, { status: 'cancelled', statusReason: 'funding' })),
    ...Array.from({ length: otherCancellations }, (_, i) => program(50 + i, { status: 'postponed', statusReason: 'weather' })),
    ...Array.from({ length: held }, (_, i) => program(100 + i)),
  ];

  it('q = 2/10 is 5 − 4 · (0.2 / 0.3) ≈ 2.333, weight s(10, 3); weather is not a resource disruption', () => {
    const unit = disruptionsUnit(programs(2, 1, 7), ctx)!;
    expect(unit.facts).toEqual({ kind: 'disruptions', disrupted: 2, programs: 10 });
    expect(unit.x).toBeCloseTo(5 - (4 * 0.2) / 0.3, 12);
    expect(unit.v).toBeCloseTo(s(10, 3), 12);
  });

  it('q = 0.3 reaches 1 exactly; more stays at 1; none is 5', () => {
    expect(disruptionsUnit(programs(3, 0, 7), ctx)!.x).toBeCloseTo(1, 12);
    expect(disruptionsUnit(programs(5, 0, 5), ctx)!.x).toBe(1);
    expect(disruptionsUnit(programs(0, 0, 4), ctx)!.x).toBe(5);
  });

  it('programs still planned are not yet evidence either way', () => {
    expect(disruptionsUnit([program(5, { status: 'planned' })], ctx)).toBeNull();
  });
});

describe('OC: admin readiness', () => {
  it('complete before the start for 3 of 4 (complete on the day itself is not before): 4, weight s(4, 3)', () => {
    const onTheDay = program(40);
    const held = [program(10), program(20), program(30), { ...onTheDay, adminChecklistCompletedOn: onTheDay.startsOn }];
    const unit = adminReadinessUnit(held, ctx)!;
    expect(unit.x).toBeCloseTo(4, 12);
    expect(unit.v).toBeCloseTo(s(4, 3), 12);
  });

  it('an incomplete checklist counts as not ready', () => {
    expect(adminReadinessUnit([program(10, { adminChecklistCompletedOn: null })], ctx)!.x).toBe(1);
  });
});

describe('OC: impact demonstrated', () => {
  it('shared after 10 and exactly 30 days count, 31 days or never do not; a program still within its 30 days waits', () => {
    const shared = (endedDaysAgo: number, afterDays: number | null) =>
      program(endedDaysAgo, {
        outcomeSummarySharedOn: afterDays === null ? null : addDays(daysAgo(endedDaysAgo), afterDays),
      });
    const held = [shared(100, 10), shared(100, 30), shared(100, 31), shared(40, null), shared(10, null)];
    const unit = impactShownUnit(held, ctx)!;
    expect(unit.facts).toEqual({ kind: 'impact-shown', shared: 2, held: 4, withinDays: 30 });
    expect(unit.x).toBeCloseTo(3, 12);
    expect(unit.v).toBeCloseTo(0.5 * s(4, 3), 12);
  });
});

describe('the program window', () => {
  it('counts programs that ran in the last 12 months, not those before or not yet started', () => {
    const units = behaviourUnits(
      { stage: 'active', programs: [program(400), program(-5, { status: 'planned' })] },
      AS_OF,
      DEFAULT_POLICY,
    );
    expect(units).toEqual([]);
  });
});
