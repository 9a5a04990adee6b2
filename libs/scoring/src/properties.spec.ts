/**
 * Properties the model must keep for any evidence, checked with fast-check on generated partnerships: the
 * guarantees a manager relies on when reading a score.
 */
import fc from 'fast-check';
import {
  ASSESSMENT_ITEMS,
  COMMITMENT_STATUSES,
  FACTORS,
  GOAL_AGREED_BY,
  PARTNER_STAGES,
  PROGRAM_STATUSES,
  PROGRAM_STATUS_REASONS,
  type Factor,
} from '@common-ground/domain';
import { AS_OF } from '../test/builders';
import { combine } from './combine';
import { addDays } from './dates';
import type { PartnershipEvidence } from './evidence';
import { DEFAULT_POLICY } from './policy';
import { scorePartnership } from './score-partnership';
import { makeUnit, type EvidenceUnit, type UnitKey } from './units';

const RUNS = { numRuns: 150 };

/**
 * A day from about two and a half years before asOf to a month after it (future facts must be ignored), mostly
 * within the last year, where most of the rules look.
 */
const day = fc
  .oneof(
    { weight: 4, arbitrary: fc.integer({ min: 0, max: 365 }) },
    { weight: 1, arbitrary: fc.integer({ min: 366, max: 900 }) },
    { weight: 1, arbitrary: fc.integer({ min: -30, max: -1 }) },
  )
  .map((before) => addDays(AS_OF, -before));
const maybeDay = fc.option(day, { nil: null });
const side = fc.constantFrom('library' as const, 'partner' as const);
const answer = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(1 as const, 2 as const, 3 as const, 4 as const, 5 as const) },
  { weight: 1, arbitrary: fc.constant(null) },
);
const ITEM_IDS = ASSESSMENT_ITEMS.map((i) => i.id);
/** Answers to every item, with some "don't know"s, or to a random few. */
const answers = fc.oneof(
  fc.array(answer, { minLength: ITEM_IDS.length, maxLength: ITEM_IDS.length }).map((values) => Object.fromEntries(ITEM_IDS.map((id, i) => [id, values[i]]))),
  fc.dictionary(fc.constantFrom(...ITEM_IDS), answer),
);

const responseArb = fc.record({
  id: fc.constant(''),
  side,
  respondentId: fc.constantFrom('a', 'b', 'c', 'd'),
  answeredAt: day,
  answers,
});

const communicationArb = fc.record({
  id: fc.constant(''),
  on: day,
  twoWay: fc.boolean(),
  substantive: fc.boolean(),
  initiatedBy: fc.option(side, { nil: null }),
  tags: fc.array(fc.record({ factor: fc.constantFrom(...FACTORS.keys), sign: fc.constantFrom('positive' as const, 'negative' as const) }), {
    maxLength: 3,
  }),
});

const commitmentArb = fc.record({
  id: fc.constant(''),
  side,
  status: fc.constantFrom(...COMMITMENT_STATUSES.keys),
  dueOn: day,
  completedOn: maybeDay,
});

const goalArb = fc.record({ id: fc.constant(''), agreedBy: fc.constantFrom(...GOAL_AGREED_BY.keys), lastReviewedOn: maybeDay });
const agreementArb = fc.record({ id: fc.constant(''), listsContributions: fc.boolean(), reviewedOn: maybeDay, startsOn: maybeDay });

const programArb = fc
  .record({
    id: fc.constant(''),
    status: fc.constantFrom(...PROGRAM_STATUSES.keys),
    startsOn: day,
    lengthDays: fc.integer({ min: 0, max: 60 }),
    audienceMatched: fc.option(fc.boolean(), { nil: null }),
    partnerCredited: fc.boolean(),
    adminChecklistCompletedOn: maybeDay,
    outcomeSummarySharedOn: maybeDay,
    statusReason: fc.option(fc.constantFrom(...PROGRAM_STATUS_REASONS.keys), { nil: null }),
    roles: fc.array(fc.record({ id: fc.constant(''), ownerAssignedOn: maybeDay }), { maxLength: 3 }),
  })
  .map(({ lengthDays, ...p }) => ({ ...p, endsOn: addDays(p.startsOn, lengthDays) }));

