import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { ProgramStatus, ValueDimension } from '@common-ground/domain';
import { DataSource } from 'typeorm';
import { preparedQuery } from '../../common/database/prepared-query';
import type { ImpactNoteRow } from '../impact-notes/impact-notes.repository';
import { PROGRAM_NOTES_SHOWN } from './dto/value.response.dto';
import type { ValueGroups, ValueNoteRows } from './value-rows';

export interface ValueProgramRow {
  id: string;
  title: string;
  status: ProgramStatus;
  starts_on: string;
  ends_on: string;
  archived: boolean;
}

/**
 * A program's value view, read from its own records: everything in use recorded for it, whenever dated (follow-up
 * surveys come weeks after). One program has a few sessions, results, lines and notes, each reached through its
 * program_id index, so there is nothing to keep ready (the partner view's kept figures are per partner).
 */
@Injectable()
export class ProgramValueRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async findProgram(id: string): Promise<ValueProgramRow | null> {
    const rows = await preparedQuery<ValueProgramRow>(
      this.dataSource,
      `SELECT id, title, status, starts_on::text AS starts_on, ends_on::text AS ends_on, archived_at IS NOT NULL AS archived
         FROM programs WHERE id = $1`,
      [id],
    );
    return rows[0] ?? null;
  }

  /**
   * Every figure in one statement, each part a JSON array of grouped rows, all in period 0:
   * - programs: the program itself, by status;
   * - sessions: its sessions in use, by format, whatever its status (those held before a cancellation count);
   * - outcomes: its results in use (a session's goes when its session is archived), per measure and timing;
   * - contributions: its actual lines in use by side, type and unit (the grain foldContributionTotals folds).
   */
  async figures(programId: string): Promise<ValueGroups> {
    const rows = await preparedQuery<ValueGroups>(
      this.dataSource,
      `SELECT
         (SELECT coalesce(json_agg(g), '[]') FROM (
            SELECT 0 AS period, p.status, 1 AS count FROM programs p WHERE p.id = $1) g) AS programs,
         (SELECT coalesce(json_agg(g), '[]') FROM (
            SELECT 0 AS period, s.format, count(*)::int AS sessions,
                   sum(s.attendance_age_0_5)::float8 AS "age-0-5", sum(s.attendance_age_6_11)::float8 AS "age-6-11",
                   sum(s.attendance_age_12_18)::float8 AS "age-12-18", sum(s.attendance_age_19_plus)::float8 AS "age-19-plus",
                   sum(s.attendance_general)::float8 AS general,
                   coalesce(sum(s.recorded_views), 0)::float8 AS recorded_views,
                   count(*) FILTER (WHERE s.audience_matched)::int AS audience_matched,
                   count(s.audience_matched)::int AS audience_recorded
              FROM program_sessions s
             WHERE s.program_id = $1 AND s.archived_at IS NULL
             GROUP BY s.format) g) AS sessions,
         (SELECT coalesce(json_agg(g), '[]') FROM (
            SELECT 0 AS period, r.measure, r.timing, count(*)::int AS results, sum(r.respondents)::float8 AS respondents,
                   sum(r.strongly_disagree)::float8 AS strongly_disagree, sum(r.disagree)::float8 AS disagree,
                   sum(r.neutral)::float8 AS neutral, sum(r.agree)::float8 AS agree,
                   sum(r.strongly_agree)::float8 AS strongly_agree, sum(r.non_responses)::float8 AS non_responses
              FROM outcome_results r
              LEFT JOIN program_sessions s ON s.id = r.session_id
             WHERE r.program_id = $1 AND r.archived_at IS NULL AND (r.session_id IS NULL OR s.archived_at IS NULL)
             GROUP BY r.measure, r.timing) g) AS outcomes,
         (SELECT coalesce(json_agg(g), '[]') FROM (
            SELECT 0 AS period, c.side, c.type, c.unit, count(*)::int AS count,
                   coalesce(sum(c.money_value), 0)::text AS money_value, sum(c.quantity)::text AS quantity
              FROM contributions c
             WHERE c.program_id = $1 AND c.stage = 'actual' AND c.archived_at IS NULL
             GROUP BY c.side, c.type, c.unit) g) AS contributions`,
      [programId],
    );
    return rows[0]!;
  }

  /**
   * The program's notes in use, newest first, at most PROGRAM_NOTES_SHOWN per value dimension, with how
   * many there are of each (IDX_impact_notes_program). Not filtered by consent: this is the staff app, and
   * consentToQuote travels with each note.
   */
  async notes(programId: string): Promise<ValueNoteRows> {
    const rows = await preparedQuery<ImpactNoteRow & { dimension_total: number }>(
      this.dataSource,
      `WITH ranked AS (
         SELECT n.*,
                row_number() OVER (PARTITION BY n.value_dimension ORDER BY n.noted_on DESC, n.created_at DESC, n.id DESC) AS position,
                count(*) OVER (PARTITION BY n.value_dimension)::int AS dimension_total
           FROM impact_notes n
          WHERE n.program_id = $1 AND n.archived_at IS NULL
       )
       SELECT n.id, n.kind, n.text, n.attribution, n.value_dimension, n.consent_to_quote, n.partner_id, pa.name AS partner_name,
              n.program_id, pr.title AS program_title, n.noted_on::text AS noted_on, n.source_url,
              n.created_at, n.updated_at, n.created_by, n.version, n.archived_at, n.dimension_total
         FROM ranked n
         LEFT JOIN partners pa ON pa.id = n.partner_id
         LEFT JOIN programs pr ON pr.id = n.program_id
        WHERE n.position <= $2
        ORDER BY n.value_dimension, n.position`,
      [programId, PROGRAM_NOTES_SHOWN],
    );
    const counts: Partial<Record<ValueDimension, number>> = {};
    for (const row of rows) counts[row.value_dimension] = row.dimension_total;
    return { rows, counts };
  }
}
