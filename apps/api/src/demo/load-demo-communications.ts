import {
  COMMITMENT_DESCRIPTION_MAX_LENGTH,
  COMMUNICATION_SUMMARY_MAX_LENGTH,
  type Channel,
  type CommitmentStatus,
  type Factor,
  FACTOR_TAG_NOTE_MAX_LENGTH,
  FACTORS,
  type FactorTagSign,
  type Side,
  SUBSTANTIVE_BY_DEFAULT,
} from '@common-ground/domain';
import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { bulkInsert, type ColumnSpec } from '../bench/bulk-insert';
import type { StaffMember } from '../common/auth/staff-member';
import type { AuditAction } from '../modules/audit/audit-entry.entity';
import { auditChanges } from '../modules/audit/audit-diff';
import { commitmentAuditSnapshot } from '../modules/commitments/commitment.mapper';
import { communicationAuditSnapshot } from '../modules/communications/communication.mapper';
import type { ContactResponseDto } from '../modules/contacts/dto/contact.response.dto';
import type { PartnerResponseDto } from '../modules/partners/dto/partner.response.dto';
import { DEMO_COMMUNICATIONS, type DemoCommunication, type DemoFollowUp } from './demo-communications';
import { DEMO_PARTNERS, type DemoStaffName } from './demo-partners';

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;
/** A working-day hour in UTC (10:00 in Millbrook, US Central time) for things without their own. */
const DEFAULT_HOUR = 15;

export interface DemoCommunicationsInput {
  dataSource: DataSource;
  now: Date;
  staff: Map<DemoStaffName, StaffMember>;
  partners: Map<string, PartnerResponseDto>;
  /** Each partner's contacts by partner name, as created. */
  contacts: Map<string, ContactResponseDto[]>;
}

/** What was written, for the log line and the tests. */
export interface DemoCommunicationsResult {
  communications: number;
  factorTags: number;
  commitments: number;
  auditEntries: number;
}

/**
 * Writes the demo's year of communications and follow-ups (demo-communications.ts).
 *
 * Unlike the partners, these do not go through their services: they are history, and a service stamps "now" on
 * everything it writes (created_at, a status change, the audit entry), so a meeting from 200 days ago and the
 * follow-up marked done 180 days ago would all read as "today" on the timeline. They are written straight into the
 * tables with their past dates instead, in one transaction and a few multi-row statements, with exactly the rows a
 * service would have written: each communication and each commitment with an audit 'create' entry by its author,
 * and each status change an 'update' entry by whoever changed it, at the time it happened. The bodies are checked
 * against the API's own validation rules (CreateCommunicationDto) in load-demo-data.spec.ts, and the rules that need
 * the database or the clock (contacts of this partner, due dates, nothing in the future) are checked here.
 */
