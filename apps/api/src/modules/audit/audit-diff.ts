import type { AuditChanges } from './audit-entry.entity';

/** Fields never copied into the log; their change is recorded, their value is not. */
const REDACTED_FIELDS = new Set(['passwordHash', 'password', 'tokenHash']);
/** Bookkeeping that changes on every write and says nothing about what a person did. */
const IGNORED_FIELDS = new Set(['updatedAt', 'updatedBy', 'version', 'createdAt', 'createdBy']);

function normalise(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString();
  if (value === undefined) return null;
  return value;
}

/**
 * The fields that differ between two snapshots of a record, with before and after values.
 * `before` is undefined for a newly created record (every field counts as changed).
 */
export function auditChanges(before: Record<string, unknown> | undefined, after: Record<string, unknown>): AuditChanges {
  const changes: AuditChanges = {};
  const fields = new Set([...Object.keys(before ?? {}), ...Object.keys(after)]);
  for (const field of fields) {
    if (IGNORED_FIELDS.has(field)) continue;
    const was = normalise(before?.[field]);
    const now = normalise(after[field]);
    if (JSON.stringify(was) === JSON.stringify(now)) continue;
    changes[field] = REDACTED_FIELDS.has(field) ? { before: before ? '(hidden)' : null, after: '(changed)' } : { before: was, after: now };
  }
  return changes;
}
