import type { INestApplication } from '@nestjs/common';
import pg from 'pg';
import { createApp } from '../app.factory';
import type { AppConfig } from '../config/app-config';
import type { Statement } from './load';

interface Recorded extends Statement {
  started: number;
  ended: number;
}

/** Statements the auth guard runs on every request (session lookup and touch): not part of an endpoint's own SQL. */
const AUTH_STATEMENT = /\bstaff_sessions\b/;

export interface CapturedEndpoint {
  /** The endpoint's own statements, grouped in waves: statements in one wave ran concurrently in the app. */
  waves: Statement[][];
  /** How many statements the guard ran for the session (left out of the SQL replay unless asked for). */
  authStatements: number;
  /** The guard's session lookup (reads only; the once-a-minute "last seen" touch is left out). */
  authWaves: Statement[][];
  status: number;
}

/**
 * Learns exactly which SQL each endpoint runs: starts the app in this process on the benchmark database (same
 * configuration and session secret as the measured API, so the same session cookies work), records every query
 * node-postgres sends while one request is served, and groups them into waves by overlap. Replaying that through
 * `pg` gives the "raw SQL" baseline for the endpoint, whatever query builder or repository produced it.
 */
export async function captureEndpointSql(
  config: AppConfig,
  databaseUrl: string,
  requests: ReadonlyArray<{ path: string; cookie: string }>,
): Promise<Map<string, CapturedEndpoint>> {
  const recorded: Recorded[] = [];
  let recording = false;
  const prototype = pg.Client.prototype as unknown as { query: (...args: unknown[]) => unknown };
  const original = prototype.query;
  prototype.query = function patchedQuery(this: unknown, ...args: unknown[]) {
    const [first, second] = args;
    const config = typeof first === 'object' && first !== null ? (first as { text?: string; name?: string; values?: unknown[] }) : undefined;
    const text = typeof first === 'string' ? first : config?.text;
    if (!recording || !text) return original.apply(this, args);
    const values = (Array.isArray(second) ? second : (config?.values ?? [])) as unknown[];
    // A named statement (prepared once per connection, its plan reused) is replayed as one too.
    const entry: Recorded = { text, values, ...(config?.name ? { name: config.name } : {}), started: performance.now(), ended: Infinity };
    recorded.push(entry);
    // pg.Pool#query calls the client with a callback (and gets no promise back); TypeORM awaits the promise.
    const callback = args[args.length - 1];
    if (typeof callback === 'function') {
      args[args.length - 1] = (...results: unknown[]) => {
        entry.ended = performance.now();
        return (callback as (...a: unknown[]) => unknown)(...results);
      };
      return original.apply(this, args);
    }
    const result = original.apply(this, args);
    if (!(result instanceof Promise)) return result;
    return result.finally(() => {
      entry.ended = performance.now();
    });
  };

  let app: INestApplication | undefined;
  try {
    app = await createApp({ config, databaseUrl, logger: false });
    await app.listen(0, '127.0.0.1');
    const base = (await app.getUrl()).replace('[::1]', '127.0.0.1');
    const captured = new Map<string, CapturedEndpoint>();
    for (const { path, cookie } of requests) {
      // Once to warm up (connections, lazy metadata), once recorded.
      await fetch(`${base}${path}`, { headers: { cookie } });
      recorded.length = 0;
      recording = true;
      const response = await fetch(`${base}${path}`, { headers: { cookie } });
      await response.arrayBuffer();
      recording = false;
      const own = recorded.filter((r) => !AUTH_STATEMENT.test(r.text));
      const auth = recorded.filter((r) => AUTH_STATEMENT.test(r.text));
      captured.set(path, {
        waves: toWaves(own),
        authStatements: auth.length,
        authWaves: toWaves(auth.filter((r) => /^\s*SELECT/i.test(r.text))),
        status: response.status,
      });
    }
    return captured;
  } finally {
    recording = false;
    prototype.query = original;
    await app?.close();
  }
}

/** Consecutive statements that overlapped in time ran concurrently (e.g. Promise.all in a service). */
function toWaves(statements: Recorded[]): Statement[][] {
  const waves: Recorded[][] = [];
  for (const statement of [...statements].sort((a, b) => a.started - b.started)) {
    const current = waves[waves.length - 1];
    if (current && current.some((s) => s.ended > statement.started)) current.push(statement);
    else waves.push([statement]);
  }
  return waves.map((wave) => wave.map(({ text, values, name }) => ({ text, values, ...(name ? { name } : {}) })));
}
