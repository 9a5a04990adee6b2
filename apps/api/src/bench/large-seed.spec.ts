import { Client } from 'pg';
import { createTestDatabase, type TestDatabase } from '../../test/test-database';
import { auditChanges } from '../modules/audit/audit-diff';
import { commitmentAuditSnapshot } from '../modules/commitments/commitment.mapper';
import { communicationAuditSnapshot } from '../modules/communications/communication.mapper';
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
      (SELECT md5(string_agg(c.id || c.name || coalesce(c.email, ''), '|' ORDER BY c.id)) FROM contacts c) ||
      (SELECT md5(string_agg(m.id::text || m.occurred_at::text || m.summary || array_to_string(m.contact_participant_ids, ','), '|' ORDER BY m.id)) FROM communications m) ||
      (SELECT md5(string_agg(k.id::text || k.due_on::text || k.status || coalesce(k.completed_on::text, ''), '|' ORDER BY k.id)) FROM commitments k) AS f
      FROM partners p`).then((r) => r[0]!.f);

  it('fills exact partner and contact counts, with goals, agreements and staff, consistently', async () => {
    const result = await runLargeSeed(first.url, { seed: 42, scale, now });
    const byKind = Object.fromEntries(result.rows.map((r) => [r.kind, r.count]));
    expect(byKind).toMatchObject({
      staff: scale.staff,
      partners: scale.partners,
      contacts: scale.contacts,
      communications: scale.communications,
      commitments: scale.commitments,
    });
    expect(byKind.goals).toBeGreaterThan(scale.partners);
    expect(byKind.agreements).toBeGreaterThan(scale.partners / 2);

    const checks = await query<Record<string, number>>(first, `SELECT
      (SELECT count(*)::int FROM partners p WHERE NOT EXISTS (SELECT 1 FROM contacts c WHERE c.partner_id = p.id AND c.is_primary AND c.archived_at IS NULL)) AS without_primary,
      (SELECT count(*)::int FROM partners WHERE version <> 1 OR created_by IS NULL OR updated_by IS NULL) AS untracked,
      (SELECT count(DISTINCT stage)::int FROM partners) AS stages,
      (SELECT count(*)::int FROM audit_entries WHERE entity_type NOT IN ('communication', 'commitment')) AS other_audit_entries,
      (SELECT count(*)::int FROM users WHERE lower(email) = lower('${BENCH_ADMIN_EMAIL}') AND role = 'admin') AS admins,
      (SELECT count(*)::int FROM partners WHERE updated_at > '${now.toISOString()}' OR created_at > updated_at) AS bad_times`);
    expect(checks[0]).toEqual({ without_primary: 0, untracked: 0, stages: 6, other_audit_entries: 0, admins: 1, bad_times: 0 });
  });

  it('logs communications and follow-ups that obey the API’s rules, unevenly, with some partners quiet and some follow-ups overdue', async () => {
    const [c] = await query<Record<string, number>>(first, `SELECT
      -- Participants are this partner's contacts and staff users; owners likewise.
      (SELECT count(*)::int FROM communications m, unnest(m.contact_participant_ids) AS x(id)
        WHERE NOT EXISTS (SELECT 1 FROM contacts k WHERE k.id = x.id AND k.partner_id = m.partner_id)) AS foreign_participants,
      (SELECT count(*)::int FROM communications m, unnest(m.staff_participant_ids) AS x(id)
        WHERE NOT EXISTS (SELECT 1 FROM users u WHERE u.id = x.id)) AS unknown_staff,
      (SELECT count(*)::int FROM commitments k JOIN contacts o ON o.id = k.owner_contact_id WHERE o.partner_id <> k.partner_id) AS foreign_owners,
      (SELECT count(*)::int FROM commitments k JOIN communications m ON m.id = k.communication_id
        WHERE m.partner_id <> k.partner_id OR k.due_on < (m.occurred_at AT TIME ZONE 'UTC')::date) AS bad_follow_ups,
      -- Nothing happens after now; done on a day between recording and yesterday.
      (SELECT count(*)::int FROM communications WHERE occurred_at > '${now.toISOString()}' OR created_at > '${now.toISOString()}') AS future_communications,
      (SELECT count(*)::int FROM commitments WHERE completed_on >= '${now.toISOString().slice(0, 10)}' OR status_changed_at > '${now.toISOString()}'
         OR (status = 'open') <> (status_changed_at IS NULL)) AS bad_status_changes,
      (SELECT round(100.0 * count(DISTINCT communication_id) / (SELECT count(*) FROM communications))::int FROM communication_factor_tags) AS tagged_percent,
      (SELECT round(100.0 * count(*) FILTER (WHERE communication_id IS NOT NULL) / count(*))::int FROM commitments) AS from_communications_percent,
      (SELECT count(DISTINCT status)::int FROM commitments) AS statuses,
      (SELECT count(*)::int FROM commitments WHERE status = 'done' AND completed_on > due_on) AS done_late,
      (SELECT count(*)::int FROM commitments WHERE status = 'open' AND due_on < '${now.toISOString().slice(0, 10)}') AS overdue,
      (SELECT max(n)::int FROM (SELECT count(*) AS n FROM communications GROUP BY partner_id) x) AS busiest,
      (SELECT percentile_disc(0.5) WITHIN GROUP (ORDER BY n)::int FROM (SELECT count(*) AS n FROM communications GROUP BY partner_id) x) AS median,
      (SELECT count(*)::int FROM partners p WHERE p.archived_at IS NULL AND p.stage IN ('active', 'sustaining')) AS engaged,
      (SELECT count(*)::int FROM partners p WHERE p.archived_at IS NULL AND p.stage IN ('active', 'sustaining')
         AND '${now.toISOString().slice(0, 10)}'::date - p.contact_cadence_days > coalesce((SELECT max(m.occurred_at AT TIME ZONE 'UTC')::date FROM communications m
               WHERE m.partner_id = p.id AND m.two_way AND m.substantive AND m.archived_at IS NULL), p.created_at::date)) AS quiet,
      (SELECT count(*)::int FROM audit_entries WHERE entity_type = 'communication' AND action = 'create') AS communication_entries,
      (SELECT count(*)::int FROM audit_entries WHERE entity_type = 'commitment' AND action = 'update') AS status_entries,
      (SELECT count(*)::int FROM commitments WHERE status <> 'open') AS closed`);
    expect(c).toMatchObject({ foreign_participants: 0, unknown_staff: 0, foreign_owners: 0, bad_follow_ups: 0, future_communications: 0, bad_status_changes: 0, statuses: 4 });
    expect(c!.tagged_percent).toBeGreaterThanOrEqual(12);
    expect(c!.tagged_percent).toBeLessThanOrEqual(18);
    expect(c!.from_communications_percent).toBe(85);
    expect(c!.done_late).toBeGreaterThan(0);
    expect(c!.overdue).toBeGreaterThan(0);
    // Uneven: the busiest partner has several times the median.
    expect(c!.busiest).toBeGreaterThan(c!.median! * 3);
    // Some engaged partners have gone quiet, most have not.
    expect(c!.quiet).toBeGreaterThan(0);
    expect(c!.quiet).toBeLessThan(c!.engaged! / 3);
    // The timeline's entries: one per communication, one per status change.
    expect(c!.communication_entries).toBe(scale.communications);
    expect(c!.status_entries).toBe(c!.closed);
  });

  it('writes the audit entries the services would have written (their own snapshot functions, compared field by field)', async () => {
    const communications = await query<{
      occurred_at: Date; channel: string; initiated_by: string; two_way: boolean; substantive: boolean; summary: string;
      staff_participant_ids: string[]; contact_participant_ids: string[]; tags: { factor: string; sign: string; note: string | null }[];
      changes: unknown; actor_ok: boolean;
    }>(first, `SELECT c.occurred_at, c.channel, c.initiated_by, c.two_way, c.substantive, c.summary,
        c.staff_participant_ids::text[] AS staff_participant_ids, c.contact_participant_ids::text[] AS contact_participant_ids,
        coalesce((SELECT json_agg(json_build_object('factor', f.factor, 'sign', f.sign, 'note', f.note) ORDER BY array_position(ARRAY['SA','TW','CE','IR','OC'], f.factor))
           FROM communication_factor_tags f WHERE f.communication_id = c.id), '[]') AS tags,
        a.changes, a.actor_id = c.created_by AND a.occurred_at = c.created_at AND a.partner_id = c.partner_id AS actor_ok
        FROM communications c JOIN audit_entries a ON a.entity_id = c.id AND a.action = 'create'
       WHERE EXISTS (SELECT 1 FROM communication_factor_tags f WHERE f.communication_id = c.id) OR c.id::text < '1'
       ORDER BY c.id LIMIT 200`);
    expect(communications.length).toBeGreaterThan(50);
    for (const c of communications) {
      const snapshot = communicationAuditSnapshot(
        {
          occurredAt: c.occurred_at, channel: c.channel as never, initiatedBy: c.initiated_by as never, twoWay: c.two_way, substantive: c.substantive,
          summary: c.summary, staffParticipantIds: c.staff_participant_ids, contactParticipantIds: c.contact_participant_ids, archivedAt: null,
        },
        c.tags as never,
      );
      expect({ changes: c.changes, actor: c.actor_ok }).toEqual({ changes: auditChanges(undefined, snapshot), actor: true });
    }

    const commitments = await query<{
      description: string; owner_side: string; owner_user_id: string | null; owner_contact_id: string | null; due_on: string; status: string;
      completed_on: string | null; status_reason: string | null; communication_id: string | null; created: unknown; updated: unknown | null;
    }>(first, `SELECT k.description, k.owner_side, k.owner_user_id, k.owner_contact_id, k.due_on::text AS due_on, k.status,
        k.completed_on::text AS completed_on, k.status_reason, k.communication_id,
        (SELECT a.changes FROM audit_entries a WHERE a.entity_id = k.id AND a.action = 'create' AND a.actor_id = k.created_by AND a.occurred_at = k.created_at) AS created,
        (SELECT a.changes FROM audit_entries a WHERE a.entity_id = k.id AND a.action = 'update' AND a.actor_id = k.status_changed_by AND a.occurred_at = k.status_changed_at) AS updated
        FROM commitments k ORDER BY md5(k.id::text) LIMIT 500`);
    for (const k of commitments) {
      const now = {
        description: k.description, ownerSide: k.owner_side as never, ownerUserId: k.owner_user_id, ownerContactId: k.owner_contact_id, dueOn: k.due_on,
        status: k.status as never, completedOn: k.completed_on, statusReason: k.status_reason, communicationId: k.communication_id, archivedAt: null,
      };
      const opened = commitmentAuditSnapshot({ ...now, status: 'open', completedOn: null, statusReason: null });
      expect(k.created).toEqual(auditChanges(undefined, opened));
      expect(k.updated).toEqual(k.status === 'open' ? null : auditChanges(opened, commitmentAuditSnapshot(now)));
    }
    expect(new Set(commitments.map((k) => k.status)).size).toBe(4);
    expect(commitments.some((k) => k.status_reason !== null) && commitments.some((k) => k.owner_contact_id !== null)).toBe(true);
  });

  it('leaves the indexes and foreign keys it set aside for the load exactly as the migrations made them', async () => {
    const schema = (db: TestDatabase) =>
      query<{ d: string }>(db, `SELECT string_agg(d, E'\n' ORDER BY d) AS d FROM (
          SELECT indexdef AS d FROM pg_indexes WHERE schemaname = 'public'
          UNION ALL
          SELECT conrelid::regclass || ' ' || conname || ' ' || pg_get_constraintdef(oid) FROM pg_constraint WHERE connamespace = 'public'::regnamespace
        ) x`).then((r) => r[0]!.d);
    const fresh = await createTestDatabase();
    try {
      const expected = await schema(fresh);
      expect(expected).toContain('IDX_communications_last_contact');
      expect(expected).toContain('FK_commitments_owner_contact');
      expect(await schema(first)).toBe(expected);
    } finally {
      await fresh.drop();
    }
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
