import { dayOf, insertContact, plusDays, statementsDuring } from './factories/communication.factory';
import { insertPartner, setPartnerArchived } from './factories/partner.factory';
import type { Staff } from './partner-world';
import { type SignedInAgent, type TestApp, startTestApp } from './test-app';

type Item = { id: string; description?: string; dueOn?: string };

describe('My day', () => {
  let t: TestApp;
  let me: Staff;
  let colleague: Staff;
  let asMe: SignedInAgent;
  let asColleague: SignedInAgent;

  const today = () => dayOf(t.clock.now());
  const daysAgo = (days: number) => new Date(t.clock.now().getTime() - days * 24 * 60 * 60 * 1000).toISOString();
  const myDay = async (agent: SignedInAgent = asMe) => (await agent.get('/api/v1/my-day').expect(200)).body;
  const ids = (items: Item[]) => items.map((item) => item.id);
  const addFollowUp = async (partnerId: string, dueOn: string, body: Record<string, unknown> = {}, agent: SignedInAgent = asMe) =>
    (await agent.post('/api/v1/commitments').send({ partnerId, description: `Due ${dueOn}`, dueOn, ...body }).expect(201)).body as Item & { version: number };

  beforeAll(async () => {
    t = await startTestApp();
    [me, colleague] = await Promise.all([t.createStaff('librarian'), t.createStaff('librarian')]);
    [asMe, asColleague] = await Promise.all([t.signIn(me.email), t.signIn(colleague.email)]);
  });
  afterAll(() => t.close());

  it('starts empty for someone new, dated today', async () => {
    expect(await myDay()).toEqual({ today: today(), overdueFollowUps: [], dueThisWeek: [], quietPartners: [], recentlyLogged: [] });
  });

  it('lists my open follow-ups: overdue before today, most overdue first; this week from today to six days on', async () => {
    const partner = await insertPartner(t.db);
    const archivedPartner = await insertPartner(t.db);
    const ana = await insertContact(t.db, partner.id);
    const lastWeek = await addFollowUp(partner.id, plusDays(today(), -7));
    const yesterday = await addFollowUp(partner.id, plusDays(today(), -1));
    const dueToday = await addFollowUp(partner.id, today());
    const sixDaysOn = await addFollowUp(partner.id, plusDays(today(), 6));
    const sevenDaysOn = await addFollowUp(partner.id, plusDays(today(), 7));
    // Not mine, not open, not in use, or the partner's to do: none of these show.
    await addFollowUp(partner.id, plusDays(today(), -2), { ownerUserId: colleague.id });
    await addFollowUp(partner.id, plusDays(today(), -2), { ownerSide: 'partner', ownerContactId: ana.id });
    const done = await addFollowUp(partner.id, plusDays(today(), -3));
    await asMe.patch(`/api/v1/commitments/${done.id}`).send({ version: 1, status: 'done' }).expect(200);
    const archived = await addFollowUp(partner.id, plusDays(today(), -3));
    await asMe.post(`/api/v1/commitments/${archived.id}/archive`).send({ version: 1 }).expect(200);
    await addFollowUp(archivedPartner.id, plusDays(today(), -4));
    await setPartnerArchived(t.db, archivedPartner.id);
    // Someone else may give me one: it is mine all the same.
    const given = await addFollowUp(partner.id, plusDays(today(), 2), { ownerUserId: me.id }, asColleague);

    const day = await myDay();
    expect(ids(day.overdueFollowUps)).toEqual([lastWeek.id, yesterday.id]);
    expect(day.overdueFollowUps.every((f: { overdue: boolean }) => f.overdue)).toBe(true);
    expect(ids(day.dueThisWeek)).toEqual([dueToday.id, given.id, sixDaysOn.id]);
    expect(day.dueThisWeek.some((f: { overdue: boolean }) => f.overdue)).toBe(false);
    expect(ids([...day.overdueFollowUps, ...day.dueThisWeek])).not.toContain(sevenDaysOn.id);
    // The items are whole commitments, ready to be marked done in one click.
    expect(day.overdueFollowUps[0]).toEqual((await asMe.get(`/api/v1/commitments/${lastWeek.id}`).expect(200)).body);

    await asMe.patch(`/api/v1/commitments/${yesterday.id}`).send({ version: yesterday.version, status: 'done' }).expect(200);
    expect(ids((await myDay()).overdueFollowUps)).toEqual([lastWeek.id]);
    // The colleague's day is their own.
    expect(ids((await myDay(asColleague)).overdueFollowUps)).toHaveLength(1);
  });

  it('shows at most 50 overdue follow-ups, the most overdue', async () => {
    const t2Partner = await insertPartner(t.db);
    const owner = await t.createStaff('librarian');
    const asOwner = await t.signIn(owner.email);
    await t.db.query(
      `INSERT INTO commitments (partner_id, owner_side, owner_user_id, description, due_on, created_by, updated_by, version)
       SELECT $1, 'library', $2, 'Old ' || n, $3::date - n, $2, $2, 1 FROM generate_series(1, 51) AS n`,
      [t2Partner.id, owner.id, today()],
    );
    const overdue = (await myDay(asOwner)).overdueFollowUps as Item[];
    expect(overdue).toHaveLength(50);
    expect(overdue[0]!.dueOn).toBe(plusDays(today(), -51));
    expect(overdue[49]!.dueOn).toBe(plusDays(today(), -2));
  });

  it('lists the last five communications I logged, newest first, leaving out archived ones', async () => {
    const partner = await insertPartner(t.db);
    const logger = await t.createStaff('librarian');
    const asLogger = await t.signIn(logger.email);
    const logged: string[] = [];
    for (let n = 7; n >= 1; n--) {
      logged.push((await asLogger.post('/api/v1/communications').send({ partnerId: partner.id, channel: 'call', occurredAt: daysAgo(n) }).expect(201)).body.id);
    }
    await asColleague.post('/api/v1/communications').send({ partnerId: partner.id, channel: 'call' }).expect(201);
    // Logged today about last month: ordered by when it happened, not when it was typed.
    await asLogger.post('/api/v1/communications').send({ partnerId: partner.id, channel: 'email', occurredAt: daysAgo(30) }).expect(201);
    const newest = logged[logged.length - 1]!;
    await asLogger.post(`/api/v1/communications/${newest}/archive`).send({ version: 1 }).expect(200);

    const recent = (await myDay(asLogger)).recentlyLogged as (Item & { createdBy: string; followUps: unknown[] })[];
    expect(ids(recent)).toEqual([...logged].reverse().slice(1, 6));
    expect(recent[0]).toEqual((await asLogger.get(`/api/v1/communications/${recent[0]!.id}`).expect(200)).body);
  });

  it('lists partners I am liaison for that are quiet or going quiet, most overdue first', async () => {
    const liaison = await t.createStaff('librarian');
    const asLiaison = await t.signIn(liaison.email);
    const partnerLastContacted = async (name: string, days: number | null, overrides: Parameters<typeof insertPartner>[1] = {}) => {
      const partner = await insertPartner(t.db, { name, liaisonId: liaison.id, contactCadenceDays: 30, ...overrides });
      if (days !== null) await asLiaison.post('/api/v1/communications').send({ partnerId: partner.id, channel: 'meeting', occurredAt: daysAgo(days) }).expect(201);
      return partner;
    };
    const quiet = await partnerLastContacted('Quiet Library Friends', 40);
    const goingQuiet = await partnerLastContacted('Going Quiet Museum', 24);
    await partnerLastContacted('Recently Seen School', 10);
    await partnerLastContacted('Paused Theatre', 60, { stage: 'paused' });
    await insertPartner(t.db, { name: 'Someone Else’s Partner', liaisonId: colleague.id, contactCadenceDays: 30 });

    const quietPartners = (await myDay(asLiaison)).quietPartners as { partner: { id: string; name: string }; state: string; daysSinceContact: number }[];
    expect(quietPartners.map((q) => [q.partner.name, q.state, q.daysSinceContact])).toEqual([
      ['Quiet Library Friends', 'quiet', 40],
      ['Going Quiet Museum', 'going-quiet', 24],
    ]);
    expect(quietPartners[0]).toMatchObject({ partner: { id: quiet.id }, liaison: { id: liaison.id, name: liaison.name }, cadenceDays: 30 });
    expect(quietPartners[1]!.partner.id).toBe(goingQuiet.id);
  });

  it('reads the whole day in a fixed number of statements, however much there is', async () => {
    const partner = await insertPartner(t.db, { liaisonId: me.id });
    for (let n = 0; n < 3; n++) {
      await addFollowUp(partner.id, plusDays(today(), -n - 10));
      await addFollowUp(partner.id, plusDays(today(), n));
      await asMe.post('/api/v1/communications').send({ partnerId: partner.id, channel: 'call', occurredAt: daysAgo(n + 1), followUps: [{ description: 'More' }] }).expect(201);
    }
    const statements = await statementsDuring(() => myDay());
    // Overdue, this week, going quiet, recently logged, and the recent communications' follow-ups.
    expect(statements.length).toBeGreaterThan(0);
    expect(statements.length).toBeLessThanOrEqual(5);
  });

  it('needs a signed-in staff member', async () => {
    await t.http().get('/api/v1/my-day').expect(401);
  });
});
