import { GOAL_REVIEW_MONTHS, PARTNER_STAGES, PARTNER_TYPES } from '@common-ground/domain';
import { isoTime, literalLimit, Params } from '../../common/database/sql-params';
import type { PageRequest } from '../../common/pagination/page';
import type { ArchivedFilter } from '../../common/records/archived-filter';
import { prefixTsQuerySql } from '../search/prefix-tsquery';
import type { PartnerSort } from './dto/list-partners.query.dto';
import type { StoredProfile } from '../health/health-snapshots.repository';

/** What the partner list (and one partner's view) asks for, already resolved: 'me' is an id, q prefix terms. */
export interface PartnerListFilter {
  ids?: string[];
  /** Prefix search terms (`riv:*`), all of which must match. */
  searchTerms?: string[] | null;
  stages?: string[];
  types?: string[];
  focusAreas?: string[];
  liaisonId?: string;
  tag?: string;
  /** Only partners whose next review is on or before this date (YYYY-MM-DD). */
  reviewDueBy?: string;
  archived: ArchivedFilter;
  sort?: PartnerSort;
}

/**
 * One partner as the list query returns it: snake_case columns, arrays as JSON and times as the API's ISO text,
 * both cheaper for node-postgres to read than text[] and timestamptz (25 rows of five arrays and four times).
 */
export interface PartnerRow {
  id: string;
  name: string;
  type: string;
  website: string | null;
  address: string | null;
  description: string;
  focus_areas: string[];
  publics: string[];
  interaction_types: string[];
  impact_areas: string[];
  stage: string;
  liaison_id: string | null;
  liaison_name: string | null;
  contact_cadence_days: number;
  collaboration_level_library: number | null;
  collaboration_level_partner: number | null;
  tags: string[];
  primary_contact_id: string | null;
  primary_contact_name: string | null;
  primary_contact_email: string | null;
  primary_contact_phone: string | null;
  next_review_on: string | null;
  last_contact_at: string | null;
  /** The latest health snapshot's profile; null before the partner's first snapshot. */
  health_profile: StoredProfile | null;
  created_at: string;
  updated_at: string;
  created_by: string | null;
  version: number;
  archived_at: string | null;
  total: number;
}

// What a match on one of its contacts adds to a partner's rank: less than a good match on the partner itself.
const CONTACT_MATCH_WEIGHT = 0.05;

/** Types in the order of their labels, so sorting by type reads alphabetically to people. */
const TYPES_BY_LABEL = [...PARTNER_TYPES.keys].sort((a, b) => PARTNER_TYPES.labels[a].localeCompare(PARTNER_TYPES.labels[b], 'en'));

/**
 * The earliest review due for partner p: live agreements' review dates and live goals' last review + 12 months
 * (a goal never reviewed is due on the day it was created, in UTC like every date the API shows).
 */
function nextReviewJoin(params: Params): string {
  return `LEFT JOIN LATERAL (
      SELECT min(due) AS next_review_on FROM (
        SELECT a.review_on AS due FROM agreements a
         WHERE a.partner_id = p.id AND a.archived_at IS NULL AND a.review_on IS NOT NULL
        UNION ALL
        SELECT coalesce((g.last_reviewed_on + make_interval(months => ${params.add(GOAL_REVIEW_MONTHS)}::int))::date,
                        (g.created_at AT TIME ZONE 'UTC')::date)
          FROM goals g WHERE g.partner_id = p.id AND g.archived_at IS NULL
      ) dues
    ) rv ON true`;
}

/**
 * Full-text matches: partners whose own document matches (ranked), and partners with a live contact that matches
 * (a fixed CONTACT_MATCH_WEIGHT). Rank sums both. The query is made once, in a CTE, and read as a parameter, as the
 * header's search does (see SearchRepository): a prepared statement's reused plan does not parse the words again for
 * every row, and PostgreSQL, assuming a rare match, reads each side through its GIN index.
 *
 * The contact side reads each partner's one stored document of its live contacts' words (partner_contact_documents,
 * kept by triggers on contacts): one GIN lookup over 2,000 short rows, against ~1,600 contacts on ~740 heap pages and
 * a DISTINCT for "mar" when each contact was matched on its own. That document merges a partner's contacts and keeps
 * no positions, so it answers exactly only a query of single words: "ana" matches a partner when some contact has a
 * word starting "ana" either way, but "ana ruiz" must match within one contact, and a phrase ("ana@prairie" is
 * 'ana' <-> 'prairie') needs positions. Those go to the contacts themselves, which match them exactly and, being
 * specific, cheaply. With one typed word, which branch runs is decided when the words are parsed (a one-time
 * filter); with more, the contacts' branch is the only one written.
 */
