import { insertAuditEntry, insertCommitment, insertCommunication, insertContact, insertFactorTag } from './factories/communications-sql.factory';
import { statementsDuring } from './factories/communication.factory';
import { insertPartner } from './factories/partner.factory';
import { insertRole, programBody } from './factories/program.factory';
import { type SignedInAgent, type TestApp, startTestApp } from './test-app';

type Staff = { id: string; email: string; name: string };
type Item = {
  id: string;
  summary: string;
  recordType: string;
  recordId: string;
  kind: string;
  actor: { id: string; name: string } | null;
  occurredAt: string;
  changes: Record<string, unknown>;
  communication: Record<string, unknown> | null;
  recordArchived: boolean | null;
  program?: { id: string; title: string } | null;
};

describe('Partner timeline', () => {
  let t: TestApp;
  let lena: Staff;
  let marcus: Staff;
  let priya: Staff;
  let asLena: SignedInAgent;
  let asMarcus: SignedInAgent;
  let partnerId: string;

  const summaries = (body: { items: Item[] }) => body.items.map((item) => item.summary);

  beforeAll(async () => {
    t = await startTestApp();
    lena = await t.createStaff('librarian', { name: 'Lena Okafor' });
    marcus = await t.createStaff('manager', { name: 'Marcus Reyes' });
    priya = await t.createStaff('librarian', { name: 'Priya Natarajan' });
    asLena = await t.signIn(lena.email);
    asMarcus = await t.signIn(marcus.email);

    const created = await asLena.post('/api/v1/partners').send({ name: 'Riverside Food Bank', type: 'social-service-nonprofit', stage: 'exploring' }).expect(201);
    partnerId = created.body.id;
    const edit = async (agent: SignedInAgent, version: number, body: Record<string, unknown>) =>
      agent.patch(`/api/v1/partners/${partnerId}`).send({ version, ...body }).expect(200);
    await edit(asMarcus, 1, { stage: 'active' });
    await edit(asLena, 2, { website: 'https://riverside-food.example', tags: ['food'] });
    await edit(asLena, 3, { liaisonId: lena.id });
    await edit(asMarcus, 4, { liaisonId: priya.id });
    await asLena.post(`/api/v1/partners/${partnerId}/contacts`).send({ name: 'Ana Ruiz', title: 'Director' }).expect(201);
    await asMarcus.post(`/api/v1/partners/${partnerId}/archive`).send({ version: 5 }).expect(200);
    await asMarcus.post(`/api/v1/partners/${partnerId}/restore`).send({ version: 6 }).expect(200);
  });
  afterAll(() => t.close());

  it('tells every change to the partner and its records as a sentence, newest first', async () => {
    const res = await asLena.get(`/api/v1/partners/${partnerId}/timeline`).expect(200);
    expect(summaries(res.body)).toEqual([
      'Marcus Reyes restored the partner',
      'Marcus Reyes archived the partner',
      'Lena Okafor added contact Ana Ruiz',
      'Marcus Reyes changed the liaison from Lena Okafor to Priya Natarajan',
      'Lena Okafor became the liaison',
      'Lena Okafor changed website and tags',
      'Marcus Reyes moved the partner from Exploring to Active',
      'Lena Okafor added the partner',
    ]);
    expect(res.body.total).toBe(8);
    expect(res.body.nextCursor).toBeNull();
    const times = res.body.items.map((item: Item) => item.occurredAt);
    expect([...times].sort().reverse()).toEqual(times);
    expect(res.body.items[6]).toMatchObject({
      kind: 'change',
      recordType: 'partner',
      recordId: partnerId,
      actor: { id: marcus.id, name: 'Marcus Reyes' },
      changes: { stage: { before: 'exploring', after: 'active' } },
    });
    expect(res.body.items[2]).toMatchObject({ recordType: 'contact', actor: { id: lena.id, name: 'Lena Okafor' } });
  });

  it('keeps insertion order for entries written at the same instant', async () => {
    // A frozen clock: both edits get the same occurredAt; the audit sequence decides.
    const other = (await asLena.post('/api/v1/partners').send({ name: 'Same Instant Museum', type: 'museum' }).expect(201)).body;
    await asLena.patch(`/api/v1/partners/${other.id}`).send({ version: 1, stage: 'exploring' }).expect(200);
    await asLena.patch(`/api/v1/partners/${other.id}`).send({ version: 2, stage: 'active' }).expect(200);
    const occurred = await t.db.query('SELECT DISTINCT occurred_at FROM audit_entries WHERE partner_id = $1', [other.id]);
    expect(occurred).toHaveLength(1);
    const res = await asLena.get(`/api/v1/partners/${other.id}/timeline`).expect(200);
    expect(summaries(res.body)).toEqual([
      'Lena Okafor moved the partner from Exploring to Active',
      'Lena Okafor moved the partner from Prospect to Exploring',
      'Lena Okafor added the partner',
    ]);
  });

  it('tells changes to goals and contacts by their current names', async () => {
    const other = (await asLena.post('/api/v1/partners').send({ name: 'Goal Keepers Club', type: 'civic-community-group' }).expect(201)).body;
    const goal = (await asLena.post(`/api/v1/partners/${other.id}/goals`).send({ text: 'Double summer reading sign-ups', agreedBy: 'both' }).expect(201)).body;
    await asMarcus.patch(`/api/v1/goals/${goal.id}`).send({ version: goal.version, text: 'Triple summer reading sign-ups' }).expect(200);
    const contact = (await asLena.post(`/api/v1/partners/${other.id}/contacts`).send({ name: 'Ana Ruiz' }).expect(201)).body;
    await asLena.patch(`/api/v1/contacts/${contact.id}`).send({ version: contact.version, email: 'ana@goal.example', phone: '555-0100' }).expect(200);
    const res = await asLena.get(`/api/v1/partners/${other.id}/timeline`).expect(200);
    expect(summaries(res.body)).toEqual([
      'Lena Okafor updated contact Ana Ruiz (email and phone)',
      'Lena Okafor added contact Ana Ruiz',
      'Marcus Reyes updated goal “Triple summer reading sign-ups” (wording)',
      'Lena Okafor added goal “Triple summer reading sign-ups”',
      'Lena Okafor added the partner',
    ]);
    expect(res.body.items.map((item: Item) => item.recordType)).toEqual(['contact', 'contact', 'goal', 'goal', 'partner']);
  });

  it('pages with limit and cursor, and filters by kind', async () => {
    const first = await asLena.get(`/api/v1/partners/${partnerId}/timeline`).query({ limit: 3, kind: 'change' }).expect(200);
    expect(summaries(first.body)).toEqual(['Marcus Reyes restored the partner', 'Marcus Reyes archived the partner', 'Lena Okafor added contact Ana Ruiz']);
    expect(first.body.total).toBe(8);
    const second = await asLena.get(`/api/v1/partners/${partnerId}/timeline`).query({ limit: 3, cursor: first.body.nextCursor }).expect(200);
    expect(summaries(second.body)[0]).toBe('Marcus Reyes changed the liaison from Lena Okafor to Priya Natarajan');
    const bad = await asLena.get(`/api/v1/partners/${partnerId}/timeline`).query({ kind: 'gossip' }).expect(400);
    expect(bad.body.errors.map((e: { field: string }) => e.field)).toEqual(['kind']);
    await asLena.get(`/api/v1/partners/${partnerId}/timeline`).query({ q: 'x' }).expect(400);
  });

  it('answers 404 for an unknown partner, and nothing of other partners leaks in', async () => {
    await asLena.get('/api/v1/partners/7d8e7a4e-8f2b-4a3b-9a41-5d7c2b1f0e99/timeline').expect(404);
    await asLena.get('/api/v1/partners/nope/timeline').expect(404);
    const res = await asLena.get(`/api/v1/partners/${partnerId}/timeline`).query({ limit: 100 }).expect(200);
    expect(res.body.items.every((item: Item & { recordId: string }) => item.recordType !== 'partner' || item.recordId === partnerId)).toBe(true);
  });

  /**
   * Communications and follow-ups beside record changes. Rows and their audit entries are written with SQL at
   * chosen times (as the communications and commitments services write them), so the order is known exactly.
   */
  describe('communications and follow-ups', () => {
    let harborId: string;
    let meetingId: string;
    let callId: string;
    let emailId: string;
    let flyerId: string;
    let hallId: string;
    let ana: { id: string; name: string };
    let tom: { id: string; name: string };
    let now: Date;
    const at = (daysAgo: number, plusHours = 0) => new Date(now.getTime() - daysAgo * 86_400_000 + plusHours * 3_600_000);
    const day = (daysAgo: number) => at(daysAgo).toISOString().slice(0, 10);
    const words = (date: string) => {
      const [y, m, d] = date.split('-').map(Number) as [number, number, number];
      return `${d} ${['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][m - 1]} ${y}`;
    };
    const timeline = (query: Record<string, string | number> = {}) => asLena.get(`/api/v1/partners/${harborId}/timeline`).query(query).expect(200);

    beforeAll(async () => {
      now = t.clock.now();
      const db = t.db;
      const audit = (entry: Omit<Parameters<typeof insertAuditEntry>[1], 'partnerId'>) => insertAuditEntry(db, { ...entry, partnerId: harborId });
      harborId = (await insertPartner(db, { name: 'Harbor Arts Council', stage: 'exploring' })).id;
      ana = await insertContact(db, harborId, 'Ana Ruiz');
      tom = await insertContact(db, harborId, 'Tom Lee');

      // Ten days ago Lena met Ana and Tom (with Priya), tagged two factors and agreed a follow-up.
      meetingId = (
        await insertCommunication(db, harborId, {
          occurredAt: at(10),
          channel: 'meeting',
          summary: 'Planned the spring festival.',
          createdBy: lena.id,
          staffParticipantIds: [lena.id, priya.id],
          contactParticipantIds: [ana.id, tom.id],
        })
      ).id;
      await insertFactorTag(db, meetingId, 'CE', 'positive', 'They raised the budget problem early');
      await insertFactorTag(db, meetingId, 'SA', 'negative');
      await audit({ entityType: 'communication', entityId: meetingId, action: 'create', actorId: lena.id, occurredAt: at(10, 1), changes: { channel: { before: null, after: 'meeting' } } });
      flyerId = (await insertCommitment(db, harborId, { description: 'Send the flyer', dueOn: day(3), communicationId: meetingId, ownerUserId: lena.id, createdBy: lena.id })).id;
      await audit({
        entityType: 'commitment',
        entityId: flyerId,
        action: 'create',
        actorId: lena.id,
        occurredAt: at(10, 1),
        changes: { description: { before: null, after: 'Send the flyer' }, dueOn: { before: null, after: day(3) }, status: { before: null, after: 'open' } },
      });
      await insertCommitment(db, harborId, { description: 'An archived follow-up', dueOn: day(3), communicationId: meetingId, ownerUserId: lena.id, archivedAt: at(9) });

      hallId = (await insertCommitment(db, harborId, { description: 'Book the hall', dueOn: day(6), ownerUserId: lena.id, createdBy: lena.id })).id;
      await audit({
        entityType: 'commitment',
        entityId: hallId,
        action: 'create',
        actorId: lena.id,
        occurredAt: at(8),
        changes: { description: { before: null, after: 'Book the hall' }, dueOn: { before: null, after: day(6) } },
      });
      await audit({
        entityType: 'commitment',
        entityId: hallId,
        action: 'update',
        actorId: lena.id,
        occurredAt: at(7),
        changes: { status: { before: 'open', after: 'done' }, completedOn: { before: null, after: day(7) } },
      });
      await audit({ entityType: 'communication', entityId: meetingId, action: 'update', actorId: marcus.id, occurredAt: at(6), changes: { summary: { before: 'x', after: 'Planned the spring festival.' } } });

      // A call the partner started, with nobody from the partner named.
      callId = (await insertCommunication(db, harborId, { occurredAt: at(5), channel: 'call', initiatedBy: 'partner', createdBy: lena.id })).id;
      await audit({ entityType: 'communication', entityId: callId, action: 'create', actorId: lena.id, occurredAt: at(5), changes: {} });

      await audit({ entityType: 'partner', entityId: harborId, action: 'update', actorId: marcus.id, occurredAt: at(3), changes: { stage: { before: 'exploring', after: 'active' } } });

      // An email logged and later archived: gone from the timeline, but archiving it is told.
      emailId = (await insertCommunication(db, harborId, { occurredAt: at(4), channel: 'email', createdBy: lena.id, archivedAt: at(2) })).id;
      await audit({ entityType: 'communication', entityId: emailId, action: 'create', actorId: lena.id, occurredAt: at(4), changes: {} });
      await audit({ entityType: 'communication', entityId: emailId, action: 'archive', actorId: marcus.id, occurredAt: at(2), changes: { archivedAt: { before: null, after: at(2).toISOString() } } });

      await audit({
        entityType: 'commitment',
        entityId: flyerId,
        action: 'update',
        actorId: lena.id,
        occurredAt: at(1),
        changes: { status: { before: 'open', after: 'done' }, completedOn: { before: null, after: day(1) } },
      });
      await audit({
        entityType: 'commitment',
        entityId: hallId,
        action: 'update',
        actorId: lena.id,
        occurredAt: at(0.5),
        changes: { status: { before: 'done', after: 'open' }, completedOn: { before: day(7), after: null }, statusReason: { before: null, after: 'The venue fell through' } },
      });
    });

    it('merges communications, their changes and follow-up changes with record changes, newest first, each a sentence', async () => {
      const res = await timeline();
      expect(summaries(res.body)).toEqual([
        'Lena Okafor reopened “Book the hall”: The venue fell through',
        'Lena Okafor marked “Send the flyer” done, 2 days late',
        `Marcus Reyes archived the email of ${words(day(4))}`,
        'Marcus Reyes moved the partner from Exploring to Active',
        'Lena Okafor logged a call',
        `Marcus Reyes edited the meeting of ${words(day(10))} (summary)`,
        'Lena Okafor marked “Book the hall” done on time',
        `Lena Okafor added the follow-up “Book the hall”, due ${words(day(6))}`,
        `Lena Okafor added the follow-up “Send the flyer”, due ${words(day(3))}`,
        'Lena Okafor logged a meeting with Ana Ruiz and Tom Lee',
      ]);
      expect(res.body.total).toBe(10);
      const items = res.body.items as Item[];
      expect(items.map((item) => item.kind)).toEqual([
        'commitment',
        'commitment',
        'communication',
        'change',
        'communication',
        'communication',
        'commitment',
        'commitment',
        'commitment',
        'communication',
      ]);
      expect(items.map((item) => item.id)).not.toContain(emailId);
    });

    it('carries the communication itself: channel, who took part, factor tags in the factors’ order, live follow-ups', async () => {
      const items = (await timeline()).body.items as Item[];
      const meeting = items[9]!;
      expect(meeting).toEqual({
        id: meetingId,
        kind: 'communication',
        occurredAt: at(10).toISOString(),
        actor: { id: lena.id, name: 'Lena Okafor' },
        summary: 'Lena Okafor logged a meeting with Ana Ruiz and Tom Lee',
        recordType: 'communication',
        recordId: meetingId,
        changes: {},
        communication: {
          id: meetingId,
          channel: 'meeting',
          initiatedBy: 'library',
          twoWay: true,
          substantive: true,
          summary: 'Planned the spring festival.',
          staffParticipants: [
            { id: lena.id, name: 'Lena Okafor' },
            { id: priya.id, name: 'Priya Natarajan' },
          ],
          contactParticipants: [ana, tom],
          factorTags: [
            { factor: 'SA', sign: 'negative', note: null },
            { factor: 'CE', sign: 'positive', note: 'They raised the budget problem early' },
          ],
          followUpCount: 1,
        },
        recordArchived: false,
        program: null,
      });
      expect(items[4]).toMatchObject({ id: callId, communication: { channel: 'call', initiatedBy: 'partner', contactParticipants: [], factorTags: [], followUpCount: 0 } });
      // Changes to a communication and follow-up entries point at their record and carry no communication.
      expect(items[5]).toMatchObject({ kind: 'communication', recordType: 'communication', recordId: meetingId, communication: null, changes: { summary: expect.any(Object) } });
      expect(items[1]).toMatchObject({ kind: 'commitment', recordType: 'commitment', recordId: flyerId, communication: null });
      expect(items[3]).toMatchObject({ kind: 'change', recordType: 'partner', communication: null });
    });

    it('tells on each entry about a communication whether it is archived now, and on other entries nothing', async () => {
      const items = (await timeline()).body.items as Item[];
      // The email's archive entry (it is still archived) and the meeting's edit (it is live).
      expect(items[2]).toMatchObject({ recordType: 'communication', recordId: emailId, recordArchived: true });
      expect(items[5]).toMatchObject({ recordType: 'communication', recordId: meetingId, recordArchived: false });
      expect(items.filter((item) => item.recordType !== 'communication').map((item) => item.recordArchived)).toEqual([null, null, null, null, null, null]);
    });

    it('filters by kind, with totals per kind', async () => {
      const communications = (await timeline({ kind: 'communication' })).body;
      expect(summaries(communications)).toEqual([
        `Marcus Reyes archived the email of ${words(day(4))}`,
        'Lena Okafor logged a call',
        `Marcus Reyes edited the meeting of ${words(day(10))} (summary)`,
        'Lena Okafor logged a meeting with Ana Ruiz and Tom Lee',
      ]);
      expect(communications.total).toBe(4);
      const commitments = (await timeline({ kind: 'commitment' })).body;
      expect(commitments.total).toBe(5);
      expect((commitments.items as Item[]).every((item) => item.kind === 'commitment' && item.recordType === 'commitment')).toBe(true);
      const changes = (await timeline({ kind: 'change' })).body;
      expect(summaries(changes)).toEqual(['Marcus Reyes moved the partner from Exploring to Active']);
      expect(changes.total).toBe(1);
    });

    it('pages through the merged history with the cursor, each item once, and counts past the end', async () => {
      const all = ((await timeline({ limit: 100 })).body.items as Item[]).map((item) => item.id);
      const seen: string[] = [];
      let cursor: string | undefined;
      for (let pageNo = 0; pageNo < 3; pageNo++) {
        const body = (await timeline(cursor ? { limit: 4, cursor } : { limit: 4 })).body;
        expect(body.total).toBe(10);
        seen.push(...(body.items as Item[]).map((item) => item.id));
        cursor = body.nextCursor ?? undefined;
      }
      expect(cursor).toBeUndefined();
      expect(seen).toEqual(all);
      const middle = (await timeline({ limit: 3, offset: 4 })).body;
      expect((middle.items as Item[]).map((item) => item.id)).toEqual(all.slice(4, 7));
      const beyond = (await timeline({ offset: 40 })).body;
      expect(beyond).toEqual({ items: [], total: 10, nextCursor: null });
    });
  });

  describe('through the communications and commitments API', () => {
    it('shows a meeting logged with two follow-ups, and one follow-up marked done, as the services audited them', async () => {
      const partner = (await asLena.post('/api/v1/partners').send({ name: 'Quick Log Library Friends', type: 'civic-community-group' }).expect(201)).body;
      const ana = (await asLena.post(`/api/v1/partners/${partner.id}/contacts`).send({ name: 'Ana Ruiz' }).expect(201)).body;
      const loggedAt = t.clock.now();
      const today = loggedAt.toISOString().slice(0, 10);
      const logged = await asLena
        .post('/api/v1/communications')
        .send({
          partnerId: partner.id,
          channel: 'meeting',
          contactParticipantIds: [ana.id],
          summary: 'Planned the book sale.',
          factorTags: [{ factor: 'TW', sign: 'positive' }],
          followUps: [{ description: 'Send the flyer', dueOn: today }, { description: 'Book the hall' }],
        })
        .expect(201);
      const flyer = (logged.body.followUps as { id: string; description: string; version: number }[]).find((f) => f.description === 'Send the flyer')!;
      t.clock.advanceMinutes(1);
      await asLena.patch(`/api/v1/commitments/${flyer.id}`).send({ version: flyer.version, status: 'done' }).expect(200);

      const res = await asLena.get(`/api/v1/partners/${partner.id}/timeline`).expect(200);
      const items = res.body.items as Item[];
      const sentences = summaries(res.body);
      expect(sentences[0]).toBe('Lena Okafor marked “Send the flyer” done on time');
      expect(sentences).toContain('Lena Okafor logged a meeting with Ana Ruiz');
      expect(sentences).toContain(`Lena Okafor added the follow-up “Book the hall”, due ${dayWords(loggedAt, 7)}`);
      expect(sentences).toContain(`Lena Okafor added the follow-up “Send the flyer”, due ${dayWords(loggedAt, 0)}`);
      expect(sentences).not.toContain(expect.stringMatching(/logged the meeting/)); // the communication's own create entry stays hidden
      const meeting = items.find((item) => item.id === logged.body.id)!;
      expect(meeting.communication).toMatchObject({
        channel: 'meeting',
        contactParticipants: [{ id: ana.id, name: 'Ana Ruiz' }],
        staffParticipants: [{ id: lena.id, name: 'Lena Okafor' }],
        factorTags: [{ factor: 'TW', sign: 'positive', note: null }],
        followUpCount: 2,
      });
      expect(res.body.total).toBe(items.length);
      const onlyFollowUps = await asLena.get(`/api/v1/partners/${partner.id}/timeline`).query({ kind: 'commitment' }).expect(200);
      expect(onlyFollowUps.body.total).toBe(3);
    });

    it('tells the entry that archived a conversation whether it is still archived, so it is restored from there once', async () => {
      const partner = (await asLena.post('/api/v1/partners').send({ name: 'Archive Twice Book Club', type: 'civic-community-group' }).expect(201)).body;
      const logged = (await asLena.post('/api/v1/communications').send({ partnerId: partner.id, channel: 'call' }).expect(201)).body;
      const url = `/api/v1/communications/${logged.id}`;
      const communicationItems = async () =>
        (await asLena.get(`/api/v1/partners/${partner.id}/timeline`).query({ kind: 'communication' }).expect(200)).body.items as Item[];

      t.clock.advanceMinutes(1);
      await asLena.post(`${url}/archive`).send({ version: logged.version }).expect(200);
      const whileArchived = await communicationItems();
      expect(whileArchived).toHaveLength(1);
      expect(whileArchived[0]).toMatchObject({ recordId: logged.id, changes: { archivedAt: { before: null } }, recordArchived: true });

      t.clock.advanceMinutes(1);
      await asLena.post(`${url}/restore`).send({ version: logged.version + 1 }).expect(200);
      const afterRestore = await communicationItems();
      const callDay = dayWords(new Date(logged.occurredAt), 0);
      expect(afterRestore.map((item) => [item.summary, item.recordArchived])).toEqual([
        [`Lena Okafor restored the call of ${callDay}`, false],
        [`Lena Okafor archived the call of ${callDay}`, false],
        ['Lena Okafor logged a call', false],
      ]);
      // The old archive entry is the same entry, now saying the conversation is back.
      expect(afterRestore[1]!.id).toBe(whileArchived[0]!.id);
    });
  });

  /**
   * Program events, written through the programs, roles, contributions and impact notes APIs (so the audit entries
   * are the services' own), a minute apart so the order is known.
   */
  describe('program events', () => {
    let clinicId: string;
    let schoolId: string;
    let fair: { id: string; title: string; version: number };
    let garden: { id: string; version: number };
    let gardenRoleId: string;
    const step = () => t.clock.advanceMinutes(1);
    const timelineOf = async (id: string, query: Record<string, string | number> = {}) =>
      (await asLena.get(`/api/v1/partners/${id}/timeline`).query({ limit: 100, ...query }).expect(200)).body as { items: Item[]; total: number };

    beforeAll(async () => {
      clinicId = (await asLena.post('/api/v1/partners').send({ name: 'Riverside Clinic', type: 'health-provider' }).expect(201)).body.id;
      schoolId = (await asLena.post('/api/v1/partners').send({ name: 'Eastside School', type: 'k12-school' }).expect(201)).body.id;
      step();
      // A health fair with both partners: the clinic presents, the school leads.
      fair = (
        await asLena
          .post('/api/v1/programs')
          .send(programBody({ title: 'Health Fair', roles: [{ partnerId: clinicId, role: 'presenter' }, { partnerId: schoolId, role: 'lead' }] }))
          .expect(201)
      ).body;
      step();
      // A program the clinic has no part in: nothing of it reaches the clinic's timeline.
      const workshop = (await asLena.post('/api/v1/programs').send(programBody({ title: 'Job Skills Workshop', roles: [{ partnerId: schoolId, role: 'lead' }] })).expect(201)).body;
      await asMarcus.patch(`/api/v1/programs/${workshop.id}`).send({ version: workshop.version, status: 'cancelled', statusReason: 'funding' }).expect(200);
      step();
      await asLena
        .post('/api/v1/contributions')
        .send({ side: 'partner', partnerId: clinicId, programId: fair.id, type: 'volunteers', stage: 'actual', quantity: 12, unit: 'hours' })
        .expect(201);
      step();
      await asLena
        .post('/api/v1/impact-notes')
        .send({ kind: 'quote', text: 'The nurses made my dad feel at home.', valueDimension: 'deeper-impacts', partnerId: clinicId, programId: fair.id })
        .expect(201);
      step();
      // Edits that are the program page's business only: no item.
      fair = (await asMarcus.patch(`/api/v1/programs/${fair.id}`).send({ version: fair.version, description: 'Screenings and a flu clinic.' }).expect(200)).body;
      step();
      fair = (await asMarcus.patch(`/api/v1/programs/${fair.id}`).send({ version: fair.version, status: 'held' }).expect(200)).body;
      step();
      garden = (await asLena.post('/api/v1/programs').send(programBody({ title: 'Garden Workshop', startsOn: '2026-04-01' })).expect(201)).body;
      gardenRoleId = (await asLena.post(`/api/v1/programs/${garden.id}/roles`).send({ partnerId: clinicId, role: 'venue-host' }).expect(201)).body.id;
      step();
      await asMarcus
        .patch(`/api/v1/programs/${garden.id}`)
        .send({ version: garden.version, status: 'postponed', statusReason: 'weather', startsOn: '2026-04-12', endsOn: '2026-04-12' })
        .expect(200);
    });

    it('tells the partner’s roles, contributions, notes and its programs’ events as sentences, newest first', async () => {
      const body = await timelineOf(clinicId, { kind: 'program' });
      expect(summaries(body)).toEqual([
        'Marcus Reyes postponed “Garden Workshop” to 12 Apr 2026: weather',
        'Lena Okafor added Riverside Clinic to “Garden Workshop” as venue host',
        'Marcus Reyes marked “Health Fair” held',
        'Lena Okafor added a quote to “Health Fair”',
        'Lena Okafor recorded 12 volunteer hours from Riverside Clinic for “Health Fair” ($417.48)',
        'Lena Okafor added Riverside Clinic to “Health Fair” as presenter',
      ]);
      expect(body.total).toBe(6);
      expect(body.items.every((item) => item.kind === 'program')).toBe(true);
      expect(body.items.map((item) => item.recordType)).toEqual(['program', 'program-role', 'program', 'impact-note', 'contribution', 'program-role']);
      expect(body.items.map((item) => item.program)).toEqual([
        { id: garden.id, title: 'Garden Workshop' },
        { id: garden.id, title: 'Garden Workshop' },
        { id: fair.id, title: 'Health Fair' },
        { id: fair.id, title: 'Health Fair' },
        { id: fair.id, title: 'Health Fair' },
        { id: fair.id, title: 'Health Fair' },
      ]);
      expect(body.items[2]).toMatchObject({ recordId: fair.id, actor: { id: marcus.id, name: 'Marcus Reyes' }, changes: { status: { before: 'planned', after: 'held' } } });
    });

    it('merges program events with the rest, and counts them in the whole timeline', async () => {
      const body = await timelineOf(clinicId);
      expect(summaries(body)).toEqual([
        'Marcus Reyes postponed “Garden Workshop” to 12 Apr 2026: weather',
        'Lena Okafor added Riverside Clinic to “Garden Workshop” as venue host',
        'Marcus Reyes marked “Health Fair” held',
        'Lena Okafor added a quote to “Health Fair”',
        'Lena Okafor recorded 12 volunteer hours from Riverside Clinic for “Health Fair” ($417.48)',
        'Lena Okafor added Riverside Clinic to “Health Fair” as presenter',
        'Lena Okafor added the partner',
      ]);
      expect(body.total).toBe(7);
      expect(body.items[6]).toMatchObject({ kind: 'change', program: null });
      // The other partner hears of its own role and of both its programs, not of the clinic's records.
      expect(summaries(await timelineOf(schoolId, { kind: 'program' }))).toEqual([
        'Marcus Reyes marked “Health Fair” held',
        'Marcus Reyes cancelled “Job Skills Workshop”: funding',
        'Lena Okafor added Eastside School to “Job Skills Workshop” as lead',
        'Lena Okafor added Eastside School to “Health Fair” as lead',
      ]);
      const changesOnly = await timelineOf(clinicId, { kind: 'change' });
      expect(summaries(changesOnly)).toEqual(['Lena Okafor added the partner']);
    });

    it('drops a program’s events from the timeline of a partner whose role has ended, keeping the role’s own entries', async () => {
      const other = (await asLena.post('/api/v1/partners').send({ name: 'Northside Garden Club', type: 'civic-community-group' }).expect(201)).body.id as string;
      const role = await insertRole(t.db, garden.id, other, 'promoter');
      expect(summaries(await timelineOf(other, { kind: 'program' }))).toEqual(['Marcus Reyes postponed “Garden Workshop” to 12 Apr 2026: weather']);
      await t.db.query('UPDATE program_roles SET archived_at = now() WHERE id = $1', [role.id]);
      expect(await timelineOf(other, { kind: 'program' })).toEqual({ items: [], total: 0, nextCursor: null });

      step();
      await asLena.post(`/api/v1/program-roles/${gardenRoleId}/archive`).send({ version: 1 }).expect(200);
      const body = await timelineOf(clinicId, { kind: 'program' });
      expect(summaries(body).slice(0, 2)).toEqual([
        'Lena Okafor removed Riverside Clinic as venue host of “Garden Workshop”',
        'Lena Okafor added Riverside Clinic to “Garden Workshop” as venue host',
      ]);
      expect(summaries(body)).not.toContain('Marcus Reyes postponed “Garden Workshop” to 12 Apr 2026: weather');
      expect(body.total).toBe(6);
    });

    it('reads one page of program events in one statement', async () => {
      const statements = await statementsDuring(() => timelineOf(clinicId, { limit: 3 }));
      expect(statements).toHaveLength(1);
    });
  });

  /** "3 Nov 2026" for the UTC date `plusDays` after `from`. */
  function dayWords(from: Date, plusDays: number): string {
    const date = new Date(from.getTime() + plusDays * 86_400_000).toISOString().slice(0, 10);
    const [y, m, d] = date.split('-').map(Number) as [number, number, number];
    return `${d} ${['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][m - 1]} ${y}`;
  }
});
