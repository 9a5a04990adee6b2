import type { EntityManager } from 'typeorm';
import type { AuditAction } from '../../modules/audit/audit-entry.entity';
import type { AuditLogService } from '../../modules/audit/audit-log.service';
import type { StaffMember } from '../auth/staff-member';
import { notFound, staleVersion } from '../problem/domain-error';

/** How a kind of record is named in messages and written to the audit log when it changes. */
export interface AuditedRecordKind<R> {
  /** The record in messages: "We could not find that {what}", "Someone else saved a change to this {what}…". */
  what: string;
  /** The audit entry's entityType. */
  entityType: string;
  /** What the audit log compares; a change that leaves it as it was is no change. */
  snapshot: (record: R) => Record<string, unknown>;
  /** The partner whose timeline shows the change, or null for none. */
  partnerOf: (record: R) => string | null;
}

/** An edit, archive or restore of one record, by `actor`, of the version they last read. */
export interface RecordChange<R> {
  actor: StaffMember;
  action: AuditAction;
  version: number;
  apply: (record: R, db: EntityManager) => Promise<void>;
  /** Writes the changed record: the repository's save, or one that puts a unique violation into words. */
  save: (record: R) => Promise<R>;
}

/**
 * The shared heart of every edit, archive and restore, run inside the caller's transaction on the record as loaded
 * under lock (so two changes of one record are applied one after the other): check the version the caller saw,
 * apply, then stamp, save and audit. Nothing changed (an edit that repeats the stored values, archiving twice): no
 * new version, no audit entry. Answers the saved record, or the record as it stands when nothing changed.
 */
export async function applyRecordChange<R extends { id: string; version: number; updatedBy: string | null }>(
  db: EntityManager,
  audit: AuditLogService,
  kind: AuditedRecordKind<R>,
  record: R | null,
  change: RecordChange<R>,
): Promise<R> {
  if (!record) throw notFound(kind.what);
  if (record.version !== change.version) throw staleVersion(kind.what);
  const before = kind.snapshot(record);
  await change.apply(record, db);
  if (JSON.stringify(before) === JSON.stringify(kind.snapshot(record))) return record;
  record.updatedBy = change.actor.id;
  const saved = await change.save(record);
  await audit.record(db, {
    actorId: change.actor.id,
    entityType: kind.entityType,
    entityId: saved.id,
    action: change.action,
    partnerId: kind.partnerOf(saved),
    before,
    after: kind.snapshot(saved),
  });
  return saved;
}
