import type { CommitmentStatus, Side } from '@common-ground/domain';
import { bulkInsert, trackedRecordColumns } from '../bulk-insert';
import type { Rng } from '../random';
import type { SeedContext, SeededCommitment, SeedGenerator } from '../seed-context';
import { between, isoDate, sortByTime } from '../seed-context';
import { CANCEL_REASONS, FOLLOW_UP_TEXTS } from '../words';

const DAY_MS = 86_400_000;
/** Share of commitments that are follow-ups of a logged communication; the rest were recorded on their own. */
const FROM_COMMUNICATIONS = 0.85;

/**
 * Exactly `scale.commitments` commitments: 85% follow-ups of live two-way communications (one to three each, due
 * 3–45 days after the conversation), 15% recorded on their own. Two in three are the library's (owned by whoever
 * logged the conversation, or the partner's liaison), the rest the partner's (one of the contacts who took part, or
 * the organisation). Statuses follow the due date: long-past ones are mostly done (some late), a few missed or
 * cancelled and ~4% still open (overdue); recent ones about half open; future ones mostly open. Nothing is completed
 * or changed after now. Inserted in the order they were recorded.
 */
export const commitmentsGenerator: SeedGenerator = {
  kind: 'commitments',
  async run(ctx: SeedContext): Promise<number> {
    const rng = ctx.rng.fork('commitments');
    const communications = ctx.communications.filter((c) => c.twoWay && c.archivedAt === null);
    if (communications.length === 0 && ctx.scale.commitments > 0) throw new Error('seed: commitments need communications to come from');
    const partners = new Map(ctx.partners.map((p) => [p.id, p]));
    const liveContacts = new Map<string, string[]>();
    for (const c of ctx.contacts) {
      if (c.archived) continue;
      const list = liveContacts.get(c.partnerId);
      if (list) list.push(c.id);
      else liveContacts.set(c.partnerId, [c.id]);
    }
    const today = isoDate(ctx.now);
    const yesterday = isoDate(ctx.now, -1);

    const target = ctx.scale.commitments;
    const fromCommunications = Math.round(target * FROM_COMMUNICATIONS);
    const rows: SeededCommitment[] = [];
    while (rows.length < target) {
      // Substantive conversations produce most follow-ups: draw twice and prefer a substantive one.
      let source = rng.pick(communications);
      if (!source.substantive) source = rng.pick(communications);
      const partner = partners.get(source.partnerId)!;
      const linked = rows.length < fromCommunications;
      const createdAt = linked ? source.createdAt : between(rng, source.createdAt, ctx.now);
      const createdBy = linked ? source.createdBy : (partner.liaisonId ?? source.createdBy);
      const several = linked ? rng.weighted([[1, 65], [2, 28], [3, 7]] as const) : 1;
      for (let k = 0; k < several && rows.length < target; k++) {
        const ownerSide: Side = rng.chance(0.65) ? 'library' : 'partner';
        const ownerUserId = ownerSide === 'library' ? (rng.chance(0.8) || !partner.liaisonId ? createdBy : partner.liaisonId) : null;
        const ownerContactId =
          ownerSide === 'partner'
            ? linked && source.contactIds.length > 0 && rng.chance(0.75)
              ? rng.pick(source.contactIds)
              : rng.chance(0.5)
                ? rng.pick(liveContacts.get(partner.id) ?? [null])
                : null
            : null;
        const startDay = isoDate(createdAt);
        const dueOn = isoDate(createdAt, rng.weighted([[3, 10], [5, 10], [7, 35], [10, 10], [14, 20], [21, 8], [30, 5], [45, 2]] as const));
        const row: SeededCommitment = {
          id: rng.uuid(),
          partnerId: partner.id,
          communicationId: linked ? source.id : null,
          ownerSide,
          ownerUserId,
          ownerContactId,
          description: rng.pick(FOLLOW_UP_TEXTS).replace('{n}', String(rng.pick([10, 20, 25, 50, 100, 200]))),
          dueOn,
          status: 'open',
          completedOn: null,
          statusChangedAt: null,
          statusChangedBy: null,
          statusReason: null,
          createdAt,
          updatedAt: createdAt,
          createdBy,
          updatedBy: createdBy,
          archivedAt: null,
        };
        close(rng, row, { startDay, today, yesterday, now: ctx.now, changer: ownerUserId ?? createdBy });
        if (rng.chance(0.01)) {
          row.archivedAt = between(rng, row.updatedAt, ctx.now);
          row.updatedAt = row.archivedAt;
          row.version = (row.version ?? 1) + 1;
        }
        rows.push(row);
      }
    }
    sortByTime(rows, (r) => r.createdAt);

    const count = await bulkInsert(ctx.db, 'commitments', [
      { name: 'id', type: 'uuid', value: (r) => r.id },
      { name: 'partner_id', type: 'uuid', value: (r) => r.partnerId },
      { name: 'communication_id', type: 'uuid', value: (r) => r.communicationId },
      { name: 'owner_side', type: 'text', value: (r) => r.ownerSide },
      { name: 'owner_user_id', type: 'uuid', value: (r) => r.ownerUserId },
      { name: 'owner_contact_id', type: 'uuid', value: (r) => r.ownerContactId },
      { name: 'description', type: 'text', value: (r) => r.description },
      { name: 'due_on', type: 'date', value: (r) => r.dueOn },
      { name: 'status', type: 'text', value: (r) => r.status },
      { name: 'completed_on', type: 'date', value: (r) => r.completedOn },
      { name: 'status_changed_at', type: 'timestamptz', value: (r) => r.statusChangedAt?.toISOString() ?? null },
      { name: 'status_changed_by', type: 'uuid', value: (r) => r.statusChangedBy },
      { name: 'status_reason', type: 'text', value: (r) => r.statusReason },
      ...trackedRecordColumns<SeededCommitment>(),
    ], rows);
    ctx.commitments = rows;
    return count;
  },
};

