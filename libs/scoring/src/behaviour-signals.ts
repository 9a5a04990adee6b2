/**
 * Behaviour units from logged activity (SCORING.md "Behaviour units"), one small function per row of the table.
 * A signal with no underlying records gives no unit: missing data is unknown, not bad.
 * Program rows are in program-signals.ts.
 */
import { ACTIVE_STAGES, FACTORS, type Factor } from '@common-ground/domain';
import { ageInDays, daysBetween, laterOf, windowStart, withinMonths, type IsoDate } from './dates';
import type { AgreementFact, CommitmentFact, CommunicationFact, GoalFact, PartnershipEvidence } from './evidence';
import { byId } from './order';
import type { ScoringPolicy } from './policy';
import { programUnits } from './program-signals';
import { SCALE_MAX, SCALE_MIN, fromShare, penalty, signalWeight } from './scale';
import { makeUnit, type EvidenceUnit } from './units';

/** What every signal needs besides its own records. */
export interface SignalContext {
  readonly asOf: IsoDate;
  readonly policy: ScoringPolicy;
  /** True for a day in the behaviour window (the last 12 months by default), never after asOf. */
  readonly inWindow: (date: IsoDate) => boolean;
}

export function signalContext(asOf: IsoDate, policy: ScoringPolicy): SignalContext {
  return { asOf, policy, inWindow: (date) => withinMonths(date, asOf, policy.behaviour.windowMonths) };
}

/** Every behaviour unit of the partnership, for all five factors. */
export function behaviourUnits(evidence: PartnershipEvidence, asOf: IsoDate, policy: ScoringPolicy): EvidenceUnit[] {
  const ctx = signalContext(asOf, policy);
  const communications = evidence.communications ?? [];
  const commitments = evidence.commitments ?? [];
  const active = ACTIVE_STAGES.includes(evidence.stage);
  const cadenceDays = evidence.cadenceDays && evidence.cadenceDays > 0 ? evidence.cadenceDays : policy.defaultCadenceDays;
  const units = [
    sharedGoalsUnit(evidence.goals ?? [], ctx),
    divisionOfLabourUnit(commitments, ctx),
    active ? recencyUnit(communications, cadenceDays, ctx) : null,
    active ? coverageUnit(communications, cadenceDays, evidence.recordedSince ?? null, ctx) : null,
    initiationUnit(communications, ctx),
    expectationsUnit(evidence.agreements ?? [], ctx),
    commitmentsKeptUnit(commitments, ctx),
    ...FACTORS.keys.map((factor) => factorTagsUnit(communications, factor, ctx)),
    ...programUnits(evidence.programs ?? [], ctx),
  ];
  return units.filter((unit): unit is EvidenceUnit => unit !== null);
}

/** The latest of the given days that is not after asOf: a review dated in the future has not happened yet. */
export function lastReviewBy(asOf: IsoDate, ...dates: (IsoDate | null | undefined)[]): IsoDate | null {
  return dates.filter((d): d is IsoDate => !!d && ageInDays(d, asOf) >= 0).reduce<IsoDate | null>(laterOf, null);
}

/**
 * The best of several candidate values, with the records that reach it (the others do not change the unit),
 * in id order so that the facts shown never depend on the order the records arrived in.
 */
function best<T extends { id: string }>(records: readonly T[], valueOf: (record: T) => number) {
  const top = Math.max(...records.map(valueOf));
  const reaching = records.filter((r) => valueOf(r) === top).sort(byId);
  return { x: top, records: reaching };
}

// ---- SA ------------------------------------------------------------------------------------------------------

/** Agreed by both and reviewed within the review period → 5; both but older → 3; one side only → 2. */
export function sharedGoalsUnit(goals: readonly GoalFact[], ctx: SignalContext): EvidenceUnit | null {
  const rules = ctx.policy.behaviour.sharedGoals;
  const existing = goals.filter((g) => !g.agreedOn || ageInDays(g.agreedOn, ctx.asOf) >= 0);
  if (existing.length === 0) return null;
  const reviewOf = (g: GoalFact) => lastReviewBy(ctx.asOf, g.lastReviewedOn, g.agreedOn);
  const isCurrent = (g: GoalFact) => {
    const reviewed = reviewOf(g);
    return reviewed !== null && withinMonths(reviewed, ctx.asOf, rules.reviewMonths);
  };
  const valueOf = (g: GoalFact) =>
    g.agreedBy !== 'both' ? rules.oneSide : isCurrent(g) ? rules.currentBoth : rules.olderBoth;
  const { x, records } = best(existing, valueOf);
  const shown = records.reduce((a, b) => ((reviewOf(b) ?? '') > (reviewOf(a) ?? '') ? b : a));
  const facts = {
    kind: 'shared-goals',
    agreedBy: shown.agreedBy,
    current: shown.agreedBy === 'both' && isCurrent(shown),
    reviewedOn: reviewOf(shown),
    reviewMonths: rules.reviewMonths,
  } as const;
  const v = signalWeight(ctx.policy.behaviour.signals['shared-goals'], 1);
  return makeUnit('SA', 'shared-goals', x, v, facts, records.map((g) => g.id));
}

