import { Client } from 'pg';
import { VALUE_FIGURE_TABLES, VALUE_FIGURE_TRIGGERS } from '../../../../migrations/1764633600000-value-view-figures';
import { PROGRAM_TOTALS_TRIGGER } from '../../../../migrations/1765411200000-program-totals';
import { GENERATORS } from './generators';
import { Rng } from './random';
import { LARGE_LIBRARY, type SeedContext, type SeedScale } from './seed-context';

export const DEFAULT_SEED = 42;
/**
 * Tables the seed fills with hundreds of thousands of rows. Their secondary indexes and foreign keys are dropped for
 * the inserts and made again afterwards, in the same transaction: one sorted build per index instead of a B-tree
 * insertion per row and index, and one set-based check per foreign key instead of a trigger per row (each took
 * seconds of a load of 300,000 communications and 400,000 audit entries). Every row is still checked when a foreign
 * key is added back. Primary keys stay, so a second run of the same seed still collides on them and is refused.
 */
const DEFERRED_TABLES = [
  'communications', 'communication_factor_tags', 'commitments', 'audit_entries',
  'programs', 'program_roles', 'program_sessions', 'contributions', 'outcome_results', 'impact_notes',
];
/** Program records' audit entries that carry no partner (a program's own; sessions' and outcome results'). */
const PROGRAM_ENTITY_TYPES = ['program', 'program-role', 'program-session', 'contribution', 'outcome-result', 'impact-note'];
/** The triggers that keep partner_contact_documents (migration 1764806400000-partner-last-contact). */
const CONTACT_DOCUMENT_TRIGGERS = ['TRG_contacts_partner_document_insert', 'TRG_contacts_partner_document_update', 'TRG_contacts_partner_document_delete'];
/** Every partner's document of its live contacts' words, as partner_refresh_contact_document makes one partner's. */
export const INSERT_PARTNER_CONTACT_DOCUMENTS = `
  INSERT INTO partner_contact_documents (partner_id, document)
  SELECT c.partner_id, array_to_tsvector(array_agg(DISTINCT x.lexeme))
    FROM contacts c CROSS JOIN LATERAL unnest(c.search_document) x
   WHERE c.archived_at IS NULL
   GROUP BY c.partner_id`;
/** More partners than this means "a real or already seeded database": refuse unless forced. */
export const REFUSE_ABOVE_PARTNERS = 100;

export interface LargeSeedOptions {
  seed?: number;
  /** Truncate partner data (and everything that references partners) first. */
  force?: boolean;
  scale?: SeedScale;
  /** Dates are relative to this instant; defaults to the start of today (UTC), so a seed is stable for a day. */
  now?: Date;
  log?: (line: string) => void;
  /** Refuse (unless forced) when the database has more partners than this; default REFUSE_ABOVE_PARTNERS. */
  refuseAbovePartners?: number;
}

export interface LargeSeedResult {
  seed: number;
  now: Date;
  rows: { kind: string; count: number; ms: number }[];
  /** Wall time of the transaction (generation + inserts + commit), then of VACUUM (FULL of programs, then ANALYZE). */
  insertMs: number;
  analyzeMs: number;
}

export class SeedRefusedError extends Error {}

/**
 * Drops the foreign keys of these tables and their indexes that back no constraint (so not primary keys or unique
 * constraints), and returns the statements that make them again, from their definitions as PostgreSQL prints them
 * (pg_get_constraintdef, pg_get_indexdef): whatever the migrations made, partial indexes and ON DELETE rules
 * included, comes back exactly. Inside the seed's transaction, so a failure leaves everything as it was.
 */
