import autocannon from 'autocannon';
import { Pool } from 'pg';

export interface LoadResult {
  requests: number;
  /** Completed requests per second over the measured duration. */
  rps: number;
  p50: number;
  p95: number;
  p99: number;
  /** Non-2xx answers, timeouts and connection errors (HTTP), or failed statements (SQL). */
  errors: number;
}

/** Nearest-rank percentiles over every latency recorded (ms), the same way for HTTP and SQL. */
export function summarise(latencies: number[], seconds: number, errors: number): LoadResult {
  const sorted = Float64Array.from(latencies).sort();
  const at = (p: number) => (sorted.length === 0 ? NaN : sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!);
  return { requests: sorted.length, rps: sorted.length / seconds, p50: at(50), p95: at(95), p99: at(99), errors };
}

/** A request that changes data: each one sent gets a fresh body (a different partner, say). */
export interface WriteRequest {
  method: 'POST' | 'PATCH';
  /** Called once per request sent; returns its JSON body. */
  body: () => unknown;
}

/**
 * Closed-loop HTTP load with autocannon: `connections` keep-alive connections, each sending the next request as
 * soon as the last answer arrived, for `seconds`. Latency is taken per response (autocannon's own histogram has
 * no p95). With `write`, every request is that method with its own JSON body and the headers a browser sends with
 * a change (content type, and X-Requested-With, which the API requires of every change).
 */
export function httpLoad(url: string, cookie: string, connections: number, seconds: number, write?: WriteRequest): Promise<LoadResult> {
  const latencies: number[] = [];
  const headers: Record<string, string> = { cookie, accept: 'application/json' };
  if (write) Object.assign(headers, { 'content-type': 'application/json', 'x-requested-with': 'XMLHttpRequest' });
  const { pathname, search } = new URL(url);
  const requests: autocannon.Request[] | undefined = write
    ? [{ method: write.method, path: `${pathname}${search}`, setupRequest: (request) => ({ ...request, body: JSON.stringify(write.body()) }) }]
    : undefined;
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      { url, connections, duration: seconds, headers, timeout: 10, ...(requests ? { requests } : {}) },
      (error, result) => {
        if (error) return reject(error);
        const failed = result.non2xx + result.errors; // errors include timeouts
        resolve(summarise(latencies, seconds, failed));
      },
    );
    instance.on('response', (_client, statusCode, _bytes, responseTime) => {
      if (statusCode >= 200 && statusCode < 300) latencies.push(responseTime);
    });
  });
}

/** One captured statement of an endpoint, as the app sent it to PostgreSQL. */
export interface Statement {
  text: string;
  values: unknown[];
  /** Set when the app ran it as a named prepared statement (see common/database/prepared-query.ts). */
  name?: string;
}

/**
 * How many times each connection runs a request's named statements before the clock starts. PostgreSQL plans the
 * first five executions of a prepared statement for their parameter values and may then switch to a generic plan
 * (plan_cache_mode = auto); the API's pooled connections are long past that when they are measured (its warm-up
 * alone runs each statement dozens of times), so the replay's fresh connections are brought to the same state.
 */
export const PREPARED_WARM_UP = 6;

/**
 * The same closed loop straight through `pg`: a Pool of `connections` clients, each worker running one request's
 * statements (waves of statements the app ran concurrently go out concurrently) again and again for `seconds`.
 */
export async function sqlLoad(url: string, waves: Statement[][], connections: number, seconds: number): Promise<LoadResult> {
  const pool = new Pool({ connectionString: url, max: connections, application_name: 'common-ground-bench-sql' });
  pool.on('error', () => undefined);
  try {
    // Open every connection first, as autocannon does, so connecting is not measured; and run the named statements
    // on each a few times, so their plans are the ones the API's connections use (PREPARED_WARM_UP).
    const clients = await Promise.all(Array.from({ length: connections }, () => pool.connect()));
    const named = waves.flat().filter((s) => s.name);
    await Promise.all(
      clients.map(async (client) => {
        for (let i = 0; i < PREPARED_WARM_UP; i++) {
          for (const s of named) await client.query({ name: s.name, text: s.text, values: s.values });
        }
      }),
    );
    clients.forEach((client) => client.release());
    const latencies: number[] = [];
    let errors = 0;
    const deadline = performance.now() + seconds * 1000;
    const worker = async () => {
      while (performance.now() < deadline) {
        const started = performance.now();
        try {
          for (const wave of waves) await Promise.all(wave.map((s) => (s.name ? pool.query({ name: s.name, text: s.text, values: s.values }) : pool.query(s.text, s.values))));
          latencies.push(performance.now() - started);
        } catch {
          errors++;
        }
      }
    };
    await Promise.all(Array.from({ length: connections }, worker));
    return summarise(latencies, seconds, errors);
  } finally {
    await pool.end();
  }
}
