import { insertPartner, setPartnerArchived } from './factories/partner.factory';
import { auditEntriesOf, countForPartner, fieldsOf, type Staff, startPartnerWorld } from './partner-world';
import type { SignedInAgent, TestApp } from './test-app';

describe('Goals', () => {
  let t: TestApp;
  let manager: Staff;
  let librarian: Staff;
  let asManager: SignedInAgent;
  let asLibrarian: SignedInAgent;
  let asOtherLibrarian: SignedInAgent;
  let asAdmin: SignedInAgent;

  const goalCount = (partnerId: string) => countForPartner(t.db, 'goals', partnerId);
  const auditOf = (entityId: string) => auditEntriesOf(t.db, entityId);

  beforeAll(async () => {
    ({ t, manager, librarian, asManager, asLibrarian, asOtherLibrarian, asAdmin } = await startPartnerWorld());
  });
  afterAll(() => t.close());

  it('adds a goal, due for review at once when never reviewed, and audits it on the partner', async () => {
    const partner = await insertPartner(t.db);
    const text = 'Every third grader gets a library card — «tarjeta» für alle 📚 <script>x</script>';
    const created = await asLibrarian.post(`/api/v1/partners/${partner.id}/goals`).send({ text, agreedBy: 'both' }).expect(201);
    expect(created.body).toEqual({
      id: expect.any(String),
      partnerId: partner.id,
      text,
      agreedBy: 'both',
      lastReviewedOn: null,
      reviewDueOn: (created.body.createdAt as string).slice(0, 10),
      createdAt: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/),
      updatedAt: expect.any(String),
      createdBy: librarian.id,
      version: 1,
      archivedAt: null,
    });
    const listed = await asLibrarian.get(`/api/v1/partners/${partner.id}/goals`).expect(200);
    expect(listed.body).toEqual({ items: [created.body], total: 1, nextCursor: null });

    const audit = await auditOf(created.body.id);
    expect(audit).toEqual([
      {
        action: 'create',
        actor_id: librarian.id,
        partner_id: partner.id,
        entity_type: 'goal',
        changes: { text: { before: null, after: text }, agreedBy: { before: null, after: 'both' } },
      },
    ]);
    const viaApi = await asAdmin.get('/api/v1/audit').query({ entityType: 'goal', entityId: created.body.id }).expect(200);
    expect(viaApi.body.total).toBe(1);
  });

  it('records a review: reviewDueOn moves to twelve months later, with before and after audited', async () => {
    const partner = await insertPartner(t.db);
    const created = (await asLibrarian.post(`/api/v1/partners/${partner.id}/goals`).send({ text: 'Share program data', agreedBy: 'library', lastReviewedOn: '2024-02-29' }).expect(201)).body;
    expect(created).toMatchObject({ lastReviewedOn: '2024-02-29', reviewDueOn: '2025-02-28' });

    const reviewed = await asManager.patch(`/api/v1/goals/${created.id}`).send({ version: 1, lastReviewedOn: '2025-06-10', agreedBy: 'partner' }).expect(200);
    expect(reviewed.body).toMatchObject({ lastReviewedOn: '2025-06-10', reviewDueOn: '2026-06-10', agreedBy: 'partner', text: 'Share program data', version: 2 });

    const audit = await auditOf(created.id);
    expect(audit[1]).toMatchObject({ action: 'update', actor_id: manager.id, partner_id: partner.id });
    expect(audit[1]!.changes).toEqual({
      lastReviewedOn: { before: '2024-02-29', after: '2025-06-10' },
      agreedBy: { before: 'library', after: 'partner' },
    });

    const cleared = await asManager.patch(`/api/v1/goals/${created.id}`).send({ version: 2, lastReviewedOn: null }).expect(200);
    expect(cleared.body).toMatchObject({ lastReviewedOn: null, reviewDueOn: (created.createdAt as string).slice(0, 10) });
  });

  it('lists a partner’s goals by review due date', async () => {
    const partner = await insertPartner(t.db);
    const base = `/api/v1/partners/${partner.id}/goals`;
    await asLibrarian.post(base).send({ text: 'Reviewed last year', agreedBy: 'both', lastReviewedOn: '2025-01-15' }).expect(201);
    await asLibrarian.post(base).send({ text: 'Reviewed long ago', agreedBy: 'both', lastReviewedOn: '2020-05-01' }).expect(201);
    await asLibrarian.post(base).send({ text: 'Reviewed in the future', agreedBy: 'both', lastReviewedOn: '2099-01-01' }).expect(201);
    const never = (await asLibrarian.post(base).send({ text: 'Never reviewed', agreedBy: 'both' }).expect(201)).body;
    const listed = await asLibrarian.get(base).expect(200);
    // A goal never reviewed is due on the day it was added (today), between the fixed dates below.
    const expected: [string, string][] = [
      ['Reviewed long ago', '2021-05-01'],
      ['Reviewed last year', '2026-01-15'],
      ['Never reviewed', never.reviewDueOn as string],
      ['Reviewed in the future', '2100-01-01'],
    ];
    expected.sort((a, b) => a[1].localeCompare(b[1]));
    expect(listed.body.items.map((g: { text: string; reviewDueOn: string }) => [g.text, g.reviewDueOn])).toEqual(expected);
  });

  it('refuses an edit based on a stale version (409) and keeps the newer change', async () => {
    const partner = await insertPartner(t.db);
    const created = (await asLibrarian.post(`/api/v1/partners/${partner.id}/goals`).send({ text: 'Original', agreedBy: 'both' }).expect(201)).body;
    await asOtherLibrarian.patch(`/api/v1/goals/${created.id}`).send({ version: 1, text: 'Newer' }).expect(200);
    const stale = await asLibrarian.patch(`/api/v1/goals/${created.id}`).send({ version: 1, text: 'Older' }).expect(409);
    expect(stale.body.title).toBe('Someone else changed this first');
    const listed = await asLibrarian.get(`/api/v1/partners/${partner.id}/goals`).expect(200);
    expect(listed.body.items[0]).toMatchObject({ text: 'Newer', version: 2 });
  });

  it('lets librarians archive and restore only goals they added; managers any', async () => {
    const partner = await insertPartner(t.db);
    const base = `/api/v1/partners/${partner.id}/goals`;
    const goal = (await asLibrarian.post(base).send({ text: 'Archivable', agreedBy: 'library' }).expect(201)).body;

    const refused = await asOtherLibrarian.post(`/api/v1/goals/${goal.id}/archive`).send({ version: 1 }).expect(403);
    expect(refused.body.detail).toMatch(/Only the person who added this goal/);
    expect((await asLibrarian.get(base).expect(200)).body.total).toBe(1);

    const archived = await asLibrarian.post(`/api/v1/goals/${goal.id}/archive`).send({ version: 1 }).expect(200);
    expect(archived.body).toMatchObject({ version: 2, archivedAt: expect.any(String) });
    expect((await asLibrarian.get(base).expect(200)).body.total).toBe(0);
    expect((await asLibrarian.get(base).query({ archived: 'true' }).expect(200)).body.items[0].id).toBe(goal.id);

    await asOtherLibrarian.post(`/api/v1/goals/${goal.id}/restore`).send({ version: 2 }).expect(403);
    const restored = await asManager.post(`/api/v1/goals/${goal.id}/restore`).send({ version: 2 }).expect(200);
    expect(restored.body).toMatchObject({ version: 3, archivedAt: null });
    await asManager.post(`/api/v1/goals/${goal.id}/archive`).send({ version: 2 }).expect(409);

    expect((await auditOf(goal.id)).map((a) => [a.action, a.partner_id])).toEqual([
      ['create', partner.id],
      ['archive', partner.id],
      ['restore', partner.id],
    ]);
  });

  it('answers bad input with a 400 naming the field and saves nothing', async () => {
    const partner = await insertPartner(t.db);
    const base = `/api/v1/partners/${partner.id}/goals`;
    const cases: [Record<string, unknown>, string][] = [
      [{ text: 'g'.repeat(10_001), agreedBy: 'both' }, 'text'],
      [{ text: '   ', agreedBy: 'both' }, 'text'],
      [{ agreedBy: 'both' }, 'text'],
      [{ text: 'Valid', agreedBy: 'everyone' }, 'agreedBy'],
      [{ text: 'Valid' }, 'agreedBy'],
      [{ text: 'Valid', agreedBy: 'both', lastReviewedOn: '2025-13-01' }, 'lastReviewedOn'],
      [{ text: 'Valid', agreedBy: 'both', lastReviewedOn: '2025-06-01T10:00:00Z' }, 'lastReviewedOn'],
    ];
    for (const [body, field] of cases) {
      const res = await asLibrarian.post(base).send(body);
      expect({ status: res.status, fields: fieldsOf(res.body) }).toEqual({ status: 400, fields: [field] });
    }
    expect(await goalCount(partner.id)).toBe(0);

    const longest = await asLibrarian.post(base).send({ text: 'g'.repeat(10_000), agreedBy: 'both' }).expect(201);
    const id = longest.body.id as string;
    for (const body of [{ text: 'g'.repeat(10_001) }, { agreedBy: 'nobody' }, { text: null }, { agreedBy: null }]) {
      const res = await asLibrarian.patch(`/api/v1/goals/${id}`).send({ version: 1, ...body });
      expect({ status: res.status, fields: fieldsOf(res.body) }).toEqual({ status: 400, fields: Object.keys(body) });
    }
    expect((await t.db.query('SELECT version, length(text)::int AS n, agreed_by FROM goals WHERE id = $1', [id]))[0]).toEqual({ version: 1, n: 10_000, agreed_by: 'both' });
  });

  it('refuses goals of an archived partner (400 on partnerId) and answers 404 for an unknown one', async () => {
    const partner = await insertPartner(t.db);
    const goal = (await asLibrarian.post(`/api/v1/partners/${partner.id}/goals`).send({ text: 'Before', agreedBy: 'both' }).expect(201)).body;
    await setPartnerArchived(t.db, partner.id);
    const expected = [{ field: 'partnerId', message: 'This partner is archived. Restore it first.' }];
    expect((await asLibrarian.post(`/api/v1/partners/${partner.id}/goals`).send({ text: 'After', agreedBy: 'both' }).expect(400)).body.errors).toEqual(expected);
    expect((await asLibrarian.patch(`/api/v1/goals/${goal.id}`).send({ version: 1, text: 'Changed' }).expect(400)).body.errors).toEqual(expected);
    expect(await goalCount(partner.id)).toBe(1);
    expect((await asLibrarian.get(`/api/v1/partners/${partner.id}/goals`).expect(200)).body.items[0]).toMatchObject({ text: 'Before', version: 1 });

    const missing = '7d8e7a4e-8f2b-4a3b-9a41-5d7c2b1f0e99';
    await asLibrarian.post(`/api/v1/partners/${missing}/goals`).send({ text: 'Nowhere', agreedBy: 'both' }).expect(404);
    await asLibrarian.get(`/api/v1/partners/${missing}/goals`).expect(404);
    await asLibrarian.patch(`/api/v1/goals/${missing}`).send({ version: 1, text: 'X' }).expect(404);
    await asLibrarian.post(`/api/v1/goals/${missing}/restore`).send({ version: 1 }).expect(404);
  });
});
