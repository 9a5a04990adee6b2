import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { DataSource, MigrationInterface } from 'typeorm';
import { createTestDatabase, type TestDatabase } from '../../test/test-database';
import { MIGRATIONS } from '../../../../migrations';
import { createDataSource } from './data-source';

const MIGRATIONS_DIR = join(__dirname, '..', '..', '..', '..', 'migrations');

/** The SQL TypeORM would run to make the database match the entities; empty when migrations and entities agree. */
async function pendingSchemaChanges(dataSource: DataSource): Promise<string[]> {
  const sql = await dataSource.driver.createSchemaBuilder().log();
  return sql.upQueries.map((query) => query.query);
}

function describeDrift(queries: string[]): string {
  return queries.length === 0
    ? 'no drift'
    : `The entities need schema changes no migration makes (add a migration in migrations/ and list it in ` +
        `migrations/index.ts):\n${queries.map((query) => `  ${query};`).join('\n')}`;
}

describe('migrations', () => {
  jest.setTimeout(60_000);

  let database: TestDatabase;
  let dataSource: DataSource;

  beforeAll(async () => {
    database = await createTestDatabase({ empty: true });
    dataSource = createDataSource(database.url);
    await dataSource.initialize();
  });

  afterAll(async () => {
    if (dataSource?.isInitialized) await dataSource.destroy();
    await database?.drop();
  });

  it('build, on an empty database, exactly the schema the entities describe', async () => {
    const tables = await dataSource.query(`SELECT 1 FROM pg_tables WHERE schemaname = 'public'`);
    expect(tables).toHaveLength(0);

    const applied = await dataSource.runMigrations();
    expect(applied.map((migration) => migration.name)).toEqual(MIGRATIONS.map((migration) => migration.name));

    expect(describeDrift(await pendingSchemaChanges(dataSource))).toBe('no drift');
  });

  it('revert the newest migration cleanly and re-apply it without drift', async () => {
    const newest = MIGRATIONS[MIGRATIONS.length - 1];
    expect(newest).toBeDefined();

    await dataSource.undoLastMigration();
    expect(await dataSource.showMigrations()).toBe(true); // one pending again

    const reapplied = await dataSource.runMigrations();
    expect(reapplied.map((migration) => migration.name)).toEqual([newest!.name]);
    expect(describeDrift(await pendingSchemaChanges(dataSource))).toBe('no drift');
  });
});

describe('migrations/index.ts', () => {
  const files = readdirSync(MIGRATIONS_DIR)
    .filter((file) => file.endsWith('.ts') && file !== 'index.ts' && !file.endsWith('.d.ts'))
    .sort();

  it('lists every migration file in the folder', () => {
    expect(files.length).toBeGreaterThan(0);
    const listed = new Set<unknown>(MIGRATIONS);
    const missing: string[] = [];
    for (const file of files) {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const exported = Object.values(require(join(MIGRATIONS_DIR, file)) as Record<string, unknown>);
      const classes = exported.filter(
        (value): value is new () => MigrationInterface =>
          typeof value === 'function' && typeof (value.prototype as MigrationInterface | undefined)?.up === 'function',
      );
      if (classes.length === 0) missing.push(`${file} (exports no migration class)`);
      for (const migration of classes) if (!listed.has(migration)) missing.push(`${file}: ${migration.name}`);
    }
    expect(missing).toEqual([]);
  });

  it('names files <timestamp>-<name>.ts, one file per listed class, oldest first', () => {
    const fileTimestamps = files.map((file) => /^(\d{13})-[\w.-]+\.ts$/.exec(file)?.[1] ?? `bad file name: ${file}`);
    const classTimestamps = MIGRATIONS.map(
      (migration) => /(\d{13})$/.exec(migration.name)?.[1] ?? `class name without timestamp: ${migration.name}`,
    );
    expect(classTimestamps).toEqual(fileTimestamps);
  });
});