function matchesCtes(terms: string[], params: Params): string[] {
  const placeholders: string[] = [];
  const tsquery = prefixTsQuerySql(terms, (term) => {
    const placeholder = params.add(term);
    placeholders.push(placeholder);
    return placeholder;
  });
  // numnode: 1 for one (prefix) word, 0 for none (a stop word in English), more for a phrase.
  const singleWord =
    terms.length === 1 ? `numnode(to_tsquery('simple', ${placeholders[0]})) <= 1 AND numnode(to_tsquery('english', ${placeholders[0]})) <= 1` : 'false';
  const query = '(SELECT q.query FROM search_query q)';
  const single = '(SELECT q.single_word FROM search_query q)';
  // partner_id of the partners a live contact matches: through the merged documents for one word, else the contacts.
  const documentBranch =
    terms.length === 1
      ? `SELECT d.partner_id
          FROM partner_contact_documents d
         WHERE ${single} AND d.document @@ ${query}
        UNION ALL
        `
      : '';
  return [
    `search_query AS MATERIALIZED (SELECT ${tsquery} AS query, ${singleWord} AS single_word)`,
    // Own matches and contact matches joined on the partner (a hash or merge join of a few hundred ids) rather than
    // appended and grouped, which sorted every hit first: "mar" 4.4 → 3.9 ms (median of 80 runs, one connection).
    `matches AS (
    SELECT coalesce(own.id, by_contact.partner_id) AS id,
           coalesce(own.rank, 0) + CASE WHEN by_contact.partner_id IS NULL THEN 0 ELSE ${CONTACT_MATCH_WEIGHT}::real END AS rank
      FROM (SELECT p.id, ts_rank(p.search_document, ${query}) AS rank
              FROM partners p
             WHERE p.search_document @@ ${query}) own
      FULL JOIN (
        ${documentBranch}-- A contact match adds a fixed amount: ranking thousands of contacts ("mar" matches every Maria and
        -- Mark) cost more than it told apart, and a partner's own match should lead anyway.
        SELECT DISTINCT c.partner_id
          FROM contacts c
         WHERE NOT ${single} AND c.search_document @@ ${query} AND c.archived_at IS NULL
      ) by_contact ON by_contact.partner_id = own.id
  )`,
  ];
}

/**
 * The partner's latest health snapshot (the monthly run's or the one after its last assessment): the profile every
 * list row shows, and the factors the "weakest factor" sort reads. One index probe of IDX_health_snapshots_partner
 * per row.
 */
const HEALTH_JOIN = `LEFT JOIN LATERAL (
      SELECT h.profile, h.factors FROM health_snapshots h
       WHERE h.partner_id = p.id ORDER BY h.as_of DESC, h.taken_at DESC LIMIT 1
    ) hs ON true`;

/** The weakest factor's score (null when no factor has at least medium confidence), as the portfolio sorts it. */
const WEAKEST_SCORE = `(hs.factors -> (hs.profile->>'weakestFactor') ->> 'score')::float8`;

/** The list's order, ties broken by id; `rank` names the search rank's column where the expression is used. */
function orderBy(filter: PartnerListFilter, params: Params, ranked: boolean, rank: string): string {
  const tieBreak = 'lower(p.name) ASC, p.id ASC';
  if (!filter.sort && ranked) return `${rank} DESC, ${tieBreak}`;
  const sort = filter.sort ?? 'name';
  const direction = sort.startsWith('-') ? 'DESC' : 'ASC';
  const field = sort.replace(/^-/, '');
  switch (field) {
    case 'name':
      return `lower(p.name) ${direction}, p.id ${direction}`;
    case 'type':
      return `array_position(${params.add(TYPES_BY_LABEL)}::text[], p.type) ${direction}, ${tieBreak}`;
    case 'stage':
      return `array_position(${params.add(PARTNER_STAGES.keys)}::text[], p.stage) ${direction}, ${tieBreak}`;
    case 'liaison':
      return `lower(l.name) ${direction} NULLS LAST, ${tieBreak}`;
    case 'nextReviewOn':
      return `rv.next_review_on ${direction} NULLS LAST, ${tieBreak}`;
    case 'lastContactAt':
      // Never contacted sorts as the longest ago: first when ascending ("who have we not spoken to?").
      return `p.last_contact_at ${direction} NULLS ${direction === 'ASC' ? 'FIRST' : 'LAST'}, ${tieBreak}`;
    case 'updatedAt':
      return `p.updated_at ${direction}, p.id ${direction}`;
    case 'weakestFactor':
      // Partners with no score of at least medium confidence have no weakest factor: last either way.
      return `${WEAKEST_SCORE} ${direction} NULLS LAST, ${tieBreak}`;
    default:
      return `p.created_at ${direction}, p.id ${direction}`;
  }
}

