import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { cpus, freemem, loadavg, release, totalmem } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { loadConfig } from '../config/app-config';
import { dataSourceOptions } from '../database/data-source';
import { runPendingMigrations } from '../server/database-connection';
import { type ApiProcess, RssSampler, startApi } from './api-process';
import { type BenchDatabase, chooseBenchDatabase } from './bench-database';
import { BENCH_ADMIN_EMAIL, BENCH_PASSWORD } from './generators/staff';
import { DEFAULT_SEED, runLargeSeed } from './large-seed';
import { httpLoad, type LoadResult, sqlLoad } from './load';
import { captureEndpointSql } from './sql-capture';

/** Targets from the partners capability: at 10 connections, list and search p95 ≤ 50 ms; app ≤ 2× raw SQL; RSS < 300 MB. */
const TARGET = { p95Ms: 50, atConnections: 10, ratio: 2.0, rssMiB: 300 };

interface Endpoint {
  name: string;
  path: string;
  /** Held to the p95 target (lists and search); the detail is measured and compared only. */
  latencyTarget: boolean;
}

interface Row {
  endpoint: Endpoint;
  connections: number;
  api: LoadResult;
  sql: LoadResult;
}

const log = (line: string) => console.log(line);

/**
 * `npm run bench`: a dedicated database with the large library, the built API in a child process, and for each read
 * endpoint and concurrency the API under autocannon next to the same SQL replayed through `pg`. Prints the table,
 * checks the targets (exit code 1 when one is missed) and leaves no process or database behind.
 */
async function main(): Promise<void> {
  const seconds = Number(process.env.BENCH_DURATION ?? 5);
  const concurrencies = (process.env.BENCH_CONNECTIONS ?? '1,10,50').split(',').map(Number);
  const seed = process.env.SEED ? Number(process.env.SEED) : DEFAULT_SEED;
  const force = process.argv.includes('--force');
  // The guard's session lookup is the same for every endpoint; replaying it too shows what it costs.
  const withSession = process.env.BENCH_SQL_WITH_SESSION === '1';
  if (!(seconds > 0) || concurrencies.some((c) => !Number.isInteger(c) || c < 1) || !Number.isInteger(seed)) {
    throw new Error('BENCH_DURATION must be seconds > 0, BENCH_CONNECTIONS a list like 1,10,50, SEED a whole number.');
  }

  let database: BenchDatabase | undefined;
  let api: ApiProcess | undefined;
  let cleaning: Promise<void> | undefined;
  const cleanUp = () =>
    (cleaning ??= (async () => {
      await api?.stop().catch((error: unknown) => log(`Stopping the API: ${String(error)}`));
      await database?.release().catch((error: unknown) => log(`Releasing the database: ${String(error)}`));
    })());
  // `on`, not `once`: the embedded server's own handler re-raises the signal (ending this process before the
  // clean-up) when it finds no other listener left.
  let interrupted = false;
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => {
      if (interrupted) return;
      interrupted = true;
      log(`\n${signal}: stopping the API and the database…`);
      void cleanUp().finally(() => process.exit(130));
    });
  }

  try {
    printMachine();
    database = await chooseBenchDatabase(log);
    log(`Database: ${database.description}`);
    log(`Server:   ${await serverVersion(database.url)}`);

    const applied = await runPendingMigrations(database.url);
    log(`Migrations applied: ${applied.length}`);
    const seeded = await runLargeSeed(database.url, { seed, force: force || database.dedicated, log });
    const total = seeded.rows.reduce((n, r) => n + r.count, 0);
    log(`Seed ${seed}: ${total} rows in ${(seeded.insertMs / 1000).toFixed(1)} s, ANALYZE ${(seeded.analyzeMs / 1000).toFixed(1)} s`);

    const secret = randomBytes(36).toString('base64'); // 48 characters
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      NODE_ENV: 'production',
      DATABASE_URL: database.url,
      DEMO_DATA: 'false',
      SESSION_SECRET: secret,
      // The seed made this administrator already, so the app's first-start leaves accounts as they are.
      ADMIN_EMAIL: BENCH_ADMIN_EMAIL,
      ADMIN_PASSWORD: BENCH_PASSWORD,
      MIGRATE_ON_START: 'false',
      WEB_DIST_DIR: '',
    };
    const mainJs = join(__dirname, '..', 'main.js');
    api = await startApi(mainJs, env);
    const rss = new RssSampler(() => api?.rssMiB());
    rss.sample();
    log(`API:      pid ${api.pid} at ${api.baseUrl}, ${rss.peakMiB.toFixed(0)} MiB resident after start, pool of ${poolSize()} connections`);

    const cookie = await signIn(api.baseUrl);
    const endpoints = await chooseEndpoints(database.url);
    const available: Endpoint[] = [];
    const skipped: string[] = [];
    for (const endpoint of endpoints) {
      const response = await fetch(`${api.baseUrl}${endpoint.path}`, { headers: { cookie } });
      const body = (await response.json()) as { total?: number; items?: unknown[]; detail?: string };
      if (!response.ok) {
        log(`  skipped ${endpoint.name}: ${endpoint.path} answered ${response.status} (${body.detail ?? 'no detail'})`);
        skipped.push(`${endpoint.name} answered ${response.status}`);
        continue;
      }
      const size = body.total !== undefined ? `${body.total} matches` : body.items ? `${body.items.length} items` : 'one record';
      log(`  ${endpoint.name.padEnd(26)} ${endpoint.path}  → ${size}`);
      available.push(endpoint);
    }

    // The exact SQL behind each endpoint, captured once from an in-process copy of the app with the same settings.
    const config = loadConfig({ ...env, PORT: '0' });
    const captured = await captureEndpointSql(config, database.url, cookie, available.map((e) => e.path));
    for (const endpoint of available) {
      const c = captured.get(endpoint.path)!;
      const statements = c.waves.flat().length;
      const guard = withSession ? `guard's session lookup replayed too (${c.authWaves.flat().length})` : `guard: ${c.authStatements} session statement(s) not replayed`;
      log(`  ${endpoint.name.padEnd(26)} ${statements} statement(s) in ${c.waves.length} round trip(s) replayed; ${guard}`);
    }

    rss.start();
    const rows: Row[] = [];
    for (const endpoint of available) {
      const url = `${api.baseUrl}${endpoint.path}`;
      const { waves: own, authWaves } = captured.get(endpoint.path)!;
      const waves = withSession ? [...authWaves, ...own] : own;
      await httpLoad(url, cookie, 10, 1); // warm-up, not recorded
      for (const connections of concurrencies) {
        const apiResult = await httpLoad(url, cookie, connections, seconds);
        const sqlResult = await sqlLoad(database.url, waves, connections, seconds);
        rows.push({ endpoint, connections, api: apiResult, sql: sqlResult });
        log(`  ${endpoint.name.padEnd(26)} ${String(connections).padStart(3)} conn  API ${fmt(apiResult.rps, 0)} req/s p95 ${fmt(apiResult.p95)} ms | SQL ${fmt(sqlResult.rps, 0)} req/s p95 ${fmt(sqlResult.p95)} ms`);
      }
    }
    rss.stop();

    const failures = report(rows, rss.peakMiB, seconds, withSession, skipped);
    await cleanUp();
    log(database.dedicated ? 'Stopped the API and removed the benchmark database.' : 'Stopped the API.');
    if (failures > 0) process.exit(1);
  } catch (error) {
    await cleanUp();
    throw error;
  }
}

