import { insertProgram, insertSession, setProgramArchived } from './factories/program.factory';
import { auditEntriesOf, fieldsOf, type Staff, startPartnerWorld } from './partner-world';
import type { SignedInAgent, TestApp } from './test-app';

type Body = Record<string, unknown>;

describe('Outcome results', () => {
  let t: TestApp;
  let librarian: Staff;
  let manager: Staff;
  let asManager: SignedInAgent;
  let asLibrarian: SignedInAgent;
  let asOtherLibrarian: SignedInAgent;

  const resultCount = async (programId: string) =>
    ((await t.db.query('SELECT count(*)::int AS n FROM outcome_results WHERE program_id = $1', [programId]))[0] as { n: number }).n;
  const add = async (programId: string, body: Body) => (await asLibrarian.post(`/api/v1/programs/${programId}/outcomes`).send(body).expect(201)).body;

  beforeAll(async () => {
    ({ t, librarian, manager, asManager, asLibrarian, asOtherLibrarian } = await startPartnerWorld());
  });
  afterAll(() => t.close());

  it('derives the agree share over those who answered, leaving non-responses out, and audits without a partner', async () => {
    const program = await insertProgram(t.db);
    const first = await insertSession(t.db, program.id, { startsAt: '2026-03-03T17:00:00Z' });
    const second = await insertSession(t.db, program.id, { startsAt: '2026-03-10T17:00:00Z' });

    // 25 respondents: 1 + 2 + 4 + 10 + 5 = 22 answered, 3 left it blank. Agree share 15 / 22.
    const knowledge = await add(program.id, {
      timing: 'immediate',
      measure: 'knowledge',
      respondents: 25,
      counts: { 'strongly-disagree': 1, disagree: 2, neutral: 4, agree: 10, 'strongly-agree': 5 },
      nonResponses: 3,
      collectedOn: '2026-03-03',
    });
    expect(knowledge).toEqual({
      id: expect.any(String),
      programId: program.id,
      sessionId: null,
      timing: 'immediate',
      measure: 'knowledge',
      respondents: 25,
      counts: { 'strongly-disagree': 1, disagree: 2, neutral: 4, agree: 10, 'strongly-agree': 5 },
      nonResponses: 3,
      answered: 22,
      agreeShare: 15 / 22,
      collectedOn: '2026-03-03',
      createdAt: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/),
      updatedAt: expect.any(String),
      createdBy: librarian.id,
      version: 1,
      archivedAt: null,
    });
    expect(knowledge.agreeShare).toBeCloseTo(0.6818, 4);

    // One session's follow-up: options left out count 0. 12 respondents, 6 answered, 3 + 1 agree → 4 / 6.
    const confidence = await add(program.id, {
      sessionId: second.id,
      timing: 'follow-up',
      measure: 'confidence',
      respondents: 12,
      counts: { neutral: 2, agree: 3, 'strongly-agree': 1 },
      nonResponses: 6,
    });
    expect(confidence).toMatchObject({ sessionId: second.id, answered: 6, agreeShare: 4 / 6, collectedOn: null });
    // Nobody answered: no share (not 0).
    const awareness = await add(program.id, { sessionId: first.id, timing: 'immediate', measure: 'awareness', respondents: 4, counts: {}, nonResponses: 4 });
    expect(awareness).toMatchObject({ answered: 0, agreeShare: null, counts: { 'strongly-disagree': 0, disagree: 0, neutral: 0, agree: 0, 'strongly-agree': 0 } });
    const application = await add(program.id, { timing: 'immediate', measure: 'application', respondents: 5, counts: { agree: 5 } });
    expect(application).toMatchObject({ nonResponses: 0, answered: 5, agreeShare: 1 });

    // Whole-program results first, then per session in session order; measures in their usual order.
    const listed = (await asLibrarian.get(`/api/v1/programs/${program.id}/outcomes`).expect(200)).body;
    expect(listed.items.map((r: { id: string }) => r.id)).toEqual([knowledge.id, application.id, awareness.id, confidence.id]);
    expect(listed).toMatchObject({ total: 4, nextCursor: null });
    expect(listed.items[0]).toEqual(knowledge);

    expect(await auditEntriesOf(t.db, knowledge.id)).toEqual([
      {
        action: 'create',
        actor_id: librarian.id,
        partner_id: null,
        entity_type: 'outcome-result',
        changes: {
          programId: { before: null, after: program.id },
          timing: { before: null, after: 'immediate' },
          measure: { before: null, after: 'knowledge' },
          respondents: { before: null, after: 25 },
          counts: { before: null, after: { 'strongly-disagree': 1, disagree: 2, neutral: 4, agree: 10, 'strongly-agree': 5 } },
          nonResponses: { before: null, after: 3 },
          collectedOn: { before: null, after: '2026-03-03' },
        },
      },
    ]);
  });

  it('re-derives the share on a change, which must still add up, and audits before and after', async () => {
    const program = await insertProgram(t.db);
    const result = await add(program.id, { timing: 'immediate', measure: 'knowledge', respondents: 20, counts: { agree: 8, neutral: 8 }, nonResponses: 4 });
    const url = `/api/v1/outcome-results/${result.id}`;

    // Two more agree, but the respondents were not raised: 22 ≠ 20.
    const unbalanced = await asLibrarian.patch(url).send({ version: 1, counts: { agree: 10 } }).expect(400);
    expect(unbalanced.body.errors).toEqual([{ field: 'counts', message: 'The answers and non-responses add up to 22, more than the 20 respondents.' }]);

    // 22 respondents: 10 agree + 8 neutral answered (18), 4 blank. Share 10 / 18.
    const changed = (await asManager.patch(url).send({ version: 1, respondents: 22, counts: { agree: 10 } }).expect(200)).body;
    expect(changed).toMatchObject({ respondents: 22, answered: 18, agreeShare: 10 / 18, counts: { agree: 10, neutral: 8 }, version: 2 });
    expect((await auditEntriesOf(t.db, result.id))[1]).toEqual({
      action: 'update',
      actor_id: manager.id,
      partner_id: null,
      entity_type: 'outcome-result',
      changes: {
        respondents: { before: 20, after: 22 },
        counts: {
          before: { 'strongly-disagree': 0, disagree: 0, neutral: 8, agree: 8, 'strongly-agree': 0 },
          after: { 'strongly-disagree': 0, disagree: 0, neutral: 8, agree: 10, 'strongly-agree': 0 },
        },
      },
    });

    // Repeating the stored values: no new version, no audit entry. A stale version: 409.
    expect((await asLibrarian.patch(url).send({ version: 2, respondents: 22, counts: { agree: 10, neutral: 8 } }).expect(200)).body.version).toBe(2);
    expect(await auditEntriesOf(t.db, result.id)).toHaveLength(2);
    await asOtherLibrarian.patch(url).send({ version: 1, collectedOn: '2026-03-04' }).expect(409);
    expect((await asLibrarian.get(url).expect(200)).body).toEqual(changed);
  });

  it('answers bad input with a 400 naming the field and saves nothing', async () => {
    const program = await insertProgram(t.db);
    const other = await insertProgram(t.db);
    const otherSession = await insertSession(t.db, other.id);
    const archivedSession = await insertSession(t.db, program.id, { archivedAt: new Date() });
    const valid = { timing: 'immediate', measure: 'knowledge', respondents: 25, counts: { agree: 20, neutral: 2 }, nonResponses: 3 };
    const cases: [Body, string][] = [
      [{ ...valid, counts: { agree: 20, neutral: 4 } }, 'counts'],
      [{ ...valid, counts: { agree: 1 } }, 'counts'],
      [{ ...valid, counts: { agree: -1, neutral: 23 } }, 'counts.agree'],
      [{ ...valid, counts: { agree: 19.5, neutral: 2 } }, 'counts.agree'],
      [{ ...valid, counts: { agreed: 20, neutral: 2 } }, 'counts.agreed'],
      [{ ...valid, counts: 22 }, 'counts'],
      [{ ...valid, counts: undefined }, 'counts'],
      [{ ...valid, nonResponses: -3 }, 'nonResponses'],
      [{ ...valid, respondents: 0, counts: {}, nonResponses: 0 }, 'respondents'],
      [{ ...valid, respondents: '25' }, 'respondents'],
      [{ ...valid, agreeShare: 0.9 }, 'agreeShare'],
      [{ ...valid, measure: 'happiness' }, 'measure'],
      [{ ...valid, timing: 'later' }, 'timing'],
      [{ ...valid, sessionId: otherSession.id }, 'sessionId'],
      [{ ...valid, sessionId: archivedSession.id }, 'sessionId'],
      [{ ...valid, sessionId: 'session-1' }, 'sessionId'],
      [{ ...valid, collectedOn: '2026-02-29' }, 'collectedOn'],
    ];
    for (const [body, field] of cases) {
      const res = await asLibrarian.post(`/api/v1/programs/${program.id}/outcomes`).send(body);
      expect({ body, status: res.status, fields: fieldsOf(res.body) }).toEqual({ body, status: 400, fields: [field] });
    }
    const over = await asLibrarian.post(`/api/v1/programs/${program.id}/outcomes`).send({ ...valid, counts: { agree: 20, neutral: 4 } });
    expect(over.body.detail).toBe('The answers and non-responses add up to 27, more than the 25 respondents.');
    const under = await asLibrarian.post(`/api/v1/programs/${program.id}/outcomes`).send({ ...valid, counts: { agree: 18 } });
    expect(under.body.detail).toBe('The answers and non-responses add up to 21, fewer than the 25 respondents.');
    expect(await resultCount(program.id)).toBe(0);

    const missing = '7d8e7a4e-8f2b-4a3b-9a41-5d7c2b1f0e99';
    await asLibrarian.post(`/api/v1/programs/${missing}/outcomes`).send(valid).expect(404);
    await asLibrarian.get(`/api/v1/programs/${missing}/outcomes`).expect(404);
    await setProgramArchived(t.db, other.id);
    const archived = await asLibrarian.post(`/api/v1/programs/${other.id}/outcomes`).send(valid).expect(400);
    expect(archived.body.errors).toEqual([{ field: 'programId', message: 'This program is archived. Restore it first.' }]);
    expect(await resultCount(other.id)).toBe(0);
    // Reading an archived program's results is allowed.
    await asLibrarian.get(`/api/v1/programs/${other.id}/outcomes`).expect(200);
  });

  it('keeps one live result per program, session, timing and measure (409), and lets librarians archive only their own', async () => {
    const program = await insertProgram(t.db);
    const session = await insertSession(t.db, program.id);
    const body = { timing: 'follow-up', measure: 'application', respondents: 3, counts: { agree: 3 } };
    const result = await add(program.id, body);
    const duplicate = await asOtherLibrarian.post(`/api/v1/programs/${program.id}/outcomes`).send(body).expect(409);
    expect(duplicate.body.detail).toMatch(/already has follow-up .* results for Application/);
    // The same measure for one session is a different result.
    await add(program.id, { ...body, sessionId: session.id });
    expect(await resultCount(program.id)).toBe(2);

    const url = `/api/v1/outcome-results/${result.id}`;
    expect((await asOtherLibrarian.post(`${url}/archive`).send({ version: 1 }).expect(403)).body.detail).toMatch(/Only the person who added this outcome result/);
    await asLibrarian.post(`${url}/archive`).send({ version: 1 }).expect(200);
    expect((await asLibrarian.get(`/api/v1/programs/${program.id}/outcomes`).expect(200)).body.total).toBe(1);
    expect((await asLibrarian.get(`/api/v1/programs/${program.id}/outcomes`).query({ archived: 'true' }).expect(200)).body.items[0].id).toBe(result.id);

    // Once archived, a replacement may be added; restoring the old one would then make two.
    const replacement = await add(program.id, { ...body, respondents: 4, nonResponses: 1 });
    const clash = await asManager.post(`${url}/restore`).send({ version: 2 }).expect(409);
    expect(clash.body.title).toBe('This conflicts with existing information');
    await asManager.post(`/api/v1/outcome-results/${replacement.id}/archive`).send({ version: 1 }).expect(200);
    expect((await asManager.post(`${url}/restore`).send({ version: 2 }).expect(200)).body).toMatchObject({ version: 3, archivedAt: null });

    expect((await auditEntriesOf(t.db, result.id)).map((a) => [a.action, a.actor_id, a.partner_id])).toEqual([
      ['create', librarian.id, null],
      ['archive', librarian.id, null],
      ['restore', manager.id, null],
    ]);
  });
});
