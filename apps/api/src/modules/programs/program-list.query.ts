import { PROGRAM_ROLES, PROGRAM_STATUSES } from '@common-ground/domain';
import { isoTime, Params } from '../../common/database/sql-params';
import type { PageRequest } from '../../common/pagination/page';
import type { ArchivedFilter } from '../../common/records/archived-filter';
import type { ProgramSort } from './dto/list-programs.query.dto';

/** What the programs list asks for, already resolved. */
export interface ProgramListFilter {
  /** Text the title contains, in any letter case. */
  search?: string;
  statuses?: string[];
  /** Programs in which this partner has a role in use. */
  partnerId?: string;
  topic?: string;
  /** Programs running on or after this day (YYYY-MM-DD). */
  from?: string;
  /** Programs running on or before this day. */
  to?: string;
  libraryRole?: string;
  archived: ArchivedFilter;
  sort?: ProgramSort;
}

/**
 * One program as the queries return it (snake_case columns; dates as text, times as the API's ISO text; aggregates
 * as numbers).
 */
export interface ProgramRow {
  id: string;
  title: string;
  description: string;
  topic: string;
  primary_outcome: string;
  development_model: string;
  format: string;
  location: string;
  audience_scope: string;
  target_groups: string[];
  age_bands: string[];
  library_role: string;
  impact_areas: string[];
  starts_on: string;
  ends_on: string;
  status: string;
  status_reason: string | null;
  status_note: string | null;
  agreement_done_on: string | null;
  branding_approved_on: string | null;
  volunteers_cleared_on: string | null;
  space_booked_on: string | null;
  timing_confirmed_on: string | null;
  partner_credited: boolean;
  outcome_summary_shared_on: string | null;
  created_at: string;
  updated_at: string;
  created_by: string | null;
  version: number;
  archived_at: string | null;
  partners: { id: string; name: string; roles: string[] }[];
  session_count: number;
  attendance: number;
  recorded_views: number;
}

/**
 * Program p's columns, its partners with their roles in use, and its live sessions' totals (kept on the program
 * row by a trigger on program_sessions; see the programs migration).
 */
function programColumns(params: Params): { select: string; joins: string } {
  const select = `p.id, p.title, p.description, p.topic, p.primary_outcome, p.development_model, p.format, p.location,
         p.audience_scope, to_json(p.target_groups) AS target_groups, to_json(p.age_bands) AS age_bands, p.library_role,
         to_json(p.impact_areas) AS impact_areas,
         p.starts_on::text AS starts_on, p.ends_on::text AS ends_on, p.status, p.status_reason, p.status_note,
         p.agreement_done_on::text AS agreement_done_on, p.branding_approved_on::text AS branding_approved_on,
         p.volunteers_cleared_on::text AS volunteers_cleared_on, p.space_booked_on::text AS space_booked_on,
         p.timing_confirmed_on::text AS timing_confirmed_on, p.partner_credited,
         p.outcome_summary_shared_on::text AS outcome_summary_shared_on,
         ${isoTime('p.created_at')} AS created_at, ${isoTime('p.updated_at')} AS updated_at, p.created_by, p.version,
         ${isoTime('p.archived_at')} AS archived_at,
         pr.partners, p.session_count, p.attendance_total AS attendance, p.recorded_views_total AS recorded_views`;
  // Text arrays as JSON: node-postgres parses JSON natively, text[] in JavaScript. Partners through
  // UQ_program_roles_live, a few rows each: run for the page's programs only.
  const joins = `LEFT JOIN LATERAL (
      SELECT coalesce(json_agg(json_build_object('id', x.partner_id, 'name', x.name, 'roles', x.roles) ORDER BY lower(x.name), x.partner_id), '[]'::json) AS partners
        FROM (
          SELECT r.partner_id, pa.name, array_agg(r.role ORDER BY array_position(${params.add(PROGRAM_ROLES.keys)}::text[], r.role)) AS roles
            FROM program_roles r JOIN partners pa ON pa.id = r.partner_id
           WHERE r.program_id = p.id AND r.archived_at IS NULL
           GROUP BY r.partner_id, pa.name
        ) x
    ) pr ON true`;
  return { select, joins };
}

function whereClauses(filter: ProgramListFilter, params: Params): string[] {
  const where: string[] = [];
  if (filter.archived === 'false') where.push('p.archived_at IS NULL');
  if (filter.archived === 'true') where.push('p.archived_at IS NOT NULL');
  // strpos rather than ILIKE: what people type (%, _) is matched as text, with nothing to escape.
  if (filter.search) where.push(`strpos(lower(p.title), lower(${params.add(filter.search)})) > 0`);
  if (filter.statuses?.length) where.push(`p.status = ANY(${params.add(filter.statuses)}::text[])`);
  if (filter.topic) where.push(`p.topic = ${params.add(filter.topic)}`);
  if (filter.libraryRole) where.push(`p.library_role = ${params.add(filter.libraryRole)}`);
  // Overlap with [from, to]: a program that runs on any day of the range.
  if (filter.from) where.push(`p.ends_on >= ${params.add(filter.from)}::date`);
  if (filter.to) where.push(`p.starts_on <= ${params.add(filter.to)}::date`);
  if (filter.partnerId) {
    // IDX_program_roles_partner (partner_id, program_id) answers this per program.
    where.push(`EXISTS (SELECT 1 FROM program_roles r
                         WHERE r.program_id = p.id AND r.partner_id = ${params.add(filter.partnerId)}::uuid AND r.archived_at IS NULL)`);
  }
  return where;
}

