import { type SignedInAgent, type TestApp, startTestApp } from './test-app';

type Staff = { id: string; email: string; name: string };
type Item = { summary: string; recordType: string; kind: string; actor: { id: string; name: string } | null; occurredAt: string; changes: Record<string, unknown> };

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
});
