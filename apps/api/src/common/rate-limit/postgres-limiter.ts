import type { Pool } from 'pg';
import { RateLimiterPostgres } from 'rate-limiter-flexible';
import type { DataSource } from 'typeorm';

/**
 * A rate limiter counting in PostgreSQL's rate_limits table, so every API process shares the counts. Made on first
 * use: the connection pool exists only once the DataSource has connected.
 */
export function postgresLimiter(dataSource: DataSource, options: { keyPrefix: string; points: number; duration: number }): () => RateLimiterPostgres {
  let limiter: RateLimiterPostgres | undefined;
  return () =>
    (limiter ??= new RateLimiterPostgres({
      storeClient: (dataSource.driver as unknown as { master: Pool }).master,
      tableName: 'rate_limits',
      tableCreated: true,
      ...options,
    }));
}
