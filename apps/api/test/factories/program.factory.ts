import type { LibraryRole, ProgramRole, ProgramStatus, SessionFormat } from '@common-ground/domain';
import { randomUUID } from 'node:crypto';
import type { Sql } from './partner.factory';

export interface ProgramOverrides {
  title?: string;
  topic?: string;
  libraryRole?: LibraryRole;
  startsOn?: string;
  endsOn?: string;
  status?: ProgramStatus;
  statusReason?: string | null;
  createdBy?: string | null;
  archivedAt?: Date | null;
}

export interface InsertedProgram {
  id: string;
  title: string;
  startsOn: string;
  endsOn: string;
}

/**
 * A program row inserted directly with SQL (no service, no audit entry), with a unique title unless one is given.
 * For tests of records that belong to a program, and of lists, independent of the programs API.
 */
export async function insertProgram(db: Sql, overrides: ProgramOverrides = {}): Promise<InsertedProgram> {
  const title = overrides.title ?? `Test Program ${randomUUID().slice(0, 8)}`;
  const startsOn = overrides.startsOn ?? '2026-03-03';
  const endsOn = overrides.endsOn ?? startsOn;
  const status = overrides.status ?? 'planned';
  const rows = (await db.query(
    `INSERT INTO programs (title, topic, primary_outcome, development_model, format, location, library_role, starts_on, ends_on,
                           status, status_reason, created_by, updated_by, version, archived_at)
     VALUES ($1, $2, 'new-knowledge', 'with-partner', 'workshop-class', 'library', $3, $4, $5, $6, $7, $8, $8, 1, $9)
     RETURNING id`,
    [
      title,
      overrides.topic ?? 'lifelong-learning',
      overrides.libraryRole ?? 'sponsor',
      startsOn,
      endsOn,
      status,
      overrides.statusReason ?? (status === 'cancelled' || status === 'postponed' ? 'other' : null),
      overrides.createdBy ?? null,
      overrides.archivedAt ?? null,
    ],
  )) as { id: string }[];
  return { id: rows[0]!.id, title, startsOn, endsOn };
}

export interface SessionOverrides {
  startsAt?: string;
  format?: SessionFormat;
  /** Attendance per age band: [0–5, 6–11, 12–18, 19+, general]. */
  attendance?: [number, number, number, number, number];
  recordedViews?: number | null;
  audienceMatched?: boolean | null;
  createdBy?: string | null;
  archivedAt?: Date | null;
}

/** A session row inserted directly with SQL (no checks, no audit entry). */
export async function insertSession(db: Sql, programId: string, overrides: SessionOverrides = {}): Promise<{ id: string }> {
  const [a0, a6, a12, a19, general] = overrides.attendance ?? [0, 0, 0, 0, 0];
  const rows = (await db.query(
    `INSERT INTO program_sessions (program_id, starts_at, format, attendance_age_0_5, attendance_age_6_11, attendance_age_12_18,
                                   attendance_age_19_plus, attendance_general, recorded_views, audience_matched,
                                   created_by, updated_by, version, archived_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $11, 1, $12)
     RETURNING id`,
    [
      programId,
      overrides.startsAt ?? '2026-03-03T18:00:00Z',
      overrides.format ?? 'in-person-onsite',
      a0,
      a6,
      a12,
      a19,
      general,
      overrides.recordedViews ?? null,
      overrides.audienceMatched ?? null,
      overrides.createdBy ?? null,
      overrides.archivedAt ?? null,
    ],
  )) as { id: string }[];
  return { id: rows[0]!.id };
}

/** A role row inserted directly with SQL (no checks, no audit entry). */
export async function insertRole(
  db: Sql,
  programId: string,
  partnerId: string,
  role: ProgramRole,
  overrides: { archivedAt?: Date | null; createdBy?: string | null } = {},
): Promise<{ id: string }> {
  const rows = (await db.query(
    `INSERT INTO program_roles (program_id, partner_id, role, created_by, updated_by, version, archived_at)
     VALUES ($1, $2, $3, $4, $4, 1, $5) RETURNING id`,
    [programId, partnerId, role, overrides.createdBy ?? null, overrides.archivedAt ?? null],
  )) as { id: string }[];
  return { id: rows[0]!.id };
}

/** A contact row of a partner, inserted directly with SQL. */
export async function insertContact(db: Sql, partnerId: string, name: string, archivedAt: Date | null = null): Promise<{ id: string; name: string }> {
  const rows = (await db.query(
    'INSERT INTO contacts (partner_id, name, version, archived_at) VALUES ($1, $2, 1, $3) RETURNING id',
    [partnerId, name, archivedAt],
  )) as { id: string }[];
  return { id: rows[0]!.id, name };
}

/** Sets a program's archived_at directly, bumping its version as the service would. */
export async function setProgramArchived(db: Sql, programId: string, archivedAt: Date | null = new Date()): Promise<void> {
  await db.query('UPDATE programs SET archived_at = $2, version = version + 1 WHERE id = $1', [programId, archivedAt]);
}

/** The body of a valid new program: the required fields, with a unique title unless one is given. */
export function programBody(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    title: `Program ${randomUUID().slice(0, 8)}`,
    topic: 'health-wellness',
    primaryOutcome: 'new-knowledge',
    developmentModel: 'with-partner',
    format: 'fair-festival',
    location: 'library',
    libraryRole: 'co-sponsor',
    startsOn: '2026-03-03',
    ...overrides,
  };
}
