import { insertPartner } from './factories/partner.factory';
import {
  archived,
  insertValueContribution,
  insertValueNote,
  insertValueOutcome,
  insertValueProgram,
  insertValueRole,
  insertValueSession,
  keptAndRebuiltValueFigures,
} from './factories/value-world';
import { type SignedInAgent, type TestApp, startTestApp } from './test-app';

/**
 * The partner value view reads figures kept by triggers (migration 1764633600000). Each test changes records the
 * way the API or a person at the database could (insert, update, archive, restore, delete, move to another program
 * or partner), then checks the view against figures worked out by hand and the kept tables against a recount from
 * scratch (value_figures_rebuild()). Every test makes its own partners and programs.
 */
describe('Value view figures kept by triggers', () => {
  let t: TestApp;
  let asLibrarian: SignedInAgent;
  let asManager: SignedInAgent;

  beforeAll(async () => {
    t = await startTestApp();
    const [librarian, manager] = await Promise.all([t.createStaff('librarian'), t.createStaff('manager')]);
    [asLibrarian, asManager] = await Promise.all([t.signIn(librarian.email), t.signIn(manager.email)]);
  });
  afterAll(() => t.close());

  const sql = (text: string, params: unknown[] = []) => t.db.query(text, params);
  const view = async (partnerId: string, year = 2025) => (await asLibrarian.get(`/api/v1/partners/${partnerId}/value`).query({ year: String(year) }).expect(200)).body;
  /** The figures a test looks at most: programs by status, sessions, attendance, reach. */
  const sessionsOf = async (partnerId: string, year = 2025) => {
    const body = await view(partnerId, year);
    return { programs: body.programs, sessions: body.sessions, attendance: body.attendance.total, reach: body.sessionsReachingIntendedPublic };
  };
  const expectKeptEqualsRecount = async () => {
    const { kept, rebuilt } = await keptAndRebuiltValueFigures(t.db);
    expect(kept).toEqual(rebuilt);
  };
  const held = (n: number) => ({ held: n, planned: 0, cancelled: 0, postponed: 0 });
  const reach = (matched: number, recorded: number) => ({ matched, recorded, share: recorded === 0 ? null : matched / recorded });

  /** Two partners: A with roles in both programs, B in the first only. */
  async function world() {
    const [a, b] = await Promise.all([insertPartner(t.db), insertPartner(t.db)]);
    const first = await insertValueProgram(t.db, { startsOn: '2025-03-01', endsOn: '2025-03-31' });
    const second = await insertValueProgram(t.db, { startsOn: '2025-06-01', endsOn: '2025-06-30' });
    const roles = {
      aFirst: await insertValueRole(t.db, first, a.id, 'lead'),
      bFirst: await insertValueRole(t.db, first, b.id, 'venue-host'),
      aSecond: await insertValueRole(t.db, second, a.id, 'presenter'),
    };
    return { a: a.id, b: b.id, first, second, roles };
  }

  it('follows sessions inserted, changed, moved to another year or program, archived, restored and deleted', async () => {
    const w = await world();
    const session = await insertValueSession(t.db, w.first, {
      startsAt: '2025-03-05T17:00:00Z',
      format: 'in-person-onsite',
      attendance: { 'age-19-plus': 10 },
      audienceMatched: true,
    });
    expect(await sessionsOf(w.a)).toEqual({ programs: held(2), sessions: 1, attendance: 10, reach: reach(1, 1) });
    expect(await sessionsOf(w.b)).toEqual({ programs: held(1), sessions: 1, attendance: 10, reach: reach(1, 1) });

    await sql(`UPDATE program_sessions SET format = 'in-person-offsite', attendance_age_19_plus = 12, attendance_general = 3, audience_matched = false WHERE id = $1`, [session]);
    const changed = await view(w.a);
    expect(changed.attendance.byFormat.slice(0, 2)).toEqual([
      { format: 'in-person-onsite', sessions: 0, attendance: 0, byAgeBand: { 'age-0-5': 0, 'age-6-11': 0, 'age-12-18': 0, 'age-19-plus': 0, general: 0 } },
      { format: 'in-person-offsite', sessions: 1, attendance: 15, byAgeBand: { 'age-0-5': 0, 'age-6-11': 0, 'age-12-18': 0, 'age-19-plus': 12, general: 3 } },
    ]);
    expect(changed.sessionsReachingIntendedPublic).toEqual(reach(0, 1));
    await expectKeptEqualsRecount();

    // 23:30 UTC on New Year's Eve is still 2024.
    await sql(`UPDATE program_sessions SET starts_at = '2024-12-31T23:30:00Z' WHERE id = $1`, [session]);
    expect((await view(w.a)).sessions).toBe(0);
    expect((await view(w.a)).previous).toMatchObject({ sessions: 1, attendance: { total: 15 } });
    await sql(`UPDATE program_sessions SET starts_at = '2025-03-05T17:00:00Z', archived_at = now() WHERE id = $1`, [session]);
    expect((await view(w.a)).previous.sessions).toBe(0);
    expect((await view(w.a)).sessions).toBe(0);
    await sql('UPDATE program_sessions SET archived_at = NULL WHERE id = $1', [session]);
    expect(await sessionsOf(w.a)).toMatchObject({ sessions: 1, attendance: 15 });
    await expectKeptEqualsRecount();

    // Moved to the second program: still A's (it has a role in both), no longer B's.
    await sql('UPDATE program_sessions SET program_id = $2 WHERE id = $1', [session, w.second]);
    expect(await sessionsOf(w.a)).toMatchObject({ sessions: 1, attendance: 15 });
    expect(await sessionsOf(w.b)).toMatchObject({ sessions: 0, attendance: 0 });
    await expectKeptEqualsRecount();

    await sql('DELETE FROM program_sessions WHERE id = $1', [session]);
    expect(await sessionsOf(w.a)).toEqual({ programs: held(2), sessions: 0, attendance: 0, reach: reach(0, 0) });
    await expectKeptEqualsRecount();
  });

  it('counts a program once however many roles the partner has in it, and follows roles archived, restored, moved and deleted', async () => {
    const w = await world();
    await insertValueSession(t.db, w.first, { startsAt: '2025-03-12T17:00:00Z', format: 'in-person-onsite', attendance: { general: 5 } });
    const c = (await insertPartner(t.db)).id;
    expect(await sessionsOf(w.a)).toMatchObject({ programs: held(2), sessions: 1, attendance: 5 });

    const second = await insertValueRole(t.db, w.first, w.a, 'presenter');
    expect(await sessionsOf(w.a)).toMatchObject({ programs: held(2), sessions: 1, attendance: 5 });
    await sql('UPDATE program_roles SET archived_at = now() WHERE id = $1', [w.roles.aFirst]);
    expect(await sessionsOf(w.a)).toMatchObject({ programs: held(2), sessions: 1, attendance: 5 });
    // Its last role in the first program archived: the program and its session are no longer A's; B keeps them.
    await sql('UPDATE program_roles SET archived_at = now() WHERE id = $1', [second]);
    expect(await sessionsOf(w.a)).toMatchObject({ programs: held(1), sessions: 0, attendance: 0 });
    expect(await sessionsOf(w.b)).toMatchObject({ programs: held(1), sessions: 1, attendance: 5 });
    await expectKeptEqualsRecount();

    await sql('UPDATE program_roles SET archived_at = NULL WHERE id = $1', [second]);
    expect(await sessionsOf(w.a)).toMatchObject({ programs: held(2), sessions: 1, attendance: 5 });
    // The role given to partner C: the program goes with it.
    await sql('UPDATE program_roles SET partner_id = $2 WHERE id = $1', [second, c]);
    expect(await sessionsOf(w.a)).toMatchObject({ programs: held(1), sessions: 0 });
    expect(await sessionsOf(c)).toMatchObject({ programs: held(1), sessions: 1, attendance: 5 });
    await expectKeptEqualsRecount();

    await sql('DELETE FROM program_roles WHERE id = $1', [second]);
    expect(await sessionsOf(c)).toMatchObject({ programs: held(0), sessions: 0 });
    await sql('UPDATE program_roles SET archived_at = NULL WHERE id = $1', [w.roles.aFirst]);
    expect(await sessionsOf(w.a)).toMatchObject({ programs: held(2), sessions: 1, attendance: 5 });
    await expectKeptEqualsRecount();
  });

  it('follows a program archived and restored, its dates over New Year, its status, and its end date dating its results', async () => {
    const w = await world();
    await insertValueSession(t.db, w.first, { startsAt: '2025-03-12T17:00:00Z', format: 'in-person-onsite', attendance: { general: 5 } });
    await insertValueContribution(t.db, { side: 'partner', partnerId: w.a, programId: w.first, type: 'volunteers', quantity: 3, unit: 'hours', moneyValue: 104.37, rate: 34.79, contributedOn: '2025-03-05' });
    await insertValueNote(t.db, { partnerId: w.a, programId: w.first, dimension: 'deeper-impacts', notedOn: '2025-03-20' });
    await insertValueNote(t.db, { programId: w.first, dimension: 'better-programs', notedOn: '2025-03-21' });
    const before = await view(w.a);
    expect(before).toMatchObject({ programs: held(2), sessions: 1, contributions: { moneyValue: 104.37, volunteerHours: 3 } });
    expect(before.noteCounts).toEqual({ 'better-programs': 1, 'deeper-impacts': 1, 'expanded-capacities': 0 });
    expect((await view(w.b)).noteCounts).toEqual({ 'better-programs': 1, 'deeper-impacts': 0, 'expanded-capacities': 0 });

    await sql('UPDATE programs SET archived_at = now() WHERE id = $1', [w.first]);
    const gone = await view(w.a);
    expect(gone).toMatchObject({ programs: held(1), sessions: 0, contributions: { moneyValue: 0, volunteerHours: 0 } });
    expect(gone.noteCounts).toEqual({ 'better-programs': 0, 'deeper-impacts': 0, 'expanded-capacities': 0 });
    expect(await view(w.b)).toMatchObject({ programs: held(0), sessions: 0, noteCounts: { 'better-programs': 0 } });
    await expectKeptEqualsRecount();

    await sql('UPDATE programs SET archived_at = NULL WHERE id = $1', [w.first]);
    const back = await view(w.a);
    expect(back).toMatchObject({ programs: held(2), sessions: 1, contributions: { moneyValue: 104.37 }, noteCounts: { 'better-programs': 1, 'deeper-impacts': 1 } });
    await expectKeptEqualsRecount();

    // From mid-December 2024 to March 2025: in both years. Then cancelled: in both years, as cancelled.
    await sql(`UPDATE programs SET starts_on = '2024-12-15' WHERE id = $1`, [w.first]);
    expect(await view(w.a)).toMatchObject({ programs: held(2), previous: { programs: held(1) } });
    await sql(`UPDATE programs SET status = 'cancelled', status_reason = 'funding' WHERE id = $1`, [w.first]);
    expect(await view(w.a)).toMatchObject({
      programs: { held: 1, planned: 0, cancelled: 1, postponed: 0 },
      previous: { programs: { held: 0, planned: 0, cancelled: 1, postponed: 0 } },
    });
    await expectKeptEqualsRecount();

    // A result with no date and no session is dated by its program's end: moved into 2026 with it.
    await insertValueOutcome(t.db, w.second, { timing: 'immediate', measure: 'knowledge', counts: [0, 0, 1, 1, 1], nonResponses: 0 });
    expect((await view(w.a)).outcomes).toMatchObject([{ measure: 'knowledge', timing: 'immediate', results: 1, answered: 3, agreeShare: 2 / 3 }]);
    await sql(`UPDATE programs SET ends_on = '2026-01-15' WHERE id = $1`, [w.second]);
    expect((await view(w.a)).outcomes).toEqual([]);
    const next = await view(w.a, 2026);
    expect(next.outcomes).toMatchObject([{ measure: 'knowledge', results: 1 }]);
    expect(next.programs).toEqual(held(1));
    await expectKeptEqualsRecount();
  });

  it('dates a session’s results by its day, drops them with it, and follows results changed, moved and deleted', async () => {
    const w = await world();
    const session = await insertValueSession(t.db, w.second, { startsAt: '2025-06-10T17:00:00Z', format: 'in-person-onsite', attendance: { general: 7 } });
    const result = await insertValueOutcome(t.db, w.second, { sessionId: session, timing: 'immediate', measure: 'knowledge', counts: [0, 1, 1, 2, 2], nonResponses: 1 });
    const knowledge = (results: number, respondents: number, counts: number[], nonResponses: number) => {
      const [sd, d, n, a, sa] = counts as [number, number, number, number, number];
      const answered = sd + d + n + a + sa;
      return [{
        measure: 'knowledge',
        timing: 'immediate',
        results,
        respondents,
        counts: { 'strongly-disagree': sd, disagree: d, neutral: n, agree: a, 'strongly-agree': sa },
        nonResponses,
        answered,
        agreeShare: answered === 0 ? null : (a + sa) / answered,
      }];
    };
    expect((await view(w.a)).outcomes).toEqual(knowledge(1, 7, [0, 1, 1, 2, 2], 1));

    await sql(`UPDATE program_sessions SET starts_at = '2026-01-02T10:00:00Z' WHERE id = $1`, [session]);
    expect((await view(w.a)).outcomes).toEqual([]);
    expect((await view(w.a, 2026)).outcomes).toEqual(knowledge(1, 7, [0, 1, 1, 2, 2], 1));
    await sql(`UPDATE program_sessions SET starts_at = '2025-06-10T17:00:00Z', archived_at = now() WHERE id = $1`, [session]);
    expect((await view(w.a)).outcomes).toEqual([]);
    expect((await view(w.a, 2026)).outcomes).toEqual([]);
    await sql('UPDATE program_sessions SET archived_at = NULL WHERE id = $1', [session]);
    expect((await view(w.a)).outcomes).toEqual(knowledge(1, 7, [0, 1, 1, 2, 2], 1));
    await expectKeptEqualsRecount();

    await sql('UPDATE outcome_results SET neutral = 3, strongly_agree = 0 WHERE id = $1', [result]);
    expect((await view(w.a)).outcomes).toEqual(knowledge(1, 7, [0, 1, 3, 2, 0], 1));
    await sql(`UPDATE outcome_results SET collected_on = '2024-11-30' WHERE id = $1`, [result]);
    expect((await view(w.a)).outcomes).toEqual([]);
    expect((await view(w.a)).previous.outcomes).toEqual(knowledge(1, 7, [0, 1, 3, 2, 0], 1));
    await sql('UPDATE outcome_results SET archived_at = now() WHERE id = $1', [result]);
    expect((await view(w.a)).previous.outcomes).toEqual([]);
    await sql('UPDATE outcome_results SET archived_at = NULL WHERE id = $1', [result]);
    expect((await view(w.a)).previous.outcomes).toEqual(knowledge(1, 7, [0, 1, 3, 2, 0], 1));
    await expectKeptEqualsRecount();

    // Moved to the first program as a whole-program result of 20 May: B's too now.
    await sql(`UPDATE outcome_results SET program_id = $2, session_id = NULL, collected_on = '2025-05-20' WHERE id = $1`, [result, w.first]);
    expect((await view(w.a)).outcomes).toEqual(knowledge(1, 7, [0, 1, 3, 2, 0], 1));
    expect((await view(w.b)).outcomes).toEqual(knowledge(1, 7, [0, 1, 3, 2, 0], 1));
    await sql('UPDATE program_roles SET archived_at = now() WHERE id = $1', [w.roles.bFirst]);
    expect((await view(w.b)).outcomes).toEqual([]);
    await sql('DELETE FROM outcome_results WHERE id = $1', [result]);
    expect((await view(w.a)).outcomes).toEqual([]);
    await expectKeptEqualsRecount();
  });

  it('follows contributions changed in amount, stage, date, partner and program, archived, restored and deleted', async () => {
    const w = await world();
    const line = await insertValueContribution(t.db, { side: 'partner', partnerId: w.a, type: 'volunteers', quantity: 2, unit: 'hours', moneyValue: 69.58, rate: 34.79, contributedOn: '2025-04-01' });
    await insertValueContribution(t.db, { side: 'library', partnerId: w.a, programId: w.second, type: 'staff-time', quantity: 10, unit: 'hours', moneyValue: 250, contributedOn: '2025-06-02' });
    const volunteers = (money: number, hours: number) => ({ type: 'volunteers', moneyValue: money, quantityByUnit: [{ unit: 'hours', quantity: hours }], count: 1 });
    const staffTime = { type: 'staff-time', moneyValue: 250, quantityByUnit: [{ unit: 'hours', quantity: 10 }], count: 1 };
    const contributions = async (partnerId: string, year = 2025) => (await view(partnerId, year)).contributions;
    expect(await contributions(w.a)).toEqual({
      moneyValue: 319.58,
      volunteerHours: 2,
      bySide: [
        { side: 'library', moneyValue: 250, count: 1 },
        { side: 'partner', moneyValue: 69.58, count: 1 },
      ],
      byType: [volunteers(69.58, 2), staffTime],
    });

    await sql('UPDATE contributions SET quantity = 3, money_value = 104.37 WHERE id = $1', [line]);
    expect(await contributions(w.a)).toMatchObject({ moneyValue: 354.37, volunteerHours: 3, byType: [volunteers(104.37, 3), staffTime] });
    await sql(`UPDATE contributions SET stage = 'planned' WHERE id = $1`, [line]);
    expect(await contributions(w.a)).toMatchObject({ moneyValue: 250, volunteerHours: 0, byType: [staffTime] });
    await sql(`UPDATE contributions SET stage = 'actual', contributed_on = '2024-12-31' WHERE id = $1`, [line]);
    expect(await contributions(w.a)).toMatchObject({ moneyValue: 250, byType: [staffTime] });
    expect(await contributions(w.a, 2024)).toMatchObject({ moneyValue: 104.37, byType: [volunteers(104.37, 3)] });
    await sql(`UPDATE contributions SET contributed_on = '2025-04-01', archived_at = now() WHERE id = $1`, [line]);
    expect(await contributions(w.a)).toMatchObject({ moneyValue: 250 });
    expect(await contributions(w.a, 2024)).toMatchObject({ moneyValue: 0 });
    await sql('UPDATE contributions SET archived_at = NULL WHERE id = $1', [line]);
    expect(await contributions(w.a)).toMatchObject({ moneyValue: 354.37 });
    await expectKeptEqualsRecount();

    // Given to B, then to B's program, which is archived and restored.
    await sql('UPDATE contributions SET partner_id = $2 WHERE id = $1', [line, w.b]);
    expect(await contributions(w.a)).toMatchObject({ moneyValue: 250, byType: [staffTime] });
    expect(await contributions(w.b)).toMatchObject({ moneyValue: 104.37, volunteerHours: 3 });
    await sql('UPDATE contributions SET program_id = $2 WHERE id = $1', [line, w.first]);
    await sql('UPDATE programs SET archived_at = now() WHERE id = $1', [w.first]);
    expect(await contributions(w.b)).toMatchObject({ moneyValue: 0, byType: [] });
    // A line changed while its program is archived stays out, and counts again with the program.
    await sql('UPDATE contributions SET money_value = 110 WHERE id = $1', [line]);
    expect(await contributions(w.b)).toMatchObject({ moneyValue: 0 });
    await sql('UPDATE programs SET archived_at = NULL WHERE id = $1', [w.first]);
    expect(await contributions(w.b)).toMatchObject({ moneyValue: 110, volunteerHours: 3 });
    await expectKeptEqualsRecount();

    // Without a quantity, no hours; then deleted.
    await sql('UPDATE contributions SET quantity = NULL, unit = NULL, rate = NULL, rate_source = NULL, rate_year = NULL WHERE id = $1', [line]);
    expect(await contributions(w.b)).toMatchObject({ moneyValue: 110, volunteerHours: 0, byType: [{ type: 'volunteers', moneyValue: 110, quantityByUnit: [], count: 1 }] });
    await sql('DELETE FROM contributions WHERE id = $1', [line]);
    expect(await contributions(w.b)).toMatchObject({ moneyValue: 0, byType: [] });
    await expectKeptEqualsRecount();
  });

  it('follows notes changed in partner, program, dimension and date, archived, restored and deleted', async () => {
    const w = await world();
    const counts = async (partnerId: string, year = 2025) => (await view(partnerId, year)).noteCounts;
    const none = { 'better-programs': 0, 'deeper-impacts': 0, 'expanded-capacities': 0 };
    const own = await insertValueNote(t.db, { partnerId: w.a, dimension: 'better-programs', notedOn: '2025-02-01', text: 'Their nurses ran the first session.' });
    expect(await counts(w.a)).toEqual({ ...none, 'better-programs': 1 });

    await sql(`UPDATE impact_notes SET value_dimension = 'deeper-impacts' WHERE id = $1`, [own]);
    expect(await counts(w.a)).toEqual({ ...none, 'deeper-impacts': 1 });
    expect((await view(w.a)).notes['deeper-impacts']).toMatchObject([{ id: own, text: 'Their nurses ran the first session.' }]);
    await sql(`UPDATE impact_notes SET noted_on = '2024-02-01' WHERE id = $1`, [own]);
    expect(await counts(w.a)).toEqual(none);
    expect(await counts(w.a, 2024)).toEqual({ ...none, 'deeper-impacts': 1 });
    await sql(`UPDATE impact_notes SET noted_on = '2025-02-01', archived_at = now() WHERE id = $1`, [own]);
    expect(await counts(w.a)).toEqual(none);
    await sql('UPDATE impact_notes SET archived_at = NULL WHERE id = $1', [own]);
    expect(await counts(w.a)).toEqual({ ...none, 'deeper-impacts': 1 });
    // Its text edited: the view shows the new words.
    await sql(`UPDATE impact_notes SET text = 'Their nurses ran every session.' WHERE id = $1`, [own]);
    expect((await view(w.a)).notes['deeper-impacts']).toMatchObject([{ id: own, text: 'Their nurses ran every session.' }]);
    await sql('UPDATE impact_notes SET partner_id = $2 WHERE id = $1', [own, w.b]);
    expect(await counts(w.a)).toEqual(none);
    expect(await counts(w.b)).toEqual({ ...none, 'deeper-impacts': 1 });
    await expectKeptEqualsRecount();

    // A note of the first program that names no partner is each of its partners'; naming B, only B's.
    const programNote = await insertValueNote(t.db, { programId: w.first, dimension: 'expanded-capacities', notedOn: '2025-03-02' });
    expect(await counts(w.a)).toEqual({ ...none, 'expanded-capacities': 1 });
    expect(await counts(w.b)).toEqual({ ...none, 'deeper-impacts': 1, 'expanded-capacities': 1 });
    await sql('UPDATE impact_notes SET partner_id = $2 WHERE id = $1', [programNote, w.b]);
    expect(await counts(w.a)).toEqual(none);
    await sql('UPDATE impact_notes SET partner_id = NULL, program_id = $2 WHERE id = $1', [programNote, w.second]);
    expect(await counts(w.a)).toEqual({ ...none, 'expanded-capacities': 1 });
    expect(await counts(w.b)).toEqual({ ...none, 'deeper-impacts': 1 });
    // A leaves the second program and comes back.
    await sql('UPDATE program_roles SET archived_at = now() WHERE id = $1', [w.roles.aSecond]);
    expect(await counts(w.a)).toEqual(none);
    await sql('UPDATE program_roles SET archived_at = NULL WHERE id = $1', [w.roles.aSecond]);
    expect(await counts(w.a)).toEqual({ ...none, 'expanded-capacities': 1 });
    await expectKeptEqualsRecount();

    await sql('DELETE FROM impact_notes WHERE id = ANY($1::uuid[])', [[own, programNote]]);
    expect(await counts(w.a)).toEqual(none);
    expect(await counts(w.b)).toEqual(none);
    await expectKeptEqualsRecount();
  });

  it('keeps up with records written through the API, archived records included', async () => {
    const w = await world();
    const c = await insertPartner(t.db);
    const program = (await sql(`SELECT version FROM programs WHERE id = $1`, [w.first])) as { version: number }[];
    await asLibrarian.post(`/api/v1/programs/${w.first}/roles`).send({ partnerId: c.id, role: 'promoter' }).expect(201);
    const session = (await asLibrarian
      .post(`/api/v1/programs/${w.first}/sessions`)
      .send({ startsAt: '2025-03-10T17:00:00Z', format: 'live-virtual', attendance: { 'age-12-18': 4, 'age-19-plus': 9 }, audienceMatched: true })
      .expect(201)).body as { id: string; version: number };
    await asLibrarian
      .post(`/api/v1/programs/${w.first}/outcomes`)
      .send({ sessionId: session.id, timing: 'immediate', measure: 'confidence', respondents: 5, counts: { agree: 3, 'strongly-agree': 1 }, nonResponses: 1 })
      .expect(201);
    const figures = await view(c.id);
    expect(figures).toMatchObject({ programs: held(1), sessions: 1, attendance: { total: 13 }, sessionsReachingIntendedPublic: reach(1, 1) });
    expect(figures.outcomes).toMatchObject([{ measure: 'confidence', timing: 'immediate', results: 1, respondents: 5, answered: 4, agreeShare: 1 }]);

    await asLibrarian.post(`/api/v1/program-sessions/${session.id}/archive`).send({ version: session.version }).expect(200);
    expect(await view(c.id)).toMatchObject({ sessions: 0, attendance: { total: 0 }, outcomes: [] });
    await asManager.post(`/api/v1/programs/${w.first}/archive`).send({ version: program[0]!.version }).expect(200);
    expect(await view(c.id)).toMatchObject({ programs: held(0) });
    expect(await view(w.a)).toMatchObject({ programs: held(1) });
    await expectKeptEqualsRecount();
  });

  it('stays equal to a recount when one program’s roles, sessions and results are written at the same time', async () => {
    const program = await insertValueProgram(t.db, { startsOn: '2025-09-01', endsOn: '2025-09-30' });
    const partners = await Promise.all(Array.from({ length: 6 }, () => insertPartner(t.db)));
    const sessions: string[] = [];
    for (let day = 1; day <= 8; day++) {
      sessions.push(await insertValueSession(t.db, program, { startsAt: `2025-09-${String(day).padStart(2, '0')}T17:00:00Z`, format: 'in-person-onsite', attendance: { general: day } }));
    }
    // Each write on its own connection from the pool, all at once: partners joining while results and sessions
    // are added and archived must each end up with every one of them.
    await Promise.all([
      ...partners.map((partner) => insertValueRole(t.db, program, partner.id, 'co-host')),
      ...sessions.map((session) => insertValueOutcome(t.db, program, { sessionId: session, timing: 'immediate', measure: 'knowledge', counts: [0, 0, 0, 1, 1], nonResponses: 0 })),
      ...[10, 11, 12].map((day) => insertValueSession(t.db, program, { startsAt: `2025-09-${day}T17:00:00Z`, format: 'in-person-onsite', attendance: { general: 10 } })),
      sql('UPDATE program_sessions SET archived_at = now() WHERE id = ANY($1::uuid[])', [sessions.slice(0, 2)]),
    ]);
    await expectKeptEqualsRecount();
    for (const partner of partners) {
      const figures = await view(partner.id);
      // Sessions 3–8 (3 + 4 + … + 8 = 33) and the three new ones (30); the results of sessions 3–8.
      expect(figures).toMatchObject({ sessions: 9, attendance: { total: 63 }, outcomes: [{ measure: 'knowledge', results: 6, answered: 12 }] });
    }
  });

  it('recounts everything when a table it counts is emptied with TRUNCATE (which fires no row trigger)', async () => {
    const w = await world();
    await insertValueNote(t.db, { partnerId: w.a, dimension: 'better-programs', notedOn: '2025-02-01' });
    await insertValueContribution(t.db, { side: 'partner', partnerId: w.a, type: 'funding', moneyValue: 500, contributedOn: '2025-02-01' });
    const runner = t.db.createQueryRunner();
    await runner.connect();
    try {
      await runner.startTransaction();
      const keptRows = async () =>
        ((await runner.query(
          `SELECT (SELECT count(*)::int FROM value_partner_notes WHERE partner_id = $1) AS notes,
                  (SELECT count(*)::int FROM value_partner_contributions WHERE partner_id = $1 AND lines <> 0) AS lines`,
          [w.a],
        )) as { notes: number; lines: number }[])[0];
      expect(await keptRows()).toEqual({ notes: 1, lines: 1 });
      await runner.query('TRUNCATE impact_notes, contributions');
      expect(await keptRows()).toEqual({ notes: 0, lines: 0 });
      const partnerRows = (await runner.query('SELECT count(*)::int AS n FROM value_partner_programs WHERE partner_id = $1', [w.a])) as { n: number }[];
      expect(partnerRows[0]!.n).toBe(2);
    } finally {
      await runner.rollbackTransaction();
      await runner.release();
    }
    await expectKeptEqualsRecount();
  });
});
