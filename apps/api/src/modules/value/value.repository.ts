import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { OutcomeMeasure, OutcomeTiming, ProgramStatus, SessionFormat } from '@common-ground/domain';
import { DataSource } from 'typeorm';
import { preparedQuery } from '../../common/database/prepared-query';
import { Params } from '../../common/database/sql-params';
import type { ContributionGroupRow } from '../contributions/contributions.repository';
import type { ImpactNoteRow } from '../impact-notes/impact-notes.repository';

/**
 * Whose value is read. A partner's: the programs in use where it has a role in use, and its own contributions and
 * notes. A program's: that one program (archived or not: you asked for it) and everything in use hanging off it.
 */
export type ValueScope = { partnerId: string } | { programId: string };

/**
 * A period as SQL compares it: days from `from` up to, not including, `before`. The program view passes
 * '-infinity'/'infinity' (PostgreSQL dates and timestamps take both), so one set of statements serves both views.
 */
export interface ValuePeriodBounds {
  from: string;
  before: string;
}

/** Rows carry the index of the period they fall in (0 = the asked-for period, 1 = the one before). */
interface InPeriod {
  period: number;
}

export interface ProgramStatusRow extends InPeriod {
  status: ProgramStatus;
  count: number;
}

export interface SessionFormatRow extends InPeriod {
  format: SessionFormat;
  sessions: number;
  'age-0-5': number;
  'age-6-11': number;
  'age-12-18': number;
  'age-19-plus': number;
  general: number;
  recorded_views: number;
  audience_matched: number;
  audience_recorded: number;
}

export interface OutcomeGroupRow extends InPeriod {
  measure: OutcomeMeasure;
  timing: OutcomeTiming;
  results: number;
  respondents: number;
  strongly_disagree: number;
  disagree: number;
  neutral: number;
  agree: number;
  strongly_agree: number;
  non_responses: number;
}

export type ContributionPeriodGroupRow = ContributionGroupRow & InPeriod;

export type ValueNoteRow = ImpactNoteRow & { dimension_total: number };

/** The grouped rows of every part of the figures, for all periods; value-figures.ts folds one period at a time. */
export interface ValueGroups {
  programs: ProgramStatusRow[];
  sessions: SessionFormatRow[];
  outcomes: OutcomeGroupRow[];
  contributions: ContributionPeriodGroupRow[];
}

export interface ValueProgramRow {
  id: string;
  title: string;
  status: ProgramStatus;
  starts_on: string;
  ends_on: string;
  archived: boolean;
}

/** Notes shown per value dimension; noteCounts tells the SPA how many more there are. */
export const NOTES_PER_DIMENSION = 100;

/**
 * The programs in scope: id, status and dates. For a partner, the semi-join starts from IDX_program_roles_partner
 * (partner_id, program_id) and reaches programs by primary key, so a partner with two roles in one program counts
 * it once, and a program where its only role is archived is not its program.
 */
function scopeProgramsSql(scope: ValueScope, params: Params): string {
  if ('partnerId' in scope) {
    return `SELECT p.id, p.status, p.starts_on, p.ends_on FROM programs p
             WHERE p.archived_at IS NULL
               AND p.id IN (SELECT r.program_id FROM program_roles r
                             WHERE r.partner_id = ${params.add(scope.partnerId)}::uuid AND r.archived_at IS NULL)`;
  }
  return `SELECT p.id, p.status, p.starts_on, p.ends_on FROM programs p WHERE p.id = ${params.add(scope.programId)}::uuid`;
}

/** The periods as a VALUES list `per(period, starts_on, ends_before)` to join on. */
function periodsSql(periods: readonly ValuePeriodBounds[], params: Params): string {
  const rows = periods.map((p, index) => `(${index}, ${params.add(p.from)}::date, ${params.add(p.before)}::date)`);
  return `(VALUES ${rows.join(', ')}) AS per(period, starts_on, ends_before)`;
}

/** A day as the start of that day in UTC: sessions are placed on their UTC day everywhere (calendar, date checks). */
const utcStart = (day: string) => `(${day}::timestamp AT TIME ZONE 'UTC')`;

/**
 * The value view's reads: two set-based statements (the figures, grouped by period so the year and the year
 * before come back together, and the notes), besides the partner or program lookup. Sums of counts are float8
 * (exact for whole numbers far beyond any library's attendance, and read as numbers both from JSON and from
 * node-postgres, which reads bigint as text); money stays numeric and comes back as text, as the ledger's does.
 */
