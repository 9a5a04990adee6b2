import { insertPartner, setPartnerArchived } from './factories/partner.factory';
import { insertProgram, setProgramArchived } from './factories/program.factory';
import { auditEntriesOf, fieldsOf, type Staff, startPartnerWorld } from './partner-world';
import type { SignedInAgent, TestApp } from './test-app';

type Body = Record<string, unknown>;

describe('Impact notes', () => {
  let t: TestApp;
  let librarian: Staff;
  let manager: Staff;
  let asManager: SignedInAgent;
  let asLibrarian: SignedInAgent;
  let asOtherLibrarian: SignedInAgent;

  const add = async (body: Body) => (await asLibrarian.post('/api/v1/impact-notes').send(body).expect(201)).body;
  const ids = async (query: Record<string, string>) =>
    ((await asLibrarian.get('/api/v1/impact-notes').query(query).expect(200)).body.items as { id: string }[]).map((n) => n.id);
  const noteCount = async () => ((await t.db.query('SELECT count(*)::int AS n FROM impact_notes'))[0] as { n: number }).n;

  beforeAll(async () => {
    ({ t, librarian, manager, asManager, asLibrarian, asOtherLibrarian } = await startPartnerWorld());
  });
  afterAll(() => t.close());

  it('keeps a consented quote linked to a partner and a program, audited on the partner', async () => {
    const partner = await insertPartner(t.db, { name: 'Riverside School District' });
    const program = await insertProgram(t.db, { title: 'Homework help' });
    const text = '“My son finished his science project here — ¡gracias!” 📚';
    const note = await add({
      kind: 'quote',
      text,
      attribution: ' A parent ',
      valueDimension: 'deeper-impacts',
      consentToQuote: true,
      partnerId: partner.id,
      programId: program.id,
      notedOn: '2026-04-02',
    });
    expect(note).toEqual({
      id: expect.any(String),
      kind: 'quote',
      text,
      attribution: 'A parent',
      valueDimension: 'deeper-impacts',
      consentToQuote: true,
      partner: { id: partner.id, name: 'Riverside School District' },
      program: { id: program.id, title: 'Homework help' },
      notedOn: '2026-04-02',
      sourceUrl: null,
      createdAt: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/),
      updatedAt: expect.any(String),
      createdBy: librarian.id,
      version: 1,
      archivedAt: null,
    });
    expect((await asLibrarian.get(`/api/v1/impact-notes/${note.id}`).expect(200)).body).toEqual(note);
    expect(await auditEntriesOf(t.db, note.id)).toEqual([
      {
        action: 'create',
        actor_id: librarian.id,
        partner_id: partner.id,
        entity_type: 'impact-note',
        changes: {
          kind: { before: null, after: 'quote' },
          text: { before: null, after: text },
          attribution: { before: null, after: 'A parent' },
          valueDimension: { before: null, after: 'deeper-impacts' },
          consentToQuote: { before: null, after: true },
          partnerId: { before: null, after: partner.id },
          programId: { before: null, after: program.id },
          notedOn: { before: null, after: '2026-04-02' },
        },
      },
    ]);

    // A media mention on a program alone: no partner on the note or its audit entry; consent defaults to no, date to today.
    const mention = await add({ kind: 'media-mention', text: 'Featured in the Daily Ledger', valueDimension: 'expanded-capacities', programId: program.id, sourceUrl: 'https://ledger.example/homework' });
    expect(mention).toMatchObject({ partner: null, consentToQuote: false, notedOn: t.clock.now().toISOString().slice(0, 10), sourceUrl: 'https://ledger.example/homework' });
    expect((await auditEntriesOf(t.db, mention.id)).map((a) => a.partner_id)).toEqual([null]);
  });

  it('filters by partner, program, dimension and kind; consented=true leaves out only quotes without consent', async () => {
    const partner = await insertPartner(t.db);
    const program = await insertProgram(t.db);
    const consented = await add({ kind: 'quote', text: 'Loved it', valueDimension: 'better-programs', consentToQuote: true, partnerId: partner.id, notedOn: '2026-05-01' });
    const unconsented = await add({ kind: 'quote', text: 'Do not share', valueDimension: 'better-programs', partnerId: partner.id, programId: program.id, notedOn: '2026-05-02' });
    const story = await add({ kind: 'story', text: 'A teen found a mentor', valueDimension: 'deeper-impacts', partnerId: partner.id, notedOn: '2026-05-03' });
    const lesson = await add({ kind: 'lesson', text: 'Start registration earlier', valueDimension: 'expanded-capacities', programId: program.id, notedOn: '2026-05-04' });

    expect(await ids({ partnerId: partner.id })).toEqual([story.id, unconsented.id, consented.id]);
    expect(await ids({ partnerId: partner.id, consented: 'true' })).toEqual([story.id, consented.id]);
    expect(await ids({ programId: program.id })).toEqual([lesson.id, unconsented.id]);
    expect(await ids({ programId: program.id, dimension: 'expanded-capacities' })).toEqual([lesson.id]);
    expect(await ids({ partnerId: partner.id, kind: 'quote' })).toEqual([unconsented.id, consented.id]);
    expect(fieldsOf((await asLibrarian.get('/api/v1/impact-notes').query({ consented: 'false' }).expect(400)).body)).toEqual(['consented']);
    expect(fieldsOf((await asLibrarian.get('/api/v1/impact-notes').query({ dimension: 'fun' }).expect(400)).body)).toEqual(['dimension']);

    await asLibrarian.post(`/api/v1/impact-notes/${story.id}/archive`).send({ version: 1 }).expect(200);
    expect(await ids({ partnerId: partner.id })).toEqual([unconsented.id, consented.id]);
    expect(await ids({ partnerId: partner.id, archived: 'true' })).toEqual([story.id]);
  });

  it('answers bad input, including a note linked to nothing, with a 400 naming the field and saves nothing', async () => {
    const partner = await insertPartner(t.db);
    const archivedPartner = await insertPartner(t.db, { archivedAt: new Date() });
    const archivedProgram = await insertProgram(t.db, { archivedAt: new Date() });
    const missing = '7d8e7a4e-8f2b-4a3b-9a41-5d7c2b1f0e99';
    const valid = { kind: 'story', text: 'A good story', valueDimension: 'better-programs', partnerId: partner.id };
    const cases: [Body, string][] = [
      [{ ...valid, partnerId: undefined }, 'partnerId'],
      [{ ...valid, partnerId: null, programId: null }, 'partnerId'],
      [{ ...valid, partnerId: missing }, 'partnerId'],
      [{ ...valid, partnerId: archivedPartner.id }, 'partnerId'],
      [{ ...valid, programId: archivedProgram.id }, 'programId'],
      [{ ...valid, programId: missing }, 'programId'],
      [{ ...valid, kind: 'rumour' }, 'kind'],
      [{ ...valid, text: '   ' }, 'text'],
      [{ ...valid, text: 't'.repeat(10_001) }, 'text'],
      [{ ...valid, valueDimension: undefined }, 'valueDimension'],
      [{ ...valid, consentToQuote: 'yes' }, 'consentToQuote'],
      [{ ...valid, sourceUrl: 'ledger.example/story' }, 'sourceUrl'],
      [{ ...valid, sourceUrl: 'ftp://ledger.example/story' }, 'sourceUrl'],
      [{ ...valid, notedOn: '2026-13-01' }, 'notedOn'],
      [{ ...valid, attribution: 'a'.repeat(301) }, 'attribution'],
    ];
    const before = await noteCount();
    for (const [body, field] of cases) {
      const res = await asLibrarian.post('/api/v1/impact-notes').send(body);
      expect({ body, status: res.status, fields: fieldsOf(res.body) }).toEqual({ body, status: 400, fields: [field] });
    }
    expect(await noteCount()).toBe(before);
    const linkedToNothing = await asLibrarian.post('/api/v1/impact-notes').send({ ...valid, partnerId: undefined });
    expect(linkedToNothing.body.errors).toEqual([{ field: 'partnerId', message: 'Link the note to a partner, a program, or both.' }]);

    const note = await add(valid);
    for (const [body, field] of [
      [{ partnerId: null }, 'partnerId'],
      [{ text: null }, 'text'],
      [{ kind: null }, 'kind'],
      [{ programId: archivedProgram.id }, 'programId'],
    ] as [Body, string][]) {
      const res = await asLibrarian.patch(`/api/v1/impact-notes/${note.id}`).send({ version: 1, ...body });
      expect({ body, status: res.status, fields: fieldsOf(res.body) }).toEqual({ body, status: 400, fields: [field] });
    }
    expect((await asLibrarian.get(`/api/v1/impact-notes/${note.id}`).expect(200)).body).toEqual(note);
  });

  it('records consent given later and a move from partner to program, audited; stale versions get 409', async () => {
    const partner = await insertPartner(t.db);
    const program = await insertProgram(t.db);
    const note = await add({ kind: 'quote', text: 'It changed my week', valueDimension: 'deeper-impacts', partnerId: partner.id });
    const url = `/api/v1/impact-notes/${note.id}`;

    const consented = (await asManager.patch(url).send({ version: 1, consentToQuote: true, attribution: 'A participant' }).expect(200)).body;
    expect(consented).toMatchObject({ consentToQuote: true, attribution: 'A participant', version: 2 });
    const moved = (await asLibrarian.patch(url).send({ version: 2, partnerId: null, programId: program.id }).expect(200)).body;
    expect(moved).toMatchObject({ partner: null, program: { id: program.id, title: program.title }, version: 3 });

    const audit = await auditEntriesOf(t.db, note.id);
    expect(audit.slice(1)).toEqual([
      {
        action: 'update',
        actor_id: manager.id,
        partner_id: partner.id,
        entity_type: 'impact-note',
        changes: { consentToQuote: { before: false, after: true }, attribution: { before: null, after: 'A participant' } },
      },
      {
        action: 'update',
        actor_id: librarian.id,
        partner_id: null,
        entity_type: 'impact-note',
        changes: { partnerId: { before: partner.id, after: null }, programId: { before: null, after: program.id } },
      },
    ]);

    expect((await asLibrarian.patch(url).send({ version: 3, consentToQuote: true }).expect(200)).body.version).toBe(3);
    expect(await auditEntriesOf(t.db, note.id)).toHaveLength(3);
    await asOtherLibrarian.patch(url).send({ version: 2, text: 'Older' }).expect(409);
    expect((await asLibrarian.get(url).expect(200)).body).toEqual(moved);
  });

  it('lets librarians archive and restore only notes they added; managers any; restoring needs its partner in use', async () => {
    const partner = await insertPartner(t.db);
    const note = await add({ kind: 'outcome', text: '40 new library cards', valueDimension: 'better-programs', partnerId: partner.id });
    const url = `/api/v1/impact-notes/${note.id}`;
    expect((await asOtherLibrarian.post(`${url}/archive`).send({ version: 1 }).expect(403)).body.detail).toMatch(/Only the person who added this note/);
    await asLibrarian.post(`${url}/archive`).send({ version: 1 }).expect(200);
    await setPartnerArchived(t.db, partner.id);
    expect(fieldsOf((await asManager.post(`${url}/restore`).send({ version: 2 }).expect(400)).body)).toEqual(['partnerId']);
    await setPartnerArchived(t.db, partner.id, null);
    await asOtherLibrarian.post(`${url}/restore`).send({ version: 2 }).expect(403);
    expect((await asManager.post(`${url}/restore`).send({ version: 2 }).expect(200)).body).toMatchObject({ version: 3, archivedAt: null });
    expect((await auditEntriesOf(t.db, note.id)).map((a) => [a.action, a.actor_id])).toEqual([
      ['create', librarian.id],
      ['archive', librarian.id],
      ['restore', manager.id],
    ]);

    const program = await insertProgram(t.db);
    const programNote = await add({ kind: 'lesson', text: 'Book the room earlier', valueDimension: 'expanded-capacities', programId: program.id });
    await setProgramArchived(t.db, program.id);
    expect(fieldsOf((await asLibrarian.patch(`/api/v1/impact-notes/${programNote.id}`).send({ version: 1, text: 'Changed' }).expect(400)).body)).toEqual(['programId']);
    await t.http().get('/api/v1/impact-notes').expect(401);
  });
});
