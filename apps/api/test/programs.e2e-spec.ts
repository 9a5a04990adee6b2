import { randomUUID } from 'node:crypto';
import { insertPartner, setPartnerArchived } from './factories/partner.factory';
import { insertProgram, insertRole, insertSession, programBody, setProgramArchived } from './factories/program.factory';
import { auditEntriesOf, fieldsOf, type Staff, startPartnerWorld } from './partner-world';
import type { SignedInAgent, TestApp } from './test-app';

type ProgramItem = { id: string; title: string; status: string; startsOn: string; totals: { sessions: number; attendance: number; recordedViews: number } };

describe('Programs', () => {
  let t: TestApp;
  let manager: Staff;
  let librarian: Staff;
  let asManager: SignedInAgent;
  let asLibrarian: SignedInAgent;
  let asOtherLibrarian: SignedInAgent;

  const auditOf = (entityId: string) => auditEntriesOf(t.db, entityId);
  const programsTitled = async (title: string) =>
    ((await t.db.query('SELECT count(*)::int AS n FROM programs WHERE title = $1', [title])) as { n: number }[])[0]!.n;

  beforeAll(async () => {
    ({ t, manager, librarian, asManager, asLibrarian, asOtherLibrarian } = await startPartnerWorld());
  });
  afterAll(() => t.close());

  it('adds a program with two partners in different roles, in one transaction, audited', async () => {
    const clinic = await insertPartner(t.db, { name: `Riverside Clinic ${randomUUID().slice(0, 6)}` });
    const school = await insertPartner(t.db, { name: `Alder School District ${randomUUID().slice(0, 6)}` });
    const body = programBody({
      title: 'Health fair — «salud» für alle 🩺',
      description: 'A day of screenings.',
      audienceScope: 'specific-groups',
      targetGroups: ['families', 'older-adults'],
      ageBands: ['age-19-plus', 'general'],
      impactAreas: ['healthy', 'connected'],
      endsOn: '2026-03-05',
      checklist: { agreement: '2026-02-01', spaceBooked: '2026-02-10' },
      partnerCredited: true,
      roles: [
        { partnerId: school.id, role: 'promoter' },
        { partnerId: clinic.id, role: 'presenter', responsibilities: 'Screenings and a talk' },
        { partnerId: clinic.id, role: 'lead' },
      ],
    });
    const created = await asLibrarian.post('/api/v1/programs').send(body).expect(201);
    expect(created.body).toEqual({
      id: expect.any(String),
      title: body.title,
      description: 'A day of screenings.',
      topic: 'health-wellness',
      primaryOutcome: 'new-knowledge',
      developmentModel: 'with-partner',
      format: 'fair-festival',
      location: 'library',
      audienceScope: 'specific-groups',
      targetGroups: ['families', 'older-adults'],
      ageBands: ['age-19-plus', 'general'],
      libraryRole: 'co-sponsor',
      impactAreas: ['healthy', 'connected'],
      startsOn: '2026-03-03',
      endsOn: '2026-03-05',
      status: 'planned',
      statusReason: null,
      statusNote: null,
      checklist: { agreement: '2026-02-01', brandingApproved: null, volunteersCleared: null, spaceBooked: '2026-02-10', timingConfirmed: null },
      checklistComplete: false,
      partnerCredited: true,
      outcomeSummarySharedOn: null,
      // By name (Alder before Riverside); a partner's roles in the order of the vocabulary (lead before presenter).
      partners: [
        { id: school.id, name: school.name, roles: ['promoter'] },
        { id: clinic.id, name: clinic.name, roles: ['lead', 'presenter'] },
      ],
      totals: { sessions: 0, attendance: 0, recordedViews: 0 },
      createdAt: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/),
      updatedAt: expect.any(String),
      createdBy: librarian.id,
      version: 1,
      archivedAt: null,
    });
    expect((await asLibrarian.get(`/api/v1/programs/${created.body.id}`).expect(200)).body).toEqual(created.body);

    const audit = await auditOf(created.body.id);
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ action: 'create', actor_id: librarian.id, partner_id: null, entity_type: 'program' });
    expect(audit[0]!.changes).toMatchObject({ title: { before: null, after: body.title }, status: { before: null, after: 'planned' } });
    // Each role is audited on its own partner, so the partner's timeline shows it.
    const roleAudit = (await t.db.query(
      `SELECT partner_id, changes->'role'->>'after' AS role FROM audit_entries
        WHERE entity_type = 'program-role' AND changes->'programId'->>'after' = $1 ORDER BY partner_id, role`,
      [created.body.id],
    )) as { partner_id: string; role: string }[];
    expect(roleAudit).toEqual(
      [
        { partner_id: clinic.id, role: 'lead' },
        { partner_id: clinic.id, role: 'presenter' },
        { partner_id: school.id, role: 'promoter' },
      ].sort((a, b) => a.partner_id.localeCompare(b.partner_id) || a.role.localeCompare(b.role)),
    );
  });

  it('fills the defaults: ends the day it starts, planned, whole community, all checklist dates complete', async () => {
    const body = programBody({
      checklist: { agreement: '2026-01-01', brandingApproved: '2026-01-02', volunteersCleared: '2026-01-03', spaceBooked: '2026-01-04', timingConfirmed: '2026-01-05' },
    });
    const created = (await asLibrarian.post('/api/v1/programs').send(body).expect(201)).body;
    expect(created).toMatchObject({
      endsOn: '2026-03-03',
      status: 'planned',
      audienceScope: 'whole-community',
      targetGroups: [],
      partners: [],
      checklistComplete: true,
      partnerCredited: false,
      description: '',
    });
  });

  it('answers bad input with a 400 naming the field and saves nothing', async () => {
    const archived = await insertPartner(t.db);
    await setPartnerArchived(t.db, archived.id);
    const live = await insertPartner(t.db);
    const title = `Refused ${randomUUID().slice(0, 8)}`;
    const cases: [Record<string, unknown>, string[]][] = [
      [{ status: 'cancelled' }, ['statusReason']],
      [{ status: 'postponed', statusReason: null }, ['statusReason']],
      [{ status: 'held', statusReason: 'weather' }, ['statusReason']],
      [{ status: 'cancelled', statusReason: 'snow' }, ['statusReason']],
      [{ endsOn: '2026-03-02' }, ['endsOn']],
      [{ audienceScope: 'specific-groups' }, ['targetGroups']],
      [{ audienceScope: 'specific-groups', targetGroups: ['whole-community'] }, ['targetGroups']],
      [{ targetGroups: ['teens'] }, ['targetGroups']],
      [{ title: '   ' }, ['title']],
      [{ title: 't'.repeat(201) }, ['title']],
      [{ topic: 'gardening' }, ['topic']],
      [{ startsOn: '2026-02-30' }, ['startsOn']],
      [{ checklist: { agreement: 'soon' } }, ['checklist.agreement']],
      [{ checklist: { signed: '2026-01-01' } }, ['checklist.signed']],
      [{ roles: [{ partnerId: archived.id, role: 'lead' }] }, ['roles[0].partnerId']],
      [{ roles: [{ partnerId: live.id, role: 'lead' }, { partnerId: randomUUID(), role: 'funder' }] }, ['roles[1].partnerId']],
      [{ roles: [{ partnerId: live.id, role: 'lead' }, { partnerId: live.id, role: 'lead' }] }, ['roles[1].role']],
      [{ roles: [{ partnerId: live.id, role: 'sponsor' }] }, ['roles[0].role']],
      [{ status: 'cancelled', endsOn: '2026-01-01' }, ['endsOn', 'statusReason']],
    ];
    for (const [overrides, fields] of cases) {
      const res = await asLibrarian.post('/api/v1/programs').send(programBody({ title, ...overrides }));
      expect({ overrides, status: res.status, fields: fieldsOf(res.body) }).toEqual({ overrides, status: 400, fields });
    }
    const partnerMessage = await asLibrarian.post('/api/v1/programs').send(programBody({ title, roles: [{ partnerId: archived.id, role: 'lead' }] }));
    expect(partnerMessage.body.errors).toEqual([{ field: 'roles[0].partnerId', message: 'This partner is archived. Restore it first.' }]);
    expect(await programsTitled(title)).toBe(0);
    expect(await programsTitled('   ')).toBe(0);
    const roles = (await t.db.query('SELECT count(*)::int AS n FROM program_roles WHERE partner_id = ANY($1::uuid[])', [[archived.id, live.id]])) as { n: number }[];
    expect(roles[0]!.n).toBe(0);
  });

  it('changes a program: a reason goes with the status that needed it; dates cannot leave sessions outside', async () => {
    const created = (await asLibrarian.post('/api/v1/programs').send(programBody({ endsOn: '2026-03-31', status: 'postponed', statusReason: 'weather' })).expect(201)).body;
    const held = await asManager.patch(`/api/v1/programs/${created.id}`).send({ version: 1, status: 'held' }).expect(200);
    expect(held.body).toMatchObject({ status: 'held', statusReason: null, version: 2 });
    expect((await auditOf(created.id))[1]).toMatchObject({
      action: 'update',
      actor_id: manager.id,
      partner_id: null,
      changes: { status: { before: 'postponed', after: 'held' }, statusReason: { before: 'weather', after: null } },
    });

    // Cancelling needs a reason; saying one for a held program is refused.
    expect(fieldsOf((await asManager.patch(`/api/v1/programs/${created.id}`).send({ version: 2, status: 'cancelled' }).expect(400)).body)).toEqual(['statusReason']);
    expect(fieldsOf((await asManager.patch(`/api/v1/programs/${created.id}`).send({ version: 2, statusReason: 'funding' }).expect(400)).body)).toEqual(['statusReason']);
    const cancelled = await asManager.patch(`/api/v1/programs/${created.id}`).send({ version: 2, status: 'cancelled', statusReason: 'funding', statusNote: 'Grant ended' });
    expect(cancelled.body).toMatchObject({ status: 'cancelled', statusReason: 'funding', statusNote: 'Grant ended', version: 3 });

    // Checklist items change one by one; null clears one.
    const checked = await asManager.patch(`/api/v1/programs/${created.id}`).send({ version: 3, checklist: { agreement: '2026-02-01', timingConfirmed: '2026-02-02' } }).expect(200);
    expect(checked.body.checklist).toMatchObject({ agreement: '2026-02-01', timingConfirmed: '2026-02-02', spaceBooked: null });
    const cleared = await asManager.patch(`/api/v1/programs/${created.id}`).send({ version: 4, checklist: { agreement: null } }).expect(200);
    expect(cleared.body.checklist).toMatchObject({ agreement: null, timingConfirmed: '2026-02-02' });

    await insertSession(t.db, created.id, { startsAt: '2026-03-10T18:00:00Z' });
    await insertSession(t.db, created.id, { startsAt: '2026-03-20T18:00:00Z' });
    await insertSession(t.db, created.id, { startsAt: '2026-03-30T18:00:00Z', archivedAt: new Date() });
    const tooLate = await asManager.patch(`/api/v1/programs/${created.id}`).send({ version: 5, startsOn: '2026-03-11' }).expect(400);
    expect(tooLate.body.errors).toEqual([{ field: 'startsOn', message: 'A session is on 10 Mar 2026: start on or before it, or move that session first.' }]);
    const tooEarly = await asManager.patch(`/api/v1/programs/${created.id}`).send({ version: 5, endsOn: '2026-03-19' }).expect(400);
    expect(fieldsOf(tooEarly.body)).toEqual(['endsOn']);
    // The archived session on the 30th does not hold the end date.
    const moved = await asManager.patch(`/api/v1/programs/${created.id}`).send({ version: 5, startsOn: '2026-03-10', endsOn: '2026-03-20' }).expect(200);
    expect(moved.body).toMatchObject({ startsOn: '2026-03-10', endsOn: '2026-03-20', version: 6 });
    expect(fieldsOf((await asManager.patch(`/api/v1/programs/${created.id}`).send({ version: 6, endsOn: '2026-03-09' }).expect(400)).body)).toEqual(['endsOn']);

    // Target groups go when the audience becomes the whole community.
    const groups = await asManager.patch(`/api/v1/programs/${created.id}`).send({ version: 6, audienceScope: 'specific-groups', targetGroups: ['teens'] }).expect(200);
    expect(groups.body).toMatchObject({ audienceScope: 'specific-groups', targetGroups: ['teens'] });
    const whole = await asManager.patch(`/api/v1/programs/${created.id}`).send({ version: 7, audienceScope: 'whole-community' }).expect(200);
    expect(whole.body).toMatchObject({ audienceScope: 'whole-community', targetGroups: [], version: 8 });
    expect((await t.db.query('SELECT version FROM programs WHERE id = $1', [created.id]))[0]).toEqual({ version: 8 });
  });

  it('refuses a stale edit (409), and an edit that changes nothing makes no version or audit entry', async () => {
    const created = (await asLibrarian.post('/api/v1/programs').send(programBody({ title: 'Original' })).expect(201)).body;
    await asOtherLibrarian.patch(`/api/v1/programs/${created.id}`).send({ version: 1, title: 'Newer' }).expect(200);
    const stale = await asLibrarian.patch(`/api/v1/programs/${created.id}`).send({ version: 1, title: 'Older' }).expect(409);
    expect(stale.body.title).toBe('Someone else changed this first');
    const same = await asLibrarian.patch(`/api/v1/programs/${created.id}`).send({ version: 2, title: 'Newer', topic: 'health-wellness', checklist: {} }).expect(200);
    expect(same.body).toMatchObject({ title: 'Newer', version: 2 });
    expect((await auditOf(created.id)).map((a) => a.action)).toEqual(['create', 'update']);
  });

  it('lets librarians archive and restore only programs they added; managers any', async () => {
    const program = (await asLibrarian.post('/api/v1/programs').send(programBody()).expect(201)).body;
    const refused = await asOtherLibrarian.post(`/api/v1/programs/${program.id}/archive`).send({ version: 1 }).expect(403);
    expect(refused.body.detail).toMatch(/Only the person who added this program/);
    const archived = await asLibrarian.post(`/api/v1/programs/${program.id}/archive`).send({ version: 1 }).expect(200);
    expect(archived.body).toMatchObject({ version: 2, archivedAt: expect.any(String) });
    const listed = await asLibrarian.get('/api/v1/programs').query({ q: program.title }).expect(200);
    expect(listed.body.total).toBe(0);
    expect((await asLibrarian.get('/api/v1/programs').query({ q: program.title, archived: 'true' }).expect(200)).body.items[0].id).toBe(program.id);
    expect((await asLibrarian.get(`/api/v1/programs/${program.id}`).expect(200)).body.archivedAt).not.toBeNull();

    await asOtherLibrarian.post(`/api/v1/programs/${program.id}/restore`).send({ version: 2 }).expect(403);
    const restored = await asManager.post(`/api/v1/programs/${program.id}/restore`).send({ version: 2 }).expect(200);
    expect(restored.body).toMatchObject({ version: 3, archivedAt: null });
    await asManager.post(`/api/v1/programs/${program.id}/archive`).send({ version: 2 }).expect(409);
    expect((await auditOf(program.id)).map((a) => a.action)).toEqual(['create', 'archive', 'restore']);

    const missing = randomUUID();
    await asLibrarian.get(`/api/v1/programs/${missing}`).expect(404);
    await asLibrarian.get('/api/v1/programs/not-an-id').expect(404);
    await asLibrarian.patch(`/api/v1/programs/${missing}`).send({ version: 1, title: 'X' }).expect(404);
  });

  it('shows each program’s totals over its sessions in use', async () => {
    const program = await insertProgram(t.db, { startsOn: '2026-04-01', endsOn: '2026-04-30' });
    await insertSession(t.db, program.id, { startsAt: '2026-04-02T17:00:00Z', attendance: [3, 5, 0, 12, 1] });
    await insertSession(t.db, program.id, { startsAt: '2026-04-09T17:00:00Z', format: 'recorded', attendance: [0, 0, 2, 4, 0], recordedViews: 40 });
    await insertSession(t.db, program.id, { startsAt: '2026-04-16T17:00:00Z', attendance: [100, 100, 100, 100, 100], recordedViews: 7, archivedAt: new Date() });
    // 3+5+0+12+1 = 21 and 0+0+2+4+0 = 6; the archived session counts for nothing.
    const view = await asLibrarian.get(`/api/v1/programs/${program.id}`).expect(200);
    expect(view.body.totals).toEqual({ sessions: 2, attendance: 27, recordedViews: 40 });
  });
});

