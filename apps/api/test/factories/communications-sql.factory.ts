import type { Channel, CommitmentStatus, Factor, FactorTagSign, Side } from '@common-ground/domain';
import { SUBSTANTIVE_BY_DEFAULT } from '@common-ground/domain';
import type { Sql } from './partner.factory';

/**
 * Communications, factor tags, commitments and their audit entries inserted directly with SQL (no service), so the
 * attention, timeline and digest suites do not depend on the communications API. Dates are whatever the test says:
 * pass them relative to the test clock.
 */

export interface CommunicationOverrides {
  occurredAt: Date;
  channel?: Channel;
  initiatedBy?: Side;
  twoWay?: boolean;
  /** Defaults by channel, as the API does. */
  substantive?: boolean;
  summary?: string;
  staffParticipantIds?: string[];
  contactParticipantIds?: string[];
  createdBy?: string | null;
  archivedAt?: Date | null;
}

export async function insertCommunication(db: Sql, partnerId: string, overrides: CommunicationOverrides): Promise<{ id: string }> {
  const channel = overrides.channel ?? 'meeting';
  const createdBy = overrides.createdBy ?? null;
  const rows = (await db.query(
    `INSERT INTO communications (partner_id, occurred_at, channel, initiated_by, two_way, substantive, summary,
                                 staff_participant_ids, contact_participant_ids, created_by, updated_by, version, archived_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $10, 1, $11)
     RETURNING id`,
    [
      partnerId,
      overrides.occurredAt,
      channel,
      overrides.initiatedBy ?? 'library',
      overrides.twoWay ?? true,
      overrides.substantive ?? SUBSTANTIVE_BY_DEFAULT[channel],
      overrides.summary ?? '',
      overrides.staffParticipantIds ?? (createdBy ? [createdBy] : []),
      overrides.contactParticipantIds ?? [],
      createdBy,
      overrides.archivedAt ?? null,
    ],
  )) as { id: string }[];
  return { id: rows[0]!.id };
}

export async function insertFactorTag(db: Sql, communicationId: string, factor: Factor, sign: FactorTagSign, note: string | null = null): Promise<void> {
  await db.query('INSERT INTO communication_factor_tags (communication_id, factor, sign, note) VALUES ($1, $2, $3, $4)', [communicationId, factor, sign, note]);
}

export interface CommitmentOverrides {
  description?: string;
  /** YYYY-MM-DD. */
  dueOn: string;
  communicationId?: string | null;
  ownerSide?: Side;
  ownerUserId?: string | null;
  ownerContactId?: string | null;
  status?: CommitmentStatus;
  /** Required by the schema when status is done; defaults to the due date. */
  completedOn?: string | null;
  createdBy?: string | null;
  archivedAt?: Date | null;
}

export async function insertCommitment(db: Sql, partnerId: string, overrides: CommitmentOverrides): Promise<{ id: string; description: string }> {
  const status = overrides.status ?? 'open';
  const description = overrides.description ?? 'Send the flyer';
  const rows = (await db.query(
    `INSERT INTO commitments (partner_id, communication_id, owner_side, owner_user_id, owner_contact_id, description, due_on, status,
                              completed_on, created_by, updated_by, version, archived_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $10, 1, $11)
     RETURNING id`,
    [
      partnerId,
      overrides.communicationId ?? null,
      overrides.ownerSide ?? 'library',
      overrides.ownerUserId ?? null,
      overrides.ownerContactId ?? null,
      description,
      overrides.dueOn,
      status,
      status === 'done' ? (overrides.completedOn ?? overrides.dueOn) : null,
      overrides.createdBy ?? null,
      overrides.archivedAt ?? null,
    ],
  )) as { id: string }[];
  return { id: rows[0]!.id, description };
}

export interface AuditEntryOverrides {
  entityType: 'partner' | 'contact' | 'goal' | 'agreement' | 'communication' | 'commitment';
  entityId: string;
  partnerId: string;
  action: 'create' | 'update' | 'archive' | 'restore';
  actorId: string | null;
  occurredAt: Date;
  changes: Record<string, { before: unknown; after: unknown }>;
}

/** An audit entry as the services write them (changed fields, before and after), at a time the test chooses. */
export async function insertAuditEntry(db: Sql, entry: AuditEntryOverrides): Promise<void> {
  await db.query(
    `INSERT INTO audit_entries (occurred_at, actor_id, entity_type, entity_id, action, changes, partner_id) VALUES ($1, $2, $3, $4, $5, $6, $7)`,
    [entry.occurredAt, entry.actorId, entry.entityType, entry.entityId, entry.action, JSON.stringify(entry.changes), entry.partnerId],
  );
}

/** A contact row for a partner, inserted directly. */
export async function insertContact(db: Sql, partnerId: string, name: string): Promise<{ id: string; name: string }> {
  const rows = (await db.query(`INSERT INTO contacts (partner_id, name, version) VALUES ($1, $2, 1) RETURNING id`, [partnerId, name])) as { id: string }[];
  return { id: rows[0]!.id, name };
}

/** An agreement row with a review date (YYYY-MM-DD), inserted directly. */
export async function insertAgreement(
  db: Sql,
  partnerId: string,
  overrides: { title?: string; reviewOn: string | null; archivedAt?: Date | null },
): Promise<{ id: string; title: string }> {
  const title = overrides.title ?? 'Memorandum of understanding';
  const rows = (await db.query(
    `INSERT INTO agreements (partner_id, kind, title, review_on, version, archived_at) VALUES ($1, 'mou', $2, $3, 1, $4) RETURNING id`,
    [partnerId, title, overrides.reviewOn, overrides.archivedAt ?? null],
  )) as { id: string }[];
  return { id: rows[0]!.id, title };
}

/** A goal row, inserted directly; never reviewed unless lastReviewedOn is given. createdAt defaults to now(). */
export async function insertGoal(
  db: Sql,
  partnerId: string,
  overrides: { text?: string; lastReviewedOn?: string | null; createdAt?: Date; archivedAt?: Date | null },
): Promise<{ id: string; text: string }> {
  const text = overrides.text ?? 'More teens at homework help';
  const rows = (await db.query(
    `INSERT INTO goals (partner_id, text, agreed_by, last_reviewed_on, created_at, version, archived_at)
     VALUES ($1, $2, 'both', $3, coalesce($4, now()), 1, $5) RETURNING id`,
    [partnerId, text, overrides.lastReviewedOn ?? null, overrides.createdAt ?? null, overrides.archivedAt ?? null],
  )) as { id: string }[];
  return { id: rows[0]!.id, text };
}

/** Sets a partner's created_at (a never-contacted partner counts its quiet days from it). */
export async function setPartnerCreatedAt(db: Sql, partnerId: string, createdAt: Date): Promise<void> {
  await db.query('UPDATE partners SET created_at = $2 WHERE id = $1', [partnerId, createdAt]);
}