async function chooseEndpoints(url: string): Promise<Endpoint[]> {
  const q = process.env.BENCH_Q ?? 'mar';
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    // A typical engaged partner: live, active, with several contacts, goals and agreements.
    const { rows } = await client.query<{ id: string }>(`
      SELECT p.id FROM partners p
       WHERE p.archived_at IS NULL AND p.stage = 'active'
         AND EXISTS (SELECT 1 FROM agreements a WHERE a.partner_id = p.id)
       ORDER BY (SELECT count(*) FROM contacts c WHERE c.partner_id = p.id) DESC, p.id LIMIT 1`);
    const id = rows[0]?.id;
    if (!id) throw new Error('The seeded database has no active partner with an agreement');
    return [
      { name: 'partners filtered+sorted', path: '/api/v1/partners?stage=active&stage=sustaining&sort=-updatedAt&limit=25', latencyTarget: true },
      { name: `partners q=${q}`, path: `/api/v1/partners?q=${encodeURIComponent(q)}&limit=25`, latencyTarget: true },
      { name: `search q=${q}`, path: `/api/v1/search?q=${encodeURIComponent(q)}`, latencyTarget: true },
      { name: 'partner detail', path: `/api/v1/partners/${id}`, latencyTarget: false },
    ];
  } finally {
    await client.end();
  }
}

