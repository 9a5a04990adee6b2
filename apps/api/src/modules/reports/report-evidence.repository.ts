import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { EvidenceKind } from '@common-ground/domain';
import { DataSource } from 'typeorm';
import { preparedQuery } from '../../common/database/prepared-query';
import { Params } from '../../common/database/sql-params';
import type { PageRequest } from '../../common/pagination/page';
import type { EvidenceBreakdown } from './evidence-source';
import { type ReportSqlFilter, reportScopeCtes } from './report-scope.sql';

/** One record behind a figure; `facts` holds what its detail is written from (per kind). */
export interface EvidenceRow {
  id: string;
  date: string;
  title: string;
  value: string | null;
  program_id: string | null;
  partner_id: string | null;
  facts: Record<string, unknown>;
}

export interface EvidenceRows {
  total: number;
  /** Sum of the records' values (numeric text); null when the kind has none. */
  value_total: string | null;
  items: EvidenceRow[];
  /** The name of the partner the list is narrowed to, if any. */
  partner_name: string | null;
}

/** Kinds whose records each add an amount to their figure (attendance, answered, dollars). */
const VALUED: readonly EvidenceKind[] = ['programs', 'sessions', 'outcome-results', 'contributions'];

/**
 * The records of one figure: its kind's rows from the report's common table expressions (the same ones the figures
 * are counted from), narrowed by the breakdown; their count and the sum of their values over all of them, and one
 * page newest first. One statement; its text varies with the filters present, each shape a prepared statement.
 */
@Injectable()
export class ReportEvidenceRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async list(filter: ReportSqlFilter, breakdown: EvidenceBreakdown, page: PageRequest): Promise<EvidenceRows> {
    const params = new Params();
    const ctes = reportScopeCtes(params, filter);
    const records = recordsSql(params, breakdown, ctes.to);
    const valueTotal = VALUED.includes(breakdown.kind) ? `coalesce(sum(value), 0)::text` : 'sum(value)::text';
    const partnerName = breakdown.partner ? `(SELECT name FROM partners WHERE id = ${params.add(breakdown.partner)}::uuid)` : 'NULL::text';
    const limit = params.add(page.limit);
    const offset = params.add(page.offset);
    const rows = await preparedQuery<EvidenceRows>(
      this.dataSource,
      `WITH ${ctes.sql},
       records AS (${records})
       SELECT (SELECT count(*)::int FROM records) AS total,
              (SELECT ${valueTotal} FROM records) AS value_total,
              (SELECT coalesce(json_agg(x ORDER BY x.position), '[]') FROM (
                 SELECT r.id, r.date::text AS date, r.title, r.value::text AS value, r.program_id, r.partner_id, r.facts,
                        row_number() OVER (ORDER BY r.date DESC, r.at DESC NULLS LAST, r.id DESC) AS position
                   FROM records r
                  ORDER BY r.date DESC, r.at DESC NULLS LAST, r.id DESC
                  LIMIT ${limit} OFFSET ${offset}) x) AS items,
              ${partnerName} AS partner_name`,
      params.values,
    );
    return rows[0]!;
  }
}