async function dropForLoading(client: Client, tables: readonly string[]): Promise<string[]> {
  const tableIds = `SELECT to_regclass(t) FROM unnest($1::text[]) AS t`;
  const keys = await client.query<{ table_name: string; name: string; definition: string }>(
    `SELECT k.conrelid::regclass::text AS table_name, quote_ident(k.conname) AS name, pg_get_constraintdef(k.oid) AS definition
       FROM pg_constraint k WHERE k.contype = 'f' AND k.conrelid IN (${tableIds}) ORDER BY 1, 2`,
    [tables],
  );
  const indexes = await client.query<{ name: string; definition: string }>(
    `SELECT quote_ident(n.nspname) || '.' || quote_ident(c.relname) AS name, pg_get_indexdef(i.indexrelid) AS definition
       FROM pg_index i
       JOIN pg_class c ON c.oid = i.indexrelid
       JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE i.indrelid IN (${tableIds})
        AND NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conindid = i.indexrelid)
      ORDER BY 1`,
    [tables],
  );
  for (const key of keys.rows) await client.query(`ALTER TABLE ${key.table_name} DROP CONSTRAINT ${key.name}`);
  for (const index of indexes.rows) await client.query(`DROP INDEX ${index.name}`);
  return [
    ...indexes.rows.map((index) => index.definition),
    ...keys.rows.map((key) => `ALTER TABLE ${key.table_name} ADD CONSTRAINT ${key.name} ${key.definition}`),
  ];
}

/** The start of today in UTC, or SEED_TODAY=YYYY-MM-DD when given. */
export function seedNow(today = process.env.SEED_TODAY): Date {
  if (today) {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(today) || Number.isNaN(Date.parse(`${today}T00:00:00Z`))) {
      throw new Error(`SEED_TODAY must be a date like 2026-01-31 (got "${today}")`);
    }
    return new Date(`${today}T00:00:00Z`);
  }
  return new Date(`${new Date().toISOString().slice(0, 10)}T00:00:00Z`);
}

/**
 * Fills a migrated database with a large library's records, straight into the tables with multi-row inserts in one
 * transaction (all or nothing). Bulk fixture data: it writes audit entries only for the records the partner timeline
 * reads (communications, commitments, programs and their roles, contributions and notes), sets created_by/updated_by
 * to generated staff, and version = 1 like a fresh record (one more for each change those entries describe).
 */