// ---- TW ------------------------------------------------------------------------------------------------------

function completedInWindow(commitments: readonly CommitmentFact[], ctx: SignalContext) {
  return commitments.filter(
    (c): c is CommitmentFact & { completedOn: IsoDate } => c.status === 'done' && !!c.completedOn && ctx.inWindow(c.completedOn),
  );
}

/** Partner share p of completed commitments → 5 − 4 · clip((|p − 0.5| − 0.3) / 0.2). */
export function divisionOfLabourUnit(commitments: readonly CommitmentFact[], ctx: SignalContext): EvidenceUnit | null {
  const done = completedInWindow(commitments, ctx);
  if (done.length === 0) return null;
  const byPartner = done.filter((c) => c.side === 'partner').length;
  const p = byPartner / done.length;
  const { tolerance, span } = ctx.policy.behaviour.divisionOfLabour;
  const x = penalty((Math.abs(p - 0.5) - tolerance) / span);
  const v = signalWeight(ctx.policy.behaviour.signals['division-of-labour'], done.length);
  const facts = { kind: 'division-of-labour', byPartner, completed: done.length } as const;
  return makeUnit('TW', 'division-of-labour', x, v, facts, done.map((c) => c.id));
}

// ---- CE ------------------------------------------------------------------------------------------------------

/**
 * d = days since the last two-way substantive contact, C = cadence → 5 − 4 · clip((d − C) / (2C)). Not limited to
 * the window: a last contact 400 days ago is a fact about recency, and a poor one.
 */
export function recencyUnit(
  communications: readonly CommunicationFact[],
  cadenceDays: number,
  ctx: SignalContext,
): EvidenceUnit | null {
  const contacts = communications.filter((c) => c.twoWay && c.substantive && ageInDays(c.on, ctx.asOf) >= 0);
  if (contacts.length === 0) return null;
  const last = contacts.reduce((a, c) => (c.on > a ? c.on : a), contacts[0]!.on);
  const days = ageInDays(last, ctx.asOf);
  const { graceCadences, spanCadences } = ctx.policy.behaviour.recency;
  const x = penalty((days - graceCadences * cadenceDays) / (spanCadences * cadenceDays));
  const v = signalWeight(ctx.policy.behaviour.signals.recency, 1);
  const facts = { kind: 'recency', days, cadenceDays } as const;
  return makeUnit('CE', 'recency', x, v, facts, contacts.filter((c) => c.on === last).map((c) => c.id));
}

/**
 * Share of cadence periods in the window with at least one two-way contact → 1 + 4p. The periods are C days long,
 * counted back from asOf; as many whole periods as fit in the window (12 of 30 days in 12 months), at least one.
 * Periods before the partnership was first recorded are not counted: nobody could have logged contact then.
 */
export function coverageUnit(
  communications: readonly CommunicationFact[],
  cadenceDays: number,
  recordedSince: IsoDate | null,
  ctx: SignalContext,
): EvidenceUnit | null {
  const windowDays = daysBetween(windowStart(ctx.asOf, ctx.policy.behaviour.windowMonths), ctx.asOf);
  const recordedDaysAgo = recordedSince === null ? Infinity : ageInDays(recordedSince, ctx.asOf);
  const fitting = Math.max(1, Math.floor(windowDays / cadenceDays));
  const periods = Math.min(fitting, Math.max(1, Math.floor(recordedDaysAgo / cadenceDays) + 1));
  const periodOf = (c: CommunicationFact) => Math.floor(ageInDays(c.on, ctx.asOf) / cadenceDays);
  const counted = communications.filter((c) => {
    const period = c.twoWay && ageInDays(c.on, ctx.asOf) >= 0 ? periodOf(c) : -1;
    return period >= 0 && period < periods;
  });
  if (counted.length === 0) return null;
  const periodsWithContact = new Set(counted.map(periodOf)).size;
  const x = fromShare(periodsWithContact / periods);
  const v = signalWeight(ctx.policy.behaviour.signals.coverage, periods);
  const facts = { kind: 'coverage', periodsWithContact, periods, cadenceDays } as const;
  return makeUnit('CE', 'coverage', x, v, facts, counted.map((c) => c.id));
}

