import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { EmbeddedPostgres, quoteIdent } from '../database/embedded-postgres';

export const BENCH_DATABASE_NAME = 'cg_bench';
const LOCAL_ADMIN_URL = 'postgres://postgres@127.0.0.1:5432/postgres';

export interface BenchDatabase {
  url: string;
  /** Printed with the results: which server, and why it was chosen. */
  description: string;
  /** A database the bench created for itself (empty at start): seeding it never needs --force. */
  dedicated: boolean;
  /** Leaves nothing behind: stops an embedded server and deletes its folder, or drops cg_bench. */
  release(): Promise<void>;
}

/**
 * The database the benchmark fills and reads, chosen so results are comparable between machines:
 * 1. BENCH_DATABASE_URL when set (used as is; the large seed refuses it if it already has partners, unless --force);
 * 2. otherwise a fresh embedded PostgreSQL 18 in a temporary folder (the same server on every machine);
 * 3. if that cannot start (no binaries for this platform), a `cg_bench` database recreated on 127.0.0.1:5432.
 * BENCH_DB=local skips the embedded server and goes straight to 3.
 */
export async function chooseBenchDatabase(log: (line: string) => void): Promise<BenchDatabase> {
  if (process.env.BENCH_DATABASE_URL) {
    return { url: process.env.BENCH_DATABASE_URL, description: 'BENCH_DATABASE_URL', dedicated: false, release: async () => {} };
  }
  if (process.env.BENCH_DB !== 'local') {
    try {
      return await startEmbedded();
    } catch (error) {
      log(`The embedded PostgreSQL did not start (${firstLine(error)}); trying 127.0.0.1:5432.`);
    }
  }
  return recreateLocal();
}

async function startEmbedded(): Promise<BenchDatabase> {
  const folder = mkdtempSync(join(tmpdir(), 'common-ground-bench-'));
  // mkdtemp makes the folder 0700; the server runs as the `postgres` user and must reach inside.
  chmodSync(folder, 0o755);
  // fsync off only speeds up the seed's writes; the measured requests are reads from memory either way.
  const server = new EmbeddedPostgres({ dataDir: join(folder, 'postgres'), fast: true });
  try {
    await server.start();
    await server.ensureDatabase(BENCH_DATABASE_NAME);
  } catch (error) {
    await server.stop().catch(() => undefined);
    rmSync(folder, { recursive: true, force: true });
    throw error;
  }
  return {
    url: server.url(BENCH_DATABASE_NAME),
    description: `fresh embedded PostgreSQL in ${folder} (port ${server.port}, fsync off)`,
    dedicated: true,
    release: async () => {
      await server.stop();
      rmSync(folder, { recursive: true, force: true });
    },
  };
}

async function recreateLocal(): Promise<BenchDatabase> {
  const admin = async (sql: string) => {
    const client = new Client({ connectionString: LOCAL_ADMIN_URL, connectionTimeoutMillis: 3_000 });
    client.on('error', () => undefined);
    await client.connect();
    try {
      await client.query(sql);
    } finally {
      await client.end();
    }
  };
  try {
    await admin(`DROP DATABASE IF EXISTS ${quoteIdent(BENCH_DATABASE_NAME)} WITH (FORCE)`);
    await admin(`CREATE DATABASE ${quoteIdent(BENCH_DATABASE_NAME)}`);
  } catch (error) {
    throw new Error(
      `No database for the benchmark: set BENCH_DATABASE_URL, install the embedded PostgreSQL (npm install), or run a ` +
        `PostgreSQL on 127.0.0.1:5432 whose postgres role may create databases (${firstLine(error)}).`,
    );
  }
  return {
    url: LOCAL_ADMIN_URL.replace(/\/postgres$/, `/${BENCH_DATABASE_NAME}`),
    description: `database ${BENCH_DATABASE_NAME} on the local server 127.0.0.1:5432 (recreated for this run)`,
    dedicated: true,
    release: () => admin(`DROP DATABASE IF EXISTS ${quoteIdent(BENCH_DATABASE_NAME)} WITH (FORCE)`),
  };
}

function firstLine(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split('\n')[0]!;
}
