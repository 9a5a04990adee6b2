import { chmodSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDataSource } from '../src/database/data-source';
import { EmbeddedPostgres, isAlive } from '../src/database/embedded-postgres';
import { databaseUrl, quoteIdent, TEST_ENV, withAdmin } from './test-database';

/**
 * Runs once, in jest's main process, before any test file. Picks the PostgreSQL server:
 *   1. TEST_DATABASE_URL, when set (fails loudly when unusable): a URL whose role may create databases;
 *   2. else a trusting server on 127.0.0.1:5432 (user postgres) whose role may create databases
 *      (skipped when CG_TEST_SKIP_LOCAL_PG=1);
 *   3. else our embedded server (src/database/embedded-postgres.ts) on a free port, in a fresh temp folder.
 * Then migrates one template database, which every test file clones (test/test-database.ts).
 * global-teardown.ts drops it and stops the embedded server.
 */

const TEMP_PREFIX = 'cg-test-pg-';
/** A temp folder this old whose server is gone was left by a killed run. */
const ABANDONED_AFTER_MS = 60 * 60 * 1000;
const LOCAL_URL = 'postgres://postgres@127.0.0.1:5432/postgres';
/** gen_random_uuid() is built in from PostgreSQL 13. */
const MIN_SERVER_VERSION = 130000;

/** Handed to global-teardown.ts (same process). */
export interface TestServerState {
  adminUrl: string;
  template: string;
  runId: string;
  embedded?: EmbeddedPostgres;
  tempDir?: string;
}

declare global {
  var __cgTestServer: TestServerState | undefined;
}

export default async function globalSetup(): Promise<void> {
  const started = Date.now();
  const runId = `${process.pid}_${Date.now().toString(36)}`;
  const template = `cg_template_${runId}`;
  const state: TestServerState = { adminUrl: '', template, runId };
  globalThis.__cgTestServer = state;

  try {
    const { adminUrl, source } = await chooseServer(state);
    state.adminUrl = adminUrl;

    await withAdmin(adminUrl, (client) => client.query(`CREATE DATABASE ${quoteIdent(template)}`));
    const dataSource = createDataSource(databaseUrl(adminUrl, template));
    await dataSource.initialize();
    try {
      await dataSource.runMigrations();
    } finally {
      await dataSource.destroy();
    }

    process.env[TEST_ENV.adminUrl] = adminUrl;
    process.env[TEST_ENV.template] = template;
    process.env[TEST_ENV.runId] = runId;
    process.env[TEST_ENV.source] = source;
    const where = new URL(adminUrl);
    process.stderr.write(
      `\n[test db] ${source} server ${where.host}, template ${template} migrated in ${Date.now() - started} ms\n`,
    );
  } catch (error) {
    // jest does not run globalTeardown when globalSetup fails: clean up here.
    await cleanUp(state).catch(() => undefined);
    throw error;
  }
}

async function chooseServer(state: TestServerState): Promise<{ adminUrl: string; source: string }> {
  const explicit = process.env.TEST_DATABASE_URL;
  if (explicit) {
    const problem = await probe(explicit);
    if (problem) throw new Error(`TEST_DATABASE_URL is set but unusable: ${problem}`);
    return { adminUrl: explicit, source: 'TEST_DATABASE_URL' };
  }

  if (process.env.CG_TEST_SKIP_LOCAL_PG !== '1') {
    const problem = await probe(LOCAL_URL);
    if (!problem) return { adminUrl: LOCAL_URL, source: 'local' };
    if (process.env.CG_TEST_VERBOSE) process.stderr.write(`[test db] no local server: ${problem}\n`);
  }

  sweepAbandonedTempDirs();
  const tempDir = mkdtempSync(join(tmpdir(), TEMP_PREFIX));
  chmodSync(tempDir, 0o755); // the server runs as the postgres user when we are root; mkdtemp makes it 0700
  state.tempDir = tempDir;
  const embedded = new EmbeddedPostgres({ dataDir: join(tempDir, 'data'), fast: true });
  state.embedded = embedded;
  await embedded.start();
  return { adminUrl: embedded.url('postgres'), source: 'embedded' };
}

/** Removes embedded-server folders that killed runs (SIGKILL, a closed terminal) left in the temp folder. */
function sweepAbandonedTempDirs(): void {
  for (const entry of readdirSync(tmpdir())) {
    if (!entry.startsWith(TEMP_PREFIX)) continue;
    const dir = join(tmpdir(), entry);
    try {
      if (Date.now() - statSync(dir).mtimeMs < ABANDONED_AFTER_MS) continue;
      const pidFile = join(dir, 'data', 'postmaster.pid');
      if (existsSync(pidFile)) {
        const pid = Number(readFileSync(pidFile, 'utf8').split('\n')[0]);
        if (pid > 0 && isAlive(pid)) continue;
      }
      rmSync(dir, { recursive: true, force: true });
    } catch {
      // another run removed it meanwhile, or it is not ours to remove
    }
  }
}


/** undefined when the server at `url` takes connections and its role may create databases; else why not. */
async function probe(url: string): Promise<string | undefined> {
  try {
    const row = await withAdmin(url, async (client) => {
      const result = await client.query<{ can_create: boolean; version: number }>(
        `SELECT (rolcreatedb OR rolsuper) AS can_create, current_setting('server_version_num')::int AS version
           FROM pg_roles WHERE rolname = current_user`,
      );
      return result.rows[0];
    });
    if (!row?.can_create) return 'its role may not create databases (CREATEDB)';
    if (row.version < MIN_SERVER_VERSION) return `PostgreSQL ${row.version} is older than 13`;
    return undefined;
  } catch (error) {
    return (error as Error).message || String(error);
  }
}

/** Drops the template and this run's leftover clones; stops the embedded server and removes its folder. */
export async function cleanUp(state: TestServerState): Promise<void> {
  try {
    if (state.adminUrl) {
      await withAdmin(state.adminUrl, async (client) => {
        const leftovers = await client.query<{ datname: string }>(
          `SELECT datname FROM pg_database WHERE datname = $1 OR starts_with(datname, $2)`,
          [state.template, `cg_test_${state.runId}_`],
        );
        for (const { datname } of leftovers.rows) {
          await client.query(`DROP DATABASE IF EXISTS ${quoteIdent(datname)} WITH (FORCE)`);
        }
      });
    }
  } finally {
    if (state.embedded) await state.embedded.stop();
    if (state.tempDir) rmSync(state.tempDir, { recursive: true, force: true });
  }
}
