import type { INestApplication } from '@nestjs/common';
import { DEFAULT_POLICY, modelVersionOf, type ScoringPolicy } from '@common-ground/scoring';
import { createApp } from '../src/app.factory';
import { loadConfig } from '../src/config/app-config';
import { HealthSnapshotsScheduler } from '../src/modules/health/health-snapshots.scheduler';
import { HealthSnapshotsService } from '../src/modules/health/health-snapshots.service';
import { SETTINGS_AUDIT_ID } from '../src/modules/settings/settings.service';
import { insertCommunication } from './factories/communications-sql.factory';
import { setClock } from './factories/health-world';
import { insertPartner } from './factories/partner.factory';
import { auditEntriesOf, fieldsOf, startPartnerWorld } from './partner-world';
import type { SignedInAgent, TestApp } from './test-app';
import { TestClock } from './test-clock';

type Policy = ScoringPolicy & Record<string, unknown>;
const clone = (p: ScoringPolicy): Policy => JSON.parse(JSON.stringify(p)) as Policy;

describe('Health snapshots and the scoring policy', () => {
  let t: TestApp;
  let asAdmin: SignedInAgent;
  let asManager: SignedInAgent;
  let asLibrarian: SignedInAgent;
  let second: INestApplication;
  let secondClock: TestClock;
  const partners: string[] = [];

  const snapshotRows = () =>
    t.db.query(`SELECT partner_id, as_of::text, reason, model_version FROM health_snapshots ORDER BY as_of, partner_id`) as Promise<
      { partner_id: string; as_of: string; reason: string; model_version: string }[]
    >;
  const settings = async () => (await asManager.get('/api/v1/settings').expect(200)).body;

  beforeAll(async () => {
    ({ t, asAdmin, asManager, asLibrarian } = await startPartnerWorld());
    await t.app.get(HealthSnapshotsScheduler).settled();
    // A second API process on the same database, with its own clock.
    secondClock = new TestClock();
    const url = (t.db.options as { url: string }).url;
    second = await createApp({ config: loadConfig({ NODE_ENV: 'test', WEB_DIST_DIR: '' }), databaseUrl: url, clock: secondClock, logger: false });
    await second.init();
    await second.get(HealthSnapshotsScheduler).settled();
    await t.db.query('DELETE FROM health_snapshots');
    for (const stage of ['active', 'sustaining', 'prospect'] as const) {
      const p = await insertPartner(t.db, { stage });
      partners.push(p.id);
      await insertCommunication(t.db, p.id, { occurredAt: new Date('2026-06-20T10:00:00Z'), channel: 'meeting', twoWay: true, substantive: true });
    }
    await insertPartner(t.db, { archivedAt: new Date() }); // archived: no snapshot
  });
  afterAll(async () => {
    await second.close();
    await t.close();
  });

  it('is due on the 1st from 03:00 UTC; before that the previous month is the one due', () => {
    expect(HealthSnapshotsService.dueMonth(new Date('2026-07-01T02:59:00Z'))).toBe('2026-06-01');
    expect(HealthSnapshotsService.dueMonth(new Date('2026-07-01T03:00:00Z'))).toBe('2026-07-01');
    expect(HealthSnapshotsService.dueMonth(new Date('2026-07-19T12:00:00Z'))).toBe('2026-07-01');
    expect(HealthSnapshotsService.dueMonth(new Date('2026-01-01T00:30:00Z'))).toBe('2025-12-01');
  });

  it('runs the monthly snapshot once when two API processes reach the month together', async () => {
    setClock(t.clock, '2026-07-01T03:05:00Z');
    setClock(secondClock, '2026-07-01T03:05:00Z');
    const results = await Promise.all([
      t.app.get(HealthSnapshotsService).runIfDue(),
      second.get(HealthSnapshotsService).runIfDue(),
      t.app.get(HealthSnapshotsService).runIfDue(),
    ]);
    expect(results.filter((r) => r.status === 'ran')).toEqual([{ status: 'ran', month: '2026-07-01', partners: 3 }]);
    expect(results.filter((r) => r.status === 'already-run')).toHaveLength(2);
    const rows = await snapshotRows();
    expect(rows).toHaveLength(3);
    expect(new Set(rows.map((r) => r.partner_id))).toEqual(new Set(partners));
    expect(rows.every((r) => r.as_of === '2026-07-01' && r.reason === 'monthly' && r.model_version === '1')).toBe(true);
    const [run] = await t.db.query(`SELECT month::text, partners, finished_at IS NOT NULL AS finished FROM health_snapshot_runs WHERE month = '2026-07-01'`);
    expect(run).toEqual({ month: '2026-07-01', partners: 3, finished: true });

    // Later that month, and after a restart, nothing runs again.
    setClock(secondClock, '2026-07-20T08:00:00Z');
    expect(await second.get(HealthSnapshotsService).runIfDue()).toEqual({ status: 'already-run', month: '2026-07-01' });
    expect(await snapshotRows()).toHaveLength(3);
  });

  it('catches up a month missed while no process ran, when one starts (the start-up check)', async () => {
    setClock(t.clock, '2026-09-14T09:00:00Z'); // August was never run; September is the one due
    await t.app.get(HealthSnapshotsScheduler).check();
    const months = (await t.db.query(`SELECT DISTINCT as_of::text FROM health_snapshots ORDER BY 1`)) as { as_of: string }[];
    expect(months.map((m) => m.as_of)).toEqual(['2026-07-01', '2026-09-01']);
  });

  it('lets administrators take a snapshot now (managers and librarians get 403)', async () => {
    setClock(t.clock, '2026-09-15T09:00:00Z');
    await asLibrarian.post('/api/v1/health/snapshots').expect(403);
    await asManager.post('/api/v1/health/snapshots').expect(403);
    const res = await asAdmin.post('/api/v1/health/snapshots').expect(200);
    expect(res.body).toEqual({ asOf: '2026-09-15', partners: 3, elapsedMs: expect.any(Number) });
    // Taken again the same day: replaced, not doubled.
    await asAdmin.post('/api/v1/health/snapshots').expect(200);
    expect((await snapshotRows()).filter((r) => r.as_of === '2026-09-15')).toHaveLength(3);
  });

  it('shows the effective policy, its model version and the defaults in the settings', async () => {
    const body = await settings();
    expect(body.scoringPolicy).toEqual(JSON.parse(JSON.stringify(DEFAULT_POLICY)));
    expect(body.defaultScoringPolicy).toEqual(body.scoringPolicy);
    expect(body.scoringModelVersion).toBe('1');
  });

  it('refuses a policy with problems, naming each setting by its path', async () => {
    const { version } = await settings();
    const bad = clone(DEFAULT_POLICY);
    (bad.behaviour.signals.recency as { weight: number }).weight = -1;
    (bad.bands as { strength: number }).strength = 2.5; // below borderline (3.0)
    (bad as Record<string, unknown>).surprise = 1;
    const res = await asManager.patch('/api/v1/settings').send({ version, scoringPolicy: bad }).expect(400);
    expect(fieldsOf(res.body)).toEqual(
      expect.arrayContaining(['scoringPolicy.behaviour.signals.recency.weight', 'scoringPolicy.bands.strength', 'scoringPolicy.surprise']),
    );
    const missing = clone(DEFAULT_POLICY) as Record<string, unknown>;
    delete missing.prior;
    const res2 = await asManager.patch('/api/v1/settings').send({ version, scoringPolicy: missing }).expect(400);
    expect(fieldsOf(res2.body)).toContain('scoringPolicy.prior');
    await asManager.patch('/api/v1/settings').send({ version, scoringPolicy: 'strict' }).expect(400);
    expect((await settings()).version).toBe(version);
  });

  it('changes the policy for managers and administrators (librarians 403): a new model version, audited; old snapshots keep theirs', async () => {
    const before = await settings();
    const policy = clone(DEFAULT_POLICY);
    (policy.behaviour.signals.recency as { weight: number }).weight = 2;
    await asLibrarian.patch('/api/v1/settings').send({ version: before.version, scoringPolicy: policy }).expect(403);

    const changed = (await asManager.patch('/api/v1/settings').send({ version: before.version, scoringPolicy: policy }).expect(200)).body;
    expect(changed.version).toBe(before.version + 1);
    expect(changed.scoringModelVersion).toBe(modelVersionOf(policy));
    expect(changed.scoringModelVersion).toMatch(/^1\+/);
    expect(changed.scoringPolicy.behaviour.signals.recency.weight).toBe(2);
    const audit = await auditEntriesOf(t.db, SETTINGS_AUDIT_ID);
    expect(audit.at(-1)!.changes).toMatchObject({ scoringModelVersion: { before: '1', after: changed.scoringModelVersion } });

    // A stale version is refused.
    await asManager.patch('/api/v1/settings').send({ version: before.version, scoringPolicy: null }).expect(409);

    // Health is computed with it: the recency unit now weighs 2; new snapshots record the new version.
    const health = (await asLibrarian.get(`/api/v1/partners/${partners[0]}/health`).expect(200)).body;
    expect(health.modelVersion).toBe(changed.scoringModelVersion);
    const CE = health.factors.find((f: { factor: string }) => f.factor === 'CE');
    expect(CE.units.find((u: { key: string }) => u.key === 'recency').v).toBe(2);
    setClock(t.clock, '2026-09-16T09:00:00Z');
    await t.app.get(HealthSnapshotsService).recordAfterAssessment(partners[0]!);
    const rows = await snapshotRows();
    expect(rows.filter((r) => r.as_of < '2026-09-16').every((r) => r.model_version === '1')).toBe(true);
    expect(rows.filter((r) => r.as_of === '2026-09-16')).toEqual([
      { partner_id: partners[0], as_of: '2026-09-16', reason: 'assessment', model_version: changed.scoringModelVersion },
    ]);
    const history = (await asLibrarian.get(`/api/v1/partners/${partners[0]}/health/history`).expect(200)).body;
    expect(history.snapshots.map((s: { modelVersion: string }) => s.modelVersion)).toEqual(['1', '1', '1', changed.scoringModelVersion]);

    // null restores the defaults and version 1.
    const restored = (await asAdmin.patch('/api/v1/settings').send({ version: changed.version, scoringPolicy: null }).expect(200)).body;
    expect([restored.scoringModelVersion, restored.scoringPolicy]).toEqual(['1', JSON.parse(JSON.stringify(DEFAULT_POLICY))]);
  });
});