/**
 * Draws the commitment's status from where its due date stands today, and dates the change: done on a day between
 * the conversation and yesterday (on or before the due date, or 1–30 days after it when late); missed a few days
 * after the due date; cancelled before it. A change, if any, is by the owner (library side) or the person who
 * recorded it (partner side), and makes the row's second version.
 */
function close(rng: Rng, row: SeededCommitment, at: { startDay: string; today: string; yesterday: string; now: Date; changer: string }): void {
  const overdueSince = days(at.today) - days(row.dueOn); // > 0: due date passed
  const roll = rng.float();
  let status: CommitmentStatus | 'done-late';
  if (overdueSince > 14) status = roll < 0.6 ? 'done' : roll < 0.8 ? 'done-late' : roll < 0.89 ? 'missed' : roll < 0.96 ? 'cancelled' : 'open';
  else if (overdueSince > 0) status = roll < 0.3 ? 'done' : roll < 0.45 ? 'done-late' : roll < 0.5 ? 'missed' : roll < 0.55 ? 'cancelled' : 'open';
  else status = roll < 0.1 ? 'done' : roll < 0.12 ? 'cancelled' : 'open';
  if (status === 'open' || at.startDay > at.yesterday) return; // nothing can have been closed before today

  let changedAt: Date;
  if (status === 'done' || status === 'done-late') {
    const latest = min(status === 'done' ? row.dueOn : addDays(row.dueOn, rng.int(1, 30)), at.yesterday);
    const earliest = status === 'done' ? at.startDay : min(addDays(row.dueOn, 1), latest);
    row.completedOn = addDays(earliest, rng.int(0, Math.max(0, days(latest) - days(earliest))));
    changedAt = atHour(rng, row.completedOn);
    row.status = 'done';
  } else if (status === 'missed') {
    changedAt = atHour(rng, min(addDays(row.dueOn, rng.int(1, 10)), at.yesterday));
    row.status = 'missed';
  } else {
    changedAt = atHour(rng, addDays(at.startDay, rng.int(0, Math.max(0, Math.min(days(row.dueOn), days(at.yesterday)) - days(at.startDay)))));
    row.status = 'cancelled';
    row.statusReason = rng.chance(0.6) ? rng.pick(CANCEL_REASONS) : null;
  }
  // Never before it was recorded, never after now.
  if (changedAt < row.createdAt) changedAt = new Date(row.createdAt.getTime() + 60_000);
  if (changedAt > at.now) changedAt = at.now;
  row.statusChangedAt = changedAt;
  row.statusChangedBy = at.changer;
  row.updatedAt = changedAt;
  row.updatedBy = at.changer;
  row.version = 2;
}

function days(day: string): number {
  return Date.parse(`${day}T00:00:00Z`) / DAY_MS;
}

function addDays(day: string, n: number): string {
  return isoDate(new Date(`${day}T00:00:00Z`), n);
}

function min(a: string, b: string): string {
  return a < b ? a : b;
}

/** An afternoon hour of that day (UTC). */
function atHour(rng: Rng, day: string): Date {
  return new Date(Date.parse(`${day}T00:00:00Z`) + rng.int(14, 22) * 3_600_000 + rng.int(0, 59) * 60_000);
}