async function signIn(baseUrl: string): Promise<string> {
  const response = await fetch(`${baseUrl}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-requested-with': 'XMLHttpRequest' },
    body: JSON.stringify({ email: BENCH_ADMIN_EMAIL, password: BENCH_PASSWORD }),
  });
  const cookie = response.headers.getSetCookie().find((c) => c.startsWith('cg_session='));
  if (!response.ok || !cookie) throw new Error(`Signing in as ${BENCH_ADMIN_EMAIL} failed: ${response.status} ${await response.text()}`);
  return cookie.split(';')[0]!;
}

function report(rows: Row[], peakRssMiB: number, seconds: number, withSession: boolean, skipped: string[]): number {
  log('');
  log(`Results (${seconds} s per run; latency in ms; ratio = API p95 ÷ raw SQL p95, and raw SQL req/s ÷ API req/s)`);
  log(`Raw SQL = the statements the endpoint's handler ran, ${withSession ? 'plus' : 'without'} the guard's session lookup (BENCH_SQL_WITH_SESSION=${withSession ? 1 : 0}).`);
  log('');
  log('| Endpoint | Conns | API req/s | API p50 | API p95 | API p99 | SQL req/s | SQL p50 | SQL p95 | SQL p99 | p95 ratio | req/s ratio | Errors |');
  log('|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
  for (const r of rows) {
    log(
      `| ${r.endpoint.name} | ${r.connections} | ${fmt(r.api.rps, 0)} | ${fmt(r.api.p50)} | ${fmt(r.api.p95)} | ${fmt(r.api.p99)} | ` +
        `${fmt(r.sql.rps, 0)} | ${fmt(r.sql.p50)} | ${fmt(r.sql.p95)} | ${fmt(r.sql.p99)} | ${fmt(r.api.p95 / r.sql.p95, 2)} | ` +
        `${fmt(r.sql.rps / r.api.rps, 2)} | ${r.api.errors + r.sql.errors} |`,
    );
  }
  log('');
  log(`Peak resident memory of the API process: ${peakRssMiB.toFixed(0)} MiB`);
  log(`Machine ${loadLine()} at the end (this benchmark's own processes included)`);
  log('');

  const checks: { what: string; ok: boolean }[] = [];
  const atTarget = rows.filter((r) => r.connections === TARGET.atConnections);
  for (const r of atTarget.filter((row) => row.endpoint.latencyTarget)) {
    checks.push({ what: `${r.endpoint.name}: p95 ${fmt(r.api.p95)} ms ≤ ${TARGET.p95Ms} ms at ${TARGET.atConnections} connections`, ok: r.api.p95 <= TARGET.p95Ms });
  }
  // The issue holds the list and search to the ratio; the detail's ratio is printed for comparison only (its SQL
  // takes ~1 ms, so the ratio mostly measures the fixed cost of a request: session lookup, validation, JSON).
  for (const r of atTarget.filter((row) => !row.endpoint.latencyTarget)) {
    log(`(for comparison) ${r.endpoint.name}: API p95 is ${fmt(r.api.p95 / r.sql.p95, 2)}× the raw SQL p95 at ${TARGET.atConnections} connections`);
  }
  for (const r of atTarget.filter((row) => row.endpoint.latencyTarget)) {
    const ratio = r.api.p95 / r.sql.p95;
    checks.push({ what: `${r.endpoint.name}: API p95 is ${fmt(ratio, 2)}× the raw SQL p95 (≤ ${TARGET.ratio}) at ${TARGET.atConnections} connections`, ok: ratio <= TARGET.ratio });
  }
  checks.push({ what: `peak RSS ${peakRssMiB.toFixed(0)} MiB < ${TARGET.rssMiB} MB`, ok: peakRssMiB * 1.048576 < TARGET.rssMiB });
  const errors = rows.reduce((n, r) => n + r.api.errors + r.sql.errors, 0);
  checks.push({ what: `no failed requests (${errors})`, ok: errors === 0 });
  for (const endpoint of skipped) checks.push({ what: `${endpoint}, so it was not measured`, ok: false });
  if (atTarget.length === 0) checks.push({ what: `a run at ${TARGET.atConnections} connections (BENCH_CONNECTIONS)`, ok: false });
  for (const c of checks) log(`${c.ok ? 'PASS' : 'FAIL'}  ${c.what}`);
  const failed = checks.filter((c) => !c.ok).length;
  log(failed === 0 ? 'All targets met.' : `${failed} target(s) missed.`);
  return failed;
}

function printMachine(): void {
  const cpu = cpus()[0]?.model ?? 'unknown CPU';
  log(
    `Machine:  ${cpus().length} cores (${cpu.trim()}), ${(totalmem() / 2 ** 30).toFixed(1)} GiB RAM (${(freemem() / 2 ** 30).toFixed(1)} GiB free), ` +
      `Node ${process.versions.node}, Linux ${release()}`,
  );
  log(`Load:     ${loadLine()}`);
  // The load generator, the API and PostgreSQL share these cores: anything else running skews every figure.
  if (loadavg()[0]! > cpus().length * 0.5) log('          Warning: the machine is busy; figures will be slower than on an idle machine.');
}

function loadLine(): string {
  return `load average ${loadavg().map((l) => l.toFixed(2)).join(' / ')} (1 / 5 / 15 min)`;
}

async function serverVersion(url: string): Promise<string> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ v: string }>("SELECT current_setting('server_version') AS v");
    return `PostgreSQL ${(rows[0]?.v ?? '?').split(' ')[0]}`;
  } finally {
    await client.end();
  }
}

function poolSize(): number | string {
  const extra = (dataSourceOptions('postgres://x@127.0.0.1/x') as { extra?: { max?: number } }).extra;
  return extra?.max ?? 'default';
}

function fmt(value: number, digits = 1): string {
  return Number.isFinite(value) ? value.toFixed(digits) : '–';
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