@Injectable()
export class ValueRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The figures' statements cost more to plan than to run (about 2 ms against 1 ms): see preparedQuery. */
  private prepared<T>(text: string, values: unknown[]): Promise<T[]> {
    return preparedQuery<T>(this.dataSource, text, values);
  }

  async findProgram(id: string): Promise<ValueProgramRow | null> {
    const rows: ValueProgramRow[] = await this.dataSource.query(
      `SELECT id, title, status, starts_on::text AS starts_on, ends_on::text AS ends_on, archived_at IS NOT NULL AS archived
         FROM programs WHERE id = $1`,
      [id],
    );
    return rows[0] ?? null;
  }

  /**
   * Every figure of every period in ONE statement: the programs in scope are found once (a MATERIALIZED CTE) and
   * each part aggregates over them, coming back as a JSON array of grouped rows (at most a few dozen per part).
   * One statement rather than four because planning, not execution, is most of the cost of statements this small
   * (each runs in well under a millisecond through its index), and the semi-join over the partner's roles would
   * otherwise be planned and run four times.
   *
   * - programs: programs in scope whose dates overlap the period, by status (one over New Year counts in both);
   * - sessions: sessions in use of those programs on a UTC day in the period, by format, whatever the program's
   *   status (a session in use is one that happened, so those held before a series was cancelled still count),
   *   through IDX_program_sessions_program (program_id, starts_at);
   * - outcomes: results in use, dated by collectedOn, else their session's day, else their program's end date,
   *   so each counts in exactly one year; a session's result goes when its session is archived
   *   (IDX_outcome_results_program);
   * - contributions: actual lines in use by side, type and unit (the grain foldContributionTotals folds). A
   *   partner's: lines naming it (either side), by contributedOn through IDX_contributions_partner, not those of
   *   an archived program. A program's: every line of it (IDX_contributions_program).
   */
  async figures(scope: ValueScope, periods: readonly ValuePeriodBounds[]): Promise<ValueGroups> {
    const params = new Params();
    const programs = scopeProgramsSql(scope, params);
    const per = periodsSql(periods, params);
    const contributionOwner =
      'partnerId' in scope
        ? `c.partner_id = ${params.add(scope.partnerId)}::uuid AND (c.program_id IS NULL OR p.archived_at IS NULL)`
        : `c.program_id = ${params.add(scope.programId)}::uuid`;
    const outcomeDay = `coalesce(r.collected_on, (s.starts_at AT TIME ZONE 'UTC')::date, sp.ends_on)`;
    const rows = await this.prepared<ValueGroups>(
      `WITH scope_programs AS MATERIALIZED (${programs}),
       per AS MATERIALIZED (SELECT * FROM ${per}),
       program_groups AS (
         SELECT per.period, sp.status, count(*)::int AS count
           FROM scope_programs sp
           JOIN per ON sp.starts_on < per.ends_before AND sp.ends_on >= per.starts_on
          GROUP BY per.period, sp.status
       ),
       session_groups AS (
         SELECT per.period, s.format, count(*)::int AS sessions,
                sum(s.attendance_age_0_5)::float8 AS "age-0-5", sum(s.attendance_age_6_11)::float8 AS "age-6-11",
                sum(s.attendance_age_12_18)::float8 AS "age-12-18", sum(s.attendance_age_19_plus)::float8 AS "age-19-plus",
                sum(s.attendance_general)::float8 AS general,
                coalesce(sum(s.recorded_views), 0)::float8 AS recorded_views,
                count(*) FILTER (WHERE s.audience_matched)::int AS audience_matched,
                count(s.audience_matched)::int AS audience_recorded
           FROM scope_programs sp
           JOIN program_sessions s ON s.program_id = sp.id AND s.archived_at IS NULL
           JOIN per ON s.starts_at >= ${utcStart('per.starts_on')} AND s.starts_at < ${utcStart('per.ends_before')}
          GROUP BY per.period, s.format
       ),
       outcome_groups AS (
         SELECT per.period, r.measure, r.timing, count(*)::int AS results, sum(r.respondents)::float8 AS respondents,
                sum(r.strongly_disagree)::float8 AS strongly_disagree, sum(r.disagree)::float8 AS disagree,
                sum(r.neutral)::float8 AS neutral, sum(r.agree)::float8 AS agree,
                sum(r.strongly_agree)::float8 AS strongly_agree, sum(r.non_responses)::float8 AS non_responses
           FROM scope_programs sp
           JOIN outcome_results r ON r.program_id = sp.id AND r.archived_at IS NULL
           LEFT JOIN program_sessions s ON s.id = r.session_id
           JOIN per ON ${outcomeDay} >= per.starts_on AND ${outcomeDay} < per.ends_before
          WHERE r.session_id IS NULL OR s.archived_at IS NULL
          GROUP BY per.period, r.measure, r.timing
       ),
       contribution_groups AS (
         SELECT per.period, c.side, c.type, c.unit, count(*)::int AS count,
                coalesce(sum(c.money_value), 0)::text AS money_value, sum(c.quantity)::text AS quantity
           FROM contributions c
           LEFT JOIN programs p ON p.id = c.program_id
           JOIN per ON c.contributed_on >= per.starts_on AND c.contributed_on < per.ends_before
          WHERE ${contributionOwner} AND c.stage = 'actual' AND c.archived_at IS NULL
          GROUP BY per.period, c.side, c.type, c.unit
       )
       SELECT (SELECT coalesce(json_agg(g), '[]') FROM program_groups g) AS programs,
              (SELECT coalesce(json_agg(g), '[]') FROM session_groups g) AS sessions,
              (SELECT coalesce(json_agg(g), '[]') FROM outcome_groups g) AS outcomes,
              (SELECT coalesce(json_agg(g), '[]') FROM contribution_groups g) AS contributions`,
      params.values,
    );
    return rows[0]!;
  }

  /**
   * Impact notes in use noted in the period, newest first, at most NOTES_PER_DIMENSION per value dimension, each
   * with its dimension's total. A partner's: its own notes (IDX_impact_notes_partner) and notes of its programs
   * that name no partner (IDX_impact_notes_program), a note of an archived program left out. Not filtered by
   * consent: this is the staff app, and consentToQuote travels with each note.
   */
  async notes(scope: ValueScope, period: ValuePeriodBounds): Promise<ValueNoteRow[]> {
    const params = new Params();
    const from = `${params.add(period.from)}::date`;
    const before = `${params.add(period.before)}::date`;
    const live = `n.archived_at IS NULL AND n.noted_on >= ${from} AND n.noted_on < ${before}`;
    const columns = `n.id, n.kind, n.text, n.attribution, n.value_dimension, n.consent_to_quote, n.partner_id, n.program_id,
                     n.noted_on, n.source_url, n.created_at, n.updated_at, n.created_by, n.version, n.archived_at`;
    // Two branches rather than one OR, so each is an index scan of its own.
    const candidates =
      'partnerId' in scope
        ? `SELECT ${columns} FROM impact_notes n WHERE n.partner_id = ${params.add(scope.partnerId)}::uuid AND ${live}
           UNION ALL
           SELECT ${columns} FROM impact_notes n
            WHERE n.partner_id IS NULL AND n.program_id IN (SELECT sp.id FROM (${scopeProgramsSql(scope, params)}) sp) AND ${live}`
        : `SELECT ${columns} FROM impact_notes n WHERE n.program_id = ${params.add(scope.programId)}::uuid AND ${live}`;
    // The viewed program's own notes whatever its state; a partner's notes of an archived program go with it.
    const programLive = 'partnerId' in scope ? 'WHERE pr.archived_at IS NULL' : '';
    return this.prepared<ValueNoteRow>(
      `WITH ranked AS (
         SELECT n.*, pr.title AS program_title,
                row_number() OVER (PARTITION BY n.value_dimension ORDER BY n.noted_on DESC, n.created_at DESC, n.id DESC) AS position,
                count(*) OVER (PARTITION BY n.value_dimension)::int AS dimension_total
           FROM (${candidates}) n
           LEFT JOIN programs pr ON pr.id = n.program_id
           ${programLive}
       )
       SELECT n.id, n.kind, n.text, n.attribution, n.value_dimension, n.consent_to_quote, n.partner_id, pa.name AS partner_name,
              n.program_id, n.program_title, n.noted_on::text AS noted_on, n.source_url,
              n.created_at, n.updated_at, n.created_by, n.version, n.archived_at, n.dimension_total
         FROM ranked n
         LEFT JOIN partners pa ON pa.id = n.partner_id
        WHERE n.position <= ${NOTES_PER_DIMENSION}
        ORDER BY n.value_dimension, n.position`,
      params.values,
    );
  }
}