/** The kind's records as (id, date, at, title, value, program_id, partner_id, facts). */
function recordsSql(params: Params, b: EvidenceBreakdown, to: string): string {
  const where: string[] = [];
  const when = (condition: string | false) => {
    if (condition) where.push(condition);
  };
  const whereSql = () => (where.length === 0 ? '' : `WHERE ${where.join(' AND ')}`);
  switch (b.kind) {
    case 'programs':
      return `SELECT c.id, max(s.day) AS date, max(s.starts_at) AS at, c.title, sum(s.attendance)::numeric AS value,
                     c.id AS program_id, NULL::uuid AS partner_id,
                     json_build_object('sessions', count(*), 'libraryRole', c.library_role, 'recordedViews', coalesce(sum(s.recorded_views), 0)) AS facts
                FROM counted_programs c JOIN period_sessions s ON s.program_id = c.id
               GROUP BY c.id, c.title, c.library_role`;
    case 'sessions':
      when(b.format !== undefined && `s.format = ${params.add(b.format)}`);
      return `SELECT s.id, s.day AS date, s.starts_at AS at, c.title, s.attendance::numeric AS value, s.program_id, NULL::uuid AS partner_id,
                     json_build_object('format', s.format, 'recordedViews', s.recorded_views) AS facts
                FROM period_sessions s JOIN counted_programs c ON c.id = s.program_id
               ${whereSql()}`;
    case 'outcome-results':
      when(b.measure !== undefined && `r.measure = ${params.add(b.measure)}`);
      when(b.timing !== undefined && `r.timing = ${params.add(b.timing)}`);
      return `SELECT r.id, r.day AS date, NULL::timestamptz AS at, r.title, (r.respondents - r.non_responses)::numeric AS value,
                     r.program_id, NULL::uuid AS partner_id,
                     json_build_object('measure', r.measure, 'timing', r.timing, 'respondents', r.respondents,
                                       'agree', r.agree + r.strongly_agree, 'nonResponses', r.non_responses) AS facts
                FROM counted_outcomes r
               ${whereSql()}`;
    case 'contributions':
      when(b.side !== undefined && `k.side = ${params.add(b.side)}`);
      when(b.type !== undefined && `k.type = ${params.add(b.type)}`);
      when(b.unit !== undefined && `k.unit = ${params.add(b.unit)}`);
      when(b.rate === null && 'k.rate IS NULL');
      when(b.rate !== undefined && b.rate !== null && `k.rate = ${params.add(b.rate)}::numeric`);
      when(b.rateYear !== undefined && b.rateYear !== null && `k.rate_year = ${params.add(b.rateYear)}::int`);
      when(b.rateSource !== undefined && b.rateSource !== null && `k.rate_source = ${params.add(b.rateSource)}`);
      when(b.partner !== undefined && `k.partner_id = ${params.add(b.partner)}::uuid`);
      return `SELECT k.id, k.contributed_on AS date, NULL::timestamptz AS at, coalesce(pa.name, pr.title, '') AS title,
                     k.money_value AS value, k.program_id, k.partner_id,
                     json_build_object('side', k.side, 'type', k.type, 'quantity', k.quantity, 'unit', k.unit, 'moneyValue', k.money_value,
                                       'rate', k.rate, 'rateSource', k.rate_source, 'rateYear', k.rate_year, 'program', pr.title) AS facts
                FROM counted_contributions k
                LEFT JOIN partners pa ON pa.id = k.partner_id
                LEFT JOIN programs pr ON pr.id = k.program_id
               ${whereSql()}`;
    case 'impact-notes':
      return `SELECT n.id, n.noted_on AS date, n.created_at AS at, coalesce(pa.name, pr.title, '') AS title, NULL::numeric AS value,
                     n.program_id, n.partner_id,
                     json_build_object('kind', n.kind, 'text', n.text, 'attribution', n.attribution, 'program', pr.title) AS facts
                FROM counted_stories n
                LEFT JOIN partners pa ON pa.id = n.partner_id
                LEFT JOIN programs pr ON pr.id = n.program_id`;
    case 'health-snapshots': {
      when(b.partner !== undefined && `cp.partner_id = ${params.add(b.partner)}::uuid`);
      const factor = b.factor === undefined ? null : `${params.add(b.factor)}::text`;
      const value =
        factor === null ? 'NULL::numeric' : `CASE WHEN h.factors->${factor}->>'band' <> 'insufficient' THEN (h.factors->${factor}->>'score')::numeric END`;
      return `SELECT h.id, h.as_of AS date, h.taken_at AS at, pa.name AS title, ${value} AS value, NULL::uuid AS program_id, cp.partner_id,
                     json_build_object('profile', h.profile->>'text', 'factor', ${factor === null ? 'NULL::jsonb' : `h.factors->${factor}`}) AS facts
                FROM covered_partners cp
                JOIN partners pa ON pa.id = cp.partner_id
                JOIN LATERAL (
                  SELECT h.id, h.as_of, h.taken_at, h.factors, h.profile FROM health_snapshots h
                   WHERE h.partner_id = cp.partner_id AND h.as_of <= ${to}::date
                   ORDER BY h.as_of DESC, h.taken_at DESC, h.id DESC LIMIT 1) h ON TRUE
               ${whereSql()}`;
    }
  }
}
