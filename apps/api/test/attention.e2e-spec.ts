import { contactDueOnSql } from '../src/modules/attention/attention.repository';
import { AttentionService } from '../src/modules/attention/attention.service';
import { addMonths } from '../src/modules/goals/goal-review';
import {
  insertAgreement,
  insertCommitment,
  insertCommunication,
  insertContact,
  insertGoal,
  setPartnerCreatedAt,
} from './factories/communications-sql.factory';
import { type InsertedPartner, insertPartner } from './factories/partner.factory';
import { fieldsOf, type Staff } from './partner-world';
import { type SignedInAgent, type TestApp, startTestApp } from './test-app';

type Item = {
  key: string;
  kind: string;
  partner: { id: string; name: string };
  liaison: { id: string; name: string } | null;
  record: { type: string; id: string; label: string };
  reason: string;
  date: string;
  days: number;
  owner: { side: string; name: string | null; userId: string | null } | null;
};
type AttentionPage = { items: Item[]; total: number; nextCursor: string | null; counts: { quietPartner: number; overdueCommitment: number; reviewDue: number; partnerHealth: number } };

const DAY_MS = 86_400_000;

/**
 * The attention list's three rules, each at its boundary days, on a world built with SQL against the test clock's
 * today. One database for the file, so the counts below are exact.
 */
