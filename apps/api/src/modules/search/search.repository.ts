import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { preparedQuery } from '../../common/database/prepared-query';
import { prefixTsQuerySql } from './prefix-tsquery';

export type SearchRowKind = 'partner' | 'contact' | 'program' | 'communication' | 'impact-note';

export interface SearchRow {
  kind: SearchRowKind;
  id: string;
  title: string;
  /** The partner itself, or the record's partner; null for a program (and a note about a program only). */
  partner_id: string | null;
  partner_name: string | null;
  partner_type: string | null;
  partner_stage: string | null;
  contact_title: string | null;
  archived: boolean;
  rank: number;
  /** Programs: the program itself; notes: the program they are about, if any. */
  program_id: string | null;
  program_title: string | null;
  program_status: string | null;
  starts_on: string | null;
  ends_on: string | null;
  /** Programs: the names of the partners with a role in use, by name. */
  program_partners: string[] | null;
  channel: string | null;
  occurred_at: Date | null;
  /** The start of a communication's summary or a note's text (shortened further for display). */
  excerpt: string | null;
  note_kind: string | null;
  noted_on: string | null;
}

/** Search text's characters beyond these are never shown: a summary can be 20,000 characters. */
const EXCERPT_LENGTH = 240;

/** One kind searched newest first: its table, its date column, and what else must hold for a row to be shown. */
interface NewestFirst {
  /** Prefix of the CTEs' names: `<name>_hits` (and `<name>_window`). */
  name: string;
  table: string;
  /** Newest first by this column, then by id. */
  dateColumn: string;
  /**
   * How many of the newest rows in use are searched before falling back to every match (an index on (dateColumn,
   * id) gives them in order): enough that words found in fewer of them than a page of results are rare in the whole
   * table too, so the fallback reads few rows; few enough that reading them costs well under a millisecond.
   */
  window: number;
  /** The columns `visible` reads. */
  linkColumns: string[];
  /** Conditions besides being in use (the row is `alias`), such as its partner being in use. */
  visible: (alias: string) => string[];
}

/**
 * The newest `$1` rows in use of one kind whose search document matches `query`, as CTEs: `<name>_hits` has their
 * ids and dates. Sorting every match by date reads every match (a common prefix such as "pro" matches most
 * communications), and a scan in date order that filters as it goes reads the whole table when the words are rare
 * (a typo), which the planner cannot tell apart (the query is a parameter, for which it assumes a rare match). So:
 * first the `window` newest rows in use are filtered; when they hold `$1` matches, those are the newest of all
 * (every other row is older). Only when the words are rare among recent rows is every match read, through the GIN
 * index, and sorted (the one-time filter skips this otherwise; OFFSET 0 keeps it off the date-order scan).
 */
function newestMatches(kind: NewestFirst, query: string): string {
  const { name, table, dateColumn: date } = kind;
  const shown = (alias: string) => [`${alias}.search_document @@ ${query}`, ...kind.visible(alias)].join(' AND ');
  return `${name}_window AS MATERIALIZED (
      SELECT w.id, w.${date} FROM (
        SELECT ${['id', date, 'search_document', ...kind.linkColumns].map((column) => `x.${column}`).join(', ')}
          FROM ${table} x WHERE x.archived_at IS NULL ORDER BY x.${date} DESC, x.id DESC LIMIT ${kind.window}) w
       WHERE ${shown('w')}
       ORDER BY w.${date} DESC, w.id DESC LIMIT $1),
    ${name}_hits AS (
      SELECT * FROM ${name}_window WHERE (SELECT count(*) FROM ${name}_window) >= $1
      UNION ALL
      (SELECT m.* FROM (
         SELECT x.id, x.${date} FROM ${table} x
          WHERE (SELECT count(*) FROM ${name}_window) < $1 AND x.archived_at IS NULL AND ${shown('x')}
         OFFSET 0) m
       ORDER BY m.${date} DESC, m.id DESC LIMIT $1))`;
}

/**
 * The best `$1` contacts matching `query` as a CTE, `contact_hits`: live ones (of a live partner) first, then by
 * rank. A common prefix matches thousands ("mar": 1,626 of 20,000), so the order is decided on the contacts alone
 * and only the page's partners are read: whether a contact's partner is archived comes from the archived partners'
 * ids (a few dozen, hashed once), not from joining every match to its partner, which hashed all 2,000 partners' rows
 * and took half the search's time.
 */
function contactMatches(query: string): string {
  return `contact_hits AS (
      SELECT c.id, c.name, c.title, c.partner_id,
             (c.archived_at IS NOT NULL OR c.partner_id IN (SELECT ap.id FROM partners ap WHERE ap.archived_at IS NOT NULL)) AS archived,
             ts_rank(c.search_document, ${query})::float8 AS rank
        FROM contacts c
       WHERE c.search_document @@ ${query}
       ORDER BY 5, 6 DESC, lower(c.name), c.id
       LIMIT $1)`;
}

/**
 * The record's partner, if it has one, is in use. A lookup by primary key for each matching row, written as a
 * scalar subquery: as NOT EXISTS the planner hashes every archived partner first, which costs more than the few
 * lookups the matches need.
 */
const partnerInUse = (column: string) => `(SELECT ap.archived_at FROM partners ap WHERE ap.id = ${column}) IS NULL`;
/** The record's program, if it has one, is in use (as partnerInUse). */
const programInUse = (column: string) => `(SELECT ag.archived_at FROM programs ag WHERE ag.id = ${column}) IS NULL`;

