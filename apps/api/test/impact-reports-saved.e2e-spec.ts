import { randomUUID } from 'node:crypto';
import { auditEntriesOf, type PartnerWorld, startPartnerWorld } from './partner-world';
import { buildReportWorld, type ReportWorld } from './report-world';

/**
 * Saved funder summaries: bad input refused with nothing written, who may build and read them, figures frozen when
 * saved, the list, archive and restore with versions.
 */
describe('Saved impact reports', () => {
  let pw: PartnerWorld;
  let w: ReportWorld;

  beforeAll(async () => {
    pw = await startPartnerWorld();
    w = await buildReportWorld(pw.t.db);
  });
  afterAll(() => pw.t.close());

  const YEAR = { from: '2026-01-01', to: '2026-12-31' };
  const definition = (overrides: Record<string, unknown> = {}) => ({
    funderName: 'Riverside Community Foundation',
    grantReference: 'RCF-2026-014',
    period: YEAR,
    scope: { kind: 'all' },
    ...overrides,
  });
  const countReports = async () => ((await pw.t.db.query('SELECT count(*)::int AS n FROM impact_reports')) as { n: number }[])[0]!.n;

  it('refuses a period out of order or longer than five years, unknown ids and malformed bodies, writing nothing', async () => {
    const before = await countReports();
    const bad: [Record<string, unknown>, string, string | null][] = [
      [definition({ period: { from: '2026-12-31', to: '2026-01-01' } }), 'period-out-of-order', 'period.to'],
      // 2020-01-01 + 5 × 366 = 1,830 days → 2025-01-04 is one day too many.
      [definition({ period: { from: '2020-01-01', to: '2025-01-04' } }), 'period-too-long', 'period.to'],
      [definition({ scope: { kind: 'partners', partnerIds: [w.partners.alpha, '00000000-0000-4000-8000-000000000001'] } }), 'unknown-partner', 'scope.partnerIds'],
      [definition({ scope: { kind: 'programs', programIds: ['00000000-0000-4000-8000-000000000002'] } }), 'unknown-program', 'scope.programIds'],
      [definition({ funderName: '' }), 'validation-failed', 'funderName'],
      [definition({ period: { from: 'last spring', to: '2026-12-31' } }), 'validation-failed', 'period.from'],
      [definition({ period: { from: '2026-02-30', to: '2026-12-31' } }), 'validation-failed', 'period.from'],
      [definition({ scope: { kind: 'everything' } }), 'validation-failed', 'scope.kind'],
      [definition({ scope: { kind: 'partners', partnerIds: ['not-an-id'] } }), 'validation-failed', 'scope.partnerIds'],
      [definition({ scope: undefined }), 'validation-failed', 'scope'],
      [definition({ colour: 'blue' }), 'validation-failed', null],
    ];
    for (const [body, type, field] of bad) {
      for (const path of ['/api/v1/reports/impact/preview', '/api/v1/reports/impact']) {
        const response = await pw.asManager.post(path).send(body).expect(400);
        expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
        expect({ path, type: response.body.type }).toEqual({ path, type: `https://common-ground.example/problems/${type}` });
        if (field) expect(response.body.errors.map((e: { field: string }) => e.field)).toContain(field);
      }
    }
    const unknown = (await pw.asManager.post('/api/v1/reports/impact/preview').send(bad[2]![0]).expect(400)).body;
    expect(unknown.detail).toContain('00000000-0000-4000-8000-000000000001');
    expect(unknown.detail).not.toContain(w.partners.alpha);
    // One day less is the longest period allowed.
    await pw.asManager.post('/api/v1/reports/impact/preview').send(definition({ period: { from: '2020-01-01', to: '2025-01-03' } })).expect(200);
    // Malformed JSON.
    await pw.asManager.post('/api/v1/reports/impact').set('content-type', 'application/json').send('{"funderName": ').expect(400);
    expect(await countReports()).toBe(before);
  });

  it('is for managers and administrators: librarians get 403 on the builder and list, 404 on a saved report', async () => {
    const saved = (await pw.asAdmin.post('/api/v1/reports/impact').send(definition()).expect(201)).body;
    const before = await countReports();
    await pw.asLibrarian.post('/api/v1/reports/impact/preview').send(definition()).expect(403);
    await pw.asLibrarian.post('/api/v1/reports/impact').send(definition()).expect(403);
    await pw.asLibrarian.get('/api/v1/reports/impact').expect(403);
    await pw.asLibrarian.get(`/api/v1/reports/impact/evidence?${saved.figures.outputs.sessionsSource}`).expect(403);
    const hidden = await pw.asLibrarian.get(`/api/v1/reports/impact/${saved.id}`).expect(404);
    expect(hidden.body.type).toBe('https://common-ground.example/problems/not-found');
    await pw.asLibrarian.post(`/api/v1/reports/impact/${saved.id}/archive`).send({ version: 1 }).expect(403);
    await pw.asManager.get(`/api/v1/reports/impact/${randomUUID()}`).expect(404);
    await pw.asManager.get(`/api/v1/reports/impact/${saved.id}`).expect(200);
    expect(await countReports()).toBe(before);
  });

  it('freezes the figures when saved: later changes to the records change the preview, never the saved report', async () => {
    const previewed = (await pw.asManager.post('/api/v1/reports/impact/preview').send(definition()).expect(200)).body;
    const created = await pw.asManager.post('/api/v1/reports/impact').send(definition()).expect(201);
    const report = created.body;
    expect(report).toMatchObject({
      funderName: 'Riverside Community Foundation',
      grantReference: 'RCF-2026-014',
      period: YEAR,
      scope: { kind: 'all' },
      author: { id: pw.manager.id, name: pw.manager.name },
      version: 1,
      archived: false,
    });
    // The same clock, the same records: the saved figures are the preview's.
    expect(report.figures).toEqual(previewed);
    expect(report.figures.outputs.attendance.total).toBe(38);
    expect(report.figures.partners.contributions.moneyValue).toBe(2533.38);
    const audit = await auditEntriesOf(pw.t.db, report.id);
    expect(audit.map((a) => [a.action, a.entity_type, a.actor_id])).toEqual([['create', 'impact-report', pw.manager.id]]);

    // The fair's onsite session now had 15 + 20 = 35 people, and Bravo gave 250 more in June.
    await pw.t.db.query('UPDATE program_sessions SET attendance_general = 25 WHERE id = $1', [w.sessions.fairOnsite]);
    await pw.t.db.query(
      `INSERT INTO contributions (side, partner_id, program_id, type, stage, money_value, contributed_on, version)
       VALUES ('partner', $1, $2, 'materials', 'actual', 250, '2026-06-01', 1)`,
      [w.partners.bravo, w.programs.fair],
    );
    // Less than the 30-minute idle limit of the test sessions.
    pw.t.clock.advanceMinutes(1);

    const reread = (await pw.asManager.get(`/api/v1/reports/impact/${report.id}`).expect(200)).body;
    expect(reread).toEqual(report);
    const fresh = (await pw.asManager.post('/api/v1/reports/impact/preview').send(definition()).expect(200)).body;
    expect(fresh.outputs.attendance.total).toBe(58); // 38 + 20
    expect(fresh.partners.contributions.moneyValue).toBe(2783.38); // 2533.38 + 250
    expect(fresh.header.generatedAt).not.toBe(report.figures.header.generatedAt);
    await pw.t.db.query('UPDATE program_sessions SET attendance_general = 5 WHERE id = $1', [w.sessions.fairOnsite]);
    await pw.t.db.query(`DELETE FROM contributions WHERE contributed_on = '2026-06-01' AND type = 'materials'`);
  });

  it('lists saved reports in use, newest first, found by funder or grant reference, a page at a time', async () => {
    const make = async (funderName: string, grantReference: string | null) =>
      (await pw.asManager.post('/api/v1/reports/impact').send(definition({ funderName, grantReference, period: { from: '2026-03-01', to: '2026-03-31' } })).expect(201)).body;
    const first = await make('Hill Trust', 'HT-77');
    const second = await make('Lake Fund', '');
    const third = await make('Hill Family Office', null);
    expect(second.grantReference).toBeNull();
    expect(third.grantReference).toBeNull();

    const hill = (await pw.asManager.get('/api/v1/reports/impact').query({ q: 'hill' }).expect(200)).body;
    expect(hill.items.map((i: { id: string }) => i.id)).toEqual([third.id, first.id]);
    expect(hill.total).toBe(2);
    // March 2026: the fair's two sessions, 15 + 8.
    expect(hill.items[1]).toEqual({
      id: first.id,
      funderName: 'Hill Trust',
      grantReference: 'HT-77',
      period: { from: '2026-03-01', to: '2026-03-31' },
      scope: { kind: 'all' },
      scopeLabel: 'All partners',
      programs: 1,
      sessions: 2,
      attendance: 23,
      author: { id: pw.manager.id, name: pw.manager.name },
      createdAt: first.createdAt,
      archived: false,
    });
    const byReference = (await pw.asManager.get('/api/v1/reports/impact').query({ q: 'ht-7' }).expect(200)).body;
    expect(byReference.items.map((i: { id: string }) => i.id)).toEqual([first.id]);
    const percent = (await pw.asManager.get('/api/v1/reports/impact').query({ q: '%' }).expect(200)).body;
    expect(percent.total).toBe(0);

    const page = (await pw.asManager.get('/api/v1/reports/impact').query({ limit: '1' }).expect(200)).body;
    expect(page.items.map((i: { id: string }) => i.id)).toEqual([third.id]);
    const next = (await pw.asManager.get('/api/v1/reports/impact').query({ limit: '1', cursor: page.nextCursor }).expect(200)).body;
    expect(next.items.map((i: { id: string }) => i.id)).toEqual([second.id]);
  });

  it('archives and restores with the version read: a stale one gets 409 and changes nothing', async () => {
    const report = (await pw.asManager.post('/api/v1/reports/impact').send(definition({ funderName: 'Archive Test Fund' })).expect(201)).body;
    const archivedReport = (await pw.asManager.post(`/api/v1/reports/impact/${report.id}/archive`).send({ version: 1 }).expect(200)).body;
    expect(archivedReport).toMatchObject({ id: report.id, version: 2, archived: true, figures: report.figures });
    // Archived reports stay readable, and leave the list.
    expect((await pw.asManager.get(`/api/v1/reports/impact/${report.id}`).expect(200)).body.archived).toBe(true);
    const list = (await pw.asManager.get('/api/v1/reports/impact').query({ q: 'Archive Test' }).expect(200)).body;
    expect(list.total).toBe(0);

    const stale = await pw.asManager.post(`/api/v1/reports/impact/${report.id}/restore`).send({ version: 1 }).expect(409);
    expect(stale.body.type).toBe('https://common-ground.example/problems/stale-version');
    expect((await pw.asManager.get(`/api/v1/reports/impact/${report.id}`).expect(200)).body).toMatchObject({ version: 2, archived: true });

    const restored = (await pw.asAdmin.post(`/api/v1/reports/impact/${report.id}/restore`).send({ version: 2 }).expect(200)).body;
    expect(restored).toMatchObject({ version: 3, archived: false });
    await pw.asManager.post(`/api/v1/reports/impact/${report.id}/archive`).send({ version: 2 }).expect(409);
    await pw.asManager.post(`/api/v1/reports/impact/${report.id}/archive`).send({ version: 'two' }).expect(400);
    await pw.asManager.post(`/api/v1/reports/impact/${randomUUID()}/archive`).send({ version: 1 }).expect(404);
    expect((await pw.asManager.get('/api/v1/reports/impact').query({ q: 'Archive Test' }).expect(200)).body.total).toBe(1);

    const audit = await auditEntriesOf(pw.t.db, report.id);
    expect(audit.map((a) => [a.action, a.actor_id])).toEqual([
      ['create', pw.manager.id],
      ['archive', pw.manager.id],
      ['restore', pw.admin.id],
    ]);
  });
});
