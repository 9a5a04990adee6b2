import type {
  AgeBand,
  ContributionType,
  ContributionUnit,
  ImpactNoteKind,
  OutcomeMeasure,
  OutcomeTiming,
  ProgramRole,
  ProgramStatus,
  ProgramStatusReason,
  SessionFormat,
  Side,
  ValueDimension,
} from '@common-ground/domain';
import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { VALUE_FIGURE_TABLES } from '../../../../migrations/1764633600000-value-view-figures';
import type { Sql } from './partner.factory';

/**
 * The records the value view reads, inserted directly with SQL (no service, no audit entry), so its suite recomputes
 * every figure from rows it controls and does not depend on the programs, sessions, contributions, outcomes or
 * notes APIs (some still being built in parallel). Every insert takes `archivedAt` so "only records in use count"
 * can be tested.
 */

const ARCHIVED = new Date('2025-12-01T00:00:00Z');
/** Pass as `archivedAt` to insert an archived record. */
export const archived = (): Date => ARCHIVED;

async function insertReturningId(db: Sql, sql: string, params: unknown[]): Promise<string> {
  const rows = (await db.query(sql, params)) as { id: string }[];
  return rows[0]!.id;
}

export interface ValueProgramInput {
  title?: string;
  status?: ProgramStatus;
  /** Required by the schema for cancelled and postponed; defaulted to 'other' then. */
  statusReason?: ProgramStatusReason;
  startsOn: string;
  endsOn?: string;
  archivedAt?: Date | null;
}

export async function insertValueProgram(db: Sql, input: ValueProgramInput): Promise<string> {
  const status = input.status ?? 'held';
  const reason = status === 'cancelled' || status === 'postponed' ? (input.statusReason ?? 'other') : null;
  return insertReturningId(
    db,
    `INSERT INTO programs (title, topic, primary_outcome, development_model, format, location, library_role, starts_on, ends_on,
                           status, status_reason, version, archived_at)
     VALUES ($1, 'health-wellness', 'new-knowledge', 'with-partner', 'workshop-class', 'library', 'co-sponsor', $2, $3, $4, $5, 1, $6)
     RETURNING id`,
    [input.title ?? `Value program ${randomUUID().slice(0, 8)}`, input.startsOn, input.endsOn ?? input.startsOn, status, reason, input.archivedAt ?? null],
  );
}

export async function insertValueRole(db: Sql, programId: string, partnerId: string, role: ProgramRole, archivedAt: Date | null = null): Promise<string> {
  return insertReturningId(
    db,
    `INSERT INTO program_roles (program_id, partner_id, role, version, archived_at) VALUES ($1, $2, $3, 1, $4) RETURNING id`,
    [programId, partnerId, role, archivedAt],
  );
}

export interface ValueSessionInput {
  /** ISO instant, e.g. 2025-03-05T17:00:00Z. */
  startsAt: string;
  format: SessionFormat;
  attendance?: Partial<Record<AgeBand, number>>;
  recordedViews?: number | null;
  audienceMatched?: boolean | null;
  archivedAt?: Date | null;
}

export async function insertValueSession(db: Sql, programId: string, input: ValueSessionInput): Promise<string> {
  const a = input.attendance ?? {};
  return insertReturningId(
    db,
    `INSERT INTO program_sessions (program_id, starts_at, format, attendance_age_0_5, attendance_age_6_11, attendance_age_12_18,
                                   attendance_age_19_plus, attendance_general, recorded_views, audience_matched, version, archived_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, 1, $11) RETURNING id`,
    [
      programId,
      input.startsAt,
      input.format,
      a['age-0-5'] ?? 0,
      a['age-6-11'] ?? 0,
      a['age-12-18'] ?? 0,
      a['age-19-plus'] ?? 0,
      a.general ?? 0,
      input.recordedViews ?? null,
      input.audienceMatched ?? null,
      input.archivedAt ?? null,
    ],
  );
}

export interface ValueContributionInput {
  side: Side;
  partnerId?: string | null;
  programId?: string | null;
  type: ContributionType;
  stage?: 'planned' | 'actual';
  quantity?: number | null;
  unit?: ContributionUnit | null;
  moneyValue?: number | null;
  /** A volunteer line valued at a rate: stored with it, as the contributions API does. */
  rate?: number | null;
  contributedOn: string;
  archivedAt?: Date | null;
}