describe('Programs list and calendar', () => {
  let t: TestApp;
  let asLibrarian: SignedInAgent;

  beforeAll(async () => {
    ({ t, asLibrarian } = await startPartnerWorld());
  });
  afterAll(() => t.close());

  /** Six programs whose titles share a marker, with sessions and roles, and their expected figures. */
  async function fixtures() {
    const marker = `Mk${randomUUID().slice(0, 6)}`;
    const clinic = await insertPartner(t.db);
    const school = await insertPartner(t.db);
    const make = (title: string, o: Parameters<typeof insertProgram>[1]) => insertProgram(t.db, { title: `${marker} ${title}`, ...o });
    const fair = await make('Health Fair', { topic: 'health-wellness', startsOn: '2026-03-03', endsOn: '2026-03-05', status: 'held', libraryRole: 'co-sponsor' });
    const homework = await make('homework help', { topic: 'lifelong-learning', startsOn: '2026-01-10', endsOn: '2026-05-30', status: 'held' });
    const jobs = await make('Job Skills', { topic: 'economic-development', startsOn: '2026-06-01', endsOn: '2026-06-01', status: 'planned', libraryRole: 'promotion-only' });
    const cancelled = await make('Art Walk', { topic: 'arts-culture', startsOn: '2026-02-14', status: 'cancelled', statusReason: 'weather' });
    const postponed = await make('Zine Lab', { topic: 'arts-culture', startsOn: '2026-04-20', status: 'postponed', statusReason: 'staff' });
    const archived = await make('Archived Talk', { topic: 'health-wellness', startsOn: '2026-03-04', status: 'held', archivedAt: new Date() });

    await insertSession(t.db, fair.id, { startsAt: '2026-03-03T15:00:00Z', attendance: [10, 20, 5, 40, 0] }); // 75
    await insertSession(t.db, fair.id, { startsAt: '2026-03-04T15:00:00Z', attendance: [0, 0, 0, 30, 5] }); // 35
    await insertSession(t.db, homework.id, { startsAt: '2026-01-12T21:00:00Z', attendance: [0, 12, 6, 0, 0] }); // 18
    await insertSession(t.db, homework.id, { startsAt: '2026-01-19T21:00:00Z', attendance: [0, 9, 7, 0, 0] }); // 16
    await insertSession(t.db, homework.id, { startsAt: '2026-01-26T21:00:00Z', attendance: [0, 50, 50, 0, 0], archivedAt: new Date() });
    await insertSession(t.db, homework.id, { startsAt: '2026-02-02T21:00:00Z', format: 'live-virtual', attendance: [0, 4, 3, 1, 0] }); // 8
    await insertSession(t.db, archived.id, { startsAt: '2026-03-04T15:00:00Z', attendance: [0, 0, 0, 99, 0] });
    await insertRole(t.db, fair.id, clinic.id, 'lead');
    await insertRole(t.db, fair.id, school.id, 'promoter');
    await insertRole(t.db, homework.id, school.id, 'co-host');
    await insertRole(t.db, jobs.id, clinic.id, 'funder', { archivedAt: new Date() });
    return { marker, clinic, school, fair, homework, jobs, cancelled, postponed, archived };
  }

  const titles = (body: { items: ProgramItem[] }, marker: string) => body.items.map((item) => item.title.replace(`${marker} `, ''));

  it('lists the latest first, with totals over the whole filtered set, not the page', async () => {
    const { marker, fair, homework } = await fixtures();
    const first = await asLibrarian.get('/api/v1/programs').query({ q: marker.toLowerCase(), limit: 2 }).expect(200);
    expect(titles(first.body, marker)).toEqual(['Job Skills', 'Zine Lab']);
    // Programs in use: 5. Sessions in use: fair 2 + homework 3 = 5. Attendance: 75 + 35 + 18 + 16 + 8 = 152.
    expect(first.body).toMatchObject({ total: 5, totals: { programs: 5, sessions: 5, attendance: 152 }, nextCursor: expect.any(String) });
    const second = await asLibrarian.get('/api/v1/programs').query({ q: marker, limit: 2, cursor: first.body.nextCursor }).expect(200);
    expect(titles(second.body, marker)).toEqual(['Health Fair', 'Art Walk']);
    expect(second.body.totals).toEqual(first.body.totals);
    const fairItem = second.body.items[0] as ProgramItem & { partners: unknown };
    expect(fairItem.totals).toEqual({ sessions: 2, attendance: 110, recordedViews: 0 });
    expect(fairItem.id).toBe(fair.id);
    const third = await asLibrarian.get('/api/v1/programs').query({ q: marker, limit: 2, offset: 4 }).expect(200);
    expect(third.body.items.map((item: ProgramItem) => [item.id, item.totals])).toEqual([[homework.id, { sessions: 3, attendance: 42, recordedViews: 0 }]]);
    expect(third.body.nextCursor).toBeNull();
    // Past the end: no items, and still the totals.
    const past = await asLibrarian.get('/api/v1/programs').query({ q: marker, offset: 50 }).expect(200);
    expect(past.body).toEqual({ items: [], total: 5, nextCursor: null, totals: { programs: 5, sessions: 5, attendance: 152 } });
  });

  it('keeps the totals over every live program (the unfiltered list) as programs and sessions change', async () => {
    // What the unfiltered list must say, summed the slow way from the programs themselves.
    const recount = async () => {
      const [row] = await t.db.query(
        `SELECT count(*)::int AS programs, coalesce(sum(session_count), 0)::int AS sessions, coalesce(sum(attendance_total), 0)::int AS attendance
           FROM programs WHERE archived_at IS NULL`,
      );
      return row as { programs: number; sessions: number; attendance: number };
    };
    const listed = async () => {
      const body = (await asLibrarian.get('/api/v1/programs').query({ limit: 1 }).expect(200)).body;
      expect(body.total).toBe(body.totals.programs);
      // In another order (the path that sorts every program for the page) the totals are the same kept ones.
      const byTitle = (await asLibrarian.get('/api/v1/programs').query({ limit: 1, sort: 'title' }).expect(200)).body;
      expect(byTitle).toMatchObject({ total: body.total, totals: body.totals });
      return body.totals;
    };
    const before = await recount();
    const { fair, homework, cancelled, archived } = await fixtures();
    // Five live programs more (the sixth is archived), with 5 live sessions and 152 attending.
    expect(await recount()).toEqual({ programs: before.programs + 5, sessions: before.sessions + 5, attendance: before.attendance + 152 });
    expect(await listed()).toEqual(await recount());

    await t.db.query('UPDATE programs SET archived_at = now() WHERE id = $1', [fair.id]);
    expect(await listed()).toEqual(await recount());
    await t.db.query('UPDATE programs SET archived_at = NULL WHERE id = ANY($1)', [[fair.id, archived.id]]);
    expect(await listed()).toEqual(await recount());
    await insertSession(t.db, homework.id, { startsAt: '2026-02-09T21:00:00Z', attendance: [0, 13, 0, 0, 0] });
    await t.db.query('UPDATE program_sessions SET archived_at = now() WHERE program_id = $1 AND starts_at = $2', [fair.id, '2026-03-03T15:00:00Z']);
    expect(await listed()).toEqual(await recount());
    await t.db.query('DELETE FROM programs WHERE id = $1', [cancelled.id]);
    expect(await listed()).toEqual(await recount());
    // The kept rows sum to the recount, and a rebuild from scratch changes nothing.
    const kept = async () =>
      (await t.db.query('SELECT sum(programs)::int AS programs, sum(sessions)::int AS sessions, sum(attendance)::int AS attendance FROM program_totals'))[0];
    expect(await kept()).toEqual(await recount());
    await t.db.query('SELECT program_totals_rebuild()');
    expect(await kept()).toEqual(await recount());
    // TRUNCATE fires no row trigger: emptied, the totals are zero (in a transaction rolled back, to keep the data).
    await t.db.transaction(async (db) => {
      await db.query('TRUNCATE programs CASCADE');
      const [row] = await db.query('SELECT sum(programs)::int AS programs, sum(sessions)::int AS sessions, sum(attendance)::int AS attendance FROM program_totals');
      expect(row).toEqual({ programs: 0, sessions: 0, attendance: 0 });
      throw new Error('roll back');
    }).catch((error: Error) => expect(error.message).toBe('roll back'));
    expect(await listed()).toEqual(await recount());
  });

  it('filters by status, partner, topic, dates, library role and archived state', async () => {
    const { marker, clinic, school } = await fixtures();
    const list = async (query: Record<string, unknown>) => {
      const res = await asLibrarian.get('/api/v1/programs').query({ q: marker, ...query }).expect(200);
      return { titles: titles(res.body, marker).sort(), totals: res.body.totals };
    };
    expect(await list({ status: ['cancelled', 'postponed'] })).toEqual({ titles: ['Art Walk', 'Zine Lab'], totals: { programs: 2, sessions: 0, attendance: 0 } });
    expect((await list({ status: 'held,planned' })).titles).toEqual(['Health Fair', 'Job Skills', 'homework help']);
    // The clinic's only live role is in the fair (its funder role in Job Skills is archived).
    expect(await list({ partnerId: clinic.id })).toEqual({ titles: ['Health Fair'], totals: { programs: 1, sessions: 2, attendance: 110 } });
    expect(await list({ partnerId: school.id })).toEqual({ titles: ['Health Fair', 'homework help'], totals: { programs: 2, sessions: 5, attendance: 152 } });
    expect((await list({ topic: 'arts-culture' })).titles).toEqual(['Art Walk', 'Zine Lab']);
    expect((await list({ libraryRole: 'promotion-only' })).titles).toEqual(['Job Skills']);
    // Overlap: homework (10 Jan–30 May) and the fair (3–5 Mar) run on a day in 1–4 Mar; the Art Walk (14 Feb) does not.
    expect((await list({ from: '2026-03-01', to: '2026-03-04' })).titles).toEqual(['Health Fair', 'homework help']);
    expect((await list({ from: '2026-05-31' })).titles).toEqual(['Job Skills']);
    expect((await list({ to: '2026-02-14' })).titles).toEqual(['Art Walk', 'homework help']);
    expect(await list({ archived: 'true' })).toEqual({ titles: ['Archived Talk'], totals: { programs: 1, sessions: 1, attendance: 99 } });
    expect((await list({ archived: 'all' })).titles).toHaveLength(6);
    expect((await list({ q: `${marker} HEALTH` })).titles).toEqual(['Health Fair']);
    const none = await asLibrarian.get('/api/v1/programs').query({ q: `${marker}%` }).expect(200);
    expect(none.body.total).toBe(0);

    for (const [query, field] of [
      [{ status: 'done' }, 'status'],
      [{ sort: 'budget' }, 'sort'],
      [{ from: '2026-13-01' }, 'from'],
      [{ from: '2026-03-05', to: '2026-03-01' }, 'to'],
      [{ partnerId: 'nobody' }, 'partnerId'],
      [{ limit: 101 }, 'limit'],
    ] as const) {
      const res = await asLibrarian.get('/api/v1/programs').query(query);
      expect({ query, status: res.status, fields: fieldsOf(res.body) }).toEqual({ query, status: 400, fields: [field] });
    }
  });

  it('sorts by start date, title, status and attendance', async () => {
    const { marker } = await fixtures();
    const sorted = async (sort: string) => titles((await asLibrarian.get('/api/v1/programs').query({ q: marker, sort }).expect(200)).body, marker);
    expect(await sorted('startsOn')).toEqual(['homework help', 'Art Walk', 'Health Fair', 'Zine Lab', 'Job Skills']);
    expect(await sorted('-startsOn')).toEqual(['Job Skills', 'Zine Lab', 'Health Fair', 'Art Walk', 'homework help']);
    expect(await sorted('title')).toEqual(['Art Walk', 'Health Fair', 'homework help', 'Job Skills', 'Zine Lab']);
    expect(await sorted('-title')).toEqual(['Zine Lab', 'Job Skills', 'homework help', 'Health Fair', 'Art Walk']);
    // planned, held, cancelled, postponed; ties latest first.
    expect(await sorted('status')).toEqual(['Job Skills', 'Health Fair', 'homework help', 'Art Walk', 'Zine Lab']);
    // 110, 42, then the programs without sessions latest first.
    expect(await sorted('-attendance')).toEqual(['Health Fair', 'homework help', 'Job Skills', 'Zine Lab', 'Art Walk']);
    expect(await sorted('attendance')).toEqual(['Job Skills', 'Zine Lab', 'Art Walk', 'homework help', 'Health Fair']);
  });

  it('pages live programs by attendance with status, date and topic filters (read in the index’s order), totals over every match', async () => {
    // A year no other test uses, so the date filter alone isolates these (no search text: that path sorts the matches).
    const make = async (title: string, startsOn: string, status: 'held' | 'planned' | 'cancelled', attending: number[], o: Parameters<typeof insertProgram>[1] = {}) => {
      const program = await insertProgram(t.db, { title, startsOn, endsOn: startsOn, status, topic: 'arts-culture', ...o });
      for (const general of attending) await insertSession(t.db, program.id, { startsAt: `${startsOn}T15:00:00Z`, attendance: [0, 0, 0, 0, general] });
      return program;
    };
    const c = await make('C eighty', '2031-01-15', 'held', [30, 50], { topic: 'health-wellness' });
    const a = await make('A fifty in February', '2031-02-01', 'held', [50], { topic: 'health-wellness' });
    const b = await make('B fifty in March', '2031-03-01', 'planned', [20, 20, 10]);
    await make('D cancelled', '2031-04-01', 'cancelled', [90], { statusReason: 'weather' });
    await make('E archived', '2031-05-01', 'held', [100], { archivedAt: new Date() });
    const f = await make('F none yet', '2031-06-01', 'planned', []);
    const year = { status: ['held', 'planned'], from: '2031-01-01', to: '2031-12-31' };
    const page = (query: Record<string, unknown>) => asLibrarian.get('/api/v1/programs').query({ ...year, ...query }).expect(200);
    const ids = (body: { items: ProgramItem[] }) => body.items.map((item) => item.id);
    const totals = { programs: 4, sessions: 6, attendance: 180 };

    // Most attended first; equal attendance latest first (B before A).
    const first = await page({ sort: '-attendance', limit: 2 });
    expect(ids(first.body)).toEqual([c.id, b.id]);
    expect(first.body).toMatchObject({ total: 4, totals, nextCursor: expect.any(String) });
    const second = await page({ sort: '-attendance', limit: 2, cursor: first.body.nextCursor });
    expect(ids(second.body)).toEqual([a.id, f.id]);
    expect(second.body).toMatchObject({ total: 4, totals, nextCursor: null });
    // Least attended first; ties still latest first.
    expect(ids((await page({ sort: 'attendance' })).body)).toEqual([f.id, b.id, a.id, c.id]);
    expect((await page({ sort: 'attendance', offset: 9 })).body).toEqual({ items: [], total: 4, nextCursor: null, totals });
    // A topic the index does not carry: the table answers it.
    const health = await page({ sort: '-attendance', topic: 'health-wellness' });
    expect(ids(health.body)).toEqual([c.id, a.id]);
    expect(health.body.totals).toEqual({ programs: 2, sessions: 3, attendance: 130 });
  });

  it('pages other orders than by start date with the filters, totals over every match, past the end too', async () => {
    // Orders other than the start date sum and sort the matches in one pass (see buildProgramListQuery): the same
    // answers, page after page.
    const { marker, school } = await fixtures();
    const list = (query: Record<string, unknown>) => asLibrarian.get('/api/v1/programs').query({ q: marker, ...query }).expect(200);
    // The bench's filter: this year's held and planned programs, most attended first.
    const thisYear = { status: ['held', 'planned'], from: '2026-01-01', to: '2026-12-31', sort: '-attendance', limit: 2 };
    const first = await list(thisYear);
    expect(titles(first.body, marker)).toEqual(['Health Fair', 'homework help']);
    expect(first.body).toMatchObject({ total: 3, totals: { programs: 3, sessions: 5, attendance: 152 }, nextCursor: expect.any(String) });
    const second = await list({ ...thisYear, cursor: first.body.nextCursor });
    expect(titles(second.body, marker)).toEqual(['Job Skills']);
    expect(second.body).toMatchObject({ total: 3, totals: first.body.totals, nextCursor: null });
    expect((await list({ ...thisYear, offset: 5 })).body).toEqual({ items: [], total: 3, nextCursor: null, totals: first.body.totals });

    // Archived ones too: 110, 99 (archived), 42, then the programs without sessions latest first.
    const all = await list({ archived: 'all', sort: '-attendance' });
    expect(titles(all.body, marker)).toEqual(['Health Fair', 'Archived Talk', 'homework help', 'Job Skills', 'Zine Lab', 'Art Walk']);
    expect(all.body.totals).toEqual({ programs: 6, sessions: 6, attendance: 251 });
    expect(titles((await list({ archived: 'all', sort: 'title' })).body, marker)).toEqual(['Archived Talk', 'Art Walk', 'Health Fair', 'homework help', 'Job Skills', 'Zine Lab']);
    expect(titles((await list({ archived: 'true', sort: '-startsOn' })).body, marker)).toEqual(['Archived Talk']);
    // Running on or after 1 March, by status (planned, held, cancelled, postponed; ties latest first), three a page.
    const byStatus = await list({ from: '2026-03-01', sort: 'status', limit: 3 });
    expect(titles(byStatus.body, marker)).toEqual(['Job Skills', 'Health Fair', 'homework help']);
    expect(byStatus.body.totals).toEqual({ programs: 4, sessions: 5, attendance: 152 });
    expect(titles((await list({ from: '2026-03-01', sort: 'status', limit: 3, offset: 3 })).body, marker)).toEqual(['Zine Lab']);
    const partner = await list({ partnerId: school.id, sort: 'attendance' });
    expect(titles(partner.body, marker)).toEqual(['homework help', 'Health Fair']);
    expect(partner.body.totals).toEqual({ programs: 2, sessions: 5, attendance: 152 });
    expect(titles((await list({ topic: 'arts-culture', sort: '-title' })).body, marker)).toEqual(['Zine Lab', 'Art Walk']);
  });

  it('lays out a month: sessions on their UTC day, programs without sessions on their start date', async () => {
    const marker = `Cal${randomUUID().slice(0, 6)}`;
    const series = await insertProgram(t.db, { title: `${marker} Series`, startsOn: '2031-01-20', endsOn: '2031-03-10', status: 'held' });
    const s1 = await insertSession(t.db, series.id, { startsAt: '2031-01-31T23:30:00Z' });
    const s2 = await insertSession(t.db, series.id, { startsAt: '2031-02-01T16:00:00Z' });
    // 20:00 in New York on the 14th is 01:00 UTC on the 15th: the calendar shows UTC days, as every date in the API.
    const s3 = await insertSession(t.db, series.id, { startsAt: '2031-02-14T20:00:00-05:00' });
    await insertSession(t.db, series.id, { startsAt: '2031-02-20T16:00:00Z', archivedAt: new Date() });
    await insertSession(t.db, series.id, { startsAt: '2031-03-01T00:00:00Z' });
    const talk = await insertProgram(t.db, { title: `${marker} Talk`, startsOn: '2031-02-15', status: 'planned' });
    const onlyArchived = await insertProgram(t.db, { title: `${marker} Only archived sessions`, startsOn: '2031-02-28' });
    await insertSession(t.db, onlyArchived.id, { startsAt: '2031-02-28T10:00:00Z', archivedAt: new Date() });
    await insertProgram(t.db, { title: `${marker} Archived`, startsOn: '2031-02-15', archivedAt: new Date() });
    await insertProgram(t.db, { title: `${marker} Next month`, startsOn: '2031-03-01' });

    const res = await asLibrarian.get('/api/v1/programs/calendar').query({ month: '2031-02' }).expect(200);
    expect(res.body.month).toBe('2031-02');
    expect(res.body.days).toHaveLength(28);
    expect(res.body.days[0].date).toBe('2031-02-01');
    expect(res.body.days[27].date).toBe('2031-02-28');
    const filled = (res.body.days as { date: string; items: { title: string }[] }[])
      .filter((day) => day.items.length > 0)
      .map((day) => ({ ...day, items: day.items.filter((item) => item.title.startsWith(marker)) }));
    expect(filled).toEqual([
      { date: '2031-02-01', items: [{ programId: series.id, title: `${marker} Series`, status: 'held', sessionId: s2.id, startsAt: '2031-02-01T16:00:00.000Z' }] },
      {
        date: '2031-02-15',
        items: [
          { programId: talk.id, title: `${marker} Talk`, status: 'planned', sessionId: null, startsAt: null },
          { programId: series.id, title: `${marker} Series`, status: 'held', sessionId: s3.id, startsAt: '2031-02-15T01:00:00.000Z' },
        ],
      },
      { date: '2031-02-28', items: [{ programId: onlyArchived.id, title: `${marker} Only archived sessions`, status: 'planned', sessionId: null, startsAt: null }] },
    ]);
    expect(JSON.stringify(res.body)).not.toContain(s1.id);

    const january = await asLibrarian.get('/api/v1/programs/calendar').query({ month: '2031-01' }).expect(200);
    expect(january.body.days).toHaveLength(31);
    expect(january.body.days[30].items.map((item: { sessionId: string }) => item.sessionId)).toContain(s1.id);
    for (const month of ['2031-13', '2031-2', 'February', '']) {
      const bad = await asLibrarian.get('/api/v1/programs/calendar').query({ month });
      expect({ month, status: bad.status, fields: fieldsOf(bad.body) }).toEqual({ month, status: 400, fields: ['month'] });
    }
    await asLibrarian.get('/api/v1/programs/calendar').expect(400);
  });
});