const NEWEST_FIRST: readonly NewestFirst[] = [
  // Tens of thousands of programs and notes: a few hundred rows tell common words from rare ones.
  { name: 'program', table: 'programs', dateColumn: 'starts_on', window: 500, linkColumns: [], visible: () => [] },
  {
    name: 'communication',
    table: 'communications',
    dateColumn: 'occurred_at',
    // A word in fewer than 8 of the newest 2,000 is in a few hundred of 300,000; 2,000 stored documents are read
    // in well under a millisecond.
    window: 2000,
    linkColumns: ['partner_id'],
    visible: (a) => [partnerInUse(`${a}.partner_id`)],
  },
  {
    name: 'note',
    table: 'impact_notes',
    dateColumn: 'noted_on',
    window: 500,
    linkColumns: ['partner_id', 'program_id'],
    visible: (a) => [partnerInUse(`${a}.partner_id`), programInUse(`${a}.program_id`)],
  },
];

@Injectable()
export class SearchRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * Up to `limit` of each kind matching a prefix tsquery, in one statement, each kind through the GIN index on its
   * stored search document. Partners and contacts: live first, then rank, partners before contacts at equal rank,
   * then name (archived ones are shown, marked). Programs (newest start first), communications (most recent first)
   * and impact notes (most recent first): in use only, and only of partners and programs in use. Partners and
   * contacts come first, then programs, communications and notes, then archived partners and contacts.
   */
  async search(terms: string[], limit: number): Promise<SearchRow[]> {
    const params: unknown[] = [limit];
    const tsquery = prefixTsQuerySql(terms, (term) => {
      params.push(term);
      return `$${params.length}`;
    });
    // The query is made once, in a CTE, and used as a parameter. As a constant in each clause, a common word would
    // make the plan of the fallbacks (planned whether they run or not) look like reading most of a table, and a plan
    // of that cost is compiled by JIT (over 100 ms) on every search; and a prepared statement's reused plan would
    // parse the words again for every row it ranks or filters.
    const query = '(SELECT q.query FROM search_query q)';
    const ctes = [`search_query AS MATERIALIZED (SELECT ${tsquery} AS query)`, contactMatches(query), ...NEWEST_FIRST.map((kind) => newestMatches(kind, query))];
    // Prepared (see preparedQuery): planning one statement for five kinds took about 1.5 ms on the large data set, as
    // long as running a typical search; as you type the same shapes come back (one per number of words).
    return preparedQuery<SearchRow>(
      this.dataSource,
      `WITH ${ctes.join(',\n    ')}
       SELECT * FROM (
       (SELECT 'partner' AS kind, p.id, p.name AS title, p.id AS partner_id, p.name AS partner_name, p.type AS partner_type,
               p.stage AS partner_stage, NULL AS contact_title, p.archived_at IS NOT NULL AS archived,
               ts_rank(p.search_document, ${query})::float8 AS rank, 0 AS grp, 0::bigint AS position,
               NULL::uuid AS program_id, NULL AS program_title, NULL AS program_status, NULL AS starts_on, NULL AS ends_on,
               NULL::text[] AS program_partners, NULL AS channel, NULL::timestamptz AS occurred_at, NULL AS excerpt,
               NULL AS note_kind, NULL AS noted_on
          FROM partners p
         WHERE p.search_document @@ ${query}
         ORDER BY archived, rank DESC, lower(p.name), p.id
         LIMIT $1)
       UNION ALL
       SELECT 'contact', c.id, c.name, p.id, p.name, p.type, p.stage, c.title, c.archived, c.rank, 0, 0,
              NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL
         FROM contact_hits c JOIN partners p ON p.id = c.partner_id
       UNION ALL
       SELECT 'program', g.id, g.title, NULL, NULL, NULL, NULL, NULL, false, 0, 1,
              row_number() OVER (ORDER BY h.starts_on DESC, h.id DESC),
              g.id, g.title, g.status, g.starts_on::text, g.ends_on::text,
              ARRAY(SELECT DISTINCT pa.name FROM program_roles r JOIN partners pa ON pa.id = r.partner_id
                     WHERE r.program_id = g.id AND r.archived_at IS NULL ORDER BY pa.name),
              NULL, NULL, NULL, NULL, NULL
         FROM program_hits h JOIN programs g ON g.id = h.id
       UNION ALL
       SELECT 'communication', c.id, p.name, p.id, p.name, p.type, p.stage, NULL, false, 0, 2,
              row_number() OVER (ORDER BY h.occurred_at DESC, h.id DESC),
              NULL, NULL, NULL, NULL, NULL, NULL, c.channel, c.occurred_at, left(c.summary, ${EXCERPT_LENGTH}), NULL, NULL
         FROM communication_hits h JOIN communications c ON c.id = h.id JOIN partners p ON p.id = c.partner_id
       UNION ALL
       SELECT 'impact-note', n.id, left(n.text, ${EXCERPT_LENGTH}), p.id, p.name, p.type, p.stage, NULL, false, 0, 3,
              row_number() OVER (ORDER BY h.noted_on DESC, h.id DESC),
              g.id, g.title, NULL, NULL, NULL, NULL, NULL, NULL, left(n.text, ${EXCERPT_LENGTH}), n.kind, n.noted_on::text
         FROM note_hits h JOIN impact_notes n ON n.id = h.id
         LEFT JOIN partners p ON p.id = n.partner_id
         LEFT JOIN programs g ON g.id = n.program_id
       ) found
       ORDER BY found.archived, found.grp, found.rank DESC, found.position, found.kind DESC, lower(found.title), found.id`,
      params,
    );
  }
}
