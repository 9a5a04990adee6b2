import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  COUNTED_LIBRARY_ROLES,
  type ImpactNoteKind,
  type LibraryRole,
  type PartnerType,
  type ProgramRole,
  REPORT_STORIES_SHOWN,
  type ValueDimension,
} from '@common-ground/domain';
import { DataSource } from 'typeorm';
import { preparedQuery } from '../../common/database/prepared-query';
import { Params } from '../../common/database/sql-params';
import type { ContributionGroupRow } from '../contributions/contributions.repository';
import type { OutcomeGroupRow, SessionFormatRow } from '../value/value-rows';
import type { ReportPeriod, ReportScope } from './report-definition';
import { reportScopeCtes } from './report-scope.sql';

/** The library role of programs listed apart: promoted by the library, not run by it. */
export const PROMOTION_ONLY: LibraryRole = 'promotion-only';

export interface MonthRow {
  month: string;
  sessions: number;
  attendance: number;
  recorded_views: number;
}

export interface PromotionProgramRow {
  id: string;
  title: string;
  sessions: number;
  attendance: number;
  recorded_views: number;
}

/** Volunteer hours grouped by the rate recorded on their lines (all three null: hours entered without a rate). */
export interface ValuationRow {
  rate: string | null;
  rate_source: string | null;
  rate_year: number | null;
  count: number;
  hours: string;
  money_value: string;
}

export interface ReportPartnerRow {
  id: string;
  name: string;
  type: PartnerType;
  roles: ProgramRole[];
  programs: number;
  /** The partner's own (side = partner) counted lines. */
  count: number;
  money_value: string;
  volunteer_hours: string;
}

/** A factor as the report reads it from a snapshot: [score, se, band]. */
export type SnapshotFactor = [number, number, string];

/** A covered partner's factors at the period's end and start (null: no snapshot on or before that day). */
export interface ReportHealthRow {
  partner_id: string;
  end: Record<string, SnapshotFactor> | null;
  start: Record<string, SnapshotFactor> | null;
}

export interface ReportStoryRow {
  id: string;
  kind: ImpactNoteKind;
  text: string;
  attribution: string | null;
  value_dimension: ValueDimension;
  noted_on: string;
  partner_name: string | null;
  program_title: string | null;
}

/** Every part of a report's figures as grouped rows, in the shapes the fold functions read. */
export interface ReportFigureRows {
  library_name: string;
  programs: number;
  sessions: SessionFormatRow[];
  months: MonthRow[];
  promotion_only: PromotionProgramRow[];
  outcomes: OutcomeGroupRow[];
  contributions: ContributionGroupRow[];
  valuation: ValuationRow[];
  partners: ReportPartnerRow[];
  health: ReportHealthRow[];
  stories_total: number;
  stories: ReportStoryRow[];
}

/** A snapshot's factors as [score, se, band], the latest on or before `day` (same day: the last taken). */
const snapshotFactorsOn = (day: string) => `
  SELECT (SELECT json_object_agg(f.key, json_build_array(f.value->'score', f.value->'se', f.value->>'band')) FROM jsonb_each(h.factors) f) AS factors
    FROM health_snapshots h
   WHERE h.partner_id = cp.partner_id AND h.as_of <= ${day}::date
   ORDER BY h.as_of DESC, h.taken_at DESC, h.id DESC LIMIT 1`;

/**
 * A funder summary's figures in one statement: the report's common table expressions (report-scope.sql.ts), then
 * each section as a JSON array of grouped rows. Sessions, contributions, results and notes are read once each, the
 * covered partners' snapshots through the (partner_id, as_of) index.
 */
