import { Client } from 'pg';

/**
 * Per-test-file databases. test/global-setup.ts picks a server and migrates one template database; each test file
 * clones it (CREATE DATABASE … TEMPLATE …, ~50 ms on the embedded server) in beforeAll and drops it in afterAll:
 *
 *   let db: TestDatabase;
 *   beforeAll(async () => { db = await createTestDatabase(); });
 *   afterAll(async () => { await db.drop(); });
 */
export interface TestDatabase {
  /** Connection URL of this file's own database. */
  url: string;
  /** DROP DATABASE … WITH (FORCE): also ends connections still open. Idempotent. */
  drop(): Promise<void>;
}

/** Set by global-setup.ts; environment variables set there reach every worker. */
export const TEST_ENV = {
  /** A URL to a database on the chosen server whose role may create databases. */
  adminUrl: 'CG_TEST_ADMIN_URL',
  /** The migrated template database. */
  template: 'CG_TEST_TEMPLATE_DB',
  /** Unique per jest run; prefixes every database the run creates, so teardown can sweep leftovers. */
  runId: 'CG_TEST_RUN_ID',
  /** Which server was chosen: TEST_DATABASE_URL, local or embedded. */
  source: 'CG_TEST_DB_SOURCE',
} as const;

let counter = 0;

/**
 * A new database for one test file: a copy of the migrated template, or with `{ empty: true }` an empty database
 * (no migrations applied; for tests of the migrations themselves).
 */
export async function createTestDatabase(options: { empty?: boolean } = {}): Promise<TestDatabase> {
  const adminUrl = requireEnv(TEST_ENV.adminUrl);
  const template = requireEnv(TEST_ENV.template);
  const runId = requireEnv(TEST_ENV.runId);
  counter += 1;
  const name = `${cloneNamePrefix(runId)}${process.pid}_${counter}`;

  const sql = options.empty
    ? `CREATE DATABASE ${quoteIdent(name)}`
    : `CREATE DATABASE ${quoteIdent(name)} TEMPLATE ${quoteIdent(template)}`;
  // Cloning fails while another session is connected to the source (55006 object_in_use); retry briefly.
  for (let attempt = 1; ; attempt++) {
    try {
      await withAdmin(adminUrl, (client) => client.query(sql));
      break;
    } catch (error) {
      if ((error as { code?: string }).code !== '55006' || attempt >= 20) throw error;
      await new Promise((resolve) => setTimeout(resolve, 100 * attempt));
    }
  }

  let dropped: Promise<void> | undefined;
  return {
    url: databaseUrl(adminUrl, name),
    drop: () => {
      dropped ??= withAdmin(adminUrl, async (client) => {
        await client.query(`DROP DATABASE IF EXISTS ${quoteIdent(name)} WITH (FORCE)`);
      });
      return dropped;
    },
  };
}

/** Every database a run clones starts with this, so global-teardown.ts can drop the ones a crashed file left. */
export function cloneNamePrefix(runId: string): string {
  return `cg_test_${runId}_`;
}

/** The same server and credentials as `url`, another database. */
export function databaseUrl(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${encodeURIComponent(database)}`;
  return parsed.toString();
}

export async function withAdmin<T>(url: string, work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: url, connectionTimeoutMillis: 10_000 });
  client.on('error', () => undefined); // errors surface through the awaited calls
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

export function quoteIdent(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

function requireEnv(name: string): string {
  const value = process.env[name];
  if (!value) {
    throw new Error(
      `${name} is not set: run the API tests through jest with apps/api/jest.config.cjs, whose globalSetup ` +
        `(test/global-setup.ts) prepares the test database server`,
    );
  }
  return value;
}
