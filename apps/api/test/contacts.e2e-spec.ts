import { insertPartner, setPartnerArchived } from './factories/partner.factory';
import { auditEntriesOf, countForPartner, fieldsOf, type Staff, startPartnerWorld } from './partner-world';
import type { SignedInAgent, TestApp } from './test-app';

describe('Contacts', () => {
  let t: TestApp;
  let admin: Staff;
  let manager: Staff;
  let librarian: Staff;
  let otherLibrarian: Staff;
  let asAdmin: SignedInAgent;
  let asManager: SignedInAgent;
  let asLibrarian: SignedInAgent;
  let asOtherLibrarian: SignedInAgent;

  const contactCount = (partnerId: string) => countForPartner(t.db, 'contacts', partnerId);
  const auditOf = (entityId: string) => auditEntriesOf(t.db, entityId);
  const livePrimaryIds = async (partnerId: string) =>
    ((await t.db.query('SELECT id FROM contacts WHERE partner_id = $1 AND is_primary AND archived_at IS NULL', [partnerId])) as { id: string }[]).map(
      (row) => row.id,
    );

  beforeAll(async () => {
    ({ t, admin, manager, librarian, otherLibrarian, asAdmin, asManager, asLibrarian, asOtherLibrarian } = await startPartnerWorld());
  });
  afterAll(() => t.close());

  it('adds a contact to a partner, reads it back and audits the creation on the partner', async () => {
    const partner = await insertPartner(t.db);
    const created = await asLibrarian
      .post(`/api/v1/partners/${partner.id}/contacts`)
      .send({ name: '  Ana Ruiz  ', title: 'Volunteer coordinator', email: 'ana.ruiz@riverside.example', phone: '555-0134', affiliationStart: '2024-09-01' })
      .expect(201);
    expect(created.body).toEqual({
      id: expect.any(String),
      partnerId: partner.id,
      name: 'Ana Ruiz',
      title: 'Volunteer coordinator',
      email: 'ana.ruiz@riverside.example',
      phone: '555-0134',
      isPrimary: false,
      affiliationStart: '2024-09-01',
      affiliationEnd: null,
      createdAt: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/),
      updatedAt: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/),
      createdBy: librarian.id,
      version: 1,
      archivedAt: null,
    });

    const read = await asManager.get(`/api/v1/contacts/${created.body.id}`).expect(200);
    expect(read.body).toEqual(created.body);
    const listed = await asManager.get(`/api/v1/partners/${partner.id}/contacts`).expect(200);
    expect(listed.body).toEqual({ items: [created.body], total: 1, nextCursor: null });

    const audit = await auditOf(created.body.id);
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ action: 'create', entity_type: 'contact', actor_id: librarian.id, partner_id: partner.id });
    expect(audit[0]!.changes).toMatchObject({ name: { before: null, after: 'Ana Ruiz' }, email: { before: null, after: 'ana.ruiz@riverside.example' } });

    const viaApi = await asAdmin.get('/api/v1/audit').query({ entityId: created.body.id }).expect(200);
    expect(viaApi.body.items).toEqual([
      expect.objectContaining({ action: 'create', entityType: 'contact', actor: { id: librarian.id, name: librarian.name } }),
    ]);
  });

  it('keeps Unicode and HTML exactly as typed', async () => {
    const partner = await insertPartner(t.db);
    const name = 'Zoë Ñúñez-Łukasiewicz 李小龍 🌱';
    const title = '<b>Directora</b> & "coordinadora"';
    const created = await asLibrarian.post(`/api/v1/partners/${partner.id}/contacts`).send({ name, title }).expect(201);
    expect(created.body).toMatchObject({ name, title });
    const read = await asLibrarian.get(`/api/v1/contacts/${created.body.id}`).expect(200);
    expect(read.body).toMatchObject({ name, title });
    expect((await t.db.query('SELECT name, title FROM contacts WHERE id = $1', [created.body.id]))[0]).toEqual({ name, title });
  });

  it('edits a contact with the version read, recording before and after', async () => {
    const partner = await insertPartner(t.db);
    const created = (await asLibrarian.post(`/api/v1/partners/${partner.id}/contacts`).send({ name: 'Kwame Mensah', email: 'kwame@partner.example' }).expect(201)).body;
    const updated = await asOtherLibrarian
      .patch(`/api/v1/contacts/${created.id}`)
      .send({ version: 1, title: 'Program director', email: null })
      .expect(200);
    expect(updated.body).toMatchObject({ name: 'Kwame Mensah', title: 'Program director', email: null, version: 2 });

    const audit = await auditOf(created.id);
    expect(audit.map((a) => a.action)).toEqual(['create', 'update']);
    expect(audit[1]).toMatchObject({ actor_id: otherLibrarian.id, partner_id: partner.id });
    expect(audit[1]!.changes).toEqual({
      title: { before: null, after: 'Program director' },
      email: { before: 'kwame@partner.example', after: null },
    });

    // Sending the stored values again changes nothing: same version, no audit entry.
    const same = await asLibrarian.patch(`/api/v1/contacts/${created.id}`).send({ version: 2, title: 'Program director' }).expect(200);
    expect(same.body.version).toBe(2);
    expect(await auditOf(created.id)).toHaveLength(2);
  });

  it('refuses an edit based on a stale version (409) and keeps the newer change', async () => {
    const partner = await insertPartner(t.db);
    const created = (await asLibrarian.post(`/api/v1/partners/${partner.id}/contacts`).send({ name: 'First Name' }).expect(201)).body;
    await asLibrarian.patch(`/api/v1/contacts/${created.id}`).send({ version: 1, name: 'Second Name' }).expect(200);
    const stale = await asManager.patch(`/api/v1/contacts/${created.id}`).send({ version: 1, name: 'Third Name' }).expect(409);
    expect(stale.body).toMatchObject({ status: 409, title: 'Someone else changed this first' });
    const now = await asLibrarian.get(`/api/v1/contacts/${created.id}`).expect(200);
    expect(now.body).toMatchObject({ name: 'Second Name', version: 2 });
    await asLibrarian.post(`/api/v1/contacts/${created.id}/archive`).send({ version: 1 }).expect(409);
    expect((await asLibrarian.get(`/api/v1/contacts/${created.id}`).expect(200)).body.archivedAt).toBeNull();
  });

  it('keeps one primary contact per partner: making one primary un-primaries the other, both audited', async () => {
    const partner = await insertPartner(t.db);
    const base = `/api/v1/partners/${partner.id}/contacts`;
    const zara = (await asLibrarian.post(base).send({ name: 'Zara Primary', isPrimary: true }).expect(201)).body;
    const adam = (await asLibrarian.post(base).send({ name: 'Adam Second' }).expect(201)).body;
    expect(zara.isPrimary).toBe(true);

    // Listing puts the primary first, then the rest by name.
    const bea = (await asLibrarian.post(base).send({ name: 'bea Third' }).expect(201)).body;
    let listed = await asLibrarian.get(base).expect(200);
    expect(listed.body.items.map((c: { name: string }) => c.name)).toEqual(['Zara Primary', 'Adam Second', 'bea Third']);

    // A new primary on create.
    const mia = (await asManager.post(base).send({ name: 'Mia New', isPrimary: true }).expect(201)).body;
    expect(await livePrimaryIds(partner.id)).toEqual([mia.id]);
    const zaraNow = (await asLibrarian.get(`/api/v1/contacts/${zara.id}`).expect(200)).body;
    expect(zaraNow).toMatchObject({ isPrimary: false, version: 2 });
    const zaraAudit = await auditOf(zara.id);
    expect(zaraAudit[1]).toMatchObject({ action: 'update', actor_id: manager.id, partner_id: partner.id, changes: { isPrimary: { before: true, after: false } } });

    // A new primary on edit.
    await asLibrarian.patch(`/api/v1/contacts/${adam.id}`).send({ version: adam.version, isPrimary: true }).expect(200);
    expect(await livePrimaryIds(partner.id)).toEqual([adam.id]);
    expect((await asLibrarian.get(`/api/v1/contacts/${mia.id}`).expect(200)).body).toMatchObject({ isPrimary: false, version: 2 });
    expect((await auditOf(mia.id)).map((a) => [a.action, a.changes.isPrimary?.after])).toEqual([
      ['create', true],
      ['update', false],
    ]);
    expect((await auditOf(adam.id))[1]).toMatchObject({ action: 'update', partner_id: partner.id, changes: { isPrimary: { before: false, after: true } } });

    listed = await asLibrarian.get(base).expect(200);
    expect(listed.body.items.map((c: { id: string }) => c.id)).toEqual([adam.id, bea.id, mia.id, zara.id]);

    // Another partner's primary is untouched.
    const other = await insertPartner(t.db);
    const otherPrimary = (await asLibrarian.post(`/api/v1/partners/${other.id}/contacts`).send({ name: 'Elsewhere', isPrimary: true }).expect(201)).body;
    expect(await livePrimaryIds(partner.id)).toEqual([adam.id]);
    expect(await livePrimaryIds(other.id)).toEqual([otherPrimary.id]);
  });

  it('never ends with two primary contacts when several are made primary at the same moment', async () => {
    const partner = await insertPartner(t.db);
    const base = `/api/v1/partners/${partner.id}/contacts`;
    await asLibrarian.post(base).send({ name: 'Current Primary', isPrimary: true }).expect(201);
    // TypeORM logs the unique violations the race is expected to cause; keep the test output readable.
    const quiet = jest.spyOn(console, 'log').mockImplementation(() => undefined);
    const results = await Promise.all(
      ['One', 'Two', 'Three', 'Four', 'Five'].map((n) => asLibrarian.post(base).send({ name: `Racer ${n}`, isPrimary: true })),
    ).finally(() => quiet.mockRestore());
    for (const res of results) {
      expect([201, 409]).toContain(res.status);
      if (res.status === 409) {
        expect(res.body).toMatchObject({ status: 409, title: 'This conflicts with existing information' });
        expect(res.body.detail).toMatch(/another contact primary/);
      }
    }
    const created = results.filter((r) => r.status === 201).length;
    expect(created).toBeGreaterThanOrEqual(1);
    expect(await livePrimaryIds(partner.id)).toHaveLength(1);
    expect(await contactCount(partner.id)).toBe(1 + created);
  });

  it('lets librarians archive and restore only contacts they added; managers any', async () => {
    const partner = await insertPartner(t.db);
    const base = `/api/v1/partners/${partner.id}/contacts`;
    const mine = (await asLibrarian.post(base).send({ name: 'Mine To Archive' }).expect(201)).body;

    const refused = await asOtherLibrarian.post(`/api/v1/contacts/${mine.id}/archive`).send({ version: 1 }).expect(403);
    expect(refused.body.detail).toMatch(/Only the person who added this contact/);
    expect((await asLibrarian.get(`/api/v1/contacts/${mine.id}`).expect(200)).body).toMatchObject({ archivedAt: null, version: 1 });

    const archived = await asLibrarian.post(`/api/v1/contacts/${mine.id}/archive`).send({ version: 1 }).expect(200);
    expect(archived.body).toMatchObject({ version: 2, archivedAt: expect.stringMatching(/^\d{4}-/) });

    expect((await asLibrarian.get(base).expect(200)).body.total).toBe(0);
    expect((await asLibrarian.get(base).query({ archived: 'true' }).expect(200)).body.items.map((c: { id: string }) => c.id)).toEqual([mine.id]);
    expect((await asLibrarian.get(base).query({ archived: 'all' }).expect(200)).body.total).toBe(1);
    await asLibrarian.get(base).query({ archived: 'maybe' }).expect(400);

    await asOtherLibrarian.post(`/api/v1/contacts/${mine.id}/restore`).send({ version: 2 }).expect(403);
    const restored = await asManager.post(`/api/v1/contacts/${mine.id}/restore`).send({ version: 2 }).expect(200);
    expect(restored.body).toMatchObject({ version: 3, archivedAt: null });

    // A manager may archive anyone's contact.
    await asManager.post(`/api/v1/contacts/${mine.id}/archive`).send({ version: 3 }).expect(200);

    const audit = await auditOf(mine.id);
    expect(audit.map((a) => [a.action, a.actor_id, a.partner_id])).toEqual([
      ['create', librarian.id, partner.id],
      ['archive', librarian.id, partner.id],
      ['restore', manager.id, partner.id],
      ['archive', manager.id, partner.id],
    ]);
    expect(audit[1]!.changes).toEqual({ archivedAt: { before: null, after: archived.body.archivedAt } });
    expect(audit[2]!.changes).toEqual({ archivedAt: { before: archived.body.archivedAt, after: null } });
  });

  it('restores a primary contact as not primary when the partner has another primary meanwhile', async () => {
    const partner = await insertPartner(t.db);
    const base = `/api/v1/partners/${partner.id}/contacts`;
    const old = (await asLibrarian.post(base).send({ name: 'Old Primary', isPrimary: true }).expect(201)).body;
    await asLibrarian.post(`/api/v1/contacts/${old.id}/archive`).send({ version: 1 }).expect(200);
    const replacement = (await asLibrarian.post(base).send({ name: 'New Primary', isPrimary: true }).expect(201)).body;

    const restored = await asLibrarian.post(`/api/v1/contacts/${old.id}/restore`).send({ version: 2 }).expect(200);
    expect(restored.body).toMatchObject({ isPrimary: false, archivedAt: null });
    expect(await livePrimaryIds(partner.id)).toEqual([replacement.id]);
    expect((await auditOf(old.id))[2]).toMatchObject({
      action: 'restore',
      changes: { isPrimary: { before: true, after: false }, archivedAt: { before: expect.any(String), after: null } },
    });

    // With no other primary, a primary contact comes back primary.
    const solo = await insertPartner(t.db);
    const only = (await asLibrarian.post(`/api/v1/partners/${solo.id}/contacts`).send({ name: 'Only Primary', isPrimary: true }).expect(201)).body;
    await asLibrarian.post(`/api/v1/contacts/${only.id}/archive`).send({ version: 1 }).expect(200);
    expect((await asLibrarian.post(`/api/v1/contacts/${only.id}/restore`).send({ version: 2 }).expect(200)).body.isPrimary).toBe(true);
  });

  it('refuses contacts of an archived partner (400 on partnerId) and saves nothing', async () => {
    const partner = await insertPartner(t.db);
    const kept = (await asLibrarian.post(`/api/v1/partners/${partner.id}/contacts`).send({ name: 'Before Archiving' }).expect(201)).body;
    await asLibrarian.post(`/api/v1/contacts/${kept.id}/archive`).send({ version: 1 }).expect(200);
    const live = (await asLibrarian.post(`/api/v1/partners/${partner.id}/contacts`).send({ name: 'Still Live' }).expect(201)).body;
    await setPartnerArchived(t.db, partner.id);

    const expected = [{ field: 'partnerId', message: 'This partner is archived. Restore it first.' }];
    const create = await asLibrarian.post(`/api/v1/partners/${partner.id}/contacts`).send({ name: 'Too Late' }).expect(400);
    expect(create.body).toMatchObject({ status: 400, errors: expected });
    const edit = await asLibrarian.patch(`/api/v1/contacts/${live.id}`).send({ version: 1, name: 'Renamed' }).expect(400);
    expect(edit.body.errors).toEqual(expected);
    const restore = await asLibrarian.post(`/api/v1/contacts/${kept.id}/restore`).send({ version: 2 }).expect(400);
    expect(restore.body.errors).toEqual(expected);

    expect(await contactCount(partner.id)).toBe(2);
    expect((await asLibrarian.get(`/api/v1/contacts/${live.id}`).expect(200)).body).toMatchObject({ name: 'Still Live', version: 1 });
    expect((await asLibrarian.get(`/api/v1/contacts/${kept.id}`).expect(200)).body.archivedAt).not.toBeNull();
    // An archived partner's contacts can still be read.
    expect((await asLibrarian.get(`/api/v1/partners/${partner.id}/contacts`).expect(200)).body.total).toBe(1);
  });

  it('answers bad input with a 400 naming the field and saves nothing', async () => {
    const partner = await insertPartner(t.db);
    const base = `/api/v1/partners/${partner.id}/contacts`;
    const cases: [Record<string, unknown>, string][] = [
      [{ name: 'n'.repeat(201) }, 'name'],
      [{ name: '   ' }, 'name'],
      [{}, 'name'],
      [{ name: 'Valid', email: 'not-an-email' }, 'email'],
      [{ name: 'Valid', affiliationStart: '2026-02-30' }, 'affiliationStart'],
      [{ name: 'Valid', affiliationStart: '01/02/2026' }, 'affiliationStart'],
      [{ name: 'Valid', isPrimary: 'yes' }, 'isPrimary'],
      [{ name: 'Valid', phone: '5'.repeat(51) }, 'phone'],
      [{ name: 'Valid', partnerId: partner.id }, 'partnerId'],
      [{ name: 'Valid', affiliationStart: '2025-06-01', affiliationEnd: '2025-05-31' }, 'affiliationEnd'],
    ];
    for (const [body, field] of cases) {
      const res = await asLibrarian.post(base).send(body);
      expect({ body, status: res.status, fields: fieldsOf(res.body) }).toEqual({ body, status: 400, fields: [field] });
    }
    const endBeforeStart = await asLibrarian.post(base).send({ name: 'Valid', affiliationStart: '2025-06-01', affiliationEnd: '2025-05-31' }).expect(400);
    expect(endBeforeStart.body.errors).toEqual([{ field: 'affiliationEnd', message: 'Enter an end date on or after the start date' }]);
    expect(await contactCount(partner.id)).toBe(0);

    // 200 characters is allowed; the same day for start and end too.
    const longest = await asLibrarian.post(base).send({ name: 'n'.repeat(200), affiliationStart: '2025-06-01', affiliationEnd: '2025-06-01' }).expect(201);

    // On edit, one date is checked against the stored other one.
    const id = longest.body.id as string;
    const onlyEnd = await asLibrarian.patch(`/api/v1/contacts/${id}`).send({ version: 1, affiliationEnd: '2025-05-01' }).expect(400);
    expect(onlyEnd.body.errors).toEqual([{ field: 'affiliationEnd', message: 'Enter an end date on or after the start date' }]);
    await asLibrarian.patch(`/api/v1/contacts/${id}`).send({ version: 1, affiliationStart: '2025-07-01' }).expect(400);
    await asLibrarian.patch(`/api/v1/contacts/${id}`).send({ version: 1, name: null }).expect(400);
    await asLibrarian.patch(`/api/v1/contacts/${id}`).send({ version: 1, email: 'still not an email' }).expect(400);
    await asLibrarian.patch(`/api/v1/contacts/${id}`).send({ name: 'No Version' }).expect(400);
    expect((await asLibrarian.get(`/api/v1/contacts/${id}`).expect(200)).body).toMatchObject({
      affiliationStart: '2025-06-01',
      affiliationEnd: '2025-06-01',
      version: 1,
    });
    expect(await contactCount(partner.id)).toBe(1);
    // Clearing the start date makes any end date fine.
    await asLibrarian.patch(`/api/v1/contacts/${id}`).send({ version: 1, affiliationStart: null, affiliationEnd: '2020-01-01' }).expect(200);
  });

  it('answers 404 for an unknown partner or contact', async () => {
    const missing = '7d8e7a4e-8f2b-4a3b-9a41-5d7c2b1f0e99';
    const create = await asLibrarian.post(`/api/v1/partners/${missing}/contacts`).send({ name: 'Nobody' }).expect(404);
    expect(create.body).toMatchObject({ status: 404, detail: expect.stringMatching(/partner/) });
    await asLibrarian.get(`/api/v1/partners/${missing}/contacts`).expect(404);
    await asLibrarian.get(`/api/v1/partners/not-an-id/contacts`).expect(404);
    await asLibrarian.get(`/api/v1/contacts/${missing}`).expect(404);
    await asLibrarian.patch(`/api/v1/contacts/${missing}`).send({ version: 1, name: 'X' }).expect(404);
    await asLibrarian.post(`/api/v1/contacts/${missing}/archive`).send({ version: 1 }).expect(404);
    expect((await t.db.query('SELECT count(*)::int AS n FROM contacts WHERE partner_id = $1', [missing]))[0].n).toBe(0);
  });

  it('needs a session', async () => {
    const partner = await insertPartner(t.db);
    await t.http().get(`/api/v1/partners/${partner.id}/contacts`).expect(401);
    await t.http().post(`/api/v1/partners/${partner.id}/contacts`).set('X-Requested-With', 'x').send({ name: 'Anon' }).expect(401);
    expect(await contactCount(partner.id)).toBe(0);
  });

  it('pages the list', async () => {
    const partner = await insertPartner(t.db);
    const base = `/api/v1/partners/${partner.id}/contacts`;
    for (const n of ['C', 'A', 'B']) await asLibrarian.post(base).send({ name: `Pager ${n}` }).expect(201);
    const first = await asLibrarian.get(base).query({ limit: 2 }).expect(200);
    expect(first.body.items.map((c: { name: string }) => c.name)).toEqual(['Pager A', 'Pager B']);
    expect(first.body.total).toBe(3);
    const second = await asLibrarian.get(base).query({ limit: 2, cursor: first.body.nextCursor }).expect(200);
    expect(second.body.items.map((c: { name: string }) => c.name)).toEqual(['Pager C']);
    expect(second.body.nextCursor).toBeNull();
  });
});