/** Gives every record a unique id (and every respondent a unique person) under `prefix`. */
function withIds(evidence: PartnershipEvidence, prefix: string): PartnershipEvidence {
  const ids = <T extends { id: string }>(records: readonly T[] | undefined, kind: string) =>
    (records ?? []).map((r, i) => ({ ...r, id: `${prefix}${kind}-${i}` }));
  return {
    ...evidence,
    assessments: ids(evidence.assessments, 'assessment').map((r) => ({ ...r, respondentId: `${prefix}${r.respondentId}` })),
    communications: ids(evidence.communications, 'communication'),
    commitments: ids(evidence.commitments, 'commitment'),
    goals: ids(evidence.goals, 'goal'),
    agreements: ids(evidence.agreements, 'agreement'),
    programs: ids(evidence.programs, 'program').map((p, i) => ({ ...p, roles: ids(p.roles, `role-${i}`) })),
  };
}

const records = {
  assessments: fc.array(responseArb, { maxLength: 8 }),
  communications: fc.array(communicationArb, { maxLength: 30 }),
  commitments: fc.array(commitmentArb, { maxLength: 12 }),
  goals: fc.array(goalArb, { maxLength: 3 }),
  agreements: fc.array(agreementArb, { maxLength: 2 }),
  programs: fc.array(programArb, { maxLength: 8 }),
};

const evidenceArb = (prefix: string) =>
  fc
    .record({
      stage: fc.constantFrom(...PARTNER_STAGES.keys),
      cadenceDays: fc.option(fc.integer({ min: 7, max: 120 }), { nil: null }),
      ...records,
    })
    .map((e) => withIds(e, prefix));

/** More records of every kind, none replacing an old one (new ids, new respondents). */
const extraArb = fc.record(records).map((e) => withIds({ stage: 'active', ...e }, 'extra-'));

function merge(base: PartnershipEvidence, extra: PartnershipEvidence): PartnershipEvidence {
  return {
    ...base,
    assessments: [...(base.assessments ?? []), ...(extra.assessments ?? [])],
    communications: [...(base.communications ?? []), ...(extra.communications ?? [])],
    commitments: [...(base.commitments ?? []), ...(extra.commitments ?? [])],
    goals: [...(base.goals ?? []), ...(extra.goals ?? [])],
    agreements: [...(base.agreements ?? []), ...(extra.agreements ?? [])],
    programs: [...(base.programs ?? []), ...(extra.programs ?? [])],
  };
}

const score = (evidence: PartnershipEvidence) => scorePartnership(evidence, { asOf: AS_OF });

/** Every number anywhere in a result, with its path. */
function numbersIn(value: unknown, path = ''): [string, number][] {
  if (typeof value === 'number') return [[path, value]];
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, child]) => numbersIn(child, `${path}.${key}`));
}

const CONFIDENCE_RANK = { low: 0, medium: 1, high: 2 } as const;

