import { DEFAULT_VOLUNTEER_HOUR_RATE } from '@common-ground/domain';
import { insertPartner, setPartnerArchived } from './factories/partner.factory';
import { insertProgram, setProgramArchived } from './factories/program.factory';
import { auditEntriesOf, fieldsOf, type Staff, startPartnerWorld } from './partner-world';
import type { SignedInAgent, TestApp } from './test-app';

type Body = Record<string, unknown>;

describe('Contributions', () => {
  let t: TestApp;
  let librarian: Staff;
  let manager: Staff;
  let asManager: SignedInAgent;
  let asLibrarian: SignedInAgent;
  let asOtherLibrarian: SignedInAgent;

  const add = async (body: Body, as: SignedInAgent = asLibrarian) => (await as.post('/api/v1/contributions').send(body).expect(201)).body;
  const list = async (query: Record<string, string | number>) => (await asLibrarian.get('/api/v1/contributions').query(query).expect(200)).body;
  const lineCount = async () => ((await t.db.query('SELECT count(*)::int AS n FROM contributions'))[0] as { n: number }).n;

  /** Sets the volunteer-hour rate through the settings API, as a manager would. */
  async function setRate(rate: number, source: string, year: number): Promise<void> {
    const { version } = (await asManager.get('/api/v1/settings').expect(200)).body;
    await asManager.patch('/api/v1/settings').send({ version, volunteerHourRate: rate, volunteerRateSource: source, volunteerRateYear: year }).expect(200);
  }

  beforeAll(async () => {
    ({ t, librarian, manager, asManager, asLibrarian, asOtherLibrarian } = await startPartnerWorld());
  });
  afterAll(() => t.close());

  it('values volunteer hours at the settings rate, stores the rate on the line, and audits it on the partner', async () => {
    await setRate(DEFAULT_VOLUNTEER_HOUR_RATE.rate, DEFAULT_VOLUNTEER_HOUR_RATE.source, DEFAULT_VOLUNTEER_HOUR_RATE.year);
    const partner = await insertPartner(t.db, { name: 'Riverside Health Clinic' });
    const program = await insertProgram(t.db, { title: 'Community health fair' });
    const created = await add({
      side: 'partner',
      partnerId: partner.id,
      programId: program.id,
      type: 'volunteers',
      stage: 'actual',
      description: '  Nurses at the blood-pressure table  ',
      quantity: 12.5,
      unit: 'hours',
      contributedOn: '2026-03-14',
    });
    // 12.5 h × $34.79 = $434.875 → $434.88
    expect(created).toEqual({
      id: expect.any(String),
      side: 'partner',
      partner: { id: partner.id, name: 'Riverside Health Clinic' },
      program: { id: program.id, title: 'Community health fair' },
      type: 'volunteers',
      stage: 'actual',
      description: 'Nurses at the blood-pressure table',
      quantity: 12.5,
      unit: 'hours',
      moneyValue: 434.88,
      valuedAt: { rate: 34.79, source: DEFAULT_VOLUNTEER_HOUR_RATE.source, year: 2024 },
      contributedOn: '2026-03-14',
      createdAt: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/),
      updatedAt: expect.any(String),
      createdBy: librarian.id,
      version: 1,
      archivedAt: null,
    });
    expect((await asLibrarian.get(`/api/v1/contributions/${created.id}`).expect(200)).body).toEqual(created);
    expect(
      (await t.db.query('SELECT money_value::text AS m, rate::text AS r, rate_source, rate_year FROM contributions WHERE id = $1', [created.id]))[0],
    ).toEqual({ m: '434.88', r: '34.79', rate_source: DEFAULT_VOLUNTEER_HOUR_RATE.source, rate_year: 2024 });

    expect(await auditEntriesOf(t.db, created.id)).toEqual([
      {
        action: 'create',
        actor_id: librarian.id,
        partner_id: partner.id,
        entity_type: 'contribution',
        changes: {
          side: { before: null, after: 'partner' },
          partnerId: { before: null, after: partner.id },
          programId: { before: null, after: program.id },
          type: { before: null, after: 'volunteers' },
          stage: { before: null, after: 'actual' },
          description: { before: null, after: 'Nurses at the blood-pressure table' },
          quantity: { before: null, after: 12.5 },
          unit: { before: null, after: 'hours' },
          moneyValue: { before: null, after: 434.88 },
          rate: { before: null, after: 34.79 },
          rateSource: { before: null, after: DEFAULT_VOLUNTEER_HOUR_RATE.source },
          rateYear: { before: null, after: 2024 },
          contributedOn: { before: null, after: '2026-03-14' },
        },
      },
    ]);

    // An entered money value wins over the rate, and carries no rate.
    const entered = await add({ side: 'partner', partnerId: partner.id, type: 'volunteers', stage: 'actual', quantity: 10, unit: 'hours', moneyValue: 250 });
    expect(entered).toMatchObject({ moneyValue: 250, valuedAt: null, contributedOn: t.clock.now().toISOString().slice(0, 10) });
    // Only volunteer hours are valued at the rate.
    const staffHours = await add({ side: 'library', partnerId: partner.id, type: 'staff-time', stage: 'actual', quantity: 10, unit: 'hours' });
    expect(staffHours).toMatchObject({ moneyValue: null, valuedAt: null });
  });

  it('adds up the ledger per side and per type, over the filtered set, with old lines keeping their rate after it changes', async () => {
    await setRate(34.79, 'Independent Sector', 2024);
    const clinic = await insertPartner(t.db);
    const other = await insertPartner(t.db);
    const fair = await insertProgram(t.db);
    const base = { partnerId: clinic.id, stage: 'actual' };
    // 12.5 h × 34.79 = 434.875 → 434.88
    const volunteers1 = await add({ ...base, side: 'partner', programId: fair.id, type: 'volunteers', quantity: 12.5, unit: 'hours', contributedOn: '2026-03-01' });
    const space = await add({ ...base, side: 'partner', programId: fair.id, type: 'space', quantity: 3, unit: 'days', moneyValue: 450, contributedOn: '2026-03-02' });
    // The library's own staff time for the fair, linked to the program only.
    const staffTime = await add({ side: 'library', programId: fair.id, type: 'staff-time', stage: 'actual', quantity: 6, unit: 'hours', moneyValue: 180.5, contributedOn: '2026-03-03' });
    const promotion = await add({ ...base, side: 'library', type: 'promotion', description: 'Newsletter feature', contributedOn: '2026-03-04' });
    await add({ ...base, side: 'partner', stage: 'planned', type: 'funding', quantity: 1000, unit: 'dollars', moneyValue: 1000, contributedOn: '2026-03-05' });
    // 2.5 h × 34.79 = 86.975 → 86.98
    await add({ ...base, side: 'partner', type: 'volunteers', quantity: 2.5, unit: 'hours', contributedOn: '2026-03-06' });
    await add({ partnerId: other.id, side: 'partner', stage: 'actual', type: 'materials', moneyValue: 75, contributedOn: '2026-03-06' });
    const archived = await add({ ...base, side: 'partner', type: 'expertise', moneyValue: 999, contributedOn: '2026-03-06' });
    await asLibrarian.post(`/api/v1/contributions/${archived.id}/archive`).send({ version: 1 }).expect(200);

    // The rate changes; lines already valued keep theirs, new ones get the new one. 4 h × 31.80 = 127.20
    await setRate(31.8, 'State volunteer value', 2025);
    const volunteers3 = await add({ ...base, side: 'partner', type: 'volunteers', quantity: 4, unit: 'hours', contributedOn: '2026-03-07' });
    expect(volunteers3).toMatchObject({ moneyValue: 127.2, valuedAt: { rate: 31.8, source: 'State volunteer value', year: 2025 } });
    expect((await asLibrarian.get(`/api/v1/contributions/${volunteers1.id}`).expect(200)).body).toMatchObject({
      moneyValue: 434.88,
      valuedAt: { rate: 34.79, source: 'Independent Sector', year: 2024 },
      version: 1,
    });

    // The clinic's given contributions: 434.88 + 450 + 0 + 86.98 + 127.20 = 1,099.06; volunteer hours 12.5 + 2.5 + 4 = 19.
    const given = await list({ partnerId: clinic.id, stage: 'actual' });
    expect(given.total).toBe(5);
    expect(given.items.map((c: { contributedOn: string }) => c.contributedOn)).toEqual(['2026-03-07', '2026-03-06', '2026-03-04', '2026-03-02', '2026-03-01']);
    expect(given.totals).toEqual({
      moneyValue: 1099.06,
      volunteerHours: 19,
      bySide: [
        { side: 'library', moneyValue: 0, count: 1 },
        { side: 'partner', moneyValue: 1099.06, count: 4 },
      ],
      byType: [
        { type: 'space', moneyValue: 450, quantityByUnit: [{ unit: 'days', quantity: 3 }], count: 1 },
        { type: 'promotion', moneyValue: 0, quantityByUnit: [], count: 1 },
        // 434.88 + 86.98 + 127.20
        { type: 'volunteers', moneyValue: 649.06, quantityByUnit: [{ unit: 'hours', quantity: 19 }], count: 3 },
      ],
    });

    // Totals are over the whole filtered set, not the page.
    const firstPage = await list({ partnerId: clinic.id, stage: 'actual', limit: 2, sort: 'contributedOn' });
    expect(firstPage.items.map((c: { id: string }) => c.id)).toEqual([volunteers1.id, space.id]);
    expect(firstPage).toMatchObject({ total: 5, nextCursor: expect.any(String), totals: given.totals });
    const secondPage = await list({ partnerId: clinic.id, stage: 'actual', limit: 2, sort: 'contributedOn', cursor: firstPage.nextCursor });
    expect(secondPage.items.map((c: { id: string }) => c.id)).toEqual([promotion.id, expect.any(String)]);

    // Pledged, kept apart.
    expect((await list({ partnerId: clinic.id, stage: 'planned' })).totals).toEqual({
      moneyValue: 1000,
      volunteerHours: 0,
      bySide: [
        { side: 'library', moneyValue: 0, count: 0 },
        { side: 'partner', moneyValue: 1000, count: 1 },
      ],
      byType: [{ type: 'funding', moneyValue: 1000, quantityByUnit: [{ unit: 'dollars', quantity: 1000 }], count: 1 }],
    });

    // Per program, both sides: 434.88 + 450 (partner) and 180.50 (library).
    const forFair = await list({ programId: fair.id });
    expect(forFair.items.map((c: { id: string }) => c.id)).toEqual([staffTime.id, space.id, volunteers1.id]);
    expect(forFair.items[0]).toMatchObject({ partner: null, program: { id: fair.id, title: fair.title }, side: 'library' });
    expect(forFair.totals).toEqual({
      moneyValue: 1065.38,
      volunteerHours: 12.5,
      bySide: [
        { side: 'library', moneyValue: 180.5, count: 1 },
        { side: 'partner', moneyValue: 884.88, count: 2 },
      ],
      byType: [
        { type: 'space', moneyValue: 450, quantityByUnit: [{ unit: 'days', quantity: 3 }], count: 1 },
        { type: 'volunteers', moneyValue: 434.88, quantityByUnit: [{ unit: 'hours', quantity: 12.5 }], count: 1 },
        { type: 'staff-time', moneyValue: 180.5, quantityByUnit: [{ unit: 'hours', quantity: 6 }], count: 1 },
      ],
    });

    // Filters by side, type and dates; the archived line only when asked for.
    expect((await list({ partnerId: clinic.id, side: 'library' })).totals.bySide).toEqual([
      { side: 'library', moneyValue: 0, count: 1 },
      { side: 'partner', moneyValue: 0, count: 0 },
    ]);
    expect((await list({ partnerId: clinic.id, type: 'volunteers', from: '2026-03-02', to: '2026-03-06' })).totals).toMatchObject({ moneyValue: 86.98, volunteerHours: 2.5 });
    const archivedOnly = await list({ partnerId: clinic.id, archived: 'true' });
    expect(archivedOnly).toMatchObject({ total: 1, totals: { moneyValue: 999 } });
    expect((await list({ partnerId: clinic.id, archived: 'all' })).total).toBe(7);

    const wrongRange = await asLibrarian.get('/api/v1/contributions').query({ from: '2026-03-05', to: '2026-03-01' }).expect(400);
    expect(fieldsOf(wrongRange.body)).toEqual(['to']);
  });

  it('re-values a changed quantity at the line’s stored rate, and at today’s rate only when asked', async () => {
    await setRate(20, 'Rate A', 2024);
    const partner = await insertPartner(t.db);
    const line = await add({ side: 'partner', partnerId: partner.id, type: 'volunteers', stage: 'actual', quantity: 3, unit: 'hours' });
    expect(line).toMatchObject({ moneyValue: 60, valuedAt: { rate: 20, source: 'Rate A', year: 2024 } });
    await setRate(29.95, 'Rate B', 2025);
    const url = `/api/v1/contributions/${line.id}`;

    // 4 h at the stored $20 = $80, not 4 × 29.95.
    const corrected = (await asLibrarian.patch(url).send({ version: 1, quantity: 4 }).expect(200)).body;
    expect(corrected).toMatchObject({ quantity: 4, moneyValue: 80, valuedAt: { rate: 20, source: 'Rate A', year: 2024 }, version: 2 });
    expect((await auditEntriesOf(t.db, line.id))[1]).toMatchObject({
      action: 'update',
      changes: { quantity: { before: 3, after: 4 }, moneyValue: { before: 60, after: 80 } },
    });

    // A form sending back the money value it read does not turn the valuation into an entered value.
    const echoed = (await asLibrarian.patch(url).send({ version: 2, moneyValue: 80, description: 'Saturday shift' }).expect(200)).body;
    expect(echoed).toMatchObject({ moneyValue: 80, valuedAt: { rate: 20 }, description: 'Saturday shift', version: 3 });

    // revalue: today's rate. 1.9 h × $29.95 = $56.905 → $56.91 (rounding the double would give $56.90).
    const revalued = (await asLibrarian.patch(url).send({ version: 3, quantity: 1.9, revalue: true }).expect(200)).body;
    expect(revalued).toMatchObject({ moneyValue: 56.91, valuedAt: { rate: 29.95, source: 'Rate B', year: 2025 }, version: 4 });

    const entered = (await asLibrarian.patch(url).send({ version: 4, moneyValue: 90 }).expect(200)).body;
    expect(entered).toMatchObject({ moneyValue: 90, valuedAt: null });
    const cleared = (await asLibrarian.patch(url).send({ version: 5, moneyValue: null }).expect(200)).body;
    expect(cleared).toMatchObject({ moneyValue: 56.91, valuedAt: { rate: 29.95, year: 2025 } });
    const days = (await asLibrarian.patch(url).send({ version: 6, unit: 'days' }).expect(200)).body;
    expect(days).toMatchObject({ unit: 'days', moneyValue: null, valuedAt: null, version: 7 });
    expect((await t.db.query('SELECT rate, rate_source, rate_year FROM contributions WHERE id = $1', [line.id]))[0]).toEqual({
      rate: null,
      rate_source: null,
      rate_year: null,
    });

    // Repeating the stored values: no new version, no audit entry.
    const audits = (await auditEntriesOf(t.db, line.id)).length;
    const same = (await asLibrarian.patch(url).send({ version: 7, unit: 'days', quantity: 1.9, stage: 'actual' }).expect(200)).body;
    expect(same.version).toBe(7);
    expect(await auditEntriesOf(t.db, line.id)).toHaveLength(audits);

    // Stale version: 409, the newer change kept.
    await asOtherLibrarian.patch(url).send({ version: 6, quantity: 100 }).expect(409);
    expect((await asLibrarian.get(url).expect(200)).body).toMatchObject({ quantity: 1.9, version: 7 });
  });

  it('answers bad input with a 400 naming the field and saves nothing', async () => {
    const partner = await insertPartner(t.db);
    const archivedPartner = await insertPartner(t.db, { archivedAt: new Date() });
    const program = await insertProgram(t.db);
    const archivedProgram = await insertProgram(t.db, { archivedAt: new Date() });
    const missing = '7d8e7a4e-8f2b-4a3b-9a41-5d7c2b1f0e99';
    const valid = { side: 'partner', partnerId: partner.id, type: 'volunteers', stage: 'actual', quantity: 2, unit: 'hours' };
    const cases: [Body, string][] = [
      [{ ...valid, quantity: -1 }, 'quantity'],
      [{ ...valid, moneyValue: -0.01 }, 'moneyValue'],
      [{ ...valid, moneyValue: 10.005 }, 'moneyValue'],
      [{ ...valid, moneyValue: '10' }, 'moneyValue'],
      [{ ...valid, quantity: '2' }, 'quantity'],
      [{ ...valid, quantity: 10_000_000_000 }, 'quantity'],
      // A quantity the column holds, but whose value at $34.79 an hour would not fit the money column.
      [{ ...valid, quantity: 1_000_000_000 }, 'quantity'],
      [{ ...valid, unit: 'weeks' }, 'unit'],
      [{ ...valid, unit: null }, 'unit'],
      [{ ...valid, quantity: null }, 'quantity'],
      [{ ...valid, type: 'money' }, 'type'],
      [{ ...valid, side: 'both' }, 'side'],
      [{ ...valid, stage: undefined }, 'stage'],
      [{ ...valid, partnerId: undefined }, 'partnerId'],
      [{ ...valid, side: 'library', partnerId: null }, 'partnerId'],
      [{ ...valid, side: 'partner', partnerId: null, programId: program.id }, 'partnerId'],
      [{ ...valid, partnerId: 'not-an-id' }, 'partnerId'],
      [{ ...valid, partnerId: missing }, 'partnerId'],
      [{ ...valid, partnerId: archivedPartner.id }, 'partnerId'],
      [{ ...valid, programId: archivedProgram.id }, 'programId'],
      [{ ...valid, programId: missing }, 'programId'],
      [{ ...valid, contributedOn: '2026-02-30' }, 'contributedOn'],
      [{ ...valid, contributedOn: null }, 'contributedOn'],
      [{ ...valid, description: 'd'.repeat(2_001) }, 'description'],
      [{ ...valid, valuedAt: { rate: 1 } }, 'valuedAt'],
    ];
    const before = await lineCount();
    for (const [body, field] of cases) {
      const res = await asLibrarian.post('/api/v1/contributions').send(body);
      expect({ body, status: res.status, fields: fieldsOf(res.body) }).toEqual({ body, status: 400, fields: [field] });
    }
    expect(await lineCount()).toBe(before);
    const archivedMessage = (await asLibrarian.post('/api/v1/contributions').send({ ...valid, partnerId: archivedPartner.id })).body.errors;
    expect(archivedMessage).toEqual([{ field: 'partnerId', message: 'This partner is archived. Restore it first.' }]);

    const line = await add(valid);
    const changes: [Body, string][] = [
      [{ quantity: -2 }, 'quantity'],
      [{ unit: 'weeks' }, 'unit'],
      [{ quantity: null }, 'quantity'],
      [{ partnerId: null }, 'partnerId'],
      [{ programId: archivedProgram.id }, 'programId'],
      [{ moneyValue: -5 }, 'moneyValue'],
      [{ side: null }, 'side'],
      [{ revalue: 'yes' }, 'revalue'],
    ];
    for (const [body, field] of changes) {
      const res = await asLibrarian.patch(`/api/v1/contributions/${line.id}`).send({ version: 1, ...body });
      expect({ body, status: res.status, fields: fieldsOf(res.body) }).toEqual({ body, status: 400, fields: [field] });
    }
    expect((await asLibrarian.get(`/api/v1/contributions/${line.id}`).expect(200)).body).toEqual(line);
    expect(await auditEntriesOf(t.db, line.id)).toHaveLength(1);
    await asLibrarian.patch(`/api/v1/contributions/${missing}`).send({ version: 1, quantity: 1 }).expect(404);
  });

  it('lets librarians archive and restore only lines they added; managers any; restoring needs the partner and program in use', async () => {
    const partner = await insertPartner(t.db);
    const program = await insertProgram(t.db);
    const line = await add({ side: 'library', partnerId: partner.id, programId: program.id, type: 'space', stage: 'actual', moneyValue: 120 });
    const url = `/api/v1/contributions/${line.id}`;

    const refused = await asOtherLibrarian.post(`${url}/archive`).send({ version: 1 }).expect(403);
    expect(refused.body.detail).toMatch(/Only the person who added this contribution/);
    const archived = (await asLibrarian.post(`${url}/archive`).send({ version: 1 }).expect(200)).body;
    expect(archived).toMatchObject({ version: 2, archivedAt: expect.any(String) });
    expect((await list({ partnerId: partner.id })).total).toBe(0);

    await setProgramArchived(t.db, program.id);
    const blocked = await asManager.post(`${url}/restore`).send({ version: 2 }).expect(400);
    expect(blocked.body.errors).toEqual([{ field: 'programId', message: 'This program is archived. Restore it first.' }]);
    await setProgramArchived(t.db, program.id, null);
    await setPartnerArchived(t.db, partner.id);
    expect(fieldsOf((await asManager.post(`${url}/restore`).send({ version: 2 }).expect(400)).body)).toEqual(['partnerId']);
    await setPartnerArchived(t.db, partner.id, null);

    await asOtherLibrarian.post(`${url}/restore`).send({ version: 2 }).expect(403);
    const restored = (await asManager.post(`${url}/restore`).send({ version: 2 }).expect(200)).body;
    expect(restored).toMatchObject({ version: 3, archivedAt: null });
    await asManager.post(`${url}/archive`).send({ version: 2 }).expect(409);

    expect((await auditEntriesOf(t.db, line.id)).map((a) => [a.action, a.actor_id, a.partner_id])).toEqual([
      ['create', librarian.id, partner.id],
      ['archive', librarian.id, partner.id],
      ['restore', manager.id, partner.id],
    ]);
  });

  it('audits a library contribution to a program without a partner on no partner', async () => {
    const program = await insertProgram(t.db);
    const line = await add({ side: 'library', programId: program.id, type: 'materials', stage: 'planned', quantity: 40, unit: 'items' });
    expect(line).toMatchObject({ partner: null, program: { id: program.id }, moneyValue: null });
    expect((await auditEntriesOf(t.db, line.id)).map((a) => [a.action, a.partner_id])).toEqual([['create', null]]);
    await t.http().get('/api/v1/contributions').expect(401);
  });
});
