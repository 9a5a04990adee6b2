import { randomUUID } from 'node:crypto';
import { insertProgram, insertSession, setProgramArchived } from './factories/program.factory';
import { auditEntriesOf, fieldsOf, type Staff, startPartnerWorld } from './partner-world';
import type { SignedInAgent, TestApp } from './test-app';

type Attendance = { 'age-0-5': number; 'age-6-11': number; 'age-12-18': number; 'age-19-plus': number; general: number };
type Session = { id: string; version: number; startsAt: string; format: string; attendance: Attendance; attendanceTotal: number; recordedViews: number | null };

const attendance = (a0: number, a6: number, a12: number, a19: number, general: number): Attendance => ({
  'age-0-5': a0,
  'age-6-11': a6,
  'age-12-18': a12,
  'age-19-plus': a19,
  general,
});

describe('Program sessions', () => {
  let t: TestApp;
  let librarian: Staff;
  let asLibrarian: SignedInAgent;
  let asOtherLibrarian: SignedInAgent;
  let asManager: SignedInAgent;

  const auditOf = (entityId: string) => auditEntriesOf(t.db, entityId);
  const sessionRows = (programId: string) =>
    t.db.query(
      `SELECT id, version, attendance_general, archived_at IS NOT NULL AS archived FROM program_sessions WHERE program_id = $1 ORDER BY starts_at`,
      [programId],
    ) as Promise<{ id: string; version: number; attendance_general: number; archived: boolean }[]>;
  /** A spring series, 3 Mar – 30 Jun 2026. */
  const series = () => insertProgram(t.db, { startsOn: '2026-03-03', endsOn: '2026-06-30', status: 'held' });

  beforeAll(async () => {
    ({ t, librarian, asLibrarian, asOtherLibrarian, asManager } = await startPartnerWorld());
  });
  afterAll(() => t.close());

  it('adds a session, audited, and lists sessions earliest first', async () => {
    const program = await series();
    const base = `/api/v1/programs/${program.id}/sessions`;
    const created = await asLibrarian
      .post(base)
      .send({ startsAt: '2026-03-10T18:00:00-05:00', format: 'in-person-offsite', attendance: { 'age-6-11': 14, general: 2 }, audienceMatched: true, notes: ' At the «centro» 🏫 ' })
      .expect(201);
    expect(created.body).toEqual({
      id: expect.any(String),
      programId: program.id,
      startsAt: '2026-03-10T23:00:00.000Z',
      format: 'in-person-offsite',
      attendance: attendance(0, 14, 0, 0, 2),
      attendanceTotal: 16,
      recordedViews: null,
      audienceMatched: true,
      notes: 'At the «centro» 🏫',
      createdAt: expect.any(String),
      updatedAt: expect.any(String),
      createdBy: librarian.id,
      version: 1,
      archivedAt: null,
    });
    const earlier = (await asLibrarian.post(base).send({ startsAt: '2026-03-03T00:00:00Z', format: 'recorded', recordedViews: 120 }).expect(201)).body;
    expect(earlier).toMatchObject({ attendanceTotal: 0, recordedViews: 120, audienceMatched: null, notes: '' });
    const listed = await asLibrarian.get(base).expect(200);
    expect(listed.body).toEqual({ items: [earlier, created.body], total: 2, nextCursor: null });
    expect(await auditOf(created.body.id)).toEqual([
      expect.objectContaining({ action: 'create', actor_id: librarian.id, partner_id: null, entity_type: 'program-session' }),
    ]);
    expect((await auditOf(created.body.id))[0]!.changes.attendance).toEqual({ before: null, after: attendance(0, 14, 0, 0, 2) });
  });

  it('pages a program’s sessions with their total, in use, archived or both; an archived program’s too', async () => {
    const program = await series();
    const base = `/api/v1/programs/${program.id}/sessions`;
    // Two sessions at the same hour: ties go by id.
    const detailed = await insertSession(t.db, program.id, { startsAt: '2026-03-10T17:00:00Z', format: 'recorded', attendance: [1, 2, 3, 4, 5], recordedViews: 9, audienceMatched: false });
    const plain = await insertSession(t.db, program.id, { startsAt: '2026-03-10T17:00:00Z' });
    const [a, b] = [detailed, plain].sort((x, y) => (x.id < y.id ? -1 : 1));
    const early = await insertSession(t.db, program.id, { startsAt: '2026-03-03T17:00:00Z' });
    const gone = await insertSession(t.db, program.id, { startsAt: '2026-03-05T17:00:00Z', archivedAt: new Date('2026-03-06T00:00:00Z') });
    const late = await insertSession(t.db, program.id, { startsAt: '2026-04-01T17:00:00Z' });
    const ids = (body: { items: Session[] }) => body.items.map((s) => s.id);

    const first = await asLibrarian.get(base).query({ limit: 2 }).expect(200);
    expect(first.body).toMatchObject({ total: 4, nextCursor: expect.any(String) });
    expect(ids(first.body)).toEqual([early.id, a!.id]);
    const second = await asLibrarian.get(base).query({ limit: 2, cursor: first.body.nextCursor }).expect(200);
    expect(second.body).toMatchObject({ total: 4, nextCursor: null });
    expect(ids(second.body)).toEqual([b!.id, late.id]);
    // Past the end: no items, and still the total.
    expect((await asLibrarian.get(base).query({ offset: 10 }).expect(200)).body).toEqual({ items: [], total: 4, nextCursor: null });

    const archived = await asLibrarian.get(base).query({ archived: 'true' }).expect(200);
    expect(archived.body).toMatchObject({ total: 1, nextCursor: null, items: [{ id: gone.id, archivedAt: '2026-03-06T00:00:00.000Z', version: 1 }] });
    const all = await asLibrarian.get(base).query({ archived: 'all' }).expect(200);
    expect(all.body.total).toBe(5);
    expect(ids(all.body)).toEqual([early.id, gone.id, a!.id, b!.id, late.id]);
    // Every field of a listed session, as the API shows it.
    const stamps = (await t.db.query('SELECT created_at, updated_at FROM program_sessions WHERE id = $1', [detailed.id])) as { created_at: Date; updated_at: Date }[];
    expect((all.body.items as Session[]).find((s) => s.id === detailed.id)).toEqual({
      id: detailed.id,
      programId: program.id,
      startsAt: '2026-03-10T17:00:00.000Z',
      format: 'recorded',
      attendance: attendance(1, 2, 3, 4, 5),
      attendanceTotal: 15,
      recordedViews: 9,
      audienceMatched: false,
      notes: '',
      createdAt: stamps[0]!.created_at.toISOString(),
      updatedAt: stamps[0]!.updated_at.toISOString(),
      createdBy: null,
      version: 1,
      archivedAt: null,
    });

    // A program with no sessions lists none; an archived program's sessions can still be read; no program: 404.
    const empty = await series();
    expect((await asLibrarian.get(`/api/v1/programs/${empty.id}/sessions`).expect(200)).body).toEqual({ items: [], total: 0, nextCursor: null });
    await setProgramArchived(t.db, program.id);
    expect((await asLibrarian.get(base).expect(200)).body.total).toBe(4);
    await asLibrarian.get(`/api/v1/programs/${randomUUID()}/sessions`).query({ archived: 'all' }).expect(404);
    await asLibrarian.get(base).query({ archived: 'maybe' }).expect(400);
  });

  it('enters a series in the grid and adds it up by age band and by format', async () => {
    const program = await series();
    const rows = [
      { startsAt: '2026-03-03T17:00:00Z', format: 'in-person-onsite', attendance: attendance(4, 11, 0, 6, 1) }, // 22
      { startsAt: '2026-03-10T17:00:00Z', format: 'in-person-onsite', attendance: attendance(2, 9, 1, 5, 0) }, // 17
      { startsAt: '2026-03-17T17:00:00Z', format: 'live-virtual', attendance: attendance(0, 3, 8, 12, 4), audienceMatched: false }, // 27
      { startsAt: '2026-03-24T17:00:00Z', format: 'recorded', attendance: attendance(0, 0, 0, 0, 0), recordedViews: 85 }, // 0
      { startsAt: '2026-03-31T17:00:00Z', format: 'in-person-offsite', attendance: attendance(7, 0, 0, 9, 3) }, // 19
    ];
    const saved = await asLibrarian.put(`/api/v1/programs/${program.id}/sessions`).send({ sessions: rows }).expect(200);
    expect(saved.body.total).toBe(5);
    const sessions = saved.body.items as Session[];
    expect(sessions.map((s) => [s.startsAt.slice(0, 10), s.attendanceTotal])).toEqual([
      ['2026-03-03', 22],
      ['2026-03-10', 17],
      ['2026-03-17', 27],
      ['2026-03-24', 0],
      ['2026-03-31', 19],
    ]);
    // By age band, worked out by hand from the rows above.
    const byBand = (band: keyof Attendance) => sessions.reduce((sum, s) => sum + s.attendance[band], 0);
    expect([byBand('age-0-5'), byBand('age-6-11'), byBand('age-12-18'), byBand('age-19-plus'), byBand('general')]).toEqual([13, 23, 9, 32, 8]);
    // By format: onsite 22 + 17 = 39; virtual 27; recorded 0 (85 views); offsite 19.
    const byFormat: Record<string, number> = {};
    for (const s of sessions) byFormat[s.format] = (byFormat[s.format] ?? 0) + s.attendanceTotal;
    expect(byFormat).toEqual({ 'in-person-onsite': 39, 'live-virtual': 27, recorded: 0, 'in-person-offsite': 19 });

    const view = await asLibrarian.get(`/api/v1/programs/${program.id}`).expect(200);
    expect(view.body.totals).toEqual({ sessions: 5, attendance: 85, recordedViews: 85 });
    const listed = await asLibrarian.get('/api/v1/programs').query({ q: program.title }).expect(200);
    expect(listed.body.totals).toEqual({ programs: 1, sessions: 5, attendance: 85 });
    for (const s of sessions) expect((await auditOf(s.id)).map((a) => [a.action, a.entity_type])).toEqual([['create', 'program-session']]);
  });

  it('changes rows with their versions, adds new ones, leaves unchanged rows alone, in one go', async () => {
    const program = await series();
    const base = `/api/v1/programs/${program.id}/sessions`;
    const first = (await asLibrarian.put(base).send({
      sessions: [
        { startsAt: '2026-04-01T17:00:00Z', format: 'in-person-onsite', attendance: attendance(1, 1, 1, 1, 1) },
        { startsAt: '2026-04-08T17:00:00Z', format: 'in-person-onsite', attendance: attendance(2, 2, 2, 2, 2) },
      ],
    }).expect(200)).body.items as Session[];
    const [a, b] = first as [Session, Session];
    const second = await asOtherLibrarian.put(base).send({
      sessions: [
        { id: a.id, version: a.version, startsAt: a.startsAt, format: a.format, attendance: { general: 10 } },
        { id: b.id, version: b.version, startsAt: b.startsAt, format: b.format, attendance: b.attendance },
        { startsAt: '2026-04-15T17:00:00Z', format: 'live-virtual', attendance: attendance(0, 0, 0, 3, 0) },
      ],
    }).expect(200);
    const items = second.body.items as Session[];
    expect(items.map((s) => [s.id === a.id ? 'a' : s.id === b.id ? 'b' : 'new', s.version, s.attendance.general, s.attendanceTotal])).toEqual([
      ['a', 2, 10, 14],
      ['b', 1, 2, 10],
      ['new', 1, 0, 3],
    ]);
    expect((await auditOf(a.id)).map((e) => e.action)).toEqual(['create', 'update']);
    expect((await auditOf(a.id))[1]!.changes).toEqual({ attendance: { before: attendance(1, 1, 1, 1, 1), after: attendance(1, 1, 1, 1, 10) } });
    expect((await auditOf(b.id)).map((e) => e.action)).toEqual(['create']);
  });

  it('refuses a grid with a stale row (409 naming the row) and saves nothing', async () => {
    const program = await series();
    const base = `/api/v1/programs/${program.id}/sessions`;
    const [a, b, c] = (await asLibrarian.put(base).send({
      sessions: ['2026-05-01', '2026-05-08', '2026-05-15'].map((day) => ({ startsAt: `${day}T17:00:00Z`, format: 'in-person-onsite', attendance: { general: 5 } })),
    }).expect(200)).body.items as [Session, Session, Session];
    // Someone else changes b.
    await asOtherLibrarian.patch(`/api/v1/program-sessions/${b.id}`).send({ version: 1, attendance: { general: 6 } }).expect(200);
    const before = await sessionRows(program.id);

    const res = await asLibrarian.put(base).send({
      sessions: [
        { startsAt: '2026-05-22T17:00:00Z', format: 'in-person-onsite', attendance: { general: 9 } },
        { id: a.id, version: 1, startsAt: a.startsAt, format: a.format, attendance: { general: 50 } },
        { id: b.id, version: 1, startsAt: b.startsAt, format: b.format, attendance: { general: 50 } },
        { id: c.id, version: 1, startsAt: c.startsAt, format: c.format, attendance: { general: 50 } },
      ],
    }).expect(409);
    expect(res.body.errors).toEqual([{ field: 'sessions[2].version', message: 'Someone else saved a change to this session after you opened the grid.' }]);
    expect(res.body.detail).toMatch(/nothing was saved/);
    expect(await sessionRows(program.id)).toEqual(before);
    expect(before.map((row) => row.attendance_general)).toEqual([5, 6, 5]);
  });

  it('lets only one of two simultaneous grid saves based on the same version through', async () => {
    const program = await series();
    const base = `/api/v1/programs/${program.id}/sessions`;
    const [row] = (await asLibrarian.put(base).send({ sessions: [{ startsAt: '2026-05-05T17:00:00Z', format: 'live-virtual' }] }).expect(200)).body.items as [Session];
    const grid = (general: number) => ({ sessions: [{ id: row.id, version: 1, startsAt: row.startsAt, format: row.format, attendance: { general } }] });
    const results = await Promise.all([asLibrarian.put(base).send(grid(11)), asOtherLibrarian.put(base).send(grid(22))]);
    expect(results.map((r) => r.status).sort()).toEqual([200, 409]);
    const winner = results.find((r) => r.status === 200)!.body.items[0] as Session;
    expect((await sessionRows(program.id)).map((r) => [r.version, r.attendance_general])).toEqual([[2, winner.attendance.general]]);
    expect((await auditOf(row.id)).map((a) => a.action)).toEqual(['create', 'update']);
  });

  it('keeps the program’s totals right when several people add, change and archive sessions at once', async () => {
    const program = await series();
    const base = `/api/v1/programs/${program.id}/sessions`;
    // Six people saving sessions of one program at the same moment: none is refused, none deadlocks.
    const created = await Promise.all(
      [1, 2, 3, 4, 5, 6].map((n) =>
        asLibrarian.post(base).send({ startsAt: `2026-04-0${n}T17:00:00Z`, format: 'recorded', attendance: { general: n }, recordedViews: 10 * n }),
      ),
    );
    expect(created.map((response) => response.status)).toEqual([201, 201, 201, 201, 201, 201]);
    const bySession = Object.fromEntries(created.map((response) => [response.body.attendance.general, response.body as Session]));
    await Promise.all([
      asLibrarian.patch(`/api/v1/program-sessions/${bySession[1]!.id}`).send({ version: 1, attendance: { general: 100 } }).expect(200),
      asLibrarian.post(`/api/v1/program-sessions/${bySession[2]!.id}/archive`).send({ version: 1 }).expect(200),
    ]);
    // 100 + 3 + 4 + 5 + 6 attending; views 10 + 30 + 40 + 50 + 60; the archived session counts for nothing.
    const detail = (await asLibrarian.get(`/api/v1/programs/${program.id}`).expect(200)).body;
    expect(detail.totals).toEqual({ sessions: 5, attendance: 118, recordedViews: 190 });
    const listed = (await asLibrarian.get('/api/v1/programs').query({ q: program.title }).expect(200)).body;
    expect(listed.totals).toMatchObject({ programs: 1, sessions: 5, attendance: 118 });
  });

  it('answers bad input with a 400 naming the field (and the grid row) and saves nothing', async () => {
    const program = await series();
    const base = `/api/v1/programs/${program.id}/sessions`;
    const valid = { startsAt: '2026-03-10T18:00:00Z', format: 'in-person-onsite' };
    const cases: [Record<string, unknown>, string, string?][] = [
      [{ attendance: { 'age-6-11': -1 } }, 'attendance.age-6-11', 'Attendance for children 6–11 cannot be negative.'],
      [{ attendance: { general: 2.5 } }, 'attendance.general', 'Enter general-interest attendance as a whole number.'],
      [{ attendance: { 'age-0-5': '3' } }, 'attendance.age-0-5'],
      [{ attendance: { 'age-19-plus': 100_001 } }, 'attendance.age-19-plus'],
      [{ attendance: { adults: 3 } }, 'attendance.adults'],
      [{ attendance: 12 }, 'attendance'],
      [{ startsAt: '2026-03-02T23:59:00Z' }, 'startsAt', 'Enter a date between 3 Mar 2026 and 30 Jun 2026.'],
      // 19:30 in Chicago on 30 June is already 1 July in UTC.
      [{ startsAt: '2026-06-30T19:30:00-05:00' }, 'startsAt', 'Enter a date between 3 Mar 2026 and 30 Jun 2026.'],
      [{ startsAt: '2026-03-10' }, 'startsAt'],
      [{ startsAt: '2026-03-10T18:00:00' }, 'startsAt'],
      [{ format: 'podcast' }, 'format'],
      [{ recordedViews: 30 }, 'recordedViews', 'Recorded views are counted only for a recorded session. Remove them, or choose the recorded format.'],
      [{ format: 'recorded', recordedViews: -3 }, 'recordedViews'],
      [{ audienceMatched: 'yes' }, 'audienceMatched'],
      [{ notes: 'n'.repeat(2001) }, 'notes'],
    ];
    for (const [overrides, field, message] of cases) {
      const res = await asLibrarian.post(base).send({ ...valid, ...overrides });
      expect({ overrides, status: res.status, fields: fieldsOf(res.body) }).toEqual({ overrides, status: 400, fields: [field] });
      if (message) expect(res.body.errors[0].message).toBe(message);
    }
    // The last minute of the last day is inside.
    await asLibrarian.post(base).send({ ...valid, startsAt: '2026-06-30T23:59:00Z' }).expect(201);
    expect(await sessionRows(program.id)).toHaveLength(1);

    const gridCases: [Record<string, unknown>[], string[]][] = [
      [[valid, valid, { ...valid, attendance: { general: -4 } }], ['sessions[2].attendance.general']],
      [[valid, { ...valid, startsAt: '2026-07-01T10:00:00Z' }, { ...valid, format: 'live-virtual', recordedViews: 3 }], ['sessions[1].startsAt', 'sessions[2].recordedViews']],
      [[valid, { ...valid, id: randomUUID(), version: 1 }], ['sessions[1].id']],
      [[{ format: 'recorded' }], ['sessions[0].startsAt']],
      [Array.from({ length: 201 }, () => valid), ['sessions']],
    ];
    for (const [sessions, fields] of gridCases) {
      const res = await asLibrarian.put(base).send({ sessions });
      expect({ status: res.status, fields: fieldsOf(res.body) }).toEqual({ status: 400, fields });
    }
    expect((await asLibrarian.put(base).send({}).expect(400)).body.errors[0].field).toBe('sessions');
    expect(await sessionRows(program.id)).toHaveLength(1);
  });

  it('refuses grid rows that are not this program’s live sessions, repeated, or without a version', async () => {
    const program = await series();
    const other = await series();
    const mine = await insertSession(t.db, program.id, { startsAt: '2026-04-01T10:00:00Z' });
    const archived = await insertSession(t.db, program.id, { startsAt: '2026-04-02T10:00:00Z', archivedAt: new Date() });
    const theirs = await insertSession(t.db, other.id, { startsAt: '2026-04-03T10:00:00Z' });
    const row = (id: string, version?: number) => ({ id, ...(version ? { version } : {}), startsAt: '2026-04-05T10:00:00Z', format: 'in-person-onsite' });
    const res = await asLibrarian
      .put(`/api/v1/programs/${program.id}/sessions`)
      .send({ sessions: [row(theirs.id, 1), row(archived.id, 1), row(mine.id), row(mine.id, 1)] })
      .expect(400);
    expect(res.body.errors).toEqual([
      { field: 'sessions[0].id', message: 'This is not one of this program’s sessions. Reload the grid and try again.' },
      { field: 'sessions[1].id', message: 'This session is archived. Restore it first, or leave it out of the grid.' },
      { field: 'sessions[2].version', message: 'Send the version you last read with this session.' },
      { field: 'sessions[3].id', message: 'This session is in the grid twice. Remove the repeat.' },
    ]);
    expect((await sessionRows(program.id)).map((r) => r.version)).toEqual([1, 1]);

    await setProgramArchived(t.db, program.id);
    const onArchived = await asLibrarian.put(`/api/v1/programs/${program.id}/sessions`).send({ sessions: [] }).expect(400);
    expect(fieldsOf(onArchived.body)).toEqual(['programId']);
    await asLibrarian.post(`/api/v1/programs/${program.id}/sessions`).send({ startsAt: '2026-04-05T10:00:00Z', format: 'recorded' }).expect(400);
    await asLibrarian.put(`/api/v1/programs/${randomUUID()}/sessions`).send({ sessions: [] }).expect(404);
    await asLibrarian.get(`/api/v1/programs/${randomUUID()}/sessions`).expect(404);
  });

  it('changes one session: bands sent change, views go when it stops being recorded, stale versions get 409', async () => {
    const program = await series();
    const created = (await asLibrarian.post(`/api/v1/programs/${program.id}/sessions`).send({
      startsAt: '2026-04-10T16:00:00Z',
      format: 'recorded',
      attendance: attendance(1, 2, 3, 4, 5),
      recordedViews: 200,
    }).expect(201)).body as Session;
    const patched = await asManager.patch(`/api/v1/program-sessions/${created.id}`).send({ version: 1, attendance: { 'age-12-18': 30 } }).expect(200);
    expect(patched.body).toMatchObject({ attendance: attendance(1, 2, 30, 4, 5), attendanceTotal: 42, recordedViews: 200, version: 2 });
    const live = await asManager.patch(`/api/v1/program-sessions/${created.id}`).send({ version: 2, format: 'live-virtual' }).expect(200);
    expect(live.body).toMatchObject({ format: 'live-virtual', recordedViews: null, version: 3 });
    expect(fieldsOf((await asManager.patch(`/api/v1/program-sessions/${created.id}`).send({ version: 3, recordedViews: 5 }).expect(400)).body)).toEqual(['recordedViews']);
    expect(fieldsOf((await asManager.patch(`/api/v1/program-sessions/${created.id}`).send({ version: 3, startsAt: '2027-01-01T10:00:00Z' }).expect(400)).body)).toEqual(['startsAt']);
    await asLibrarian.patch(`/api/v1/program-sessions/${created.id}`).send({ version: 2, notes: 'late' }).expect(409);
    const same = await asLibrarian.patch(`/api/v1/program-sessions/${created.id}`).send({ version: 3, format: 'live-virtual', attendance: { general: 5 } }).expect(200);
    expect(same.body.version).toBe(3);
    expect((await auditOf(created.id)).map((a) => a.action)).toEqual(['create', 'update', 'update']);
    await asLibrarian.patch(`/api/v1/program-sessions/${randomUUID()}`).send({ version: 1, notes: 'x' }).expect(404);
  });

  it('lets librarians archive and restore only sessions they added; a session comes back only within the program’s dates', async () => {
    const program = await series();
    const session = (await asLibrarian.post(`/api/v1/programs/${program.id}/sessions`).send({ startsAt: '2026-06-20T16:00:00Z', format: 'in-person-onsite', attendance: { general: 8 } }).expect(201)).body as Session;
    await asOtherLibrarian.post(`/api/v1/program-sessions/${session.id}/archive`).send({ version: 1 }).expect(403);
    const archived = await asLibrarian.post(`/api/v1/program-sessions/${session.id}/archive`).send({ version: 1 }).expect(200);
    expect(archived.body).toMatchObject({ version: 2, archivedAt: expect.any(String) });
    expect((await asLibrarian.get(`/api/v1/programs/${program.id}`).expect(200)).body.totals).toEqual({ sessions: 0, attendance: 0, recordedViews: 0 });
    expect((await asLibrarian.get(`/api/v1/programs/${program.id}/sessions`).query({ archived: 'true' }).expect(200)).body.total).toBe(1);

    // Meanwhile the program is cut short: the session no longer fits.
    await t.db.query(`UPDATE programs SET ends_on = '2026-06-15' WHERE id = $1`, [program.id]);
    await asOtherLibrarian.post(`/api/v1/program-sessions/${session.id}/restore`).send({ version: 2 }).expect(403);
    const refused = await asManager.post(`/api/v1/program-sessions/${session.id}/restore`).send({ version: 2 }).expect(400);
    expect(refused.body.errors).toEqual([{ field: 'startsAt', message: 'Enter a date between 3 Mar 2026 and 15 Jun 2026.' }]);
    await t.db.query(`UPDATE programs SET ends_on = '2026-06-30' WHERE id = $1`, [program.id]);
    const restored = await asManager.post(`/api/v1/program-sessions/${session.id}/restore`).send({ version: 2 }).expect(200);
    expect(restored.body).toMatchObject({ version: 3, archivedAt: null });
    expect((await asLibrarian.get(`/api/v1/programs/${program.id}`).expect(200)).body.totals).toEqual({ sessions: 1, attendance: 8, recordedViews: 0 });
    expect((await auditOf(session.id)).map((a) => [a.action, a.partner_id])).toEqual([
      ['create', null],
      ['archive', null],
      ['restore', null],
    ]);
  });
});
