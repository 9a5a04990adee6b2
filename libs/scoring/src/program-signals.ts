/**
 * The behaviour units that rest on joint programs. A program belongs to the window when it ran at some point in
 * it: started on or before asOf and ended no earlier than the window's start.
 */
import { RESOURCE_DISRUPTION_REASONS, type Factor } from '@common-ground/domain';
import { addDays, ageInDays, daysBetween, windowStart, type IsoDate } from './dates';
import type { ProgramFact } from './evidence';
import type { SignalContext } from './behaviour-signals';
import { fromShare, penalty, signalWeight } from './scale';
import { makeUnit, type EvidenceUnit, type UnitFacts } from './units';

export function programUnits(programs: readonly ProgramFact[], ctx: SignalContext): (EvidenceUnit | null)[] {
  const inWindow = programs.filter((p) => ranInWindow(p, ctx));
  const held = inWindow.filter((p) => p.status === 'held');
  return [
    publicReachedUnit(held, ctx),
    rolesFilledUnit(programs, ctx),
    acknowledgementUnit(held, ctx),
    disruptionsUnit(inWindow, ctx),
    adminReadinessUnit(held, ctx),
    impactShownUnit(held, ctx),
  ];
}

function ranInWindow(program: ProgramFact, ctx: SignalContext): boolean {
  const start = windowStart(ctx.asOf, ctx.policy.behaviour.windowMonths);
  return ageInDays(program.startsOn, ctx.asOf) >= 0 && daysBetween(start, program.endsOn) >= 0;
}

type ShareSignal = 'public-reached' | 'roles-filled' | 'acknowledgement' | 'admin-readiness' | 'impact-shown';
const FACTOR_OF: Readonly<Record<ShareSignal, Factor>> = {
  'public-reached': 'SA',
  'roles-filled': 'TW',
  acknowledgement: 'IR',
  'admin-readiness': 'OC',
  'impact-shown': 'OC',
};

/** A unit whose value is 1 + 4f for the share f of `records` that `counts`; no records, no unit. */
function shareUnit<T extends { id: string }>(
  key: ShareSignal,
  records: readonly T[],
  counts: (record: T) => boolean,
  factsOf: (yes: number, n: number) => UnitFacts,
  ctx: SignalContext,
): EvidenceUnit | null {
  if (records.length === 0) return null;
  const yes = records.filter(counts).length;
  const v = signalWeight(ctx.policy.behaviour.signals[key], records.length);
  const ids = records.map((r) => r.id);
  return makeUnit(FACTOR_OF[key], key, fromShare(yes / records.length), v, factsOf(yes, records.length), ids);
}

/** Share f of held programs whose actual audience matched the target, among those where it was recorded. */
export function publicReachedUnit(held: readonly ProgramFact[], ctx: SignalContext): EvidenceUnit | null {
  const recorded = held.filter((p) => p.audienceMatched !== null);
  return shareUnit(
    'public-reached',
    recorded,
    (p) => p.audienceMatched === true,
    (matched, n) => ({ kind: 'public-reached', matched, recorded: n }),
    ctx,
  );
}

/**
 * Share f of program roles with an owner at least 7 days before the program. A role counts once that deadline
 * has passed (within the window); before it, an unfilled role is not yet late. Cancelled and postponed programs'
 * roles are left out: their date no longer says when the role was needed.
 */
export function rolesFilledUnit(programs: readonly ProgramFact[], ctx: SignalContext): EvidenceUnit | null {
  const { leadDays } = ctx.policy.behaviour.rolesFilled;
  const due: { id: string; deadline: IsoDate; ownerAssignedOn: IsoDate | null }[] = [];
  for (const program of programs) {
    if (program.status !== 'planned' && program.status !== 'held') continue;
    const deadline = addDays(program.startsOn, -leadDays);
    if (!ctx.inWindow(deadline)) continue;
    for (const role of program.roles ?? []) due.push({ id: role.id, deadline, ownerAssignedOn: role.ownerAssignedOn });
  }
  return shareUnit(
    'roles-filled',
    due,
    (role) => role.ownerAssignedOn !== null && role.ownerAssignedOn <= role.deadline,
    (filled, roles) => ({ kind: 'roles-filled', filled, roles, leadDays }),
    ctx,
  );
}

/** Share of held programs whose promotion credited the partner. */
export function acknowledgementUnit(held: readonly ProgramFact[], ctx: SignalContext): EvidenceUnit | null {
  return shareUnit(
    'acknowledgement',
    held,
    (p) => p.partnerCredited,
    (credited, n) => ({ kind: 'acknowledgement', credited, held: n }),
    ctx,
  );
}

/** Share of held programs whose admin checklist was complete before the start day. */
export function adminReadinessUnit(held: readonly ProgramFact[], ctx: SignalContext): EvidenceUnit | null {
  return shareUnit(
    'admin-readiness',
    held,
    (p) => p.adminChecklistCompletedOn !== null && p.adminChecklistCompletedOn < p.startsOn,
    (ready, n) => ({ kind: 'admin-readiness', ready, held: n }),
    ctx,
  );
}

/**
 * Share of held programs with an outcome summary shared within 30 days of the end. A program whose 30 days are not
 * over yet counts only once its summary is shared: until then it is not late.
 */
export function impactShownUnit(held: readonly ProgramFact[], ctx: SignalContext): EvidenceUnit | null {
  const { withinDays } = ctx.policy.behaviour.impactShown;
  const sharedInTime = (p: ProgramFact) => {
    const shared = p.outcomeSummarySharedOn;
    return shared !== null && ageInDays(shared, ctx.asOf) >= 0 && shared <= addDays(p.endsOn, withinDays);
  };
  const decided = held.filter((p) => sharedInTime(p) || ageInDays(addDays(p.endsOn, withinDays), ctx.asOf) > 0);
  return shareUnit(
    'impact-shown',
    decided,
    sharedInTime,
    (shared, n) => ({ kind: 'impact-shown', shared, held: n, withinDays }),
    ctx,
  );
}

/**
 * Share q of programs in the window cancelled or postponed for time, funding or staff → 5 − 4 · clip(q / 0.3).
 * The denominator is every program whose fate is known (held, cancelled or postponed); a cancellation for weather
 * or low registration counts there but is not a resource disruption.
 */
export function disruptionsUnit(inWindow: readonly ProgramFact[], ctx: SignalContext): EvidenceUnit | null {
  const decided = inWindow.filter((p) => p.status !== 'planned');
  if (decided.length === 0) return null;
  const disrupted = decided.filter(
    (p) => p.status !== 'held' && p.statusReason !== null && RESOURCE_DISRUPTION_REASONS.includes(p.statusReason),
  ).length;
  const x = penalty(disrupted / decided.length / ctx.policy.behaviour.disruptions.fullAt);
  const v = signalWeight(ctx.policy.behaviour.signals.disruptions, decided.length);
  const facts = { kind: 'disruptions', disrupted, programs: decided.length } as const;
  return makeUnit('OC', 'disruptions', x, v, facts, decided.map((p) => p.id));
}