export async function loadDemoCommunications(input: DemoCommunicationsInput): Promise<DemoCommunicationsResult> {
  const rows = buildDemoCommunications(input);
  await input.dataSource.transaction(async (db) => {
    await bulkInsert(db, 'communications', COMMUNICATION_COLUMNS, rows.communications);
    await bulkInsert(db, 'communication_factor_tags', FACTOR_TAG_COLUMNS, rows.factorTags);
    await bulkInsert(db, 'commitments', COMMITMENT_COLUMNS, rows.commitments);
    await bulkInsert(db, 'audit_entries', AUDIT_COLUMNS, rows.auditEntries);
  });
  return {
    communications: rows.communications.length,
    factorTags: rows.factorTags.length,
    commitments: rows.commitments.length,
    auditEntries: rows.auditEntries.length,
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Rows

interface CommunicationRow {
  id: string;
  partnerId: string;
  /** The request body the API would have accepted for it (checked against CreateCommunicationDto in the spec). */
  body: DemoCommunicationBody;
  occurredAt: Date;
  createdAt: Date;
  createdBy: string;
}

interface FactorTagRow {
  communicationId: string;
  factor: Factor;
  sign: FactorTagSign;
  note: string | null;
}

interface CommitmentRow {
  id: string;
  partnerId: string;
  communicationId: string;
  ownerSide: Side;
  ownerUserId: string | null;
  ownerContactId: string | null;
  description: string;
  dueOn: string;
  status: CommitmentStatus;
  completedOn: string | null;
  statusChangedAt: Date | null;
  statusChangedBy: string | null;
  statusReason: string | null;
  createdAt: Date;
  createdBy: string;
  updatedAt: Date;
  updatedBy: string;
  version: number;
}

interface AuditRow {
  occurredAt: Date;
  actorId: string;
  entityType: 'communication' | 'commitment';
  entityId: string;
  action: AuditAction;
  changes: Record<string, unknown>;
  partnerId: string;
}

/** A POST /api/v1/communications body, as the demo librarian would have sent it. */
export interface DemoCommunicationBody {
  partnerId: string;
  occurredAt: string;
  channel: Channel;
  initiatedBy: Side;
  twoWay: boolean;
  substantive: boolean;
  staffParticipantIds: string[];
  contactParticipantIds: string[];
  summary: string;
  factorTags: { factor: Factor; sign: FactorTagSign; note: string | null }[];
  followUps: { description: string; ownerSide: Side; ownerUserId?: string; ownerContactId?: string; dueOn: string }[];
}

export interface DemoCommunicationRows {
  communications: CommunicationRow[];
  factorTags: FactorTagRow[];
  commitments: CommitmentRow[];
  /** Oldest first, so the log's insertion order (its tie-breaker) follows time. */
  auditEntries: AuditRow[];
}

/** Turns the demo's stories into rows, dated from `now`; throws, naming the record, when one breaks a rule. */
export function buildDemoCommunications(input: Omit<DemoCommunicationsInput, 'dataSource'>): DemoCommunicationRows {
  const { now } = input;
  const today = utcDay(now);
  const out: DemoCommunicationRows = { communications: [], factorTags: [], commitments: [], auditEntries: [] };
  const manager = [...input.staff.values()].find((s) => s.role === 'manager');

  for (const [partnerName, log] of Object.entries(DEMO_COMMUNICATIONS)) {
    const demo = DEMO_PARTNERS.find((p) => p.name === partnerName);
    const partner = input.partners.get(partnerName);
    if (!demo || !partner) throw new Error(`Demo communications: no demo partner named ${partnerName}`);
    const contacts = new Map((input.contacts.get(partnerName) ?? []).map((c) => [c.name, c.id]));
    const staffId = (name: DemoStaffName) => {
      const member = input.staff.get(name);
      if (!member) throw new Error(`Demo communications of ${partnerName}: no demo user named ${name}`);
      return member.id;
    };
    const contactId = (name: string) => {
      const id = contacts.get(name);
      if (!id) throw new Error(`Demo communications of ${partnerName}: ${name} is not one of its contacts`);
      return id;
    };
    // The liaison logs their partners' conversations; the manager logs for a partner nobody looks after yet.
    const defaultAuthor = demo.liaison ?? manager?.name;
    if (!defaultAuthor) throw new Error('Demo data needs a manager among the demo users');

    for (const entry of log) {
      const where = `${partnerName}, ${entry.daysAgo} days ago`;
      const author = entry.by ?? (defaultAuthor as DemoStaffName);
      const authorId = staffId(author);
      const day = addDays(today, -entry.daysAgo);
      const occurredAt = new Date(Date.parse(`${day}T00:00:00Z`) + (entry.hour ?? DEFAULT_HOUR) * HOUR_MS);
      if (occurredAt > now) throw new Error(`Demo communication (${where}) would be in the future`);
      // Logged an hour after it happened (never after "now").
      const createdAt = new Date(Math.min(occurredAt.getTime() + HOUR_MS, now.getTime()));
      checkCommunication(entry, where);

      const id = randomUUID();
      const factorTags = sortedTags(entry).map((t) => ({ factor: t.factor, sign: t.sign, note: t.note ?? null }));
      const body: DemoCommunicationBody = {
        partnerId: partner.id,
        occurredAt: occurredAt.toISOString(),
        channel: entry.channel,
        initiatedBy: entry.initiatedBy,
        twoWay: entry.twoWay ?? true,
        substantive: entry.substantive ?? SUBSTANTIVE_BY_DEFAULT[entry.channel],
        staffParticipantIds: [authorId, ...(entry.staff ?? []).filter((s) => s !== author).map(staffId)],
        contactParticipantIds: entry.contacts.map(contactId),
        summary: entry.summary,
        factorTags,
        followUps: [],
      };
      out.communications.push({ id, partnerId: partner.id, body, occurredAt, createdAt, createdBy: authorId });
      for (const tag of factorTags) out.factorTags.push({ communicationId: id, ...tag });
      out.auditEntries.push({
        occurredAt: createdAt,
        actorId: authorId,
        entityType: 'communication',
        entityId: id,
        action: 'create',
        changes: auditChanges(
          undefined,
          communicationAuditSnapshot({ ...body, occurredAt, archivedAt: null }, factorTags),
        ),
        partnerId: partner.id,
      });

      for (const followUp of entry.followUps ?? []) {
        const ownerSide: Side = followUp.partner ? 'partner' : 'library';
        const ownerUserId = ownerSide === 'library' ? staffId(followUp.owner ?? author) : null;
        const ownerContactId = typeof followUp.partner === 'string' ? contactId(followUp.partner) : null;
        const dueOn = addDays(day, followUp.due);
        body.followUps.push({
          description: followUp.what,
          ownerSide,
          ...(ownerUserId ? { ownerUserId } : {}),
          ...(ownerContactId ? { ownerContactId } : {}),
          dueOn,
        });
        const commitment: CommitmentRow = {
          id: randomUUID(),
          partnerId: partner.id,
          communicationId: id,
          ownerSide,
          ownerUserId,
          ownerContactId,
          description: followUp.what,
          dueOn,
          status: 'open',
          completedOn: null,
          statusChangedAt: null,
          statusChangedBy: null,
          statusReason: null,
          createdAt,
          createdBy: authorId,
          updatedAt: createdAt,
          updatedBy: authorId,
          version: 1,
        };
        const opened = commitmentAuditSnapshot({ ...commitment, archivedAt: null });
        out.auditEntries.push({
          occurredAt: createdAt,
          actorId: authorId,
          entityType: 'commitment',
          entityId: commitment.id,
          action: 'create',
          changes: auditChanges(undefined, opened),
          partnerId: partner.id,
        });

        const outcome = resolveOutcome(followUp, day, dueOn, `${where}: “${followUp.what}”`, now);
        if (outcome) {
          // Whoever owns a library-side follow-up closes it; the author keeps track of what the partner owes.
          const changedBy = ownerUserId ?? authorId;
          Object.assign(commitment, {
            status: outcome.status,
            completedOn: outcome.completedOn,
            statusChangedAt: outcome.at,
            statusChangedBy: changedBy,
            statusReason: outcome.reason,
            updatedAt: outcome.at,
            updatedBy: changedBy,
            version: 2,
          });
          out.auditEntries.push({
            occurredAt: outcome.at,
            actorId: changedBy,
            entityType: 'commitment',
            entityId: commitment.id,
            action: 'update',
            changes: auditChanges(opened, commitmentAuditSnapshot({ ...commitment, archivedAt: null })),
            partnerId: partner.id,
          });
        }
        out.commitments.push(commitment);
      }
    }
  }
  // Stable sort: entries at the same instant (a communication and its follow-ups) keep their order.
  out.auditEntries.sort((a, b) => a.occurredAt.getTime() - b.occurredAt.getTime());
  return out;
}

/** One tag per factor, in the vocabulary's order (SA TW CE IR OC), as the service stores and shows them. */
function sortedTags(entry: DemoCommunication) {
  return [...(entry.tags ?? [])].sort((a, b) => FACTORS.keys.indexOf(a.factor) - FACTORS.keys.indexOf(b.factor));
}

function checkCommunication(entry: DemoCommunication, where: string): void {
  if (entry.summary.length > COMMUNICATION_SUMMARY_MAX_LENGTH) throw new Error(`Demo communication (${where}): summary too long`);
  const factors = (entry.tags ?? []).map((t) => t.factor);
  if (new Set(factors).size !== factors.length) throw new Error(`Demo communication (${where}): a factor tagged twice`);
  for (const tag of entry.tags ?? []) {
    if ((tag.note?.length ?? 0) > FACTOR_TAG_NOTE_MAX_LENGTH) throw new Error(`Demo communication (${where}): factor note too long`);
  }
  for (const followUp of entry.followUps ?? []) {
    if (followUp.due < 0) throw new Error(`Demo follow-up (${where}): due before the communication`);
    if (followUp.what.length === 0 || followUp.what.length > COMMITMENT_DESCRIPTION_MAX_LENGTH) throw new Error(`Demo follow-up (${where}): description length`);
    if (followUp.partner && followUp.owner) throw new Error(`Demo follow-up (${where}): a partner-side follow-up has no staff owner`);
    const outcomes = [followUp.done !== undefined, followUp.missed === true, followUp.cancelled !== undefined].filter(Boolean).length;
    if (outcomes > 1) throw new Error(`Demo follow-up (${where}): more than one outcome`);
  }
}

interface Outcome {
  status: Exclude<CommitmentStatus, 'open'>;
  completedOn: string | null;
  at: Date;
  reason: string | null;
}

/**
 * When and how a follow-up was closed: done on its completion day (in the afternoon); missed, noticed three days
 * after it was due; cancelled halfway to its due date. Every one of them before today, so the demo never shows a
 * change that has not happened yet (the API refuses a completion date in the future too).
 */
function resolveOutcome(followUp: DemoFollowUp, day: string, dueOn: string, where: string, now: Date): Outcome | null {
  let outcome: Outcome | null = null;
  if (followUp.done !== undefined) {
    const completedOn = addDays(dueOn, followUp.done);
    if (completedOn < day) throw new Error(`Demo follow-up (${where}) done before the communication`);
    outcome = { status: 'done', completedOn, at: atHour(completedOn, 20), reason: null };
  } else if (followUp.missed) {
    outcome = { status: 'missed', completedOn: null, at: atHour(addDays(dueOn, 3), DEFAULT_HOUR), reason: null };
  } else if (followUp.cancelled !== undefined) {
    outcome = { status: 'cancelled', completedOn: null, at: atHour(addDays(day, Math.max(1, Math.floor(followUp.due / 2))), DEFAULT_HOUR), reason: followUp.cancelled };
  }
  if (outcome && (outcome.completedOn ?? '') >= utcDay(now)) throw new Error(`Demo follow-up (${where}) completed today or later`);
  if (outcome && outcome.at >= now) throw new Error(`Demo follow-up (${where}) changes status in the future`);
  return outcome;
}

function utcDay(instant: Date): string {
  return instant.toISOString().slice(0, 10);
}

function addDays(day: string, days: number): string {
  return utcDay(new Date(Date.parse(`${day}T00:00:00Z`) + days * DAY_MS));
}

function atHour(day: string, hour: number): Date {
  return new Date(Date.parse(`${day}T00:00:00Z`) + hour * HOUR_MS);
}

// ---------------------------------------------------------------------------------------------------------------
// Columns (the same multi-row INSERT … SELECT FROM unnest the large seed uses)

const COMMUNICATION_COLUMNS: ColumnSpec<CommunicationRow>[] = [
  { name: 'id', type: 'uuid', value: (r) => r.id },
  { name: 'partner_id', type: 'uuid', value: (r) => r.partnerId },
  { name: 'occurred_at', type: 'timestamptz', value: (r) => r.body.occurredAt },
  { name: 'channel', type: 'text', value: (r) => r.body.channel },
  { name: 'initiated_by', type: 'text', value: (r) => r.body.initiatedBy },
  { name: 'two_way', type: 'boolean', value: (r) => r.body.twoWay },
  { name: 'substantive', type: 'boolean', value: (r) => r.body.substantive },
  { name: 'summary', type: 'text', value: (r) => r.body.summary },
  { name: 'staff_participant_ids', type: 'uuid[]', value: (r) => r.body.staffParticipantIds },
  { name: 'contact_participant_ids', type: 'uuid[]', value: (r) => r.body.contactParticipantIds },
  { name: 'created_at', type: 'timestamptz', value: (r) => r.createdAt.toISOString() },
  { name: 'updated_at', type: 'timestamptz', value: (r) => r.createdAt.toISOString() },
  { name: 'created_by', type: 'uuid', value: (r) => r.createdBy },
  { name: 'updated_by', type: 'uuid', value: (r) => r.createdBy },
  { name: 'version', type: 'integer', value: () => 1 },
];

const FACTOR_TAG_COLUMNS: ColumnSpec<FactorTagRow>[] = [
  { name: 'communication_id', type: 'uuid', value: (r) => r.communicationId },
  { name: 'factor', type: 'text', value: (r) => r.factor },
  { name: 'sign', type: 'text', value: (r) => r.sign },
  { name: 'note', type: 'text', value: (r) => r.note },
];

const COMMITMENT_COLUMNS: ColumnSpec<CommitmentRow>[] = [
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
  { name: 'created_at', type: 'timestamptz', value: (r) => r.createdAt.toISOString() },
  { name: 'updated_at', type: 'timestamptz', value: (r) => r.updatedAt.toISOString() },
  { name: 'created_by', type: 'uuid', value: (r) => r.createdBy },
  { name: 'updated_by', type: 'uuid', value: (r) => r.updatedBy },
  { name: 'version', type: 'integer', value: (r) => r.version },
];

const AUDIT_COLUMNS: ColumnSpec<AuditRow>[] = [
  { name: 'occurred_at', type: 'timestamptz', value: (r) => r.occurredAt.toISOString() },
  { name: 'actor_id', type: 'uuid', value: (r) => r.actorId },
  { name: 'entity_type', type: 'text', value: (r) => r.entityType },
  { name: 'entity_id', type: 'uuid', value: (r) => r.entityId },
  { name: 'action', type: 'text', value: (r) => r.action },
  { name: 'changes', type: 'jsonb', value: (r) => JSON.stringify(r.changes) },
  { name: 'partner_id', type: 'uuid', value: (r) => r.partnerId },
];