export async function insertValueContribution(db: Sql, input: ValueContributionInput): Promise<string> {
  const rate = input.rate ?? null;
  return insertReturningId(
    db,
    `INSERT INTO contributions (side, partner_id, program_id, type, stage, quantity, unit, money_value, rate, rate_source, rate_year,
                                contributed_on, version, archived_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, 1, $13) RETURNING id`,
    [
      input.side,
      input.partnerId ?? null,
      input.programId ?? null,
      input.type,
      input.stage ?? 'actual',
      input.quantity ?? null,
      input.unit ?? null,
      input.moneyValue ?? null,
      rate,
      rate === null ? null : 'Independent Sector, national value of volunteer time',
      rate === null ? null : 2024,
      input.contributedOn,
      input.archivedAt ?? null,
    ],
  );
}

export interface ValueOutcomeInput {
  sessionId?: string | null;
  timing: OutcomeTiming;
  measure: OutcomeMeasure;
  /** Answers per option, in order: strongly disagree, disagree, neutral, agree, strongly agree. */
  counts: [number, number, number, number, number];
  nonResponses: number;
  collectedOn?: string | null;
  archivedAt?: Date | null;
}

/** respondents = the answers plus the non-responses, as the schema requires. */
export async function insertValueOutcome(db: Sql, programId: string, input: ValueOutcomeInput): Promise<string> {
  const [sd, d, n, a, sa] = input.counts;
  return insertReturningId(
    db,
    `INSERT INTO outcome_results (program_id, session_id, timing, measure, respondents, strongly_disagree, disagree, neutral, agree,
                                  strongly_agree, non_responses, collected_on, version, archived_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, 1, $13) RETURNING id`,
    [
      programId,
      input.sessionId ?? null,
      input.timing,
      input.measure,
      sd + d + n + a + sa + input.nonResponses,
      sd,
      d,
      n,
      a,
      sa,
      input.nonResponses,
      input.collectedOn ?? null,
      input.archivedAt ?? null,
    ],
  );
}

export interface ValueNoteInput {
  partnerId?: string | null;
  programId?: string | null;
  kind?: ImpactNoteKind;
  dimension: ValueDimension;
  consentToQuote?: boolean;
  notedOn: string;
  text?: string;
  archivedAt?: Date | null;
}

export async function insertValueNote(db: Sql, input: ValueNoteInput): Promise<string> {
  return insertReturningId(
    db,
    `INSERT INTO impact_notes (kind, text, value_dimension, consent_to_quote, partner_id, program_id, noted_on, version, archived_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, 1, $8) RETURNING id`,
    [
      input.kind ?? 'story',
      input.text ?? `Note ${randomUUID().slice(0, 8)}`,
      input.dimension,
      input.consentToQuote ?? false,
      input.partnerId ?? null,
      input.programId ?? null,
      input.notedOn,
      input.archivedAt ?? null,
    ],
  );
}

/**
 * The partner value view's kept figures (migration 1764633600000) as they are, and as value_figures_rebuild()
 * recomputes them from the records, each table's rows as sorted JSON text. Rows whose sums have all come back to
 * zero are left out of the kept side (a recount never writes them). The rebuild runs in a transaction that is rolled
 * back, so the kept tables are left as the triggers made them.
 */
export async function keptAndRebuiltValueFigures(db: DataSource): Promise<{ kept: Record<string, string[]>; rebuilt: Record<string, string[]> }> {
  const runner = db.createQueryRunner();
  await runner.connect();
  try {
    await runner.startTransaction();
    const tables = (await runner.query(
      `SELECT c.relname AS name,
              array(SELECT a.attname::text FROM pg_attribute a
                     WHERE a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
                       AND a.attnum <> ALL (SELECT unnest(i.indkey)) ORDER BY a.attnum) AS others
         FROM pg_class c JOIN pg_index i ON i.indrelid = c.oid AND i.indisprimary
        WHERE c.relname = ANY($1::text[]) ORDER BY c.relname`,
      [[...VALUE_FIGURE_TABLES]],
    )) as { name: string; others: string[] }[];
    const snapshot = async (): Promise<Record<string, string[]>> => {
      const result: Record<string, string[]> = {};
      for (const table of tables) {
        const rows = (await runner.query(`SELECT to_jsonb(t)::text AS row FROM ${table.name} t ORDER BY 1`)) as { row: string }[];
        result[table.name] = rows
          .map((r) => r.row)
          .filter((row) => {
            const values = table.others.map((column) => (JSON.parse(row) as Record<string, unknown>)[column]);
            return values.length === 0 || !values.every((value) => value === 0);
          });
      }
      return result;
    };
    const kept = await snapshot();
    await runner.query('SELECT value_figures_rebuild()');
    const rebuilt = await snapshot();
    return { kept, rebuilt };
  } finally {
    await runner.rollbackTransaction().catch(() => undefined);
    await runner.release();
  }
}
