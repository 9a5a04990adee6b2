import { PROGRAM_ROLES, PROGRAM_STATUSES } from '@common-ground/domain';
import { Params } from '../../common/database/sql-params';
import type { PageRequest } from '../../common/pagination/page';
import type { ArchivedFilter } from '../../common/records/archived-filter';
import type { ProgramSort } from './dto/list-programs.query.dto';

/** What the programs list (and one program's view) asks for, already resolved. */
export interface ProgramListFilter {
  ids?: string[];
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

/** One program as the queries return it (snake_case columns; dates as text; aggregates as numbers). */
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
  created_at: Date;
  updated_at: Date;
  created_by: string | null;
  version: number;
  archived_at: Date | null;
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
         p.audience_scope, p.target_groups, p.age_bands, p.library_role, p.impact_areas,
         p.starts_on::text AS starts_on, p.ends_on::text AS ends_on, p.status, p.status_reason, p.status_note,
         p.agreement_done_on::text AS agreement_done_on, p.branding_approved_on::text AS branding_approved_on,
         p.volunteers_cleared_on::text AS volunteers_cleared_on, p.space_booked_on::text AS space_booked_on,
         p.timing_confirmed_on::text AS timing_confirmed_on, p.partner_credited,
         p.outcome_summary_shared_on::text AS outcome_summary_shared_on,
         p.created_at, p.updated_at, p.created_by, p.version, p.archived_at,
         pr.partners, p.session_count, p.attendance_total AS attendance, p.recorded_views_total AS recorded_views`;
  // Through IDX_program_roles_program, a few rows each: run for the page's programs only.
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
  if (filter.ids) where.push(`p.id = ANY(${params.add(filter.ids)}::uuid[])`);
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

function orderBy(sort: ProgramSort | undefined, params: Params): string {
  const s = sort ?? '-startsOn';
  const direction = s.startsWith('-') ? 'DESC' : 'ASC';
  const latestFirst = 'p.starts_on DESC, p.id DESC';
  switch (s.replace(/^-/, '')) {
    case 'title':
      return `lower(p.title) ${direction}, p.id ${direction}`;
    case 'status':
      return `array_position(${params.add(PROGRAM_STATUSES.keys)}::text[], p.status) ${direction}, ${latestFirst}`;
    case 'attendance':
      return `p.attendance_total ${direction}, ${latestFirst}`;
    default:
      // IDX_programs_starts_on (starts_on, id) serves this order in either direction.
      return `p.starts_on ${direction}, p.id ${direction}`;
  }
}

/**
 * The programs list in one statement: the totals over the whole filtered set (programs, and their live sessions
 * and attendance summed from the totals each program row carries), the page of ids in order, then the page's
 * programs with partners and per-program totals. The filter is repeated in each part rather than
 * materialised once, so each part gets its own plan (the default order reads the start-date index and stops at
 * the page). The totals row is always returned, so a page past the end still knows the total; its program
 * columns are then null.
 */
export function buildProgramListQuery(filter: ProgramListFilter, page: PageRequest): { sql: string; params: unknown[] } {
  const params = new Params();
  const where = whereClauses(filter, params);
  const filtered = where.length ? `WHERE ${where.join('\n       AND ')}` : '';
  const order = orderBy(filter.sort, params);
  const columns = programColumns(params);
  // Sums are float8: exact for whole numbers far beyond any library's attendance, and node-postgres reads them as
  // numbers (bigint would come back as text).
  const sql = `WITH totals AS (
    SELECT count(*)::int AS programs, coalesce(sum(p.session_count), 0)::float8 AS sessions,
           coalesce(sum(p.attendance_total), 0)::float8 AS attendance
      FROM programs p ${filtered}
  ),
  page AS (
    SELECT p.id, row_number() OVER (ORDER BY ${order}) AS position
      FROM programs p
     ${filtered}
     ORDER BY ${order}
     LIMIT ${params.add(page.limit)} OFFSET ${params.add(page.offset)}
  )
  SELECT ${columns.select},
         tot.programs AS total_programs, tot.sessions AS total_sessions, tot.attendance AS total_attendance
    FROM totals tot
    LEFT JOIN page ON true
    LEFT JOIN programs p ON p.id = page.id
    ${columns.joins}
   ORDER BY page.position`;
  return { sql, params: params.values };
}

/** Programs by id, archived or not, as the list shows them (without the list's totals). */
export function buildProgramViewQuery(ids: string[]): { sql: string; params: unknown[] } {
  const params = new Params();
  const idsParam = params.add(ids);
  const columns = programColumns(params);
  const sql = `SELECT ${columns.select}
    FROM programs p
    ${columns.joins}
   WHERE p.id = ANY(${idsParam}::uuid[])`;
  return { sql, params: params.values };
}
