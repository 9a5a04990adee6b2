import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { preparedQuery } from '../../common/database/prepared-query';
import type { PageRequest } from '../../common/pagination/page';
import { buildProgramListQuery, buildProgramViewQuery, type ProgramListFilter, type ProgramRow } from './program-list.query';

export interface ProgramListTotals {
  programs: number;
  sessions: number;
  attendance: number;
}

/** One entry of the month calendar: a live session, or a program without live sessions on its start date. */
export interface CalendarRow {
  day: string;
  program_id: string;
  title: string;
  status: string;
  session_id: string | null;
  starts_at: Date | null;
}

/**
 * Reads programs as the API shows them: with partners and session totals, each read in one statement, prepared (see
 * preparedQuery): the list's statement took ~0.7 ms to plan, and the program page's 0.1 ms statement about 0.3 ms.
 */
@Injectable()
export class ProgramViewsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async list(filter: ProgramListFilter, page: PageRequest): Promise<{ rows: ProgramRow[]; totals: ProgramListTotals }> {
    const { sql, params } = buildProgramListQuery(filter, page);
    const rows = await preparedQuery<ProgramRow & { total_programs: number; total_sessions: number; total_attendance: number }>(this.dataSource, sql, params);
    const first = rows[0];
    const totals = { programs: first?.total_programs ?? 0, sessions: first?.total_sessions ?? 0, attendance: first?.total_attendance ?? 0 };
    // A page past the end comes back as the totals row alone, its program columns null.
    return { rows: rows.filter((row) => row.id !== null), totals };
  }

  /** One program, archived or not, as the list shows it; null when there is none. */
  async findView(id: string, db?: EntityManager): Promise<ProgramRow | null> {
    const { sql, params } = buildProgramViewQuery(id);
    const rows = await preparedQuery<ProgramRow>(this.dataSource, sql, params, db);
    return rows[0] ?? null;
  }

  /**
   * The month calendar: live sessions of live programs whose UTC day falls in [first, next), and live programs with
   * no live session on their start date in the range. Programs are found by their dates (a live session always lies
   * within its program's dates: the API refuses anything else), then their sessions through IDX_program_sessions_program.
   */
  async calendar(first: string, next: string): Promise<CalendarRow[]> {
    return preparedQuery<CalendarRow>(
      this.dataSource,
      `WITH month_programs AS (
         SELECT p.id, p.title, p.status, p.starts_on FROM programs p
          WHERE p.archived_at IS NULL AND p.starts_on < $2::date AND p.ends_on >= $1::date
       )
       SELECT (s.starts_at AT TIME ZONE 'UTC')::date::text AS day, mp.id AS program_id, mp.title, mp.status,
              s.id AS session_id, s.starts_at
         FROM month_programs mp
         JOIN program_sessions s ON s.program_id = mp.id AND s.archived_at IS NULL
          AND s.starts_at >= ($1::date)::timestamp AT TIME ZONE 'UTC' AND s.starts_at < ($2::date)::timestamp AT TIME ZONE 'UTC'
       UNION ALL
       SELECT mp.starts_on::text, mp.id, mp.title, mp.status, NULL, NULL
         FROM month_programs mp
        WHERE mp.starts_on >= $1::date
          AND NOT EXISTS (SELECT 1 FROM program_sessions s WHERE s.program_id = mp.id AND s.archived_at IS NULL)
       ORDER BY 1, 6 NULLS FIRST, 3, 2`,
      [first, next],
    );
  }
}
