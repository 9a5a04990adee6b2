import type { ImpactNoteKind, LibraryRole } from '@common-ground/domain';
import type { Params } from '../../common/database/sql-params';
import { chosenFocusAreas, chosenPartnerIds, chosenProgramIds, type ReportPeriod, type ReportScope } from './report-definition';

/** The report's filter as SQL sees it: period, scope and the library roles of the programs counted. */
export interface ReportSqlFilter {
  period: ReportPeriod;
  scope: ReportScope;
  /** Programs counted are those where the library has one of these roles; null = any role (an evidence link without libraryRole). */
  countedRoles: readonly LibraryRole[] | null;
}

/** The notes a report quotes: stories and quotes (with consent to quote, checked in the SQL). */
export const STORY_KINDS: readonly ImpactNoteKind[] = ['story', 'quote'];

/** One session's attendance over every age band. */
export const SESSION_ATTENDANCE = `(s.attendance_age_0_5 + s.attendance_age_6_11 + s.attendance_age_12_18 + s.attendance_age_19_plus + s.attendance_general)`;

/**
 * The common table expressions every report figure and every evidence list is counted from (the contract's P, S, C,
 * B, K and covered partners), so a figure and the list behind it are the same rows by construction. The text depends
 * only on the scope's kind and whether roles are given, so each shape is one named prepared statement.
 *
 * - scope_programs (P): programs in use in the scope;
 * - period_sessions (S): their sessions in use on a UTC day of the period (a range on starts_at, so the
 *   (program_id, starts_at) index serves a scope of a few programs);
 * - counted_programs (C): programs of P with a counted library role and a session in S, whatever their status;
 * - base_partners (B): the chosen partners in use, else partners in use with a role in use in C;
 * - counted_contributions (K): actual lines in use dated in the period, to a program of C, or to no program from a
 *   partner of B (any partner for the all scope); a line of an archived partner does not count;
 * - covered_partners: B and the partners named on K;
 * - counted_outcomes: outcome results in use of C (a session's result goes with its archived session), dated by
 *   coalesce(collected_on, its session's UTC day, its program's end) within the period;
 * - counted_stories: stories and quotes in use with consent to quote, noted in the period, of a program of C or a
 *   covered partner.
 * Parts a statement does not reference are never run.
 */
export function reportScopeCtes(params: Params, filter: ReportSqlFilter): { sql: string; from: string; to: string } {
  const from = params.add(filter.period.from);
  const to = params.add(filter.period.to);
  const scope = filter.scope;
  const chosenPartners =
    scope.kind === 'partners'
      ? `chosen_partners AS (
           SELECT pa.id FROM partners pa WHERE pa.id = ANY(${params.add(chosenPartnerIds(scope))}::uuid[]) AND pa.archived_at IS NULL),`
      : '';
  const inScope = (): string => {
    switch (scope.kind) {
      case 'all':
        return 'TRUE';
      case 'partners':
        return 'p.id IN (SELECT r.program_id FROM program_roles r JOIN chosen_partners cp ON cp.id = r.partner_id WHERE r.archived_at IS NULL)';
      case 'programs':
        return `p.id = ANY(${params.add(chosenProgramIds(scope))}::uuid[])`;
      case 'focus-areas':
        return `p.topic = ANY(${params.add(chosenFocusAreas(scope))}::text[])`;
    }
  };
  const roleCounted = filter.countedRoles === null ? 'TRUE' : `sp.library_role = ANY(${params.add(filter.countedRoles)}::text[])`;
  const basePartners =
    scope.kind === 'partners'
      ? 'SELECT cp.id AS partner_id FROM chosen_partners cp'
      : `SELECT DISTINCT r.partner_id FROM program_roles r
           JOIN counted_programs c ON c.id = r.program_id
           JOIN partners pa ON pa.id = r.partner_id AND pa.archived_at IS NULL
          WHERE r.archived_at IS NULL`;
  const partnerLevelLine = scope.kind === 'all' ? 'TRUE' : 'k.partner_id IN (SELECT partner_id FROM base_partners)';

  const sql = `${chosenPartners}
    scope_programs AS (
      SELECT p.id, p.title, p.library_role, p.ends_on FROM programs p WHERE p.archived_at IS NULL AND ${inScope()}),
    period_sessions AS MATERIALIZED (
      SELECT s.id, s.program_id, s.starts_at, (s.starts_at AT TIME ZONE 'UTC')::date AS day, s.format,
             s.attendance_age_0_5, s.attendance_age_6_11, s.attendance_age_12_18, s.attendance_age_19_plus, s.attendance_general,
             ${SESSION_ATTENDANCE} AS attendance, s.recorded_views, sp.library_role
        FROM program_sessions s JOIN scope_programs sp ON sp.id = s.program_id
       WHERE s.archived_at IS NULL
         AND s.starts_at >= (${from}::date)::timestamp AT TIME ZONE 'UTC'
         AND s.starts_at < (${to}::date + 1)::timestamp AT TIME ZONE 'UTC'),
    counted_programs AS (
      SELECT sp.id, sp.title, sp.library_role, sp.ends_on FROM scope_programs sp
       WHERE ${roleCounted} AND sp.id IN (SELECT s.program_id FROM period_sessions s)),
    base_partners AS (${basePartners}),
    counted_contributions AS (
      SELECT k.id, k.side, k.partner_id, k.program_id, k.type, k.unit, k.quantity, k.money_value, k.rate, k.rate_source, k.rate_year,
             k.contributed_on, k.description
        FROM contributions k
       WHERE k.stage = 'actual' AND k.archived_at IS NULL AND k.contributed_on >= ${from}::date AND k.contributed_on <= ${to}::date
         AND (k.partner_id IS NULL OR k.partner_id IN (SELECT pa.id FROM partners pa WHERE pa.archived_at IS NULL))
         AND (k.program_id IN (SELECT id FROM counted_programs) OR (k.program_id IS NULL AND ${partnerLevelLine}))),
    covered_partners AS (
      SELECT partner_id FROM base_partners
       UNION
      SELECT partner_id FROM counted_contributions WHERE partner_id IS NOT NULL),
    counted_outcomes AS (
      SELECT r.id, r.program_id, c.title, r.measure, r.timing, r.respondents, r.strongly_disagree, r.disagree, r.neutral, r.agree,
             r.strongly_agree, r.non_responses, coalesce(r.collected_on, (os.starts_at AT TIME ZONE 'UTC')::date, c.ends_on) AS day
        FROM outcome_results r
        JOIN counted_programs c ON c.id = r.program_id
        LEFT JOIN program_sessions os ON os.id = r.session_id
       WHERE r.archived_at IS NULL AND (r.session_id IS NULL OR os.archived_at IS NULL)
         AND coalesce(r.collected_on, (os.starts_at AT TIME ZONE 'UTC')::date, c.ends_on) >= ${from}::date
         AND coalesce(r.collected_on, (os.starts_at AT TIME ZONE 'UTC')::date, c.ends_on) <= ${to}::date),
    counted_stories AS (
      SELECT n.id, n.kind, n.text, n.attribution, n.value_dimension, n.noted_on, n.created_at, n.partner_id, n.program_id
        FROM impact_notes n
       WHERE n.archived_at IS NULL AND n.kind = ANY(${params.add(STORY_KINDS)}::text[]) AND n.consent_to_quote
         AND n.noted_on >= ${from}::date AND n.noted_on <= ${to}::date
         AND (n.program_id IN (SELECT id FROM counted_programs) OR n.partner_id IN (SELECT partner_id FROM covered_partners)))`;
  return { sql, from, to };
}