/**
 * The partner list in one statement: filter, search, sort and page the ids (with the total from a window count),
 * then fetch the page's partners with their liaison, primary contact and next review. The lateral lookups run
 * for the page's rows only, unless a filter or sort needs them for every row. The window count needs no order, so
 * the page is taken by a bounded sort (or straight off an index) and the outer query orders its rows again by the
 * same expressions: numbering every match in order (row_number) sorted all of them, ~1 ms of the "mar" search's ~5.
 */
export function buildPartnerListQuery(filter: PartnerListFilter, page: PageRequest): { sql: string; params: unknown[] } {
  const params = new Params();
  const ctes: string[] = [];
  const where: string[] = [];
  const ranked = !!filter.searchTerms?.length;
  if (ranked) ctes.push(...matchesCtes(filter.searchTerms!, params));

  if (filter.archived === 'false') where.push('p.archived_at IS NULL');
  if (filter.archived === 'true') where.push('p.archived_at IS NOT NULL');
  if (filter.ids) where.push(`p.id = ANY(${params.add(filter.ids)}::uuid[])`);
  if (filter.stages?.length) where.push(`p.stage = ANY(${params.add(filter.stages)}::text[])`);
  if (filter.types?.length) where.push(`p.type = ANY(${params.add(filter.types)}::text[])`);
  if (filter.focusAreas?.length) where.push(`p.focus_areas && ${params.add(filter.focusAreas)}::text[]`);
  if (filter.liaisonId) where.push(`p.liaison_id = ${params.add(filter.liaisonId)}::uuid`);
  if (filter.tag) where.push(`p.tags @> ARRAY[${params.add(filter.tag)}::text]`);

  const sortField = filter.sort?.replace(/^-/, '');
  const needsReviewJoin = !!filter.reviewDueBy || sortField === 'nextReviewOn';
  const joins: string[] = [];
  if (ranked) joins.push('JOIN matches m ON m.id = p.id');
  if (sortField === 'liaison') joins.push('LEFT JOIN users l ON l.id = p.liaison_id');
  if (needsReviewJoin) joins.push(nextReviewJoin(params));
  if (sortField === 'weakestFactor') joins.push(HEALTH_JOIN);
  if (filter.reviewDueBy) where.push(`rv.next_review_on <= ${params.add(filter.reviewDueBy)}::date`);

  const order = orderBy(filter, params, ranked, 'm.rank');
  ctes.push(`page AS (
    SELECT p.id, count(*) OVER () AS total${ranked ? ', m.rank' : ''}
      FROM partners p
      ${joins.join('\n      ')}
     ${where.length ? `WHERE ${where.join('\n       AND ')}` : ''}
     ORDER BY ${order}
     LIMIT ${literalLimit(page.limit)} OFFSET ${params.add(page.offset)}
  )`);

  const sql = `WITH ${ctes.join(',\n  ')}
  SELECT p.id, p.name, p.type, p.website, p.address, p.description, to_json(p.focus_areas) AS focus_areas,
         to_json(p.publics) AS publics, to_json(p.interaction_types) AS interaction_types,
         to_json(p.impact_areas) AS impact_areas, p.stage, p.liaison_id, l.name AS liaison_name, p.contact_cadence_days,
         p.collaboration_level_library, p.collaboration_level_partner, to_json(p.tags) AS tags,
         pc.id AS primary_contact_id, pc.name AS primary_contact_name, pc.email AS primary_contact_email,
         pc.phone AS primary_contact_phone, rv.next_review_on::text AS next_review_on,
         ${isoTime('p.last_contact_at')} AS last_contact_at, ${isoTime('p.created_at')} AS created_at,
         ${isoTime('p.updated_at')} AS updated_at, p.created_by, p.version, ${isoTime('p.archived_at')} AS archived_at,
         hs.profile AS health_profile,
         page.total::int AS total
    FROM page
    JOIN partners p ON p.id = page.id
    LEFT JOIN users l ON l.id = p.liaison_id
    LEFT JOIN LATERAL (
      SELECT c.id, c.name, c.email, c.phone FROM contacts c
       WHERE c.partner_id = p.id AND c.is_primary AND c.archived_at IS NULL
       ORDER BY c.created_at LIMIT 1
    ) pc ON true
    ${nextReviewJoin(params)}
    ${HEALTH_JOIN}
   ORDER BY ${orderBy(filter, params, ranked, 'page.rank')}`;
  return { sql, params: params.values };
}
