import { type SignedInAgent, type TestApp, startTestApp } from './test-app';

type Staff = { id: string; email: string; name: string };

describe('Partners: create, edit, archive, restore', () => {
  let t: TestApp;
  let librarian: Staff;
  let otherLibrarian: Staff;
  let manager: Staff;
  let asLibrarian: SignedInAgent;
  let asOtherLibrarian: SignedInAgent;
  let asManager: SignedInAgent;

  const partnerCount = async () => (await t.db.query('SELECT count(*)::int AS n FROM partners'))[0].n as number;
  const auditCount = async () => (await t.db.query("SELECT count(*)::int AS n FROM audit_entries WHERE entity_type = 'partner'"))[0].n as number;
  const create = (agent: SignedInAgent, body: Record<string, unknown>) => agent.post('/api/v1/partners').send(body);

  beforeAll(async () => {
    t = await startTestApp();
    librarian = await t.createStaff('librarian', { name: 'Lena Okafor' });
    otherLibrarian = await t.createStaff('librarian', { name: 'Priya Natarajan' });
    manager = await t.createStaff('manager', { name: 'Marcus Reyes' });
    asLibrarian = await t.signIn(librarian.email);
    asOtherLibrarian = await t.signIn(otherLibrarian.email);
    asManager = await t.signIn(manager.email);
  });
  afterAll(() => t.close());

  it('creates a partner with defaults, returns the full shape, and audits it with its partnerId', async () => {
    const res = await create(asLibrarian, { name: '  Riverside Food Bank  ', type: 'social-service-nonprofit', tags: [' food ', 'food', 'summer'] }).expect(201);
    expect(res.body).toEqual({
      id: expect.any(String),
      name: 'Riverside Food Bank',
      type: 'social-service-nonprofit',
      website: null,
      address: null,
      description: '',
      focusAreas: [],
      publics: [],
      interactionTypes: [],
      impactAreas: [],
      stage: 'prospect',
      liaison: null,
      contactCadenceDays: 30,
      collaborationLevelLibrary: null,
      collaborationLevelPartner: null,
      tags: ['food', 'summer'],
      primaryContact: null,
      nextReviewOn: null,
      needsReview: false,
      lastContactAt: null,
      health: null,
      createdAt: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/),
      updatedAt: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/),
      createdBy: librarian.id,
      version: 1,
      archivedAt: null,
    });
    const entries = await t.db.query('SELECT action, partner_id, actor_id, changes FROM audit_entries WHERE entity_id = $1', [res.body.id]);
    expect(entries).toEqual([
      expect.objectContaining({ action: 'create', partner_id: res.body.id, actor_id: librarian.id }),
    ]);
    expect(entries[0].changes.name).toEqual({ before: null, after: 'Riverside Food Bank' });
    expect((await asManager.get(`/api/v1/partners/${res.body.id}`).expect(200)).body).toEqual(res.body);
  });

  it('saves every field as sent, with a liaison shown by name', async () => {
    const res = await create(asLibrarian, {
      name: 'Northside Health Clinic',
      type: 'health-provider',
      stage: 'exploring',
      website: 'https://northside-health.example/about',
      address: '4 Elm Street\nNorthside',
      description: 'Free clinic; runs flu-shot days in branches.',
      focusAreas: ['health-wellness', 'lifelong-learning'],
      publics: ['older-adults', 'families'],
      interactionTypes: ['providing-space', 'co-delivering'],
      impactAreas: ['healthy', 'caring'],
      liaisonId: librarian.id,
      contactCadenceDays: 14,
      collaborationLevelLibrary: 0,
      collaborationLevelPartner: 5,
    }).expect(201);
    expect(res.body).toMatchObject({
      website: 'https://northside-health.example/about',
      address: '4 Elm Street\nNorthside',
      focusAreas: ['health-wellness', 'lifelong-learning'],
      publics: ['older-adults', 'families'],
      interactionTypes: ['providing-space', 'co-delivering'],
      impactAreas: ['healthy', 'caring'],
      stage: 'exploring',
      liaison: { id: librarian.id, name: 'Lena Okafor' },
      contactCadenceDays: 14,
      collaborationLevelLibrary: 0,
      collaborationLevelPartner: 5,
    });
  });

  it('round-trips Unicode names exactly and stores HTML as typed', async () => {
    const names = ['Bibliothèque Café Noël', '市立図書館友の会', 'Rainbow Readers 🌈📚', 'جمعية أصدقاء المكتبة', 'Zoë & Søren’s “Books”'];
    for (const name of names) {
      const created = await create(asLibrarian, { name, type: 'civic-community-group' }).expect(201);
      expect(created.body.name).toBe(name);
      expect((await asLibrarian.get(`/api/v1/partners/${created.body.id}`).expect(200)).body.name).toBe(name);
    }
    const html = '<script>alert(1)</script>';
    const res = await create(asLibrarian, { name: html, type: 'media', description: `<b>bold</b> ${html}` }).expect(201);
    const stored = (await t.db.query('SELECT name, description FROM partners WHERE id = $1', [res.body.id]))[0];
    expect(stored).toEqual({ name: html, description: `<b>bold</b> ${html}` });
    expect((await asLibrarian.get(`/api/v1/partners/${res.body.id}`).expect(200)).body.name).toBe(html);
  });

  it('answers each bad input with a 400 naming the field, and saves nothing', async () => {
    const inactive = await t.createStaff('librarian');
    await t.db.query('UPDATE users SET active = false WHERE id = $1', [inactive.id]);
    const valid = { name: 'Valid Name For Bad Inputs', type: 'museum' };
    const cases: [Record<string, unknown>, string][] = [
      [{ ...valid, name: 'n'.repeat(201) }, 'name'],
      [{ ...valid, name: '   ' }, 'name'],
      [{ type: 'museum' }, 'name'],
      [{ ...valid, description: 'd'.repeat(10_001) }, 'description'],
      [{ ...valid, address: 'a'.repeat(10_001) }, 'address'],
      [{ ...valid, website: 'not a url' }, 'website'],
      [{ ...valid, website: 'ftp://files.example/x' }, 'website'],
      [{ ...valid, website: 'riverside.example' }, 'website'],
      [{ ...valid, type: 'zoo' }, 'type'],
      [{ ...valid, stage: 'married' }, 'stage'],
      [{ ...valid, focusAreas: ['stem', 'astrology'] }, 'focusAreas'],
      [{ ...valid, focusAreas: ['stem', 'stem'] }, 'focusAreas'],
      [{ ...valid, publics: ['cats'] }, 'publics'],
      [{ ...valid, impactAreas: 'healthy' }, 'impactAreas'],
      [{ ...valid, liaisonId: inactive.id }, 'liaisonId'],
      [{ ...valid, liaisonId: '7d8e7a4e-8f2b-4a3b-9a41-5d7c2b1f0e99' }, 'liaisonId'],
      [{ ...valid, liaisonId: 'not-an-id' }, 'liaisonId'],
      [{ ...valid, contactCadenceDays: 0 }, 'contactCadenceDays'],
      [{ ...valid, contactCadenceDays: 3651 }, 'contactCadenceDays'],
      [{ ...valid, contactCadenceDays: 1.5 }, 'contactCadenceDays'],
      [{ ...valid, collaborationLevelLibrary: 6 }, 'collaborationLevelLibrary'],
      [{ ...valid, tags: ['x'.repeat(51)] }, 'tags'],
      [{ ...valid, tags: Array.from({ length: 21 }, (_, i) => `t${i}`) }, 'tags'],
      [{ ...valid, tags: [''] }, 'tags'],
      [{ ...valid, isVip: true }, 'isVip'],
    ];
    const partnersBefore = await partnerCount();
    const auditBefore = await auditCount();
    for (const [body, field] of cases) {
      const res = await create(asLibrarian, body);
      expect({ field, status: res.status }).toEqual({ field, status: 400 });
      expect(res.body.errors.map((e: { field: string }) => e.field)).toEqual([field]);
      expect(res.body.errors[0].message).toEqual(expect.any(String));
    }
    const liaison = await create(asLibrarian, { ...valid, liaisonId: inactive.id }).expect(400);
    expect(liaison.body.errors).toEqual([{ field: 'liaisonId', message: 'Choose an active staff member as liaison' }]);
    expect(await partnerCount()).toBe(partnersBefore);
    expect(await auditCount()).toBe(auditBefore);
  });

  it('refuses bad edits field by field and keeps the partner as it was', async () => {
    const partner = (await create(asLibrarian, { name: 'Edit Guard Library', type: 'other-library' }).expect(201)).body;
    for (const [body, field] of [
      [{ name: null }, 'name'],
      [{ type: null }, 'type'],
      [{ website: 'javascript:alert(1)' }, 'website'],
      [{ focusAreas: null }, 'focusAreas'],
      [{ description: 'd'.repeat(10_001) }, 'description'],
    ] as const) {
      const res = await asLibrarian.patch(`/api/v1/partners/${partner.id}`).send({ version: 1, ...body }).expect(400);
      expect(res.body.errors.map((e: { field: string }) => e.field)).toEqual([field]);
    }
    await asLibrarian.patch(`/api/v1/partners/${partner.id}`).send({ name: 'No version' }).expect(400);
    expect((await asLibrarian.get(`/api/v1/partners/${partner.id}`).expect(200)).body).toEqual(partner);
  });

  it('edits a partner, bumps the version, and audits the stage move with before and after', async () => {
    const partner = (await create(asLibrarian, { name: 'Eastgate High School', type: 'k12-school', stage: 'exploring' }).expect(201)).body;
    const res = await asLibrarian
      .patch(`/api/v1/partners/${partner.id}`)
      .send({ version: 1, stage: 'active', website: 'http://eastgate.example', tags: ['teens'] })
      .expect(200);
    expect(res.body).toMatchObject({ stage: 'active', website: 'http://eastgate.example', tags: ['teens'], version: 2, name: 'Eastgate High School' });
    const entries = await t.db.query("SELECT changes, partner_id FROM audit_entries WHERE entity_id = $1 AND action = 'update'", [partner.id]);
    expect(entries).toHaveLength(1);
    expect(entries[0].partner_id).toBe(partner.id);
    expect(entries[0].changes).toEqual({
      stage: { before: 'exploring', after: 'active' },
      website: { before: null, after: 'http://eastgate.example' },
      tags: { before: [], after: ['teens'] },
    });
    // Clearing a nullable field with null.
    const cleared = await asLibrarian.patch(`/api/v1/partners/${partner.id}`).send({ version: 2, website: null }).expect(200);
    expect(cleared.body).toMatchObject({ website: null, version: 3 });
  });

  it('refuses an edit based on a stale version (409) and keeps the newer change', async () => {
    const partner = (await create(asLibrarian, { name: 'Stale Version Society', type: 'civic-community-group' }).expect(201)).body;
    await asLibrarian.patch(`/api/v1/partners/${partner.id}`).send({ version: 1, description: 'First' }).expect(200);
    const stale = await asOtherLibrarian.patch(`/api/v1/partners/${partner.id}`).send({ version: 1, description: 'Second' }).expect(409);
    expect(stale.body).toMatchObject({ status: 409, title: 'Someone else changed this first' });
    await asManager.post(`/api/v1/partners/${partner.id}/archive`).send({ version: 1 }).expect(409);
    expect((await asLibrarian.get(`/api/v1/partners/${partner.id}`).expect(200)).body).toMatchObject({ description: 'First', version: 2, archivedAt: null });
  });

  it('refuses a second live partner with the same name in any case (409 partner_name_taken), on create and rename', async () => {
    await create(asLibrarian, { name: 'Harbor Arts Council', type: 'arts-cultural' }).expect(201);
    const before = await partnerCount();
    const res = await create(asOtherLibrarian, { name: 'HARBOR arts council', type: 'arts-cultural' }).expect(409);
    expect(res.body).toMatchObject({
      status: 409,
      title: 'A partner with that name already exists',
      detail: '"HARBOR arts council" is already a partner.',
      errors: [{ field: 'name', message: expect.stringContaining('is already a partner') }],
    });
    expect(await partnerCount()).toBe(before);

    const other = (await create(asLibrarian, { name: 'Harbour Arts', type: 'arts-cultural' }).expect(201)).body;
    await asLibrarian.patch(`/api/v1/partners/${other.id}`).send({ version: 1, name: 'harbor ARTS council' }).expect(409);
    // Changing only the letter case of its own name is fine.
    await asLibrarian.patch(`/api/v1/partners/${other.id}`).send({ version: 1, name: 'HARBOUR ARTS' }).expect(200);
  });

  it('translates the unique index into 409 when two people add the same name at once', async () => {
    const results = await Promise.all(
      [asLibrarian, asOtherLibrarian, asManager].map((agent) => create(agent, { name: 'Simultaneous Partners Inc', type: 'business' })),
    );
    expect(results.map((r) => r.status).sort()).toEqual([201, 409, 409]);
    for (const r of results.filter((r) => r.status === 409)) expect(r.body.title).toBe('A partner with that name already exists');
    expect((await t.db.query("SELECT count(*)::int AS n FROM partners WHERE name = 'Simultaneous Partners Inc'"))[0].n).toBe(1);
  });

  it('allows the name of an archived partner, and refuses to restore into a name now taken', async () => {
    const old = (await create(asLibrarian, { name: 'Westside Youth League', type: 'civic-community-group' }).expect(201)).body;
    const archived = await asLibrarian.post(`/api/v1/partners/${old.id}/archive`).send({ version: 1 }).expect(200);
    expect(archived.body).toMatchObject({ archivedAt: expect.any(String), version: 2 });
    const replacement = await create(asLibrarian, { name: 'westside youth league', type: 'civic-community-group' }).expect(201);
    const restore = await asLibrarian.post(`/api/v1/partners/${old.id}/restore`).send({ version: 2 }).expect(409);
    expect(restore.body).toMatchObject({ title: 'A partner with that name already exists', detail: '"Westside Youth League" is already a partner.' });
    expect((await asLibrarian.get(`/api/v1/partners/${old.id}`).expect(200)).body).toMatchObject({ archivedAt: expect.any(String), version: 2 });
    // Once the new one is archived, the old one can come back.
    await asLibrarian.post(`/api/v1/partners/${replacement.body.id}/archive`).send({ version: 1 }).expect(200);
    const restored = await asLibrarian.post(`/api/v1/partners/${old.id}/restore`).send({ version: 2 }).expect(200);
    expect(restored.body).toMatchObject({ archivedAt: null, version: 3 });
    const actions = await t.db.query('SELECT action, changes FROM audit_entries WHERE entity_id = $1 ORDER BY sequence', [old.id]);
    expect(actions.map((a: { action: string }) => a.action)).toEqual(['create', 'archive', 'restore']);
    expect(actions[1].changes.archivedAt).toEqual({ before: null, after: archived.body.archivedAt });
  });

  it('lets a librarian archive only partners they added; a manager archives any', async () => {
    const mine = (await create(asLibrarian, { name: 'Mine To Archive', type: 'business' }).expect(201)).body;
    const theirs = (await create(asOtherLibrarian, { name: 'Not Mine To Archive', type: 'business' }).expect(201)).body;
    const refused = await asLibrarian.post(`/api/v1/partners/${theirs.id}/archive`).send({ version: 1 }).expect(403);
    expect(refused.body.title).toBe('You do not have permission to do this');
    expect((await asLibrarian.get(`/api/v1/partners/${theirs.id}`).expect(200)).body.archivedAt).toBeNull();
    await asLibrarian.post(`/api/v1/partners/${mine.id}/archive`).send({ version: 1 }).expect(200);
    await asManager.post(`/api/v1/partners/${theirs.id}/archive`).send({ version: 1 }).expect(200);
    await asLibrarian.post(`/api/v1/partners/${theirs.id}/restore`).send({ version: 2 }).expect(403);
    await asManager.post(`/api/v1/partners/${theirs.id}/restore`).send({ version: 2 }).expect(200);
  });

  it('lets anyone set a liaison, but only managers reassign one (403 for a librarian)', async () => {
    const partner = (await create(asLibrarian, { name: 'Liaison Rules Museum', type: 'museum' }).expect(201)).body;
    const set = await asLibrarian.patch(`/api/v1/partners/${partner.id}`).send({ version: 1, liaisonId: librarian.id }).expect(200);
    expect(set.body.liaison).toEqual({ id: librarian.id, name: 'Lena Okafor' });

    const refused = await asLibrarian.patch(`/api/v1/partners/${partner.id}`).send({ version: 2, liaisonId: otherLibrarian.id }).expect(403);
    expect(refused.body.detail).toMatch(/Only managers can reassign liaisons/);
    await asLibrarian.patch(`/api/v1/partners/${partner.id}`).send({ version: 2, liaisonId: null }).expect(403);
    // Sending the same liaison back with other edits is not a reassignment.
    await asLibrarian.patch(`/api/v1/partners/${partner.id}`).send({ version: 2, liaisonId: librarian.id, description: 'ok' }).expect(200);

    const reassigned = await asManager.patch(`/api/v1/partners/${partner.id}`).send({ version: 3, liaisonId: otherLibrarian.id }).expect(200);
    expect(reassigned.body.liaison).toEqual({ id: otherLibrarian.id, name: 'Priya Natarajan' });
    const inactive = await t.createStaff('manager');
    await t.db.query('UPDATE users SET active = false WHERE id = $1', [inactive.id]);
    const bad = await asManager.patch(`/api/v1/partners/${partner.id}`).send({ version: 4, liaisonId: inactive.id }).expect(400);
    expect(bad.body.errors).toEqual([{ field: 'liaisonId', message: 'Choose an active staff member as liaison' }]);
    expect((await asManager.get(`/api/v1/partners/${partner.id}`).expect(200)).body).toMatchObject({ version: 4, liaison: { id: otherLibrarian.id } });
  });

  it('answers 404 for an unknown or malformed id', async () => {
    await asLibrarian.get('/api/v1/partners/7d8e7a4e-8f2b-4a3b-9a41-5d7c2b1f0e99').expect(404);
    await asLibrarian.get('/api/v1/partners/not-an-id').expect(404);
    await asLibrarian.patch('/api/v1/partners/7d8e7a4e-8f2b-4a3b-9a41-5d7c2b1f0e99').send({ version: 1, name: 'x' }).expect(404);
    await asManager.post('/api/v1/partners/7d8e7a4e-8f2b-4a3b-9a41-5d7c2b1f0e99/archive').send({ version: 1 }).expect(404);
  });

  it('is closed to visitors without a session', async () => {
    await t.http().get('/api/v1/partners').expect(401);
    await t.http().post('/api/v1/partners').set('X-Requested-With', 'x').send({ name: 'Sneaky', type: 'business' }).expect(401);
  });
});