describe('properties of every partnership’s scores', () => {
  it('every score is within 1–5 and every number is finite', () => {
    fc.assert(
      fc.property(evidenceArb(''), (evidence) => {
        const health = score(evidence);
        for (const factor of FACTORS.keys) {
          expect(health.factors[factor].score).toBeGreaterThanOrEqual(1);
          expect(health.factors[factor].score).toBeLessThanOrEqual(5);
        }
        expect(numbersIn(health).filter(([, n]) => !Number.isFinite(n))).toEqual([]);
      }),
      RUNS,
    );
  });

  it('the contributions plus the prior 3.0 add up to the score', () => {
    fc.assert(
      fc.property(evidenceArb(''), (evidence) => {
        for (const f of Object.values(score(evidence).factors)) {
          const sum = f.units.reduce((total, u) => total + u.contribution, 0);
          expect(DEFAULT_POLICY.prior.mean + sum).toBeCloseTo(f.score, 10);
        }
      }),
      RUNS,
    );
  });

  it('the order of the records never matters', () => {
    const reversed = (e: PartnershipEvidence): PartnershipEvidence => ({
      ...e,
      assessments: [...(e.assessments ?? [])].reverse(),
      communications: [...(e.communications ?? [])].reverse(),
      commitments: [...(e.commitments ?? [])].reverse(),
      goals: [...(e.goals ?? [])].reverse(),
      agreements: [...(e.agreements ?? [])].reverse(),
      programs: [...(e.programs ?? [])].reverse().map((p) => ({ ...p, roles: [...(p.roles ?? [])].reverse() })),
    });
    fc.assert(
      fc.property(evidenceArb(''), (evidence) => {
        expect(score(reversed(evidence))).toEqual(score(evidence));
      }),
      RUNS,
    );
  });

  it('more evidence never lowers confidence', () => {
    fc.assert(
      fc.property(evidenceArb(''), extraArb, (base, extra) => {
        const before = score(base).factors;
        const after = score(merge(base, extra)).factors;
        for (const factor of FACTORS.keys) {
          expect(CONFIDENCE_RANK[after[factor].confidence]).toBeGreaterThanOrEqual(CONFIDENCE_RANK[before[factor].confidence]);
          expect(after[factor].omega).toBeGreaterThanOrEqual(before[factor].omega - 1e-12);
        }
      }),
      RUNS,
    );
  });

  it('empty evidence gives the prior on every factor, and no NaN', () => {
    const health = score({ stage: 'active' });
    expect(numbersIn(health).filter(([, n]) => !Number.isFinite(n))).toEqual([]);
    expect(Object.values(health.factors).map((f) => f.score)).toEqual([3, 3, 3, 3, 3]);
  });
});

describe('properties of combining units', () => {
  const KEYS: readonly UnitKey[] = ['assessment-library', 'assessment-partner', 'recency', 'coverage', 'initiation', 'expectations', 'tags'];
  const unitsArb = fc
    .uniqueArray(fc.constantFrom(...KEYS), { maxLength: KEYS.length })
    .chain((keys) =>
      fc.tuple(...keys.map((key) => fc.tuple(fc.constant(key), fc.double({ min: 1, max: 5, noNaN: true }), fc.double({ min: 0, max: 10, noNaN: true })))),
    )
    .map((rows) => rows.map(([key, x, v]) => unit('CE', key, x, v)));

  function unit(factor: Factor, key: UnitKey, x: number, v: number): EvidenceUnit {
    return makeUnit(factor, key, x, v, { kind: 'recency', days: 0, cadenceDays: 30 }, []);
  }

  it('adding a unit whose x is above the score never lowers it', () => {
    fc.assert(
      fc.property(unitsArb, fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 10, noNaN: true }), (units, above, v) => {
        const before = combine(units.filter((u) => u.key !== 'tags'), DEFAULT_POLICY).score;
        const x = before + above * (5 - before);
        const after = combine([...units.filter((u) => u.key !== 'tags'), unit('CE', 'tags', x, v)], DEFAULT_POLICY).score;
        expect(after).toBeGreaterThanOrEqual(before - 1e-12);
      }),
      RUNS,
    );
  });

  it('unit order never matters, to the last bit', () => {
    fc.assert(
      fc.property(unitsArb.chain((units) => fc.tuple(fc.constant(units), fc.shuffledSubarray(units, { minLength: units.length }))), ([units, shuffled]) => {
        expect(combine(shuffled, DEFAULT_POLICY)).toEqual(combine(units, DEFAULT_POLICY));
      }),
      RUNS,
    );
  });

  it('scores stay within 1–5 and contributions sum to score − μ0', () => {
    fc.assert(
      fc.property(unitsArb, (units) => {
        const result = combine(units, DEFAULT_POLICY);
        expect(result.score).toBeGreaterThanOrEqual(1);
        expect(result.score).toBeLessThanOrEqual(5);
        expect(3 + result.units.reduce((s, u) => s + u.contribution, 0)).toBeCloseTo(result.score, 10);
      }),
      RUNS,
    );
  });
});
