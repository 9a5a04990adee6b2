import {
  auditCountForPartner,
  dayOf,
  insertContact,
  plusDays,
  rowsForPartner,
  statementsDuring,
} from './factories/communication.factory';
import { insertPartner, setPartnerArchived } from './factories/partner.factory';
import { auditEntriesOf, fieldsOf, type Staff, startPartnerWorld } from './partner-world';
import type { SignedInAgent, TestApp } from './test-app';

describe('Communications', () => {
  let t: TestApp;
  let manager: Staff;
  let librarian: Staff;
  let otherLibrarian: Staff;
  let asManager: SignedInAgent;
  let asLibrarian: SignedInAgent;
  let asOtherLibrarian: SignedInAgent;

  const auditOf = (entityId: string) => auditEntriesOf(t.db, entityId);
  const base = '/api/v1/communications';
  /** Nothing of the partner's was saved: no communication, no commitment, no audit entry. */
  const expectNothingSaved = async (partnerId: string) => {
    expect({
      communications: await rowsForPartner(t.db, 'communications', partnerId),
      commitments: await rowsForPartner(t.db, 'commitments', partnerId),
      audit: await auditCountForPartner(t.db, partnerId),
    }).toEqual({ communications: 0, commitments: 0, audit: 0 });
  };

  beforeAll(async () => {
    ({ t, manager, librarian, otherLibrarian, asManager, asLibrarian, asOtherLibrarian } = await startPartnerWorld());
  });
  afterAll(() => t.close());

  it('logs a meeting with nothing but partner and channel: now, by the library, two-way, substantive, with its author taking part', async () => {
    const partner = await insertPartner(t.db, { name: 'Riverside Food Bank' });
    const now = t.clock.now();
    const created = await asLibrarian.post(base).send({ partnerId: partner.id, channel: 'meeting' }).expect(201);
    expect(created.body).toEqual({
      id: expect.any(String),
      partnerId: partner.id,
      partner: { id: partner.id, name: 'Riverside Food Bank' },
      occurredAt: now.toISOString(),
      channel: 'meeting',
      initiatedBy: 'library',
      twoWay: true,
      substantive: true,
      summary: '',
      staffParticipants: [{ id: librarian.id, name: librarian.name }],
      contactParticipants: [],
      factorTags: [],
      followUps: [],
      author: { id: librarian.id, name: librarian.name },
      createdAt: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/),
      updatedAt: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/),
      createdBy: librarian.id,
      version: 1,
      archivedAt: null,
    });
    expect((await asManager.get(`${base}/${created.body.id}`).expect(200)).body).toEqual(created.body);

    const audit = await auditOf(created.body.id);
    expect(audit).toEqual([
      {
        action: 'create',
        actor_id: librarian.id,
        partner_id: partner.id,
        entity_type: 'communication',
        changes: {
          occurredAt: { before: null, after: now.toISOString() },
          channel: { before: null, after: 'meeting' },
          initiatedBy: { before: null, after: 'library' },
          twoWay: { before: null, after: true },
          substantive: { before: null, after: true },
          summary: { before: null, after: '' },
          staffParticipantIds: { before: null, after: [librarian.id] },
          contactParticipantIds: { before: null, after: [] },
          factorTags: { before: null, after: [] },
        },
      },
    ]);
  });

  it('defaults substantive by channel (meetings, calls, video and site visits yes; emails and events no) unless told', async () => {
    const partner = await insertPartner(t.db);
    const substantiveOf = async (body: Record<string, unknown>) =>
      (await asLibrarian.post(base).send({ partnerId: partner.id, ...body }).expect(201)).body.substantive as boolean;
    expect({
      meeting: await substantiveOf({ channel: 'meeting' }),
      call: await substantiveOf({ channel: 'call' }),
      video: await substantiveOf({ channel: 'video' }),
      'site-visit': await substantiveOf({ channel: 'site-visit' }),
      email: await substantiveOf({ channel: 'email' }),
      event: await substantiveOf({ channel: 'event' }),
    }).toEqual({ meeting: true, call: true, video: true, 'site-visit': true, email: false, event: false });
    expect(await substantiveOf({ channel: 'email', substantive: true })).toBe(true);
    expect(await substantiveOf({ channel: 'meeting', substantive: false })).toBe(false);
  });

  it('logs a meeting with a contact, factor tags and two follow-ups, saved and audited together', async () => {
    const partner = await insertPartner(t.db, { name: 'Eastside Arts Council' });
    const ana = await insertContact(t.db, partner.id, { name: 'Ana Ruiz' });
    const occurredAt = new Date(t.clock.now().getTime() - 3 * 24 * 60 * 60 * 1000);
    const day = dayOf(occurredAt);
    const created = await asLibrarian
      .post(base)
      .send({
        partnerId: partner.id,
        occurredAt: occurredAt.toISOString(),
        channel: 'meeting',
        initiatedBy: 'partner',
        staffParticipantIds: [librarian.id, otherLibrarian.id],
        contactParticipantIds: [ana.id],
        summary: '  They raised the budget problem early.  ',
        factorTags: [
          { factor: 'OC', sign: 'negative' },
          { factor: 'CE', sign: 'positive', note: ' they raised the budget problem early ' },
        ],
        followUps: [
          { description: 'Send the flyer' },
          { description: 'Confirm the room', ownerSide: 'partner', ownerContactId: ana.id, dueOn: day },
        ],
      })
      .expect(201);
    const body = created.body;
    expect(body).toMatchObject({
      occurredAt: occurredAt.toISOString(),
      initiatedBy: 'partner',
      summary: 'They raised the budget problem early.',
      staffParticipants: [
        { id: librarian.id, name: librarian.name },
        { id: otherLibrarian.id, name: otherLibrarian.name },
      ],
      contactParticipants: [{ id: ana.id, name: 'Ana Ruiz' }],
      // Factor order, whatever order they were sent in; an empty note is none.
      factorTags: [
        { factor: 'CE', sign: 'positive', note: 'they raised the budget problem early' },
        { factor: 'OC', sign: 'negative', note: null },
      ],
    });
    // Soonest due first: the partner's (due the same day) before the default one (a week later), owned by the author.
    expect(body.followUps).toEqual([
      {
        id: expect.any(String),
        partnerId: partner.id,
        partner: { id: partner.id, name: 'Eastside Arts Council' },
        communicationId: body.id,
        program: null,
        description: 'Confirm the room',
        ownerSide: 'partner',
        ownerUser: null,
        ownerContact: { id: ana.id, name: 'Ana Ruiz' },
        dueOn: day,
        status: 'open',
        completedOn: null,
        completion: null,
        overdue: true,
        statusChangedAt: null,
        statusChangedBy: null,
        statusReason: null,
        createdAt: expect.any(String),
        updatedAt: expect.any(String),
        createdBy: librarian.id,
        version: 1,
        archivedAt: null,
      },
      expect.objectContaining({
        description: 'Send the flyer',
        ownerSide: 'library',
        ownerUser: { id: librarian.id, name: librarian.name },
        ownerContact: null,
        dueOn: plusDays(day, 7),
        overdue: false,
      }),
    ]);
    // What was answered is what is stored.
    expect((await asLibrarian.get(`${base}/${body.id}`).expect(200)).body).toEqual(body);
    const followUpIds = (body.followUps as { id: string }[]).map((f) => f.id);
    const listed = await asLibrarian.get('/api/v1/commitments').query({ communicationId: body.id }).expect(200);
    expect(listed.body.items).toEqual(body.followUps);

    expect((await auditOf(body.id))[0]!.changes.factorTags).toEqual({
      before: null,
      after: [
        { factor: 'CE', sign: 'positive', note: 'they raised the budget problem early' },
        { factor: 'OC', sign: 'negative', note: null },
      ],
    });
    const commitmentAudit = await auditOf(followUpIds[1]!);
    expect(commitmentAudit).toEqual([
      {
        action: 'create',
        actor_id: librarian.id,
        partner_id: partner.id,
        entity_type: 'commitment',
        changes: {
          description: { before: null, after: 'Send the flyer' },
          ownerSide: { before: null, after: 'library' },
          ownerUserId: { before: null, after: librarian.id },
          dueOn: { before: null, after: plusDays(day, 7) },
          status: { before: null, after: 'open' },
          communicationId: { before: null, after: body.id },
        },
      },
    ]);
  });

  it('refuses participants who are not this partner’s contacts or active staff, and saves nothing', async () => {
    const partner = await insertPartner(t.db, { name: 'Northside Clinic' });
    const other = await insertPartner(t.db);
    const outsider = await insertContact(t.db, other.id, { name: 'Omar Haddad' });
    const archived = await insertContact(t.db, partner.id, { name: 'Beth Old', archivedAt: new Date() });
    const leaver = await t.createStaff('librarian');
    await t.db.query('UPDATE users SET active = false WHERE id = $1', [leaver.id]);

    const foreign = await asLibrarian.post(base).send({ partnerId: partner.id, channel: 'call', contactParticipantIds: [outsider.id] }).expect(400);
    expect(foreign.body.errors).toEqual([{ field: 'contactParticipantIds', message: 'Omar Haddad is not a contact of Northside Clinic.' }]);

    const stale = await asLibrarian.post(base).send({ partnerId: partner.id, channel: 'call', contactParticipantIds: [archived.id] }).expect(400);
    expect(fieldsOf(stale.body)).toEqual(['contactParticipantIds']);
    expect(stale.body.errors[0].message).toMatch(/Beth Old is an archived contact of Northside Clinic/);

    const inactive = await asLibrarian.post(base).send({ partnerId: partner.id, channel: 'call', staffParticipantIds: [librarian.id, leaver.id] }).expect(400);
    expect(inactive.body.errors).toEqual([{ field: 'staffParticipantIds', message: `${leaver.name}’s account is deactivated, so they cannot be chosen.` }]);

    // A contact id is not a staff id, and the other way round.
    const mixed = await asLibrarian.post(base).send({ partnerId: partner.id, channel: 'call', staffParticipantIds: [outsider.id], contactParticipantIds: [librarian.id] });
    expect({ status: mixed.status, fields: fieldsOf(mixed.body) }).toEqual({ status: 400, fields: ['staffParticipantIds', 'contactParticipantIds'] });
    await expectNothingSaved(partner.id);
  });

  it('saves a communication and its follow-ups together or not at all', async () => {
    const partner = await insertPartner(t.db, { name: 'Harbor Literacy' });
    const other = await insertPartner(t.db);
    const outsider = await insertContact(t.db, other.id, { name: 'Omar Haddad' });
    const occurredAt = new Date(t.clock.now().getTime() - 2 * 24 * 60 * 60 * 1000);
    const day = dayOf(occurredAt);
    const good = { description: 'Send the flyer' };
    const attempt = (followUps: Record<string, unknown>[]) => asLibrarian.post(base).send({ partnerId: partner.id, channel: 'meeting', occurredAt: occurredAt.toISOString(), followUps });

    const early = await attempt([good, { description: 'Book the room', dueOn: plusDays(day, -1) }]).expect(400);
    expect(early.body.errors).toEqual([{ field: 'followUps[1].dueOn', message: 'Enter a due date on or after the day of the communication' }]);
    const foreignOwner = await attempt([good, { description: 'Bring chairs', ownerSide: 'partner', ownerContactId: outsider.id }]).expect(400);
    expect(foreignOwner.body.errors).toEqual([{ field: 'followUps[1].ownerContactId', message: 'Omar Haddad is not a contact of Harbor Literacy.' }]);
    const wrongSide = await attempt([{ description: 'Bring chairs', ownerSide: 'partner', ownerUserId: librarian.id }, good]).expect(400);
    expect(fieldsOf(wrongSide.body)).toEqual(['followUps[0].ownerUserId']);
    const contactOnLibrarySide = await attempt([good, good, { description: 'X', ownerContactId: outsider.id }]).expect(400);
    expect(fieldsOf(contactOnLibrarySide.body)).toEqual(['followUps[2].ownerContactId']);
    const blank = await attempt([good, { description: '   ' }]).expect(400);
    expect(fieldsOf(blank.body)).toEqual(['followUps[1].description']);
    const badDay = await attempt([{ ...good, dueOn: '2026-02-30' }]).expect(400);
    expect(fieldsOf(badDay.body)).toEqual(['followUps[0].dueOn']);
    const tooMany = await attempt(Array.from({ length: 21 }, () => good)).expect(400);
    expect(fieldsOf(tooMany.body)).toEqual(['followUps']);
    await expectNothingSaved(partner.id);

    // Due on the communication's own day is allowed, and so are twenty.
    await attempt([{ ...good, dueOn: day }]).expect(201);
    const twenty = await attempt(Array.from({ length: 20 }, (_, i) => ({ description: `Item ${i}` }))).expect(201);
    expect(twenty.body.followUps).toHaveLength(20);
    expect(await rowsForPartner(t.db, 'commitments', partner.id)).toBe(21);
  });

  it('answers bad input with a 400 naming the field and saves nothing', async () => {
    const partner = await insertPartner(t.db);
    const now = t.clock.now();
    const valid = { partnerId: partner.id, channel: 'meeting' };
    const cases: [Record<string, unknown>, string][] = [
      [{ ...valid, summary: 's'.repeat(200 * 1024) }, 'summary'],
      [{ ...valid, summary: 's'.repeat(20_001) }, 'summary'],
      [{ ...valid, factorTags: [{ factor: 'XX', sign: 'positive' }] }, 'factorTags[0].factor'],
      [{ ...valid, factorTags: [{ factor: 'SA', sign: 'positive' }, { factor: 'TW', sign: 'neutral' }] }, 'factorTags[1].sign'],
      [{ ...valid, factorTags: [{ factor: 'SA', sign: 'positive' }, { factor: 'SA', sign: 'negative' }] }, 'factorTags'],
      [{ ...valid, factorTags: [{ factor: 'SA', sign: 'positive', note: 'n'.repeat(1001) }] }, 'factorTags[0].note'],
      [{ ...valid, factorTags: [{ factor: 'SA', sign: 'positive', colour: 'red' }] }, 'factorTags[0].colour'],
      [{ ...valid, occurredAt: new Date(now.getTime() + 25 * 60 * 60 * 1000).toISOString() }, 'occurredAt'],
      [{ ...valid, occurredAt: '2026-03-01' }, 'occurredAt'],
      [{ ...valid, occurredAt: '2026-03-01T10:00:00' }, 'occurredAt'],
      [{ ...valid, channel: 'carrier-pigeon' }, 'channel'],
      [{ partnerId: partner.id }, 'channel'],
      [{ ...valid, initiatedBy: 'both' }, 'initiatedBy'],
      [{ ...valid, twoWay: 'yes' }, 'twoWay'],
      [{ ...valid, staffParticipantIds: [librarian.id, librarian.id] }, 'staffParticipantIds'],
      [{ ...valid, contactParticipantIds: ['not-an-id'] }, 'contactParticipantIds'],
      [{ ...valid, partnerId: 'nope' }, 'partnerId'],
    ];
    for (const [body, field] of cases) {
      const res = await asLibrarian.post(base).send(body);
      expect({ field, status: res.status, fields: fieldsOf(res.body) }).toEqual({ field, status: 400, fields: [field] });
    }
    const tooLong = await asLibrarian.post(base).send({ ...valid, summary: 's'.repeat(200 * 1024) }).expect(400);
    expect(tooLong.body.detail).toMatch(/summary must be 20,000 characters or fewer/);
    await expectNothingSaved(partner.id);

    // The limits themselves are fine: 20,000 characters, 24 hours ahead.
    await asLibrarian.post(base).send({ ...valid, summary: 's'.repeat(20_000) }).expect(201);
    await asLibrarian.post(base).send({ ...valid, occurredAt: new Date(now.getTime() + 24 * 60 * 60 * 1000).toISOString() }).expect(201);
  });

  it('refuses communications with an archived partner (400 on partnerId) and answers 404 for an unknown one', async () => {
    const partner = await insertPartner(t.db);
    await setPartnerArchived(t.db, partner.id);
    const archived = await asLibrarian.post(base).send({ partnerId: partner.id, channel: 'call' }).expect(400);
    expect(archived.body.errors).toEqual([{ field: 'partnerId', message: 'This partner is archived. Restore it first.' }]);
    await asLibrarian.post(base).send({ partnerId: '7d8e7a4e-8f2b-4a3b-9a41-5d7c2b1f0e99', channel: 'call' }).expect(404);
    await asLibrarian.get(`${base}/7d8e7a4e-8f2b-4a3b-9a41-5d7c2b1f0e99`).expect(404);
    await asLibrarian.get(`${base}/not-a-uuid`).expect(404);
  });

  it('lets only the author or a manager edit, archive and restore, audits each change, and ignores edits that change nothing', async () => {
    const partner = await insertPartner(t.db);
    const ana = await insertContact(t.db, partner.id, { name: 'Ana Ruiz' });
    const created = (await asLibrarian.post(base).send({ partnerId: partner.id, channel: 'email', factorTags: [{ factor: 'SA', sign: 'positive' }] }).expect(201)).body;
    const url = `${base}/${created.id}`;

    const refused = await asOtherLibrarian.patch(url).send({ version: 1, summary: 'Mine now' }).expect(403);
    expect(refused.body.detail).toMatch(/Only the person who logged this communication, or a manager/);
    await asOtherLibrarian.post(`${url}/archive`).send({ version: 1 }).expect(403);

    const own = await asLibrarian.patch(url).send({ version: 1, summary: 'They will share the data', contactParticipantIds: [ana.id] }).expect(200);
    expect(own.body).toMatchObject({ version: 2, summary: 'They will share the data', contactParticipants: [{ id: ana.id, name: 'Ana Ruiz' }] });

    // A manager may; factorTags replaces the set.
    const byManager = await asManager
      .patch(url)
      .send({ version: 2, substantive: true, factorTags: [{ factor: 'IR', sign: 'negative', note: 'Tense' }] })
      .expect(200);
    expect(byManager.body).toMatchObject({ version: 3, substantive: true, factorTags: [{ factor: 'IR', sign: 'negative', note: 'Tense' }] });

    // Tags alone are a change too (a new version), and sending what is stored is not.
    const tagsOnly = await asManager.patch(url).send({ version: 3, factorTags: [] }).expect(200);
    expect(tagsOnly.body).toMatchObject({ version: 4, factorTags: [] });
    const same = await asLibrarian.patch(url).send({ version: 4, summary: 'They will share the data', factorTags: [], channel: 'email' }).expect(200);
    expect(same.body.version).toBe(4);
    await asLibrarian.patch(url).send({ version: 3, summary: 'Too late' }).expect(409);

    await asManager.post(`${url}/archive`).send({ version: 4 }).expect(200);
    expect((await asLibrarian.get(base).query({ partnerId: partner.id }).expect(200)).body.total).toBe(0);
    await asOtherLibrarian.post(`${url}/restore`).send({ version: 5 }).expect(403);
    const restored = await asLibrarian.post(`${url}/restore`).send({ version: 5 }).expect(200);
    expect(restored.body).toMatchObject({ version: 6, archivedAt: null });

    const audit = await auditOf(created.id);
    expect(audit.map((a) => [a.action, a.actor_id, a.entity_type, Object.keys(a.changes).sort()])).toEqual([
      ['create', librarian.id, 'communication', expect.any(Array)],
      ['update', librarian.id, 'communication', ['contactParticipantIds', 'summary']],
      ['update', manager.id, 'communication', ['factorTags', 'substantive']],
      ['update', manager.id, 'communication', ['factorTags']],
      ['archive', manager.id, 'communication', ['archivedAt']],
      ['restore', librarian.id, 'communication', ['archivedAt']],
    ]);
    expect(audit[2]!.changes.factorTags).toEqual({
      before: [{ factor: 'SA', sign: 'positive', note: null }],
      after: [{ factor: 'IR', sign: 'negative', note: 'Tense' }],
    });
  });

  it('checks people and dates on edits: new participants must belong, the day cannot move past a follow-up', async () => {
    const partner = await insertPartner(t.db, { name: 'Westgate School' });
    const other = await insertPartner(t.db);
    const ana = await insertContact(t.db, partner.id, { name: 'Ana Ruiz' });
    const outsider = await insertContact(t.db, other.id, { name: 'Omar Haddad' });
    const occurredAt = new Date(t.clock.now().getTime() - 5 * 24 * 60 * 60 * 1000);
    const created = (
      await asLibrarian
        .post(base)
        .send({ partnerId: partner.id, channel: 'call', occurredAt: occurredAt.toISOString(), contactParticipantIds: [ana.id], followUps: [{ description: 'Call back', dueOn: plusDays(dayOf(occurredAt), 2) }] })
        .expect(201)
    ).body;
    const url = `${base}/${created.id}`;

    const foreign = await asLibrarian.patch(url).send({ version: 1, contactParticipantIds: [ana.id, outsider.id] }).expect(400);
    expect(foreign.body.errors).toEqual([{ field: 'contactParticipantIds', message: 'Omar Haddad is not a contact of Westgate School.' }]);

    const pastFollowUp = await asLibrarian.patch(url).send({ version: 1, occurredAt: new Date(occurredAt.getTime() + 3 * 24 * 60 * 60 * 1000).toISOString() }).expect(400);
    expect(fieldsOf(pastFollowUp.body)).toEqual(['occurredAt']);
    const ahead = await asLibrarian.patch(url).send({ version: 1, occurredAt: new Date(t.clock.now().getTime() + 25 * 60 * 60 * 1000).toISOString() }).expect(400);
    expect(fieldsOf(ahead.body)).toEqual(['occurredAt']);
    expect((await asLibrarian.get(url).expect(200)).body).toEqual(created);

    // Ana's record is archived later: she stays on the communication, and other edits still work.
    await t.db.query('UPDATE contacts SET archived_at = now() WHERE id = $1', [ana.id]);
    const edited = await asLibrarian.patch(url).send({ version: 1, summary: 'Still fine', occurredAt: new Date(occurredAt.getTime() + 24 * 60 * 60 * 1000).toISOString() }).expect(200);
    expect(edited.body).toMatchObject({ version: 2, summary: 'Still fine', contactParticipants: [{ id: ana.id, name: 'Ana Ruiz' }] });
  });

  it('lists communications newest first with filters, names resolved in a fixed number of statements', async () => {
    const partner = await insertPartner(t.db);
    const contacts = await Promise.all([insertContact(t.db, partner.id), insertContact(t.db, partner.id)]);
    const now = t.clock.now().getTime();
    const at = (daysAgo: number) => new Date(now - daysAgo * 24 * 60 * 60 * 1000).toISOString();
    const log = (agent: SignedInAgent, body: Record<string, unknown>) => agent.post(base).send({ partnerId: partner.id, ...body }).expect(201);
    const ids: string[] = [];
    for (let daysAgo = 1; daysAgo <= 8; daysAgo++) {
      const created = await log(daysAgo % 2 ? asLibrarian : asManager, {
        channel: daysAgo <= 4 ? 'meeting' : 'email',
        occurredAt: at(daysAgo),
        contactParticipantIds: contacts.map((c) => c.id),
        factorTags: [{ factor: 'TW', sign: 'positive' }],
        followUps: [{ description: `Follow up ${daysAgo}` }, { description: 'And another' }],
      });
      ids.push(created.body.id as string);
    }
    const list = (query: Record<string, string | number>) => asLibrarian.get(base).query({ partnerId: partner.id, ...query }).expect(200);

    const all = await list({});
    expect(all.body.total).toBe(8);
    expect(all.body.items.map((c: { id: string }) => c.id)).toEqual(ids);
    expect(all.body.items[0]).toEqual((await asLibrarian.get(`${base}/${ids[0]}`).expect(200)).body);
    expect((await list({ sort: 'occurredAt' })).body.items.map((c: { id: string }) => c.id)).toEqual([...ids].reverse());
    expect((await list({ channel: 'email' })).body.total).toBe(4);
    expect((await list({ createdBy: 'me' })).body.items.map((c: { id: string }) => c.id)).toEqual([ids[0], ids[2], ids[4], ids[6]]);
    // A `to` day includes the whole of that day; `from` starts at its midnight.
    expect((await list({ from: dayOf(new Date(at(3))), to: dayOf(new Date(at(2))) })).body.items.map((c: { id: string }) => c.id)).toEqual([ids[1], ids[2]]);
    expect((await list({ from: at(2) })).body.items.map((c: { id: string }) => c.id)).toEqual([ids[0], ids[1]]);

    const first = await list({ limit: 3 });
    expect(first.body).toMatchObject({ total: 8, nextCursor: expect.any(String) });
    const second = await list({ limit: 3, cursor: first.body.nextCursor });
    expect(second.body.items.map((c: { id: string }) => c.id)).toEqual(ids.slice(3, 6));
    expect((await list({ offset: 20 })).body).toEqual({ items: [], total: 8, nextCursor: null });

    // Set-based: a page of 8, each with contacts, tags and follow-ups, costs the same statements as a page of 1.
    const statementsFor = async (limit: number) => (await statementsDuring(() => list({ limit }))).length;
    const forOne = await statementsFor(1);
    expect(forOne).toBeLessThanOrEqual(2);
    expect(await statementsFor(8)).toBe(forOne);

    const bad = await asLibrarian.get(base).query({ from: 'yesterday', createdBy: 'someone', sort: 'channel' }).expect(400);
    expect(fieldsOf(bad.body).sort()).toEqual(['createdBy', 'from', 'sort']);
  });

  it('logs a communication with two follow-ups in a handful of statements (the quick-log write path)', async () => {
    const partner = await insertPartner(t.db);
    const ana = await insertContact(t.db, partner.id);
    const statements = await statementsDuring(() =>
      asLibrarian
        .post(base)
        .send({
          partnerId: partner.id,
          channel: 'meeting',
          contactParticipantIds: [ana.id],
          factorTags: [{ factor: 'CE', sign: 'positive' }],
          followUps: [{ description: 'One' }, { description: 'Two', ownerSide: 'partner', ownerContactId: ana.id }],
        })
        .expect(201),
    );
    // Partner lock, one look-up of everyone named, three inserts, three audit entries, and the transaction itself.
    expect(statements.filter((sql) => /^\s*SELECT/i.test(sql))).toHaveLength(2);
    expect(statements.length).toBeLessThanOrEqual(10);
  });
});
