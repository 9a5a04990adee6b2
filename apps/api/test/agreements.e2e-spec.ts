import { insertPartner, setPartnerArchived } from './factories/partner.factory';
import { auditEntriesOf, countForPartner, fieldsOf, type Staff, startPartnerWorld } from './partner-world';
import type { SignedInAgent, TestApp } from './test-app';

const END_BEFORE_START = [{ field: 'endsOn', message: 'Enter an end date on or after the start date' }];

describe('Agreements', () => {
  let t: TestApp;
  let manager: Staff;
  let librarian: Staff;
  let asAdmin: SignedInAgent;
  let asManager: SignedInAgent;
  let asLibrarian: SignedInAgent;
  let asOtherLibrarian: SignedInAgent;

  const agreementCount = (partnerId: string) => countForPartner(t.db, 'agreements', partnerId);
  const auditOf = (entityId: string) => auditEntriesOf(t.db, entityId);

  beforeAll(async () => {
    ({ t, manager, librarian, asAdmin, asManager, asLibrarian, asOtherLibrarian } = await startPartnerWorld());
  });
  afterAll(() => t.close());

  it('adds an agreement with defaults and audits it on the partner', async () => {
    const partner = await insertPartner(t.db);
    const created = await asLibrarian
      .post(`/api/v1/partners/${partner.id}/agreements`)
      .send({ kind: 'mou', title: '  Acuerdo de lectura de verano — 2026 ✍️  ', startsOn: '2026-01-01', endsOn: '2026-12-31', reviewOn: '2026-11-01', attachmentUrl: 'https://docs.library.example/mou/2026.pdf' })
      .expect(201);
    expect(created.body).toEqual({
      id: expect.any(String),
      partnerId: partner.id,
      kind: 'mou',
      title: 'Acuerdo de lectura de verano — 2026 ✍️',
      startsOn: '2026-01-01',
      endsOn: '2026-12-31',
      reviewOn: '2026-11-01',
      listsContributions: false,
      attachmentUrl: 'https://docs.library.example/mou/2026.pdf',
      createdAt: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/),
      updatedAt: expect.any(String),
      createdBy: librarian.id,
      version: 1,
      archivedAt: null,
    });
    expect((await asManager.get(`/api/v1/partners/${partner.id}/agreements`).expect(200)).body).toEqual({ items: [created.body], total: 1, nextCursor: null });

    const audit = await auditOf(created.body.id);
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ action: 'create', entity_type: 'agreement', actor_id: librarian.id, partner_id: partner.id });
    expect(audit[0]!.changes).toMatchObject({ kind: { before: null, after: 'mou' }, endsOn: { before: null, after: '2026-12-31' } });
    const viaApi = await asAdmin.get('/api/v1/audit').query({ entityId: created.body.id }).expect(200);
    expect(viaApi.body.items[0]).toMatchObject({ entityType: 'agreement', action: 'create', actor: { id: librarian.id } });

    // Only a kind and a title are needed.
    const minimal = await asLibrarian.post(`/api/v1/partners/${partner.id}/agreements`).send({ kind: 'informal', title: 'Handshake' }).expect(201);
    expect(minimal.body).toMatchObject({ startsOn: null, endsOn: null, reviewOn: null, listsContributions: false, attachmentUrl: null });
  });

  it('edits an agreement with before and after in the audit log', async () => {
    const partner = await insertPartner(t.db);
    const created = (await asLibrarian.post(`/api/v1/partners/${partner.id}/agreements`).send({ kind: 'letter', title: 'Letter of support' }).expect(201)).body;
    const updated = await asManager
      .patch(`/api/v1/agreements/${created.id}`)
      .send({ version: 1, kind: 'contract', listsContributions: true, reviewOn: '2027-03-01' })
      .expect(200);
    expect(updated.body).toMatchObject({ kind: 'contract', title: 'Letter of support', listsContributions: true, reviewOn: '2027-03-01', version: 2 });
    const audit = await auditOf(created.id);
    expect(audit[1]).toMatchObject({ action: 'update', actor_id: manager.id, partner_id: partner.id });
    expect(audit[1]!.changes).toEqual({
      kind: { before: 'letter', after: 'contract' },
      listsContributions: { before: false, after: true },
      reviewOn: { before: null, after: '2027-03-01' },
    });
  });

  it('lists a partner’s agreements by review date, those without one last', async () => {
    const partner = await insertPartner(t.db);
    const base = `/api/v1/partners/${partner.id}/agreements`;
    await asLibrarian.post(base).send({ kind: 'mou', title: 'No review date' }).expect(201);
    await asLibrarian.post(base).send({ kind: 'mou', title: 'Late', reviewOn: '2027-06-01' }).expect(201);
    await asLibrarian.post(base).send({ kind: 'mou', title: 'Early', reviewOn: '2026-02-01' }).expect(201);
    const listed = await asLibrarian.get(base).expect(200);
    expect(listed.body.items.map((a: { title: string }) => a.title)).toEqual(['Early', 'Late', 'No review date']);
  });

  it('refuses an agreement that ends before it starts, on create and on an edit of one date', async () => {
    const partner = await insertPartner(t.db);
    const base = `/api/v1/partners/${partner.id}/agreements`;
    const create = await asLibrarian.post(base).send({ kind: 'contract', title: 'Backwards', startsOn: '2026-06-01', endsOn: '2026-05-31' }).expect(400);
    expect(create.body.errors).toEqual(END_BEFORE_START);
    expect(await agreementCount(partner.id)).toBe(0);

    const sameDay = (await asLibrarian.post(base).send({ kind: 'contract', title: 'One day', startsOn: '2026-06-01', endsOn: '2026-06-01' }).expect(201)).body;
    const onlyEnd = await asLibrarian.patch(`/api/v1/agreements/${sameDay.id}`).send({ version: 1, endsOn: '2026-05-01' }).expect(400);
    expect(onlyEnd.body.errors).toEqual(END_BEFORE_START);
    const onlyStart = await asLibrarian.patch(`/api/v1/agreements/${sameDay.id}`).send({ version: 1, startsOn: '2026-07-01' }).expect(400);
    expect(onlyStart.body.errors).toEqual(END_BEFORE_START);
    expect((await t.db.query('SELECT starts_on::text, ends_on::text, version FROM agreements WHERE id = $1', [sameDay.id]))[0]).toEqual({
      starts_on: '2026-06-01',
      ends_on: '2026-06-01',
      version: 1,
    });
    // Both moved together is fine.
    await asLibrarian.patch(`/api/v1/agreements/${sameDay.id}`).send({ version: 1, startsOn: '2026-07-01', endsOn: '2027-06-30' }).expect(200);
  });

  it('answers bad input with a 400 naming the field and saves nothing', async () => {
    const partner = await insertPartner(t.db);
    const base = `/api/v1/partners/${partner.id}/agreements`;
    const cases: [Record<string, unknown>, string][] = [
      [{ kind: 'handshake', title: 'Valid' }, 'kind'],
      [{ title: 'Valid' }, 'kind'],
      [{ kind: 'mou', title: 't'.repeat(201) }, 'title'],
      [{ kind: 'mou', title: '' }, 'title'],
      [{ kind: 'mou', title: 'Valid', attachmentUrl: 'not a link' }, 'attachmentUrl'],
      [{ kind: 'mou', title: 'Valid', attachmentUrl: 'javascript:alert(1)' }, 'attachmentUrl'],
      [{ kind: 'mou', title: 'Valid', attachmentUrl: 'ftp://files.example/mou.pdf' }, 'attachmentUrl'],
      [{ kind: 'mou', title: 'Valid', attachmentUrl: 'docs.example/mou.pdf' }, 'attachmentUrl'],
      [{ kind: 'mou', title: 'Valid', startsOn: 'next week' }, 'startsOn'],
      [{ kind: 'mou', title: 'Valid', reviewOn: '2026-02-29' }, 'reviewOn'],
      [{ kind: 'mou', title: 'Valid', listsContributions: 'yes' }, 'listsContributions'],
      [{ kind: 'mou', title: 'Valid', signedBy: 'Someone' }, 'signedBy'],
    ];
    for (const [body, field] of cases) {
      const res = await asLibrarian.post(base).send(body);
      expect({ body, status: res.status, fields: fieldsOf(res.body) }).toEqual({ body, status: 400, fields: [field] });
    }
    expect(await agreementCount(partner.id)).toBe(0);

    const ok = (await asLibrarian.post(base).send({ kind: 'mou', title: 't'.repeat(200), attachmentUrl: 'http://intranet.example/mou' }).expect(201)).body;
    for (const body of [{ kind: 'unknown' }, { attachmentUrl: 'mailto:a@b.example' }, { title: null }, { listsContributions: null }]) {
      const res = await asLibrarian.patch(`/api/v1/agreements/${ok.id}`).send({ version: 1, ...body });
      expect({ status: res.status, fields: fieldsOf(res.body) }).toEqual({ status: 400, fields: Object.keys(body) });
    }
    expect((await t.db.query('SELECT version, kind, attachment_url FROM agreements WHERE id = $1', [ok.id]))[0]).toEqual({
      version: 1,
      kind: 'mou',
      attachment_url: 'http://intranet.example/mou',
    });
    // An empty link clears it.
    expect((await asLibrarian.patch(`/api/v1/agreements/${ok.id}`).send({ version: 1, attachmentUrl: '' }).expect(200)).body.attachmentUrl).toBeNull();
  });

  it('refuses an edit based on a stale version (409) and keeps the newer change', async () => {
    const partner = await insertPartner(t.db);
    const created = (await asLibrarian.post(`/api/v1/partners/${partner.id}/agreements`).send({ kind: 'mou', title: 'Original' }).expect(201)).body;
    await asLibrarian.patch(`/api/v1/agreements/${created.id}`).send({ version: 1, title: 'Newer' }).expect(200);
    const stale = await asOtherLibrarian.patch(`/api/v1/agreements/${created.id}`).send({ version: 1, title: 'Older' }).expect(409);
    expect(stale.body).toMatchObject({ status: 409, title: 'Someone else changed this first' });
    const listed = await asLibrarian.get(`/api/v1/partners/${partner.id}/agreements`).expect(200);
    expect(listed.body.items[0]).toMatchObject({ title: 'Newer', version: 2 });
  });

  it('lets librarians archive and restore only agreements they added; managers any', async () => {
    const partner = await insertPartner(t.db);
    const base = `/api/v1/partners/${partner.id}/agreements`;
    const agreement = (await asLibrarian.post(base).send({ kind: 'mou', title: 'Archivable' }).expect(201)).body;
    const byManager = (await asManager.post(base).send({ kind: 'letter', title: 'Manager’s' }).expect(201)).body;

    await asOtherLibrarian.post(`/api/v1/agreements/${agreement.id}/archive`).send({ version: 1 }).expect(403);
    await asLibrarian.post(`/api/v1/agreements/${byManager.id}/archive`).send({ version: 1 }).expect(403);
    expect((await asLibrarian.get(base).expect(200)).body.total).toBe(2);

    await asLibrarian.post(`/api/v1/agreements/${agreement.id}/archive`).send({ version: 1 }).expect(200);
    await asManager.post(`/api/v1/agreements/${byManager.id}/archive`).send({ version: 1 }).expect(200);
    expect((await asLibrarian.get(base).expect(200)).body.total).toBe(0);
    expect((await asLibrarian.get(base).query({ archived: 'all' }).expect(200)).body.total).toBe(2);

    await asOtherLibrarian.post(`/api/v1/agreements/${agreement.id}/restore`).send({ version: 2 }).expect(403);
    const restored = await asManager.post(`/api/v1/agreements/${agreement.id}/restore`).send({ version: 2 }).expect(200);
    expect(restored.body).toMatchObject({ archivedAt: null, version: 3 });

    expect((await auditOf(agreement.id)).map((a) => [a.action, a.actor_id, a.partner_id])).toEqual([
      ['create', librarian.id, partner.id],
      ['archive', librarian.id, partner.id],
      ['restore', manager.id, partner.id],
    ]);
  });

  it('refuses agreements of an archived partner (400 on partnerId) and answers 404 for an unknown one', async () => {
    const partner = await insertPartner(t.db);
    const agreement = (await asLibrarian.post(`/api/v1/partners/${partner.id}/agreements`).send({ kind: 'mou', title: 'Kept' }).expect(201)).body;
    await asLibrarian.post(`/api/v1/agreements/${agreement.id}/archive`).send({ version: 1 }).expect(200);
    await setPartnerArchived(t.db, partner.id);
    const expected = [{ field: 'partnerId', message: 'This partner is archived. Restore it first.' }];
    expect((await asLibrarian.post(`/api/v1/partners/${partner.id}/agreements`).send({ kind: 'mou', title: 'New' }).expect(400)).body.errors).toEqual(expected);
    expect((await asLibrarian.post(`/api/v1/agreements/${agreement.id}/restore`).send({ version: 2 }).expect(400)).body.errors).toEqual(expected);
    expect(await agreementCount(partner.id)).toBe(1);

    const missing = '7d8e7a4e-8f2b-4a3b-9a41-5d7c2b1f0e99';
    await asLibrarian.post(`/api/v1/partners/${missing}/agreements`).send({ kind: 'mou', title: 'Nowhere' }).expect(404);
    await asLibrarian.get(`/api/v1/partners/${missing}/agreements`).expect(404);
    await asLibrarian.patch(`/api/v1/agreements/${missing}`).send({ version: 1, title: 'X' }).expect(404);
  });
});
