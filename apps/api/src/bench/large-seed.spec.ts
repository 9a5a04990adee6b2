import { Client } from 'pg';
import { createTestDatabase, type TestDatabase } from '../../test/test-database';
import { BENCH_ADMIN_EMAIL } from './generators/staff';
import { runLargeSeed, SeedRefusedError } from './large-seed';
import { apportion, mulberry32, Rng } from './random';
import { LARGE_LIBRARY, scaled } from './seed-context';

describe('the seeded PRNG', () => {
  it('repeats the same sequence for the same seed, and another for another seed', () => {
    const a = mulberry32(42);
    const b = mulberry32(42);
    const c = mulberry32(43);
    const first = Array.from({ length: 5 }, () => a());
    expect(Array.from({ length: 5 }, () => b())).toEqual(first);
    expect(Array.from({ length: 5 }, () => c())).not.toEqual(first);
    for (const x of first) expect(x >= 0 && x < 1).toBe(true);
  });

  it('forks independent streams per record kind and makes valid v4-shaped uuids', () => {
    const root = new Rng(7);
    expect(root.fork('partners').uuid()).toBe(new Rng(7).fork('partners').uuid());
    expect(root.fork('partners').uuid()).not.toBe(root.fork('contacts').uuid());
    expect(root.uuid()).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it('apportions an exact total with a minimum per part', () => {
    const parts = apportion(100, [1, 5, 0.5, 3], 1);
    expect(parts.reduce((x, y) => x + y, 0)).toBe(100);
    expect(Math.min(...parts)).toBeGreaterThanOrEqual(1);
  });
});

describe('the large seed (at 2% scale)', () => {
  const scale = scaled(LARGE_LIBRARY, 0.02);
  const now = new Date('2026-03-02T00:00:00Z');
  let first: TestDatabase;
  let second: TestDatabase;

  beforeAll(async () => {
    [first, second] = await Promise.all([createTestDatabase(), createTestDatabase()]);
  });
  afterAll(async () => {
    await Promise.all([first?.drop(), second?.drop()]);
  });

  async function query<T>(db: TestDatabase, sql: string): Promise<T[]> {
    const client = new Client({ connectionString: db.url });
    await client.connect();
    try {
      return (await client.query(sql)).rows as T[];
    } finally {
      await client.end();
    }
  }

  const fingerprint = (db: TestDatabase) =>
    query<{ f: string }>(db, `SELECT md5(string_agg(p.id || p.name || p.stage || array_to_string(p.tags, ','), '|' ORDER BY p.id)) ||
      (SELECT md5(string_agg(c.id || c.name || coalesce(c.email, ''), '|' ORDER BY c.id)) FROM contacts c) AS f FROM partners p`).then((r) => r[0]!.f);

  it('fills exact partner and contact counts, with goals, agreements and staff, consistently', async () => {
    const result = await runLargeSeed(first.url, { seed: 42, scale, now });
    const byKind = Object.fromEntries(result.rows.map((r) => [r.kind, r.count]));
    expect(byKind).toMatchObject({ staff: scale.staff, partners: scale.partners, contacts: scale.contacts });
    expect(byKind.goals).toBeGreaterThan(scale.partners);
    expect(byKind.agreements).toBeGreaterThan(scale.partners / 2);

    const checks = await query<Record<string, number>>(first, `SELECT
      (SELECT count(*)::int FROM partners p WHERE NOT EXISTS (SELECT 1 FROM contacts c WHERE c.partner_id = p.id AND c.is_primary AND c.archived_at IS NULL)) AS without_primary,
      (SELECT count(*)::int FROM partners WHERE version <> 1 OR created_by IS NULL OR updated_by IS NULL) AS untracked,
      (SELECT count(DISTINCT stage)::int FROM partners) AS stages,
      (SELECT count(*)::int FROM audit_entries) AS audit_entries,
      (SELECT count(*)::int FROM users WHERE lower(email) = lower('${BENCH_ADMIN_EMAIL}') AND role = 'admin') AS admins,
      (SELECT count(*)::int FROM partners WHERE updated_at > '${now.toISOString()}' OR created_at > updated_at) AS bad_times`);
    expect(checks[0]).toEqual({ without_primary: 0, untracked: 0, stages: 6, audit_entries: 0, admins: 1, bad_times: 0 });
  });

  it('gives the same records for the same seed and date', async () => {
    await runLargeSeed(second.url, { seed: 42, scale, now });
    expect(await fingerprint(second)).toBe(await fingerprint(first));
  });

  it('refuses a database that has partners above the limit, or this seed’s records, unless forced', async () => {
    await expect(runLargeSeed(first.url, { seed: 7, scale, now, refuseAbovePartners: 10 })).rejects.toThrow(/already has 40 partners/);
    // Under the limit, the same seed again would make the same ids: refused in words, nothing written.
    await expect(runLargeSeed(first.url, { seed: 42, scale, now })).rejects.toBeInstanceOf(SeedRefusedError);
    await runLargeSeed(first.url, { seed: 7, scale, now, force: true, refuseAbovePartners: 10 });
    const counts = await query<{ partners: number; staff: number }>(
      first,
      'SELECT (SELECT count(*)::int FROM partners) AS partners, (SELECT count(*)::int FROM users) AS staff',
    );
    // Same number of partners (the old ones are gone); staff accounts with the same emails are reused, not doubled.
    expect(counts[0]!.partners).toBe(scale.partners);
    expect(counts[0]!.staff).toBeLessThanOrEqual(scale.staff * 2);
    expect(await fingerprint(first)).not.toBe(await fingerprint(second));
  });
});
