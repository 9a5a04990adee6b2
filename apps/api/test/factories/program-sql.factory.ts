import { randomUUID } from 'node:crypto';
import type { Sql } from './partner.factory';

/**
 * Programs and sessions inserted directly with SQL (no service, no audit entry), so the contributions, outcome
 * results and impact notes suites do not depend on the programs API.
 */

export interface ProgramOverrides {
  title?: string;
  /** YYYY-MM-DD. */
  startsOn?: string;
  endsOn?: string;
  createdBy?: string | null;
  archivedAt?: Date | null;
}

export interface InsertedProgram {
  id: string;
  title: string;
}

export async function insertProgram(db: Sql, overrides: ProgramOverrides = {}): Promise<InsertedProgram> {
  const title = overrides.title ?? `Test Program ${randomUUID().slice(0, 8)}`;
  const startsOn = overrides.startsOn ?? '2026-03-03';
  const rows = (await db.query(
    `INSERT INTO programs (title, topic, primary_outcome, development_model, format, location, library_role, starts_on, ends_on,
                           created_by, updated_by, version, archived_at)
     VALUES ($1, 'health-wellness', 'resource-awareness', 'with-partner', 'fair-festival', 'library', 'co-sponsor', $2, $3, $4, $4, 1, $5)
     RETURNING id`,
    [title, startsOn, overrides.endsOn ?? startsOn, overrides.createdBy ?? null, overrides.archivedAt ?? null],
  )) as { id: string }[];
  return { id: rows[0]!.id, title };
}

/** Archives (or with `null`, restores) a program row directly, bumping its version as the service would. */
export async function setProgramArchived(db: Sql, programId: string, archivedAt: Date | null = new Date()): Promise<void> {
  await db.query('UPDATE programs SET archived_at = $2, version = version + 1 WHERE id = $1', [programId, archivedAt]);
}

/** A session of a program, in person on site, with no attendance. */
export async function insertSession(db: Sql, programId: string, overrides: { startsAt?: Date; archivedAt?: Date | null } = {}): Promise<{ id: string }> {
  const rows = (await db.query(
    `INSERT INTO program_sessions (program_id, starts_at, format, version, archived_at)
     VALUES ($1, $2, 'in-person-onsite', 1, $3) RETURNING id`,
    [programId, overrides.startsAt ?? new Date('2026-03-03T17:00:00Z'), overrides.archivedAt ?? null],
  )) as { id: string }[];
  return { id: rows[0]!.id };
}