/** Partner-initiated share b of communications → 5 − 4 · clip((|b − 0.5| − 0.2) / 0.3). */
export function initiationUnit(communications: readonly CommunicationFact[], ctx: SignalContext): EvidenceUnit | null {
  const known = communications.filter((c) => c.initiatedBy !== null && ctx.inWindow(c.on));
  if (known.length === 0) return null;
  const byPartner = known.filter((c) => c.initiatedBy === 'partner').length;
  const b = byPartner / known.length;
  const { tolerance, span } = ctx.policy.behaviour.initiation;
  const x = penalty((Math.abs(b - 0.5) - tolerance) / span);
  const v = signalWeight(ctx.policy.behaviour.signals.initiation, known.length);
  const facts = { kind: 'initiation', byPartner, communications: known.length } as const;
  return makeUnit('CE', 'initiation', x, v, facts, known.map((c) => c.id));
}

/** An agreement listing each side's contributions, reviewed within the review period → 5; older → 3. */
export function expectationsUnit(agreements: readonly AgreementFact[], ctx: SignalContext): EvidenceUnit | null {
  const rules = ctx.policy.behaviour.expectations;
  const listing = agreements.filter((a) => a.listsContributions && (!a.startsOn || ageInDays(a.startsOn, ctx.asOf) >= 0));
  if (listing.length === 0) return null;
  const reviewOf = (a: AgreementFact) => lastReviewBy(ctx.asOf, a.reviewedOn, a.startsOn);
  const isCurrent = (a: AgreementFact) => {
    const reviewed = reviewOf(a);
    return reviewed !== null && withinMonths(reviewed, ctx.asOf, rules.reviewMonths);
  };
  const { x, records } = best(listing, (a) => (isCurrent(a) ? rules.current : rules.older));
  const reviewedOn = records.map(reviewOf).reduce<IsoDate | null>(laterOf, null);
  const facts = { kind: 'expectations', current: isCurrent(records[0]!), reviewedOn, reviewMonths: rules.reviewMonths } as const;
  const v = signalWeight(ctx.policy.behaviour.signals.expectations, 1);
  return makeUnit('CE', 'expectations', x, v, facts, records.map((a) => a.id));
}

// ---- IR ------------------------------------------------------------------------------------------------------

/**
 * r = (on time + 0.5 · late) / (on time + late + missed) → 1 + 4r. Done commitments count in the window of their
 * completion, missed ones in the window of their due date; open and cancelled ones are not evidence either way.
 */
export function commitmentsKeptUnit(commitments: readonly CommitmentFact[], ctx: SignalContext): EvidenceUnit | null {
  const done = completedInWindow(commitments, ctx);
  const missed = commitments.filter((c) => c.status === 'missed' && ctx.inWindow(c.dueOn));
  const n = done.length + missed.length;
  if (n === 0) return null;
  const onTime = done.filter((c) => c.completedOn <= c.dueOn).length;
  const late = done.length - onTime;
  const r = (onTime + ctx.policy.behaviour.commitmentsKept.lateCredit * late) / n;
  const v = signalWeight(ctx.policy.behaviour.signals['commitments-kept'], n);
  const facts = { kind: 'commitments-kept', onTime, late, missed: missed.length } as const;
  return makeUnit('IR', 'commitments-kept', fromShare(r), v, facts, [...done, ...missed].map((c) => c.id));
}

/** Net share t ∈ [−1, 1] of positive tags for one factor on communications in the window → 3 + 2t. */
export function factorTagsUnit(
  communications: readonly CommunicationFact[],
  factor: Factor,
  ctx: SignalContext,
): EvidenceUnit | null {
  let positive = 0;
  let negative = 0;
  const ids: string[] = [];
  for (const c of communications) {
    if (!ctx.inWindow(c.on)) continue;
    const tags = (c.tags ?? []).filter((t) => t.factor === factor);
    if (tags.length > 0) ids.push(c.id);
    for (const tag of tags) {
      if (tag.sign === 'positive') positive++;
      else negative++;
    }
  }
  const n = positive + negative;
  if (n === 0) return null;
  const t = (positive - negative) / n;
  const midpoint = (SCALE_MIN + SCALE_MAX) / 2;
  const x = midpoint + ((SCALE_MAX - SCALE_MIN) / 2) * t;
  const v = signalWeight(ctx.policy.behaviour.signals.tags, n);
  return makeUnit(factor, 'tags', x, v, { kind: 'tags', factor, positive, negative }, ids);
}