describe('Attention list', () => {
  let t: TestApp;
  let amy: Staff; // librarian, liaison for most partners below
  let zed: Staff; // another librarian
  let manager: Staff;
  let asAmy: SignedInAgent;
  let asZed: SignedInAgent;
  let asManager: SignedInAgent;

  let now: Date;
  const daysAgo = (n: number) => new Date(now.getTime() - n * DAY_MS);
  const day = (offset: number) => new Date(now.getTime() + offset * DAY_MS).toISOString().slice(0, 10);

  // Quiet rule.
  let exactlyCadence: InsertedPartner;
  let oneDayPast: InsertedPartner;
  let oneWayOnly: InsertedPartner;
  let notSubstantive: InsertedPartner;
  let archivedContact: InsertedPartner;
  let neverContacted: InsertedPartner;
  let warningEdge: InsertedPartner;
  let beforeWarning: InsertedPartner;
  let zedsQuiet: InsertedPartner;
  // Overdue rule.
  let yesterday: { id: string };
  let dueToday: { id: string };
  let partnerSide: { id: string };
  let zedOwnsOnAmys: { id: string };
  let zedOwnsLongAgo: { id: string };
  // Review rule.
  let agreementIn: { id: string };
  let agreementPast: { id: string };
  let goalIn: { id: string };
  let goalNever: { id: string };
  let agreementOut: { id: string };
  let goalOut: { id: string };

  const get = (agent: SignedInAgent, query: Record<string, string | number> = {}) => agent.get('/api/v1/attention').query(query);
  const keysOf = (body: AttentionPage) => body.items.map((item) => item.key);

  beforeAll(async () => {
    t = await startTestApp();
    now = t.clock.now();
    amy = await t.createStaff('librarian', { name: 'Amy Archer' });
    zed = await t.createStaff('librarian', { name: 'Zed Zimmer' });
    manager = await t.createStaff('manager', { name: 'Marcus Reyes' });
    [asAmy, asZed, asManager] = await Promise.all([t.signIn(amy.email), t.signIn(zed.email), t.signIn(manager.email)]);
    const db = t.db;
    const partner = async (name: string, overrides: Parameters<typeof insertPartner>[1] = {}) => {
      const inserted = await insertPartner(db, { name, stage: 'active', liaisonId: amy.id, contactCadenceDays: 30, ...overrides });
      // Created long ago unless a test says otherwise, so "never contacted" does not make every partner quiet.
      await setPartnerCreatedAt(db, inserted.id, daysAgo(400));
      return inserted;
    };
    const meeting = (partnerId: string, ago: number, overrides: Partial<Parameters<typeof insertCommunication>[2]> = {}) =>
      insertCommunication(db, partnerId, { occurredAt: daysAgo(ago), createdBy: amy.id, ...overrides });

    // --- quiet partners (cadence 30) ---
    exactlyCadence = await partner('Exactly Cadence Library Friends');
    await meeting(exactlyCadence.id, 30);
    await meeting(exactlyCadence.id, 90);
    oneDayPast = await partner('One Day Past Museum');
    await meeting(oneDayPast.id, 31);
    oneWayOnly = await partner('One Way Only Clinic');
    await meeting(oneWayOnly.id, 40);
    await meeting(oneWayOnly.id, 1, { twoWay: false });
    notSubstantive = await partner('Not Substantive School');
    await meeting(notSubstantive.id, 35, { channel: 'call' });
    await meeting(notSubstantive.id, 1, { channel: 'email' }); // emails are not substantive by default
    archivedContact = await partner('Archived Contact Theatre');
    await meeting(archivedContact.id, 45);
    await meeting(archivedContact.id, 2, { archivedAt: daysAgo(1) });
    neverContacted = await partner('Never Contacted Co-op');
    await setPartnerCreatedAt(db, neverContacted.id, daysAgo(31));
    const recentlyAdded = await partner('Recently Added Garden');
    await setPartnerCreatedAt(db, recentlyAdded.id, daysAgo(30));
    warningEdge = await partner('Warning Edge Bakery'); // 23 = 30 − 7 days: going quiet
    await meeting(warningEdge.id, 23);
    beforeWarning = await partner('Before Warning Bookshop'); // 22 days: not yet
    await meeting(beforeWarning.id, 22);
    const shortCadence = await partner('Short Cadence Band', { contactCadenceDays: 7 });
    await meeting(shortCadence.id, 8, { channel: 'video' });
    const paused = await partner('Paused Partner Guild', { stage: 'paused' });
    await meeting(paused.id, 200);
    const exploring = await partner('Exploring Partner Club', { stage: 'exploring' });
    await meeting(exploring.id, 200);
    await partner('Archived Partner Society', { archivedAt: daysAgo(3) });
    zedsQuiet = await partner('Zed Quiet Orchestra', { liaisonId: zed.id });
    await meeting(zedsQuiet.id, 60);
    await partner('Nobody Liaison Works', { liaisonId: null }); // never contacted, created 400 days ago

    // --- overdue follow-ups (on a partner that is not quiet, so items are easy to tell apart) ---
    const busy = await partner('Busy Partner Hall');
    await meeting(busy.id, 1);
    const ana = await insertContact(db, busy.id, 'Ana Ruiz');
    yesterday = await insertCommitment(db, busy.id, { description: 'Send the flyer', dueOn: day(-1), ownerUserId: amy.id });
    dueToday = await insertCommitment(db, busy.id, { description: 'Book the room', dueOn: day(0), ownerUserId: amy.id });
    await insertCommitment(db, busy.id, { description: 'Done already', dueOn: day(-5), ownerUserId: amy.id, status: 'done', completedOn: day(-6) });
    await insertCommitment(db, busy.id, { description: 'Missed one', dueOn: day(-5), ownerUserId: amy.id, status: 'missed' });
    await insertCommitment(db, busy.id, { description: 'Archived one', dueOn: day(-5), ownerUserId: amy.id, archivedAt: daysAgo(1) });
    partnerSide = await insertCommitment(db, busy.id, { description: 'Send the sign-up list', dueOn: day(-3), ownerSide: 'partner', ownerContactId: ana.id });
    zedOwnsOnAmys = await insertCommitment(db, busy.id, { description: 'Print posters', dueOn: day(-2), ownerUserId: zed.id });
    zedOwnsLongAgo = await insertCommitment(db, zedsQuiet.id, { description: 'Return the chairs', dueOn: day(-20), ownerUserId: zed.id });
    const gone = await partner('Gone Partner Trust', { archivedAt: daysAgo(1) });
    await insertCommitment(db, gone.id, { description: 'On an archived partner', dueOn: day(-9), ownerUserId: amy.id });

    // --- reviews (on the busy partner: not quiet) ---
    agreementIn = await insertAgreement(db, busy.id, { title: 'MOU in thirty days', reviewOn: day(30) });
    agreementOut = await insertAgreement(db, busy.id, { title: 'MOU in thirty-one days', reviewOn: day(31) });
    agreementPast = await insertAgreement(db, busy.id, { title: 'MOU past due', reviewOn: day(-2) });
    await insertAgreement(db, busy.id, { title: 'No review date', reviewOn: null });
    await insertAgreement(db, busy.id, { title: 'Archived MOU', reviewOn: day(1), archivedAt: daysAgo(1) });
    await insertAgreement(db, gone.id, { title: 'MOU of an archived partner', reviewOn: day(1) });
    goalIn = await insertGoal(db, busy.id, { text: 'Goal due in thirty days', lastReviewedOn: addMonths(day(30), -12) });
    goalOut = await insertGoal(db, busy.id, { text: 'Goal due in thirty-one days', lastReviewedOn: addMonths(day(31), -12) });
    goalNever = await insertGoal(db, busy.id, { text: 'Never reviewed goal', createdAt: daysAgo(10) });
    await insertGoal(db, busy.id, { text: 'Archived goal', createdAt: daysAgo(10), archivedAt: daysAgo(1) });
  });
  afterAll(() => t.close());

  describe('quiet partners', () => {
    it('lists a partner one day past its cadence, not one exactly at it', async () => {
      const res = await get(asManager, { kind: 'quiet-partner', limit: 100 }).expect(200);
      const body = res.body as AttentionPage;
      const ids = body.items.map((item) => item.partner.id);
      expect(ids).toContain(oneDayPast.id);
      expect(ids).not.toContain(exactlyCadence.id);
      const item = body.items.find((i) => i.partner.id === oneDayPast.id)!;
      expect(item).toEqual({
        key: `quiet-partner:${oneDayPast.id}`,
        kind: 'quiet-partner',
        partner: { id: oneDayPast.id, name: 'One Day Past Museum' },
        liaison: { id: amy.id, name: 'Amy Archer' },
        record: { type: 'partner', id: oneDayPast.id, label: 'One Day Past Museum' },
        reason: 'No two-way contact for 31 days; the agreed cadence is 30 days.',
        date: day(-31),
        days: 1,
        owner: null,
      });
    });

    it('counts only live two-way substantive contact, and active or sustaining partners that are not archived', async () => {
      const body = (await get(asManager, { kind: 'quiet-partner', limit: 100 }).expect(200)).body as AttentionPage;
      const byName = Object.fromEntries(body.items.map((item) => [item.partner.name, item]));
      expect(Object.keys(byName).sort()).toEqual(
        [
          'Archived Contact Theatre',
          'Never Contacted Co-op',
          'Nobody Liaison Works',
          'Not Substantive School',
          'One Day Past Museum',
          'One Way Only Clinic',
          'Short Cadence Band',
          'Zed Quiet Orchestra',
        ].sort(),
      );
      expect(byName['One Way Only Clinic']).toMatchObject({ date: day(-40), days: 10 });
      expect(byName['Not Substantive School']).toMatchObject({ date: day(-35), days: 5 });
      expect(byName['Archived Contact Theatre']).toMatchObject({ date: day(-45), days: 15 });
      expect(byName['Short Cadence Band']).toMatchObject({ days: 1, reason: 'No two-way contact for 8 days; the agreed cadence is 7 days.' });
      expect(byName['Nobody Liaison Works']).toMatchObject({ liaison: null, days: 370 });
    });

    it('counts a never-contacted partner from the day it was added: 31 days is quiet, 30 is not', async () => {
      const body = (await get(asManager, { kind: 'quiet-partner', limit: 100 }).expect(200)).body as AttentionPage;
      const item = body.items.find((i) => i.partner.id === neverContacted.id)!;
      expect(item).toMatchObject({
        date: day(-31),
        days: 1,
        reason: 'No two-way contact since the partner was added 31 days ago; the agreed cadence is 30 days.',
      });
      expect(body.items.map((i) => i.partner.name)).not.toContain('Recently Added Garden');
    });

    it('puts the most overdue first', async () => {
      const body = (await get(asManager, { kind: 'quiet-partner', limit: 100 }).expect(200)).body as AttentionPage;
      const days = body.items.map((item) => item.days);
      expect(days).toEqual([...days].sort((a, b) => b - a));
      expect(body.items[0]!.partner.name).toBe('Nobody Liaison Works');
    });

    it('goingQuiet: the liaison’s partners within the warning days of their cadence, with their state', async () => {
      const quiet = await t.app.get(AttentionService).goingQuiet(amy.id);
      const byId = Object.fromEntries(quiet.map((q) => [q.partner.id, q]));
      expect(byId[warningEdge.id]).toEqual({
        partner: { id: warningEdge.id, name: 'Warning Edge Bakery' },
        stage: 'active',
        liaison: { id: amy.id, name: 'Amy Archer' },
        cadenceDays: 30,
        lastContactAt: daysAgo(23).toISOString(),
        daysSinceContact: 23,
        state: 'going-quiet',
      });
      expect(byId[exactlyCadence.id]).toMatchObject({ daysSinceContact: 30, state: 'going-quiet' });
      expect(byId[oneDayPast.id]).toMatchObject({ daysSinceContact: 31, state: 'quiet' });
      expect(byId[neverContacted.id]).toMatchObject({ lastContactAt: null, daysSinceContact: 31, state: 'quiet' });
      expect(byId[beforeWarning.id]).toBeUndefined();
      expect(byId[zedsQuiet.id]).toBeUndefined(); // Zed's partner
      const overdueBy = quiet.map((q) => q.daysSinceContact - q.cadenceDays);
      expect(overdueBy).toEqual([...overdueBy].sort((a, b) => b - a));
    });
  });

  describe('overdue follow-ups', () => {
    it('lists open follow-ups due yesterday or earlier, not due today, done, missed, archived, or on an archived partner', async () => {
      const body = (await get(asManager, { kind: 'overdue-commitment', limit: 100 }).expect(200)).body as AttentionPage;
      const ids = body.items.map((item) => item.record.id);
      expect(ids).toContain(yesterday.id);
      expect(ids).not.toContain(dueToday.id);
      expect(body.items.map((item) => item.record.label).sort()).toEqual(['Print posters', 'Return the chairs', 'Send the flyer', 'Send the sign-up list']);
      expect(body.counts.overdueCommitment).toBe(4);
    });

    it('sorts by owner name, then most overdue, and says who owns each and why', async () => {
      const body = (await get(asManager, { kind: 'overdue-commitment' }).expect(200)).body as AttentionPage;
      // Owners: Amy Archer, Ana Ruiz (partner contact), Zed Zimmer ×2 (most overdue first).
      expect(body.items.map((item) => item.record.label)).toEqual(['Send the flyer', 'Send the sign-up list', 'Return the chairs', 'Print posters']);
      expect(body.items[0]).toEqual({
        key: `overdue-commitment:${yesterday.id}`,
        kind: 'overdue-commitment',
        partner: { id: expect.any(String), name: 'Busy Partner Hall' },
        liaison: { id: amy.id, name: 'Amy Archer' },
        record: { type: 'commitment', id: yesterday.id, label: 'Send the flyer' },
        reason: `“Send the flyer” was due yesterday (${dateWords(day(-1))}).`,
        date: day(-1),
        days: 1,
        owner: { side: 'library', name: 'Amy Archer', userId: amy.id },
      });
      expect(body.items[1]).toMatchObject({
        record: { id: partnerSide.id },
        owner: { side: 'partner', name: 'Ana Ruiz', userId: null },
        reason: `“Send the sign-up list” was due 3 days ago (${dateWords(day(-3))}).`,
        days: 3,
      });
      expect(body.items[2]).toMatchObject({ record: { id: zedOwnsLongAgo.id }, days: 20, owner: { name: 'Zed Zimmer', userId: zed.id } });
    });

    it('mine: what I own, and partner-side follow-ups of partners I am liaison for; not what a colleague owns on my partner', async () => {
      const amys = (await get(asAmy, { mine: 'true', kind: 'overdue-commitment' }).expect(200)).body as AttentionPage;
      expect(amys.items.map((item) => item.record.id)).toEqual([yesterday.id, partnerSide.id]);
      const zeds = (await get(asZed, { mine: 'true', kind: 'overdue-commitment' }).expect(200)).body as AttentionPage;
      expect(zeds.items.map((item) => item.record.id)).toEqual([zedOwnsLongAgo.id, zedOwnsOnAmys.id]);
    });
  });

  describe('reviews due', () => {
    it('lists agreements and goals due within 30 days or past due: day 30 in, day 31 out', async () => {
      const body = (await get(asManager, { kind: 'review-due', limit: 100 }).expect(200)).body as AttentionPage;
      const ids = body.items.map((item) => item.record.id);
      expect(ids).toEqual(expect.arrayContaining([agreementIn.id, agreementPast.id, goalIn.id, goalNever.id]));
      expect(ids).not.toContain(agreementOut.id);
      expect(ids).not.toContain(goalOut.id);
      expect(body.items).toHaveLength(4);
      // Soonest (most overdue) first.
      expect(body.items.map((item) => item.date)).toEqual([day(-10), day(-2), day(30), day(30)]);
    });

    it('says when each review is due and links the record', async () => {
      const body = (await get(asManager, { kind: 'review-due', limit: 100 }).expect(200)).body as AttentionPage;
      const byId = Object.fromEntries(body.items.map((item) => [item.record.id, item]));
      expect(byId[agreementIn.id]).toMatchObject({
        key: `agreement-review:${agreementIn.id}`,
        kind: 'agreement-review',
        record: { type: 'agreement', id: agreementIn.id, label: 'MOU in thirty days' },
        reason: `Agreement review due in 30 days (${dateWords(day(30))}).`,
        date: day(30),
        days: -30,
        owner: null,
      });
      expect(byId[agreementPast.id]).toMatchObject({ reason: `Agreement review was due 2 days ago (${dateWords(day(-2))}).`, days: 2 });
      expect(byId[goalIn.id]).toMatchObject({
        kind: 'goal-review',
        record: { type: 'goal', id: goalIn.id, label: 'Goal due in thirty days' },
        reason: `Goal review due in 30 days (${dateWords(day(30))}).`,
      });
      expect(byId[goalNever.id]).toMatchObject({ reason: `Goal not reviewed since it was added on ${dateWords(day(-10))}.`, days: 10 });
    });
  });

  describe('the list', () => {
    it('orders overdue follow-ups, then quiet partners, then reviews, with counts that ignore kind', async () => {
      const all = (await get(asManager, { limit: 100 }).expect(200)).body as AttentionPage;
      expect(all.counts).toEqual({ quietPartner: 8, overdueCommitment: 4, reviewDue: 4, partnerHealth: 0 });
      expect(all.total).toBe(16);
      expect(all.items.map((item) => item.kind)).toEqual([
        ...Array(4).fill('overdue-commitment'),
        ...Array(8).fill('quiet-partner'),
        'goal-review',
        'agreement-review',
        expect.stringMatching(/-review$/),
        expect.stringMatching(/-review$/),
      ]);
      const filtered = (await get(asManager, { kind: 'review-due' }).expect(200)).body as AttentionPage;
      expect(filtered.counts).toEqual(all.counts);
      expect(filtered.total).toBe(4);
    });

    it('pages across the rules with limit and cursor, each item once', async () => {
      const all = keysOf((await get(asManager, { limit: 100 }).expect(200)).body as AttentionPage);
      const seen: string[] = [];
      let cursor: string | null = null;
      let pages = 0;
      do {
        const res = await get(asManager, cursor ? { limit: 3, cursor } : { limit: 3 }).expect(200);
        const body = res.body as AttentionPage;
        expect(body.total).toBe(16);
        seen.push(...keysOf(body));
        cursor = body.nextCursor;
        pages += 1;
      } while (cursor && pages < 20);
      expect(pages).toBe(6);
      expect(seen).toEqual(all);
      const offset = (await get(asManager, { limit: 2, offset: 3 }).expect(200)).body as AttentionPage;
      expect(keysOf(offset)).toEqual(all.slice(3, 5));
      const beyond = (await get(asManager, { offset: 50 }).expect(200)).body as AttentionPage;
      expect(beyond).toMatchObject({ items: [], total: 16, nextCursor: null });
    });

    it('mine=true: my partners’ quiet and reviews, my follow-ups; counted for me', async () => {
      const mine = (await get(asAmy, { mine: 'true', limit: 100 }).expect(200)).body as AttentionPage;
      expect(mine.counts).toEqual({ quietPartner: 6, overdueCommitment: 2, reviewDue: 4, partnerHealth: 0 });
      expect(mine.items.every((item) => item.liaison?.id === amy.id)).toBe(true);
      expect(mine.items.map((item) => item.partner.name)).not.toContain('Zed Quiet Orchestra');
      const zeds = (await get(asZed, { mine: 'true', limit: 100 }).expect(200)).body as AttentionPage;
      expect(zeds.counts).toEqual({ quietPartner: 1, overdueCommitment: 2, reviewDue: 0, partnerHealth: 0 });
      const managersOwn = (await get(asManager, { mine: 'true' }).expect(200)).body as AttentionPage;
      expect(managersOwn).toMatchObject({ items: [], total: 0, counts: { quietPartner: 0, overdueCommitment: 0, reviewDue: 0 } });
    });

    it('refuses the whole library’s list to a librarian (403), with or without mine=false', async () => {
      const refused = await get(asAmy).expect(403);
      expect(refused.body.detail).toMatch(/mine=true/);
      await get(asAmy, { mine: 'false' }).expect(403);
      await get(asManager, { mine: 'false' }).expect(200);
    });

    it('refuses bad query values naming the field, and needs a session', async () => {
      expect(fieldsOf((await get(asManager, { kind: 'gossip' }).expect(400)).body)).toEqual(['kind']);
      expect(fieldsOf((await get(asManager, { mine: 'maybe' }).expect(400)).body)).toEqual(['mine']);
      expect(fieldsOf((await get(asManager, { limit: 0 }).expect(400)).body)).toEqual(['limit']);
      await t.http().get('/api/v1/attention').expect(401);
    });

    it('moves with the clock: tomorrow the follow-up due today is overdue and the cadence partner is quiet', async () => {
      t.clock.advanceMinutes(24 * 60);
      try {
        // A day later the sessions above have timed out: sign in again.
        const tomorrowsManager = await t.signIn(manager.email);
        const body = (await get(tomorrowsManager, { limit: 100 }).expect(200)).body as AttentionPage;
        const keys = keysOf(body);
        expect(keys).toContain(`overdue-commitment:${dueToday.id}`);
        expect(keys).toContain(`quiet-partner:${exactlyCadence.id}`);
        expect(keys).toContain(`agreement-review:${agreementOut.id}`);
        expect(body.counts).toEqual({ quietPartner: 10, overdueCommitment: 5, reviewDue: 6, partnerHealth: 0 });
      } finally {
        t.clock.advanceMinutes(-24 * 60);
      }
    });
  });

  describe('through the communications API', () => {
    it('a follow-up logged with a meeting is on its owner’s list once overdue, and the meeting ends the partner’s quiet spell', async () => {
      const lee = await t.createStaff('librarian', { name: 'Lee Chen' });
      const asLee = await t.signIn(lee.email);
      const partner = await insertPartner(t.db, { name: 'Logged Through API Club', stage: 'active', liaisonId: lee.id });
      await setPartnerCreatedAt(t.db, partner.id, daysAgo(100));
      const before = (await get(asLee, { mine: 'true' }).expect(200)).body as AttentionPage;
      expect(keysOf(before)).toEqual([`quiet-partner:${partner.id}`]);

      const logged = await asLee
        .post('/api/v1/communications')
        .send({
          partnerId: partner.id,
          channel: 'call',
          occurredAt: daysAgo(5).toISOString(),
          followUps: [{ description: 'Send the minutes', dueOn: day(-1) }, { description: 'Call back', dueOn: day(0) }],
        })
        .expect(201);
      const minutes = (logged.body.followUps as { id: string; description: string }[]).find((f) => f.description === 'Send the minutes')!;
      const after = (await get(asLee, { mine: 'true' }).expect(200)).body as AttentionPage;
      expect(keysOf(after)).toEqual([`overdue-commitment:${minutes.id}`]);
      expect(after.items[0]).toMatchObject({ owner: { side: 'library', name: 'Lee Chen', userId: lee.id }, days: 1 });
    });
  });

  describe('partnership health', () => {
    it('lists partners whose latest snapshot has a concern, a decline or a stale assessment, most pressing first, and counts them', async () => {
      const lee = await t.createStaff('librarian', { name: 'Lee Health' });
      const asLee = await t.signIn(lee.email);
      const today = t.clock.now().toISOString().slice(0, 10);
      const snapshot = (partnerId: string, asOf: string, profile: Record<string, unknown>) =>
        t.db.query(
          `INSERT INTO health_snapshots (partner_id, as_of, reason, model_version, factors, profile, taken_at) VALUES ($1, $2, 'monthly', '1', '{}', $3::jsonb, $4)`,
          [partnerId, asOf, JSON.stringify({ strength: 2, borderline: 2, concern: 0, insufficient: 1, weakestFactor: 'CE', overall: 3.5, text: '2 strength · 2 borderline · 1 insufficient evidence', flags: [], lastAssessedOn: null, ...profile }), t.clock.now()],
        );
      const mk = (name: string, stage: 'active' | 'paused' = 'active') => insertPartner(t.db, { name, stage, liaisonId: lee.id });
      const [concern, declining, stale, fine, recovered, paused] = await Promise.all([
        mk('Health Concern Library Friends'), mk('Health Declining Arts Guild'), mk('Health Stale Museum'), mk('Health Fine Clinic'),
        mk('Health Recovered Farm'), mk('Health Paused Club', 'paused'),
      ]);
      await snapshot(concern.id, today, { concern: 1, text: '1 strength · 3 borderline · 1 concern', flags: ['declining'] });
      await snapshot(declining.id, today, { flags: ['declining'] });
      await snapshot(stale.id, today, { flags: ['stale'], lastAssessedOn: '2025-01-15' });
      await snapshot(fine.id, today, { flags: ['single-side'] });
      // Only the latest snapshot counts: a concern last month, fine now.
      await snapshot(recovered.id, '2020-01-01', { concern: 2 });
      await snapshot(recovered.id, today, {});
      // Paused partners are not on the list.
      await snapshot(paused.id, today, { concern: 1 });
      try {
        const mine = (await get(asLee, { mine: 'true', kind: 'partner-health' }).expect(200)).body as AttentionPage;
        expect(mine.counts.partnerHealth).toBe(3);
        expect(mine.items.map((item) => [item.kind, item.partner.name])).toEqual([
          ['health-concern', 'Health Concern Library Friends'],
          ['health-declining', 'Health Declining Arts Guild'],
          ['assessment-stale', 'Health Stale Museum'],
        ]);
        expect(mine.items[0]).toMatchObject({
          record: { type: 'partner', id: concern.id },
          reason: `Health on ${dateWords(today)}: 1 strength · 3 borderline · 1 concern; weakest Communication & Expectations.`,
          date: today,
          days: 0,
        });
        expect(mine.items[2]!.reason).toBe('No two-sided assessment for over 12 months: last answered on 15 Jan 2025.');
        // A manager's whole list has them after the other rules (signed in again: the clock test above let sessions expire).
        const all = (await get(await t.signIn(manager.email), { limit: 100 }).expect(200)).body as AttentionPage;
        expect(all.counts.partnerHealth).toBe(3);
        expect(all.items.slice(-3).map((item) => item.kind)).toEqual(['health-concern', 'health-declining', 'assessment-stale']);
      } finally {
        await t.db.query('DELETE FROM health_snapshots');
      }
    });

    it('keeps each partner’s latest snapshot in brief as snapshots are added out of order, taken again and deleted', async () => {
      const [first, second] = await Promise.all([insertPartner(t.db, { name: 'Latest Health One' }), insertPartner(t.db, { name: 'Latest Health Two' })]);
      const at = (minutes: number) => new Date(now.getTime() + minutes * 60_000);
      const snapshot = async (partnerId: string, asOf: string, reason: 'monthly' | 'assessment', profile: Record<string, unknown>, takenAt: Date) => {
        // The repository's own upsert: a snapshot of the same partner, day and reason is taken again.
        await t.db.query(
          `INSERT INTO health_snapshots (partner_id, as_of, reason, model_version, factors, profile, taken_at) VALUES ($1, $2, $3, '1', '{}', $4::jsonb, $5)
           ON CONFLICT (partner_id, as_of, reason) DO UPDATE SET profile = EXCLUDED.profile, taken_at = EXCLUDED.taken_at`,
          [partnerId, asOf, reason, JSON.stringify(profile), takenAt],
        );
      };
      // What the table must say: the newest snapshot by (as_of, taken_at), read the slow way.
      const expected = () =>
        t.db.query(
          `SELECT DISTINCT ON (h.partner_id) h.partner_id, h.id AS snapshot_id, h.as_of::text AS as_of, coalesce((h.profile->>'concern')::int, 0) AS concern,
                  ARRAY(SELECT jsonb_array_elements_text(coalesce(h.profile->'flags', '[]'::jsonb))) AS flags
             FROM health_snapshots h WHERE h.partner_id = ANY($1) ORDER BY h.partner_id, h.as_of DESC, h.taken_at DESC`,
          [[first.id, second.id]],
        );
      const kept = () =>
        t.db.query(
          `SELECT partner_id, snapshot_id, as_of::text AS as_of, concern, flags FROM partner_latest_health WHERE partner_id = ANY($1) ORDER BY partner_id`,
          [[first.id, second.id]],
        );
      const concernOf = async (partnerId: string) => ((await kept()) as { partner_id: string; concern: number }[]).find((row) => row.partner_id === partnerId)?.concern;
      try {
        await snapshot(first.id, day(-10), 'monthly', { concern: 2, flags: ['declining'] }, at(0));
        expect(await concernOf(first.id)).toBe(2);
        // An older day written later does not replace it.
        await snapshot(first.id, day(-40), 'monthly', { concern: 5 }, at(1));
        expect(await concernOf(first.id)).toBe(2);
        // The same day after an assessment, taken later: it is the latest.
        await snapshot(first.id, day(-10), 'assessment', { concern: 0, flags: ['stale'] }, at(2));
        expect(await kept()).toEqual(await expected());
        // Taken again (the upsert): the kept row follows it; then the monthly of that day taken again, later still.
        await snapshot(first.id, day(-10), 'assessment', { concern: 1 }, at(3));
        expect(await concernOf(first.id)).toBe(1);
        await snapshot(first.id, day(-10), 'monthly', { concern: 3 }, at(4));
        expect(await concernOf(first.id)).toBe(3);
        await snapshot(second.id, day(0), 'monthly', { flags: ['single-side'] }, at(5));
        expect(await kept()).toEqual(await expected());
        // Deleting the latest puts back the newest remaining one; deleting a partner's last leaves no row.
        await t.db.query(`DELETE FROM health_snapshots WHERE partner_id = $1 AND as_of = $2 AND reason = 'monthly'`, [first.id, day(-10)]);
        expect(await concernOf(first.id)).toBe(1);
        expect(await kept()).toEqual(await expected());
        await t.db.query(`DELETE FROM health_snapshots WHERE partner_id = $1`, [second.id]);
        expect(((await kept()) as { partner_id: string }[]).map((row) => row.partner_id)).toEqual([first.id]);
        expect(await kept()).toEqual(await expected());
      } finally {
        await t.db.query('DELETE FROM health_snapshots WHERE partner_id = ANY($1)', [[first.id, second.id]]);
      }
      expect(await kept()).toEqual([]);
    });
  });

  it('reads quiet partners through the index on the day contact falls due (the expression matches the migration’s)', async () => {
    await t.db.query('ANALYZE partners');
    const plan = await t.db.transaction(async (db) => {
      await db.query('SET LOCAL enable_seqscan = off');
      // A day before any partner's: so few rows that only an index keyed on the expression is worth reading.
      const rows: { 'QUERY PLAN': string }[] = await db.query(
        `EXPLAIN SELECT p.id FROM partners p WHERE p.archived_at IS NULL AND ${contactDueOnSql('p')} <= $1::date - $2::int`,
        ['1900-01-01', 1],
      );
      return rows.map((row) => row['QUERY PLAN']).join('\n');
    });
    expect(plan).toMatch(/Index Scan using "IDX_partners_contact_due"|Bitmap Index Scan on "IDX_partners_contact_due"/);
    expect(plan).toContain('Index Cond');
  });

  /** Test-side date words, written out rather than imported so a broken formatter fails here. */
  function dateWords(date: string): string {
    const [y, m, d] = date.split('-').map(Number) as [number, number, number];
    return `${d} ${['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][m - 1]} ${y}`;
  }
});
