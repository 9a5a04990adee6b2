import { ASSESSMENT_ITEMS } from '@common-ground/domain';
import { APP_CONFIG } from '../src/config/config.module';
import type { AppConfig } from '../src/config/app-config';
import { HealthSnapshotsService } from '../src/modules/health/health-snapshots.service';
import { assessmentRecordsOf, fullAnswers, insertContactWithEmail, sha256Hex, tokenOf } from './factories/assessment.factory';
import { insertPartner, setPartnerArchived } from './factories/partner.factory';
import { auditEntriesOf, fieldsOf, type Staff, startPartnerWorld } from './partner-world';
import type { SignedInAgent, TestApp } from './test-app';

const DAY_MS = 86_400_000;
const ITEM_IDS = ASSESSMENT_ITEMS.map((item) => item.id);
let ipCounter = 0;
/** A client address of its own for each test's public requests, so the per-address limit is one test's business. */
const freshIp = () => `203.0.113.${++ipCounter}`;

describe('Partnership assessments', () => {
  let t: TestApp;
  let manager: Staff;
  let librarian: Staff;
  let otherLibrarian: Staff;
  let asAdmin: SignedInAgent;
  let asManager: SignedInAgent;
  let asLibrarian: SignedInAgent;
  let asOtherLibrarian: SignedInAgent;
  let admin: Staff;
  let appUrl: string;

  /** Moves the clock on; sessions idle that long have ended, so everyone signs in again. */
  async function advanceDays(days: number) {
    t.clock.advanceMinutes(days * 24 * 60);
    [asAdmin, asManager, asLibrarian, asOtherLibrarian] = await Promise.all([
      t.signIn(admin.email),
      t.signIn(manager.email),
      t.signIn(librarian.email),
      t.signIn(otherLibrarian.email),
    ]);
  }

  const answerAs = (agent: SignedInAgent, partnerId: string, body: Record<string, unknown>) =>
    agent.post(`/api/v1/partners/${partnerId}/assessments`).send(body);
  const invite = (agent: SignedInAgent, partnerId: string, body: Record<string, unknown>) =>
    agent.post(`/api/v1/partners/${partnerId}/assessment-invitations`).send(body);
  const publicGet = (token: string, ip = freshIp()) => t.http().get(`/api/v1/public/assessments/${token}`).set('X-Forwarded-For', ip);
  const publicPost = (token: string, body: Record<string, unknown>, ip = freshIp()) =>
    t.http().post(`/api/v1/public/assessments/${token}`).set('X-Forwarded-For', ip).set('X-Requested-With', 'XMLHttpRequest').send(body);

  /** Resolves once some session of this database waits on a lock (a submission blocked on the link's row). */
  async function waitForLockWait() {
    for (let i = 0; i < 100; i++) {
      const rows = await t.db.query(`SELECT 1 FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'`);
      if (rows.length > 0) return;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    throw new Error('No submission waited on the link’s row lock');
  }

  /** A partner with a contact and a fresh link for that contact (created by the manager, not emailed). */
  async function partnerWithLink(contactName = 'Ana Ruiz') {
    const partner = await insertPartner(t.db);
    const contact = await insertContactWithEmail(t.db, partner.id, { name: contactName });
    const created = await invite(asManager, partner.id, { contactId: contact.id }).expect(201);
    return { partner, contact, token: tokenOf(created.body.link as string), created: created.body };
  }

  beforeAll(async () => {
    ({ t, admin, manager, librarian, otherLibrarian, asAdmin, asManager, asLibrarian, asOtherLibrarian } = await startPartnerWorld());
    appUrl = t.app.get<AppConfig>(APP_CONFIG).appUrl;
    await t.db.query(`UPDATE library_settings SET library_name = 'Springfield Public Library' WHERE id = 1`);
  });
  afterAll(() => t.close());

  describe('on the partner’s timeline', () => {
    it('tells each link made and each answer from either side, by name, under the kind "assessment"', async () => {
      const { partner } = await partnerWithLink('Ana Ruiz');
      await answerAs(asLibrarian, partner.id, { answers: fullAnswers(4) }).expect(201);
      // Another partner's link and answer: nothing of them may show here.
      const other = await partnerWithLink('Ana Ruiz');
      await publicPost(other.token, { answers: fullAnswers(5) }).expect(201);
      const ben = await insertContactWithEmail(t.db, partner.id, { name: 'Ben Ortiz' });
      const ownLink = await invite(asManager, partner.id, { contactId: ben.id }).expect(201);
      await publicPost(tokenOf(ownLink.body.link as string), { answers: fullAnswers(3) }).expect(201);

      const res = await asLibrarian.get(`/api/v1/partners/${partner.id}/timeline`).query({ kind: 'assessment' }).expect(200);
      expect(res.body.total).toBe(4);
      expect(res.body.items.map((item: { summary: string }) => item.summary)).toEqual([
        'Ben Ortiz answered the partnership assessment for the partner',
        `${manager.name} made a link to the partnership assessment for Ben Ortiz`,
        `${librarian.name} answered the partnership assessment for the library`,
        `${manager.name} made a link to the partnership assessment for Ana Ruiz`,
      ]);
      expect(res.body.items[0]).toMatchObject({ kind: 'assessment', recordType: 'assessment', actor: null });
      expect(res.body.items[1]).toMatchObject({ kind: 'assessment', recordType: 'assessment-invitation', actor: { id: manager.id, name: manager.name } });

      // They are part of everything that happened, and of no other kind.
      const all = await asLibrarian.get(`/api/v1/partners/${partner.id}/timeline`).expect(200);
      expect(all.body.items.filter((item: { kind: string }) => item.kind === 'assessment')).toHaveLength(4);
      const changes = await asLibrarian.get(`/api/v1/partners/${partner.id}/timeline`).query({ kind: 'change' }).expect(200);
      expect(changes.body.items.some((item: { recordType: string }) => item.recordType.startsWith('assessment'))).toBe(false);
    });
  });

  describe('the item bank', () => {
    it('lists the 25 statements by factor, the value statements, the levels of collaboration and the answer scale', async () => {
      const res = await asLibrarian.get('/api/v1/assessment-items').expect(200);
      expect(res.body.items.map((item: { id: string }) => item.id)).toEqual(ITEM_IDS);
      expect(res.body.items[4]).toEqual({ id: 'SA5', factor: 'SA', reverse: true, text: expect.stringContaining('unsure') });
      expect(res.body.valueItems.map((item: { id: string }) => item.id)).toEqual(['V1', 'V2', 'V3']);
      expect(res.body.collaborationLevels.map((level: { value: number }) => level.value)).toEqual([0, 1, 2, 3, 4, 5]);
      expect(res.body.answerScale).toEqual([
        { value: 1, label: 'Strongly disagree' },
        { value: 2, label: 'Disagree' },
        { value: 3, label: 'Neither agree nor disagree' },
        { value: 4, label: 'Agree' },
        { value: 5, label: 'Strongly agree' },
      ]);
    });

    it('needs a session', async () => {
      await t.http().get('/api/v1/assessment-items').expect(401);
    });
  });

  describe('staff answers', () => {
    it('saves a librarian’s own answers on the library side, with factor means (reverse-worded statements as 6 − x) and an audit entry', async () => {
      const partner = await insertPartner(t.db);
      const now = t.clock.now();
      const res = await answerAs(asLibrarian, partner.id, {
        answers: fullAnswers(4, { TW1: null, TW2: null, TW3: null }),
        valueAnswers: { V1: 5, V3: null },
        collaborationLevel: 3,
        comments: '  Good year.  ',
      }).expect(201);
      expect(res.body).toEqual({
        id: expect.any(String),
        waveId: expect.any(String),
        side: 'library',
        respondent: { kind: 'staff', id: librarian.id, name: librarian.name },
        answeredAt: now.toISOString(),
        // SA5, CE5 and OC5 are reverse-worded: 4 counts as 2. TW has two answers of five: too few for a mean.
        factorMeans: { SA: 3.6, TW: null, CE: 3.6, IR: 4, OC: 3.6 },
        collaborationLevel: 3,
        answers: { ...fullAnswers(4, { TW1: null, TW2: null, TW3: null }), V1: 5, V3: null },
        comments: 'Good year.',
      });
      const waves = await t.db.query('SELECT id, to_char(opened_on, $2) AS opened_on, opened_by FROM assessment_waves WHERE partner_id = $1', [
        partner.id,
        'YYYY-MM-DD',
      ]);
      expect(waves).toEqual([{ id: res.body.waveId, opened_on: now.toISOString().slice(0, 10), opened_by: librarian.id }]);
      expect(await auditEntriesOf(t.db, res.body.id)).toEqual([
        {
          action: 'create',
          actor_id: librarian.id,
          partner_id: partner.id,
          entity_type: 'assessment',
          changes: expect.objectContaining({ side: { before: null, after: 'library' }, waveId: { before: null, after: res.body.waveId } }),
        },
      ]);
    });

    it('takes a health snapshot of the partner after each response, and a failed snapshot does not fail the answer', async () => {
      const partner = await insertPartner(t.db);
      const snapshots = () => t.db.query(`SELECT reason FROM health_snapshots WHERE partner_id = $1`, [partner.id]);
      await answerAs(asLibrarian, partner.id, { answers: fullAnswers(4) }).expect(201);
      expect(await snapshots()).toEqual([{ reason: 'assessment' }]);

      const failing = jest.spyOn(t.app.get(HealthSnapshotsService), 'recordAfterAssessment').mockRejectedValueOnce(new Error('scoring broke'));
      try {
        await answerAs(asOtherLibrarian, partner.id, { answers: fullAnswers(2) }).expect(201);
      } finally {
        failing.mockRestore();
      }
      expect((await assessmentRecordsOf(t.db, partner.id)).assessments).toBe(2);
    });

    it('keeps every response (history stays); answers within 90 days join the wave, later ones open a new wave', async () => {
      const partner = await insertPartner(t.db);
      const first = await answerAs(asLibrarian, partner.id, { answers: fullAnswers(3) }).expect(201);
      const second = await answerAs(asOtherLibrarian, partner.id, { answers: fullAnswers(5) }).expect(201);
      const again = await answerAs(asLibrarian, partner.id, { answers: fullAnswers(2) }).expect(201);
      expect(new Set([first.body.waveId, second.body.waveId, again.body.waveId]).size).toBe(1);
      await advanceDays(91);
      const later = await answerAs(asLibrarian, partner.id, { answers: fullAnswers(4) }).expect(201);
      expect(later.body.waveId).not.toBe(first.body.waveId);
      const list = await asManager.get(`/api/v1/partners/${partner.id}/assessments`).expect(200);
      expect(list.body.waves.map((w: { id: string; responses: unknown[] }) => [w.id, w.responses.length])).toEqual([
        [later.body.waveId, 1],
        [first.body.waveId, 3],
      ]);
    });

    it('refuses unknown statements, answers outside 1–5 and missing statements, naming each, and saves nothing', async () => {
      const partner = await insertPartner(t.db);
      const unknown = await answerAs(asLibrarian, partner.id, { answers: fullAnswers(4, { XX9: 3 }) }).expect(400);
      expect(unknown.body.errors).toEqual([{ field: 'answers.XX9', message: '“XX9” is not a statement of this assessment. Remove it.' }]);

      const outOfRange = await answerAs(asLibrarian, partner.id, { answers: fullAnswers(4, { SA1: 0, TW2: 6, CE3: 2.5, IR4: '4' }) }).expect(400);
      expect(fieldsOf(outOfRange.body)).toEqual(['answers.SA1', 'answers.TW2', 'answers.CE3', 'answers.IR4']);
      expect(outOfRange.body.errors[0].message).toBe('Choose an answer from 1 (strongly disagree) to 5 (strongly agree), or “Don’t know”, for statement SA1.');

      const { SA3: _sa3, OC5: _oc5, ...fewer } = fullAnswers(4);
      const missing = await answerAs(asLibrarian, partner.id, { answers: fewer }).expect(400);
      expect(missing.body.detail).toBe('Answer all 25 statements (“Don’t know” counts as an answer). Missing: SA3, OC5.');
      expect(fieldsOf(missing.body)).toEqual(['answers.SA3', 'answers.OC5']);
      expect(missing.body.errors[0].message).toContain('Answer statement SA3');

      const values = await answerAs(asLibrarian, partner.id, { answers: fullAnswers(), valueAnswers: { V4: 3, V1: 9 } }).expect(400);
      expect(fieldsOf(values.body)).toEqual(['valueAnswers.V4', 'valueAnswers.V1']);

      const level = await answerAs(asLibrarian, partner.id, { answers: fullAnswers(), collaborationLevel: 6 }).expect(400);
      expect(fieldsOf(level.body)).toEqual(['collaborationLevel']);
      const comments = await answerAs(asLibrarian, partner.id, { answers: fullAnswers(), comments: 'x'.repeat(4001) }).expect(400);
      expect(comments.body.errors).toEqual([{ field: 'comments', message: 'Keep comments to 4,000 characters or fewer.' }]);
      await answerAs(asLibrarian, partner.id, { answers: ITEM_IDS }).expect(400);
      await answerAs(asLibrarian, partner.id, { answers: fullAnswers(), respondentUserId: manager.id }).expect(400);

      expect(await assessmentRecordsOf(t.db, partner.id)).toEqual({ waves: 0, assessments: 0, invitations: 0, audit: 0 });
    });

    it('accepts exactly 4,000 characters of comments and "don’t know" for every statement', async () => {
      const partner = await insertPartner(t.db);
      const res = await answerAs(asLibrarian, partner.id, { answers: fullAnswers(null), comments: 'y'.repeat(4000) }).expect(201);
      expect(res.body.factorMeans).toEqual({ SA: null, TW: null, CE: null, IR: null, OC: null });
    });

    it('refuses an archived partner (400) and an unknown one (404)', async () => {
      const partner = await insertPartner(t.db);
      await setPartnerArchived(t.db, partner.id);
      const archived = await answerAs(asLibrarian, partner.id, { answers: fullAnswers() }).expect(400);
      expect(fieldsOf(archived.body)).toEqual(['partnerId']);
      await answerAs(asLibrarian, '00000000-0000-4000-8000-000000000000', { answers: fullAnswers() }).expect(404);
      expect(await assessmentRecordsOf(t.db, partner.id)).toEqual({ waves: 0, assessments: 0, invitations: 0, audit: 0 });
    });
  });

  describe('who sees what', () => {
    it('shows item-level answers and comments to managers and administrators, and to a librarian for their own response only', async () => {
      const partner = await insertPartner(t.db);
      const mine = await answerAs(asLibrarian, partner.id, { answers: fullAnswers(4), comments: 'Mine' }).expect(201);
      const theirs = await answerAs(asOtherLibrarian, partner.id, { answers: fullAnswers(2), comments: 'Theirs' }).expect(201);
      const contact = await insertContactWithEmail(t.db, partner.id);
      await invite(asManager, partner.id, { contactId: contact.id }).expect(201);

      const asSeenBy = async (agent: SignedInAgent) => (await agent.get(`/api/v1/partners/${partner.id}/assessments`).expect(200)).body.waves[0];
      const librarianView = await asSeenBy(asLibrarian);
      const byId = (wave: { responses: { id: string }[] }, id: string) => wave.responses.find((r) => r.id === id) as Record<string, unknown>;
      expect(byId(librarianView, mine.body.id)).toMatchObject({ answers: fullAnswers(4), comments: 'Mine' });
      expect(Object.keys(byId(librarianView, theirs.body.id)).sort()).toEqual(
        ['answeredAt', 'collaborationLevel', 'factorMeans', 'id', 'respondent', 'side', 'waveId'].sort(),
      );
      expect(byId(librarianView, theirs.body.id).factorMeans).toEqual({ SA: 2.4, TW: 2.4, CE: 2.4, IR: 2, OC: 2.4 });
      expect(librarianView.invitations).toEqual([]);

      for (const agent of [asManager, asAdmin]) {
        const view = await asSeenBy(agent);
        expect(byId(view, theirs.body.id)).toMatchObject({ answers: fullAnswers(2), comments: 'Theirs' });
        expect(view.invitations).toHaveLength(1);
      }
    });

    it('lists nothing for a partner without assessments, and 404 for an unknown partner', async () => {
      const partner = await insertPartner(t.db);
      expect((await asLibrarian.get(`/api/v1/partners/${partner.id}/assessments`).expect(200)).body).toEqual({ waves: [], emailEnabled: false });
      await asLibrarian.get('/api/v1/partners/00000000-0000-4000-8000-000000000000/assessments').expect(404);
    });
  });

  describe('invitations', () => {
    it('gives a manager a one-time link, shown once, stored only as the SHA-256 of a 32-byte token, expiring in 30 days', async () => {
      const partner = await insertPartner(t.db);
      const contact = await insertContactWithEmail(t.db, partner.id, { name: 'Ana Ruiz' });
      const now = t.clock.now();
      const res = await invite(asManager, partner.id, { contactId: contact.id }).expect(201);
      expect(res.body).toEqual({
        invitation: {
          id: expect.any(String),
          contact: { id: contact.id, name: 'Ana Ruiz', email: contact.email },
          status: 'pending',
          createdAt: now.toISOString(),
          expiresAt: new Date(now.getTime() + 30 * DAY_MS).toISOString(),
          emailedAt: null,
          usedAt: null,
        },
        link: expect.stringMatching(new RegExp(`^${appUrl.replace(/[.:/]/g, '\\$&')}/assessment/[A-Za-z0-9_-]{43}$`)),
      });
      const token = tokenOf(res.body.link);
      expect(Buffer.from(token, 'base64url')).toHaveLength(32);
      const stored = await t.db.query('SELECT row_to_json(i)::text AS row, token_hash FROM assessment_invitations i WHERE id = $1', [res.body.invitation.id]);
      expect(stored[0].token_hash).toBe(sha256Hex(token));
      expect(stored[0].row).not.toContain(token);
      expect(await auditEntriesOf(t.db, res.body.invitation.id)).toEqual([
        expect.objectContaining({ action: 'create', actor_id: manager.id, partner_id: partner.id, entity_type: 'assessment-invitation' }),
      ]);
      // Each link is new: asking again for the same contact gives another token.
      const again = await invite(asAdmin, partner.id, { contactId: contact.id }).expect(201);
      expect(again.body.link).not.toBe(res.body.link);
    });

    it('is for managers and administrators: a librarian gets 403 and nothing is saved', async () => {
      const partner = await insertPartner(t.db);
      const contact = await insertContactWithEmail(t.db, partner.id);
      await invite(asLibrarian, partner.id, { contactId: contact.id }).expect(403);
      expect(await assessmentRecordsOf(t.db, partner.id)).toEqual({ waves: 0, assessments: 0, invitations: 0, audit: 0 });
    });

    it('needs a contact in use of that partner, and an email set up to email it (409 explaining to copy the link)', async () => {
      const partner = await insertPartner(t.db);
      const other = await insertPartner(t.db);
      const elsewhere = await insertContactWithEmail(t.db, other.id);
      const archived = await insertContactWithEmail(t.db, partner.id, { archivedAt: new Date() });
      const contact = await insertContactWithEmail(t.db, partner.id);
      for (const contactId of [elsewhere.id, archived.id, '00000000-0000-4000-8000-000000000000']) {
        const res = await invite(asManager, partner.id, { contactId }).expect(400);
        expect(fieldsOf(res.body)).toEqual(['contactId']);
      }
      await invite(asManager, partner.id, { contactId: 'not-a-uuid' }).expect(400);
      const noEmail = await invite(asManager, partner.id, { contactId: contact.id, sendEmail: true }).expect(409);
      expect(noEmail.body.type).toMatch(/email-not-configured$/);
      expect(noEmail.body.detail).toContain('copy it');
      expect(await assessmentRecordsOf(t.db, partner.id)).toEqual({ waves: 0, assessments: 0, invitations: 0, audit: 0 });
    });
  });

  describe('the partner’s form (public)', () => {
    it('shows only both organisations’ names, the contact’s first name, the expiry and the statements worded for the partner, with no session', async () => {
      const { token, partner, created } = await partnerWithLink('Ana María Ruiz');
      const res = await publicGet(token).expect(200);
      expect(Object.keys(res.body).sort()).toEqual(
        ['answerScale', 'collaborationLevels', 'contactName', 'expiresAt', 'items', 'libraryName', 'partnerName', 'valueItems'].sort(),
      );
      expect(res.body).toMatchObject({
        partnerName: partner.name,
        libraryName: 'Springfield Public Library',
        contactName: 'Ana',
        expiresAt: created.invitation.expiresAt,
      });
      expect(res.body.items).toHaveLength(25);
      expect(Object.keys(res.body.items[0]).sort()).toEqual(['factor', 'id', 'text']);
      expect(res.body.items.find((item: { id: string }) => item.id === 'IR1').text).toBe('People at the library do what they say they will do.');
      expect(JSON.stringify(res.body)).not.toContain('the other organisation');
    });

    it('answers 404 for an unknown token', async () => {
      const res = await publicGet('x'.repeat(43)).expect(404);
      expect(res.body.detail).toContain('This link is not valid');
      await publicPost('x'.repeat(43), { answers: fullAnswers() }).expect(404);
    });

    it('saves the partner’s answers on the partner side, by the invitation’s contact, and uses the link: then 410', async () => {
      const { token, partner, contact, created } = await partnerWithLink('Ana Ruiz');
      const res = await publicPost(token, { answers: fullAnswers(5), collaborationLevel: 4, comments: 'Thanks!' }).expect(201);
      expect(res.body).toEqual({ thanks: 'Thank you, Ana. Your answers have reached Springfield Public Library.' });

      const list = await asManager.get(`/api/v1/partners/${partner.id}/assessments`).expect(200);
      const [wave] = list.body.waves;
      expect(wave.responses).toEqual([
        expect.objectContaining({
          side: 'partner',
          respondent: { kind: 'contact', id: contact.id, name: 'Ana Ruiz' },
          collaborationLevel: 4,
          comments: 'Thanks!',
          answers: fullAnswers(5),
        }),
      ]);
      expect(wave.invitations).toEqual([expect.objectContaining({ id: created.invitation.id, status: 'answered', usedAt: t.clock.now().toISOString() })]);
      const audit = await t.db.query(`SELECT actor_id FROM audit_entries WHERE entity_type = 'assessment' AND entity_id = $1`, [wave.responses[0].id]);
      expect(audit).toEqual([{ actor_id: null }]);

      for (const again of [await publicGet(token).expect(410), await publicPost(token, { answers: fullAnswers(1) }).expect(410)]) {
        expect(again.body.type).toMatch(/assessment-link-used$/);
        expect(again.body.detail).toMatch(/^This link has already been used/);
      }
      expect((await assessmentRecordsOf(t.db, partner.id)).assessments).toBe(1);
      const snapshots = await t.db.query(`SELECT reason FROM health_snapshots WHERE partner_id = $1`, [partner.id]);
      expect(snapshots).toEqual([{ reason: 'assessment' }]);
    });

    it('answers 410 with the expiry date once 30 days have passed, and saves nothing', async () => {
      const { token, partner, created } = await partnerWithLink();
      await advanceDays(30 + 1 / (24 * 60));
      const expiredOn = new Date(created.invitation.expiresAt).toLocaleDateString('en-GB', {
        weekday: 'short',
        day: 'numeric',
        month: 'short',
        year: 'numeric',
        timeZone: 'UTC',
      });
      for (const res of [await publicGet(token).expect(410), await publicPost(token, { answers: fullAnswers() }).expect(410)]) {
        expect(res.body.type).toMatch(/assessment-link-expired$/);
        expect(res.body.detail).toBe(`This link expired on ${expiredOn.replace(/,/g, '')}. Ask the library for a new one.`);
      }
      const list = await asManager.get(`/api/v1/partners/${partner.id}/assessments`).expect(200);
      expect(list.body.waves[0].invitations[0].status).toBe('expired');
      expect((await assessmentRecordsOf(t.db, partner.id)).assessments).toBe(0);
    });

    it('refuses bad answers with 400 naming the statements, and the link stays usable', async () => {
      const { token, partner } = await partnerWithLink();
      const { OC1: _oc1, ...fewer } = fullAnswers(4, { SA2: 7 });
      const res = await publicPost(token, { answers: fewer }).expect(400);
      expect(fieldsOf(res.body)).toEqual(['answers.SA2', 'answers.OC1']);
      await publicPost(token, { answers: fullAnswers(), extra: true }).expect(400);
      const usedAt = await t.db.query('SELECT used_at FROM assessment_invitations WHERE partner_id = $1', [partner.id]);
      expect(usedAt).toEqual([{ used_at: null }]);
      expect((await assessmentRecordsOf(t.db, partner.id)).assessments).toBe(0);
      await publicPost(token, { answers: fullAnswers() }).expect(201);
    });

    it('needs the X-Requested-With header to post', async () => {
      const { token } = await partnerWithLink();
      await t.http().post(`/api/v1/public/assessments/${token}`).set('X-Forwarded-For', freshIp()).send({ answers: fullAnswers() }).expect(403);
    });

    it('is single use under two simultaneous submissions: one 201, one 410, one response saved', async () => {
      const { token, partner } = await partnerWithLink();
      const statuses = (await Promise.all([publicPost(token, { answers: fullAnswers(4) }), publicPost(token, { answers: fullAnswers(2) })])).map(
        (res) => res.status,
      );
      expect(statuses.sort()).toEqual([201, 410]);
      expect((await assessmentRecordsOf(t.db, partner.id)).assessments).toBe(1);
    });

    it('waits for a submission in progress and then refuses (410): the link is used in the same transaction as the insert', async () => {
      const { token, partner } = await partnerWithLink();
      // Another submission holds the link's row: it has used the link but not yet committed.
      const other = t.db.createQueryRunner();
      await other.connect();
      await other.startTransaction();
      await other.query('UPDATE assessment_invitations SET used_at = now() WHERE token_hash = $1', [sha256Hex(token)]);
      const late = publicPost(token, { answers: fullAnswers(3) }).then((res) => res);
      // The late submission has passed the first look (the uncommitted use is invisible) and waits on the row lock.
      await waitForLockWait();
      await other.commitTransaction();
      await other.release();
      const res = await late;
      expect(res.status).toBe(410);
      expect(res.body.type).toMatch(/assessment-link-used$/);
      expect((await assessmentRecordsOf(t.db, partner.id)).assessments).toBe(0);
    });

    it('limits each address to 30 requests in 10 minutes (429 with Retry-After); other addresses are unaffected', async () => {
      const ip = freshIp();
      for (let i = 0; i < 30; i++) await publicGet(`unknown-${i}`, ip).expect(404);
      const limited = await publicGet('unknown-31', ip).expect(429);
      expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
      expect(limited.body.detail).toMatch(/^Too many requests/);
      // Bad bodies count too: the limit runs before validation.
      await publicPost('unknown', { nonsense: true }, ip).expect(429);
      await publicGet('unknown-32', freshIp()).expect(404);
    });
  });
});
