import { type SignedInAgent, type TestApp, startTestApp } from './test-app';

const newLibrarian = (email: string) => ({ name: 'Priya Natarajan', email, role: 'librarian', password: 'temporary-password-1' });

describe('Staff accounts', () => {
  let t: TestApp;
  let admin: { id: string; email: string; name: string };
  let asAdmin: SignedInAgent;

  const userCount = async () => (await t.db.query('SELECT count(*)::int AS n FROM users'))[0].n as number;

  beforeAll(async () => {
    t = await startTestApp();
    admin = await t.createStaff('admin');
    asAdmin = await t.signIn(admin.email);
  });
  afterAll(() => t.close());

  it('is closed to librarians and managers (403), including the audit log', async () => {
    for (const role of ['librarian', 'manager'] as const) {
      const staff = await t.createStaff(role);
      const agent = await t.signIn(staff.email);
      const res = await agent.get('/api/v1/users').expect(403);
      expect(res.body).toMatchObject({ status: 403, title: 'You do not have permission to do this' });
      await agent.post('/api/v1/users').send(newLibrarian(`blocked-${role}@library.test`)).expect(403);
      await agent.get('/api/v1/audit').expect(403);
    }
    expect((await t.db.query("SELECT count(*)::int AS n FROM users WHERE email LIKE 'blocked-%'"))[0].n).toBe(0);
  });

  it('lets an administrator create a librarian who can then sign in, and audits it', async () => {
    const created = await asAdmin.post('/api/v1/users').send(newLibrarian('priya@library.test')).expect(201);
    expect(created.body).toMatchObject({ name: 'Priya Natarajan', email: 'priya@library.test', role: 'librarian', active: true, version: 1 });
    expect(created.body).not.toHaveProperty('passwordHash');
    await t.signIn('priya@library.test', 'temporary-password-1');

    const audit = await asAdmin.get('/api/v1/audit').query({ entityId: created.body.id }).expect(200);
    expect(audit.body.items).toHaveLength(1);
    expect(audit.body.items[0]).toMatchObject({
      action: 'create',
      entityType: 'user',
      actor: { id: admin.id, name: admin.name },
      changes: { role: { before: null, after: 'librarian' }, email: { before: null, after: 'priya@library.test' } },
    });
    expect(JSON.stringify(audit.body)).not.toContain('temporary-password-1');
  });

  it('refuses a second account with the same email in another letter case (409 on the email field)', async () => {
    await asAdmin.post('/api/v1/users').send(newLibrarian('sam@library.test')).expect(201);
    const before = await userCount();
    const res = await asAdmin.post('/api/v1/users').send(newLibrarian('SAM@Library.test')).expect(409);
    expect(res.body.errors).toEqual([{ field: 'email', message: expect.stringMatching(/already uses/) }]);
    expect(await userCount()).toBe(before);
  });

  it('answers bad input with field-by-field 400 problems and changes nothing', async () => {
    const before = await userCount();
    const unknownField = await asAdmin.post('/api/v1/users').send({ ...newLibrarian('x1@library.test'), isSuperuser: true }).expect(400);
    expect(unknownField.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(unknownField.body.errors).toEqual([{ field: 'isSuperuser', message: expect.stringMatching(/not a field/) }]);

    const wrongType = await asAdmin.post('/api/v1/users').send({ ...newLibrarian('x2@library.test'), name: 42, role: 'director' }).expect(400);
    expect(wrongType.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['name', 'role']);
    expect(wrongType.body.errors.find((e: { field: string }) => e.field === 'name').message).toBe('Enter the person’s full name.');

    const malformed = await asAdmin.post('/api/v1/users').set('Content-Type', 'application/json').send('{"name": "Half').expect(400);
    expect(malformed.body).toMatchObject({ status: 400, title: 'The request body is not valid JSON' });

    const huge = await asAdmin.post('/api/v1/users').send({ ...newLibrarian('x3@library.test'), name: 'n'.repeat(1_100_000) }).expect(413);
    expect(huge.body).toMatchObject({ status: 413, title: 'The request is too large' });

    await asAdmin.get('/api/v1/users').query({ limit: 500 }).expect(400);
    await asAdmin.get('/api/v1/users').query({ sort: 'password' }).expect(400);
    expect(await userCount()).toBe(before);
  });

  it('refuses an edit based on a stale version (409) and keeps the newer change', async () => {
    const created = (await asAdmin.post('/api/v1/users').send(newLibrarian('stale@library.test')).expect(201)).body;
    await asAdmin.patch(`/api/v1/users/${created.id}`).send({ version: 1, name: 'First Edit' }).expect(200);
    const stale = await asAdmin.patch(`/api/v1/users/${created.id}`).send({ version: 1, name: 'Second Edit' }).expect(409);
    expect(stale.body.title).toBe('Someone else changed this first');
    const now = await asAdmin.get(`/api/v1/users/${created.id}`).expect(200);
    expect(now.body).toMatchObject({ name: 'First Edit', version: 2 });
  });

  it('changes a role and records before and after in the audit log', async () => {
    const created = (await asAdmin.post('/api/v1/users').send(newLibrarian('promote@library.test')).expect(201)).body;
    const updated = await asAdmin.patch(`/api/v1/users/${created.id}`).send({ version: created.version, role: 'manager' }).expect(200);
    expect(updated.body).toMatchObject({ role: 'manager', version: 2 });
    const audit = await asAdmin.get('/api/v1/audit').query({ entityId: created.id }).expect(200);
    expect(audit.body.items[0]).toMatchObject({ action: 'update', changes: { role: { before: 'librarian', after: 'manager' } } });
    expect(Object.keys(audit.body.items[0].changes)).toEqual(['role']);
  });

  it('applies a role change to the person’s open session on their next request', async () => {
    const manager = await t.createStaff('manager');
    const asManager = await t.signIn(manager.email);
    // Twice: the second request is answered from the sessions the API remembers for a few seconds.
    await asManager.get('/api/v1/health/portfolio').expect(200);
    await asManager.get('/api/v1/health/portfolio').expect(200);
    const current = (await asAdmin.get(`/api/v1/users/${manager.id}`).expect(200)).body;
    await asAdmin.patch(`/api/v1/users/${manager.id}`).send({ version: current.version, role: 'librarian' }).expect(200);
    await asManager.get('/api/v1/health/portfolio').expect(403);
    expect((await asManager.get('/api/v1/auth/me').expect(200)).body).toMatchObject({ id: manager.id, role: 'librarian' });
  });

  it('ends a deactivated person’s existing session at once, and they cannot sign in again', async () => {
    const librarian = await t.createStaff('librarian');
    const asLibrarian = await t.signIn(librarian.email);
    await asLibrarian.get('/api/v1/auth/me').expect(200);
    const current = (await asAdmin.get(`/api/v1/users/${librarian.id}`).expect(200)).body;
    const res = await asAdmin.post(`/api/v1/users/${librarian.id}/deactivate`).send({ version: current.version }).expect(200);
    expect(res.body.active).toBe(false);
    await asLibrarian.get('/api/v1/auth/me').expect(401);
    await t.http().post('/api/v1/auth/login').set('X-Requested-With', 'x').send({ email: librarian.email, password: 'a-test-password-1234' }).expect(401);

    const listed = await asAdmin.get('/api/v1/users').query({ q: librarian.email }).expect(200);
    expect(listed.body.total).toBe(0);
    const withInactive = await asAdmin.get('/api/v1/users').query({ q: librarian.email, includeInactive: 'true' }).expect(200);
    expect(withInactive.body.items).toEqual([expect.objectContaining({ id: librarian.id, active: false })]);
  });

  it('never lets the last active administrator be deactivated or demoted', async () => {
    // A fresh database of our own, so "last administrator" is about this test alone.
    const own = await startTestApp();
    try {
      const onlyAdmin = await own.createStaff('admin');
      const agent = await own.signIn(onlyAdmin.email);
      const me = (await agent.get(`/api/v1/users/${onlyAdmin.id}`).expect(200)).body;
      const deactivate = await agent.post(`/api/v1/users/${onlyAdmin.id}/deactivate`).send({ version: me.version }).expect(409);
      expect(deactivate.body.title).toBe('The library needs at least one active administrator');
      await agent.patch(`/api/v1/users/${onlyAdmin.id}`).send({ version: me.version, role: 'manager' }).expect(409);
      expect((await agent.get(`/api/v1/users/${onlyAdmin.id}`).expect(200)).body).toMatchObject({ role: 'admin', active: true, version: me.version });

      // Two demotions at the same moment that would together leave no administrator: exactly one succeeds.
      const second = await own.createStaff('admin');
      const [a, b] = await Promise.all([
        agent.patch(`/api/v1/users/${second.id}`).send({ version: 1, role: 'librarian' }),
        agent.patch(`/api/v1/users/${onlyAdmin.id}`).send({ version: me.version, role: 'librarian' }),
      ]);
      expect([a.status, b.status].sort()).toEqual([200, 409]);
      const admins = await own.db.query("SELECT count(*)::int AS n FROM users WHERE role = 'admin' AND active");
      expect(admins[0].n).toBe(1);
    } finally {
      await own.close();
    }
  });

  it('answers 404 for an unknown or malformed id', async () => {
    await asAdmin.get('/api/v1/users/7d8e7a4e-8f2b-4a3b-9a41-5d7c2b1f0e99').expect(404);
    const res = await asAdmin.get('/api/v1/users/not-an-id').expect(404);
    expect(res.body.status).toBe(404);
  });

  it('pages and searches the list', async () => {
    for (const n of [1, 2, 3]) await asAdmin.post('/api/v1/users').send({ ...newLibrarian(`pager${n}@library.test`), name: `Pager ${n}` }).expect(201);
    const first = await asAdmin.get('/api/v1/users').query({ q: 'pager', limit: 2, sort: '-name' }).expect(200);
    expect(first.body.total).toBe(3);
    expect(first.body.items.map((u: { name: string }) => u.name)).toEqual(['Pager 3', 'Pager 2']);
    const second = await asAdmin.get('/api/v1/users').query({ q: 'pager', limit: 2, sort: '-name', cursor: first.body.nextCursor }).expect(200);
    expect(second.body.items.map((u: { name: string }) => u.name)).toEqual(['Pager 1']);
    expect(second.body.nextCursor).toBeNull();
  });

  it('lists active colleagues by name for every role, without emails or deactivated accounts', async () => {
    const librarian = await t.createStaff('librarian', { name: 'Aaron Directory' });
    const gone = await t.createStaff('librarian', { name: 'Aaron Gone' });
    const goneNow = (await asAdmin.get(`/api/v1/users/${gone.id}`).expect(200)).body;
    await asAdmin.post(`/api/v1/users/${gone.id}/deactivate`).send({ version: goneNow.version }).expect(200);
    const asLibrarian = await t.signIn(librarian.email);
    const res = await asLibrarian.get('/api/v1/staff').query({ q: 'Aaron' }).expect(200);
    expect(res.body.items).toEqual([{ id: librarian.id, name: 'Aaron Directory', role: 'librarian' }]);
    await t.http().get('/api/v1/staff').expect(401);
  });
});
