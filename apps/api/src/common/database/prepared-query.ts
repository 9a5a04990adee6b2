import { createHash } from 'node:crypto';
import type { Pool, PoolClient } from 'pg';
import { type DataSource, type EntityManager, QueryFailedError, type QueryRunner } from 'typeorm';

/**
 * Runs a statement as a named prepared statement. For the API's big reads (lists, value figures) planning costs as
 * much as running them on the large data set, and for the small statements of a write (a lock, an INSERT) parsing
 * and planning are most of what PostgreSQL does: prepared once per connection, at 10 connections reads measured
 * 1.5–3× the statements per second. The name is a hash of the text, so different query shapes (filters present or
 * not) never share a name. Inside a transaction (an EntityManager bound to a query runner) it runs on that
 * transaction's connection; otherwise on the DataSource's pool. Returns the rows (also for INSERT … RETURNING);
 * errors come back as TypeORM's QueryFailedError, like `db.query`'s, so the unique-violation and retry checks see them.
 */
export async function preparedQuery<T>(dataSource: DataSource, text: string, values: unknown[], db?: EntityManager): Promise<T[]> {
  const runner = db?.queryRunner as (QueryRunner & { databaseConnection?: PoolClient }) | undefined;
  if (runner && !runner.databaseConnection) return db!.query(text, values);
  const client: Pool | PoolClient = runner?.databaseConnection ?? (dataSource.driver as unknown as { master: Pool }).master;
  try {
    const result = await client.query({ name: statementName(text), text, values });
    return result.rows as T[];
  } catch (error) {
    throw new QueryFailedError(text, values, error as Error);
  }
}

/** preparedQuery for repositories that are handed an EntityManager (a transaction's, or the default one). */
export function prepared<T>(db: EntityManager, text: string, values: unknown[]): Promise<T[]> {
  return preparedQuery<T>(db.connection, text, values, db);
}

/** Names by text: hashing a several-kilobyte statement on every request cost more than the lookup. */
const names = new Map<string, string>();
/** The query shapes are few (filters present or not), but a bound keeps a bug from growing the map forever. */
const MAX_NAMES = 1_000;

function statementName(text: string): string {
  let name = names.get(text);
  if (name === undefined) {
    name = `q_${createHash('sha256').update(text).digest('hex').slice(0, 24)}`;
    if (names.size >= MAX_NAMES) names.clear();
    names.set(text, name);
  }
  return name;
}