/** The list's order on rows of `alias`, the status order's parameter added once for every use. */
function orderBy(sort: ProgramSort, params: Params): (alias: string) => string {
  const direction = sort.startsWith('-') ? 'DESC' : 'ASC';
  const latestFirst = (a: string) => `${a}.starts_on DESC, ${a}.id DESC`;
  switch (sort.replace(/^-/, '')) {
    case 'title':
      return (a) => `lower(${a}.title) ${direction}, ${a}.id ${direction}`;
    case 'status': {
      const statuses = params.add(PROGRAM_STATUSES.keys);
      return (a) => `array_position(${statuses}::text[], ${a}.status) ${direction}, ${latestFirst(a)}`;
    }
    case 'attendance':
      return (a) => `${a}.attendance_total ${direction}, ${latestFirst(a)}`;
    default:
      return (a) => `${a}.starts_on ${direction}, ${a}.id ${direction}`;
  }
}

/**
 * The programs list in one statement: the totals over the whole filtered set (programs, and their live sessions
 * and attendance summed from the totals each program row carries), the page of ids, then the page's programs with
 * partners and per-program totals, in the list's order. The totals row is always returned, so a page past the end
 * still knows the total; its program columns are then null.
 *
 * Every live program's totals, unfiltered, are kept in program_totals (16 rows to sum). Otherwise, live programs' totals
 * and page read IDX_programs_live_list (starts_on, id, and the few narrow columns the filters
 * and sums need) without visiting the table: the rows' wide columns lie before the totals, so reading them from the
 * table cost ~12 ms for 20,000 programs, against ~3 ms from the index. A date range may read IDX_programs_live_by_end
 * instead (the same columns by end date), when fewer programs end after its first day than start before its last.
 * - Live programs by start date or by attendance (IDX_programs_live_by_attendance), filtered at most by status,
 *   topic, library role and dates: the index's order, so the page reads it backwards and stops after the page; the
 *   filter is written twice (totals, page) rather than materialised once, which would sort every match.
 * - Otherwise every match is visited for the page anyway (another order, archived programs, or a partner or text
 *   filter the planner answers by joining): the matches are read once (a materialised CTE of narrow columns),
 *   summed, and the page taken from them with a bounded (top-N) sort, instead of finding them twice.
 * Position is not numbered with row_number(): a window over the order would sort every match in full.
 */
export function buildProgramListQuery(filter: ProgramListFilter, page: PageRequest): { sql: string; params: unknown[] } {
  const params = new Params();
  const where = whereClauses(filter, params);
  const filtered = where.length ? `WHERE ${where.join('\n       AND ')}` : '';
  const sort = filter.sort ?? '-startsOn';
  const order = orderBy(sort, params);
  const columns = programColumns(params);
  const pageClause = `LIMIT ${params.add(page.limit)} OFFSET ${params.add(page.offset)}`;
  // Sums are float8: exact for whole numbers far beyond any library's attendance, and node-postgres reads them as
  // numbers (bigint would come back as text).
  const sums = (a: string) => `count(*)::int AS programs, coalesce(sum(${a}.session_count), 0)::float8 AS sessions,
           coalesce(sum(${a}.attendance_total), 0)::float8 AS attendance`;
  // Orders an index of live programs gives (by start date; by attendance, then latest first), with filters that
  // index carries (status, dates) or that the table answers for the page's few rows read (topic, library role).
  const inIndexOrder = /^-?(startsOn|attendance)$/.test(sort) && filter.archived === 'false' && !filter.partnerId && !filter.search;
  // Every live program, unfiltered (the list as it opens, in any order): the totals kept by the program-totals
  // migration's triggers, 16 rows, instead of summing 20,000 programs. (The only clause is the live filter.)
  const everyLiveProgram = filter.archived === 'false' && where.length === 1;
  const keptTotals = `SELECT sum(t.programs)::int AS programs, sum(t.sessions)::float8 AS sessions, sum(t.attendance)::float8 AS attendance
      FROM program_totals t`;
  const parts = inIndexOrder
    ? `totals AS (${everyLiveProgram ? keptTotals : `SELECT ${sums('p')} FROM programs p ${filtered}`}),
  page AS (SELECT p.id FROM programs p ${filtered} ORDER BY ${order('p')} ${pageClause})`
    : `matching AS MATERIALIZED (
    SELECT p.id, p.starts_on, p.status, p.session_count, p.attendance_total${sort.endsWith('title') ? ', p.title' : ''}
      FROM programs p ${filtered}
  ),
  totals AS (${everyLiveProgram ? keptTotals : `SELECT ${sums('m')} FROM matching m`}),
  page AS (SELECT m.id FROM matching m ORDER BY ${order('m')} ${pageClause})`;
  const sql = `WITH ${parts}
  SELECT ${columns.select},
         tot.programs AS total_programs, tot.sessions AS total_sessions, tot.attendance AS total_attendance
    FROM totals tot
    LEFT JOIN page ON true
    LEFT JOIN programs p ON p.id = page.id
    ${columns.joins}
   ORDER BY ${order('p')}`;
  return { sql, params: params.values };
}

/** One program by id, archived or not, as the list shows it (without the list's totals). */
export function buildProgramViewQuery(id: string): { sql: string; params: unknown[] } {
  const params = new Params();
  const idParam = params.add(id);
  const columns = programColumns(params);
  const sql = `SELECT ${columns.select}
    FROM programs p
    ${columns.joins}
   WHERE p.id = ${idParam}::uuid`;
  return { sql, params: params.values };
}