export async function runLargeSeed(url: string, options: LargeSeedOptions = {}): Promise<LargeSeedResult> {
  const seed = options.seed ?? DEFAULT_SEED;
  const now = options.now ?? seedNow();
  const log = options.log ?? (() => undefined);
  const client = new Client({ connectionString: url, application_name: 'common-ground-seed' });
  await client.connect();
  try {
    const schema = await client.query<{ ok: boolean }>("SELECT to_regclass('public.partners') IS NOT NULL AS ok");
    if (!schema.rows[0]?.ok) throw new Error('The database has no partners table: run the migrations first (npm run db:migrate).');
    const existing = Number((await client.query<{ n: string }>('SELECT count(*) AS n FROM partners')).rows[0]?.n ?? 0);
    const limit = options.refuseAbovePartners ?? REFUSE_ABOVE_PARTNERS;
    if (existing > limit && !options.force) {
      throw new SeedRefusedError(
        `This database already has ${existing} partners. The large seed only fills a database with ${limit} or fewer; ` +
          'run it with --force to delete every partner (with their contacts, goals, agreements and timeline entries) and seed again.',
      );
    }

    const started = Date.now();
    const rows: LargeSeedResult['rows'] = [];
    await client.query('BEGIN');
    try {
      // Fixture data: losing the last commit on a crash costs nothing, and it saves a flush per chunk.
      await client.query('SET LOCAL synchronous_commit = off');
      if (options.force && existing > 0) {
        // CASCADE empties every table that references partners or programs (contacts, goals, agreements,
        // communications, commitments, roles, sessions, contributions, outcome results, notes…); their timeline
        // entries would point at nothing, so they go too, and so do the entries of the programs and their records.
        await client.query('TRUNCATE partners, programs CASCADE');
        const audit = await client.query('DELETE FROM audit_entries WHERE partner_id IS NOT NULL OR entity_type = ANY($1::text[])', [PROGRAM_ENTITY_TYPES]);
        log(`--force: deleted ${existing} partners, every program, everything that referenced them, and ${audit.rowCount ?? 0} of their audit entries.`);
      }
      const ctx: SeedContext = { db: client, rng: new Rng(seed), scale: options.scale ?? LARGE_LIBRARY, now, staff: [], partners: [], contacts: [], communications: [], commitments: [], programs: [], programRoles: [], sessions: [] };
      const deferred = await dropForLoading(client, DEFERRED_TABLES);
      // Each partner's contact document (the list's search) would be recomputed per contact inserted: off for the
      // load, then made for every partner at once, as the triggers would have left it.
      for (const trigger of CONTACT_DOCUMENT_TRIGGERS) await client.query(`ALTER TABLE contacts DISABLE TRIGGER "${trigger}"`);
      // The value view's figures are kept by row triggers on programs, roles, sessions, results, lines and notes (a
      // recount per row): off for the load, then computed for everything at once by one set-based rebuild.
      for (const { table, trigger } of VALUE_FIGURE_TRIGGERS) await client.query(`ALTER TABLE ${table} DISABLE TRIGGER "${trigger}"`);
      // Likewise the list's totals over every live program: 16 rows, each written by thousands of programs in one
      // transaction (every version kept until it commits) would be a long chain to walk for each next write.
      await client.query(`ALTER TABLE ${PROGRAM_TOTALS_TRIGGER.table} DISABLE TRIGGER "${PROGRAM_TOTALS_TRIGGER.trigger}"`);
      for (const generator of GENERATORS) {
        const t0 = Date.now();
        const count = await generator.run(ctx);
        const ms = Date.now() - t0;
        rows.push({ kind: generator.kind, count, ms });
        log(`  ${generator.kind.padEnd(22)} ${String(count).padStart(8)} rows  ${String(ms).padStart(6)} ms`);
      }
      for (const trigger of CONTACT_DOCUMENT_TRIGGERS) await client.query(`ALTER TABLE contacts ENABLE TRIGGER "${trigger}"`);
      await client.query(INSERT_PARTNER_CONTACT_DOCUMENTS);
      const t1 = Date.now();
      await client.query(`SET LOCAL maintenance_work_mem = '256MB'`);
      for (const definition of deferred) await client.query(definition);
      log(`  ${'indexes, keys'.padEnd(22)} ${String(deferred.length).padStart(8)} made  ${String(Date.now() - t1).padStart(6)} ms`);
      const t2 = Date.now();
      for (const { table, trigger } of VALUE_FIGURE_TRIGGERS) await client.query(`ALTER TABLE ${table} ENABLE TRIGGER "${trigger}"`);
      await client.query('SELECT value_figures_rebuild()');
      await client.query(`ALTER TABLE ${PROGRAM_TOTALS_TRIGGER.table} ENABLE TRIGGER "${PROGRAM_TOTALS_TRIGGER.trigger}"`);
      await client.query('SELECT program_totals_rebuild()');
      log(`  ${'value view figures'.padEnd(22)} ${'rebuilt'.padStart(8)}       ${String(Date.now() - t2).padStart(6)} ms`);
      await client.query('COMMIT');
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      const { code, constraint } = error as { code?: string; constraint?: string };
      if (code === '23505' && constraint?.startsWith('PK_')) {
        // Ids are derived from the seed: the same seed twice collides on them.
        throw new SeedRefusedError(
          `This database already holds records generated with SEED=${seed} (${constraint}). Nothing was written. ` +
            'Run with --force to replace the partner data, or choose another SEED.',
        );
      }
      throw error;
    }
    const insertMs = Date.now() - started;
    // Fresh statistics, so the planner sees 2,000 partners and not the empty tables it last analysed; and VACUUM, so
    // the tables are in the state autovacuum keeps a database in (visibility map set, hint bits written: index-only
    // scans skip the heap) rather than just bulk-loaded, and autovacuum has nothing to catch up on while the bench
    // measures.
    const t1 = Date.now();
    // The sessions' totals were set on every program that has sessions by one UPDATE in the transaction that
    // inserted them, so each of those rows was written twice and the table is twice the size of its rows (plain
    // VACUUM frees the space but keeps the pages). A database that grew over time keeps such a table compact
    // enough; VACUUM FULL rewrites this one (20,000 rows, a fraction of a second), in its physical order.
    // Likewise partners: each row with a communication was written again with its last contact.
    await client.query('VACUUM (FULL) programs, partners');
    await client.query(
      'VACUUM (ANALYZE) users, partners, partner_contact_documents, contacts, goals, agreements, communications, communication_factor_tags, commitments, audit_entries, ' +
        `programs, program_roles, program_sessions, contributions, outcome_results, impact_notes, program_totals, ${VALUE_FIGURE_TABLES.join(', ')}`,
    );
    return { seed, now, rows, insertMs, analyzeMs: Date.now() - t1 };
  } finally {
    await client.end();
  }
}