@Injectable()
export class ImpactReportFiguresRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async figures(period: ReportPeriod, scope: ReportScope): Promise<ReportFigureRows> {
    const params = new Params();
    const ctes = reportScopeCtes(params, { period, scope, countedRoles: COUNTED_LIBRARY_ROLES });
    const promotionOnly = params.add(PROMOTION_ONLY);
    const shown = params.add(REPORT_STORIES_SHOWN);
    const rows = await preparedQuery<ReportFigureRows>(
      this.dataSource,
      `WITH ${ctes.sql},
       counted_sessions AS (SELECT s.* FROM period_sessions s WHERE s.program_id IN (SELECT id FROM counted_programs)),
       roles_of AS (
         SELECT r.partner_id, array_agg(DISTINCT r.role) AS roles, count(DISTINCT r.program_id)::int AS programs
           FROM program_roles r JOIN counted_programs c ON c.id = r.program_id
          WHERE r.archived_at IS NULL
          GROUP BY r.partner_id),
       own_lines AS (
         SELECT k.partner_id, count(*)::int AS count, coalesce(sum(k.money_value), 0)::text AS money_value,
                coalesce(sum(k.quantity) FILTER (WHERE k.type = 'volunteers' AND k.unit = 'hours'), 0)::text AS volunteer_hours
           FROM counted_contributions k
          WHERE k.side = 'partner' AND k.partner_id IS NOT NULL
          GROUP BY k.partner_id)
       SELECT
         (SELECT library_name FROM library_settings WHERE id = 1) AS library_name,
         (SELECT count(*)::int FROM counted_programs) AS programs,
         (SELECT coalesce(json_agg(g), '[]') FROM (
            SELECT 0 AS period, s.format, count(*)::int AS sessions,
                   sum(s.attendance_age_0_5)::float8 AS "age-0-5", sum(s.attendance_age_6_11)::float8 AS "age-6-11",
                   sum(s.attendance_age_12_18)::float8 AS "age-12-18", sum(s.attendance_age_19_plus)::float8 AS "age-19-plus",
                   sum(s.attendance_general)::float8 AS general, coalesce(sum(s.recorded_views), 0)::float8 AS recorded_views,
                   0 AS audience_matched, 0 AS audience_recorded
              FROM counted_sessions s GROUP BY s.format) g) AS sessions,
         (SELECT coalesce(json_agg(g), '[]') FROM (
            SELECT to_char(s.day, 'YYYY-MM') AS month, count(*)::int AS sessions, sum(s.attendance)::float8 AS attendance,
                   coalesce(sum(s.recorded_views), 0)::float8 AS recorded_views
              FROM counted_sessions s GROUP BY 1) g) AS months,
         (SELECT coalesce(json_agg(g ORDER BY g.title, g.id), '[]') FROM (
            SELECT sp.id, sp.title, count(*)::int AS sessions, sum(s.attendance)::float8 AS attendance,
                   coalesce(sum(s.recorded_views), 0)::float8 AS recorded_views
              FROM period_sessions s JOIN scope_programs sp ON sp.id = s.program_id
             WHERE s.library_role = ${promotionOnly}
             GROUP BY sp.id, sp.title) g) AS promotion_only,
         (SELECT coalesce(json_agg(g), '[]') FROM (
            SELECT 0 AS period, r.measure, r.timing, count(*)::int AS results, sum(r.respondents)::float8 AS respondents,
                   sum(r.strongly_disagree)::float8 AS strongly_disagree, sum(r.disagree)::float8 AS disagree,
                   sum(r.neutral)::float8 AS neutral, sum(r.agree)::float8 AS agree,
                   sum(r.strongly_agree)::float8 AS strongly_agree, sum(r.non_responses)::float8 AS non_responses
              FROM counted_outcomes r GROUP BY r.measure, r.timing) g) AS outcomes,
         (SELECT coalesce(json_agg(g), '[]') FROM (
            SELECT k.side, k.type, k.unit, count(*)::int AS count, coalesce(sum(k.money_value), 0)::text AS money_value,
                   sum(k.quantity)::text AS quantity
              FROM counted_contributions k GROUP BY k.side, k.type, k.unit) g) AS contributions,
         (SELECT coalesce(json_agg(g), '[]') FROM (
            SELECT k.rate::text AS rate, k.rate_source, k.rate_year, count(*)::int AS count, coalesce(sum(k.quantity), 0)::text AS hours,
                   coalesce(sum(k.money_value), 0)::text AS money_value
              FROM counted_contributions k WHERE k.type = 'volunteers' AND k.unit = 'hours'
             GROUP BY k.rate, k.rate_source, k.rate_year) g) AS valuation,
         (SELECT coalesce(json_agg(g ORDER BY lower(g.name), g.id), '[]') FROM (
            SELECT pa.id, pa.name, pa.type, coalesce(ro.roles, '{}') AS roles, coalesce(ro.programs, 0) AS programs,
                   coalesce(ol.count, 0) AS count, coalesce(ol.money_value, '0') AS money_value,
                   coalesce(ol.volunteer_hours, '0') AS volunteer_hours
              FROM covered_partners cp
              JOIN partners pa ON pa.id = cp.partner_id
              LEFT JOIN roles_of ro ON ro.partner_id = cp.partner_id
              LEFT JOIN own_lines ol ON ol.partner_id = cp.partner_id) g) AS partners,
         (SELECT coalesce(json_agg(g), '[]') FROM (
            SELECT cp.partner_id, e.factors AS "end", st.factors AS start
              FROM covered_partners cp
              LEFT JOIN LATERAL (${snapshotFactorsOn(ctes.to)}) e ON TRUE
              LEFT JOIN LATERAL (${snapshotFactorsOn(ctes.from)}) st ON TRUE) g) AS health,
         (SELECT count(*)::int FROM counted_stories) AS stories_total,
         (SELECT coalesce(json_agg(g ORDER BY g.position), '[]') FROM (
            SELECT n.id, n.kind, n.text, n.attribution, n.value_dimension, n.noted_on::text AS noted_on,
                   pa.name AS partner_name, pr.title AS program_title,
                   row_number() OVER (ORDER BY n.noted_on DESC, n.created_at DESC, n.id DESC) AS position
              FROM counted_stories n
              LEFT JOIN partners pa ON pa.id = n.partner_id
              LEFT JOIN programs pr ON pr.id = n.program_id
             ORDER BY n.noted_on DESC, n.created_at DESC, n.id DESC
             LIMIT ${shown}) g) AS stories`,
      params.values,
    );
    return rows[0]!;
  }

  /** The chosen partners' names and programs' titles among those that exist (archived or not): unknown ids are missing. */
  async names(partnerIds: readonly string[], programIds: readonly string[]): Promise<{ partners: { id: string; name: string }[]; programs: { id: string; name: string }[] }> {
    const rows = await preparedQuery<{ partners: { id: string; name: string }[]; programs: { id: string; name: string }[] }>(
      this.dataSource,
      `SELECT (SELECT coalesce(json_agg(json_build_object('id', id, 'name', name)), '[]') FROM partners WHERE id = ANY($1::uuid[])) AS partners,
              (SELECT coalesce(json_agg(json_build_object('id', id, 'name', title)), '[]') FROM programs WHERE id = ANY($2::uuid[])) AS programs`,
      [partnerIds, programIds],
    );
    return rows[0]!;
  }
}
