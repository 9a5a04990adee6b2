import { type TestApp, TEST_PASSWORD, startTestApp } from './test-app';

describe('Signing in and out', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('refuses every staff route without a session with a 401 problem', async () => {
    for (const path of ['/api/v1/auth/me', '/api/v1/users', '/api/v1/audit']) {
      const res = await t.http().get(path).expect(401);
      expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(res.body).toMatchObject({ status: 401, title: 'Sign in to continue', instance: path });
      expect(res.body.traceId).toEqual(res.headers['x-trace-id']);
    }
  });

  it('signs in with any letter case in the email, sets an httpOnly SameSite=Lax cookie, and knows who you are', async () => {
    const staff = await t.createStaff('manager', { email: 'Mixed.Case@Library.test' });
    const res = await t
      .http()
      .post('/api/v1/auth/login')
      .set('X-Requested-With', 'XMLHttpRequest')
      .send({ email: 'mixed.case@library.TEST', password: TEST_PASSWORD })
      .expect(200);
    expect(res.body.user).toEqual({ id: staff.id, name: staff.name, email: staff.email, role: 'manager' });
    const cookie = String(res.headers['set-cookie']);
    expect(cookie).toMatch(/cg_session=[A-Za-z0-9_-]{40,}/);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);

    const agent = await t.signIn(staff.email);
    await agent.get('/api/v1/auth/me').expect(200, { id: staff.id, name: staff.name, email: staff.email, role: 'manager' });
  });

  it('stores only a hash of the session token', async () => {
    const staff = await t.createStaff('librarian');
    const res = await t.http().post('/api/v1/auth/login').set('X-Requested-With', 'x').send({ email: staff.email, password: TEST_PASSWORD }).expect(200);
    const token = /cg_session=([^;]+)/.exec(String(res.headers['set-cookie']))![1]!;
    const rows = await t.db.query('SELECT token_hash FROM staff_sessions WHERE user_id = $1', [staff.id]);
    expect(rows).toHaveLength(1);
    expect(rows[0].token_hash).not.toContain(token);
  });

  it('gives the same answer for an unknown email and a wrong password', async () => {
    const staff = await t.createStaff('librarian');
    const wrongPassword = await t.http().post('/api/v1/auth/login').set('X-Requested-With', 'x').send({ email: staff.email, password: 'not the password' }).expect(401);
    const unknownEmail = await t.http().post('/api/v1/auth/login').set('X-Requested-With', 'x').send({ email: 'nobody@library.test', password: 'not the password' }).expect(401);
    expect(wrongPassword.body.detail).toBe("That email and password don't match an active account. Check them and try again.");
    expect(unknownEmail.body.detail).toBe(wrongPassword.body.detail);
    expect(unknownEmail.body.title).toBe(wrongPassword.body.title);
  });

  it('answers the 11th failed sign-in within 15 minutes with 429, even with the right password, and only for that account', async () => {
    const staff = await t.createStaff('librarian');
    const other = await t.createStaff('librarian');
    for (let attempt = 1; attempt <= 10; attempt++) {
      await t.http().post('/api/v1/auth/login').set('X-Requested-With', 'x').send({ email: staff.email, password: `wrong ${attempt}` }).expect(401);
    }
    const eleventh = await t.http().post('/api/v1/auth/login').set('X-Requested-With', 'x').send({ email: staff.email, password: 'wrong again' }).expect(429);
    expect(eleventh.body).toMatchObject({ status: 429, title: 'Too many attempts' });
    expect(Number(eleventh.headers['retry-after'])).toBeGreaterThan(800);
    await t.http().post('/api/v1/auth/login').set('X-Requested-With', 'x').send({ email: staff.email.toUpperCase(), password: TEST_PASSWORD }).expect(429);
    await t.signIn(other.email);
  });

  it('counts failures for unknown emails too, so the 429 does not reveal which accounts exist', async () => {
    for (let attempt = 1; attempt <= 10; attempt++) {
      await t.http().post('/api/v1/auth/login').set('X-Requested-With', 'x').send({ email: 'ghost@library.test', password: 'guess' }).expect(401);
    }
    await t.http().post('/api/v1/auth/login').set('X-Requested-With', 'x').send({ email: 'ghost@library.test', password: 'guess' }).expect(429);
  });

  it('signs out: the old cookie stops working', async () => {
    const staff = await t.createStaff('librarian');
    const agent = await t.signIn(staff.email);
    await agent.post('/api/v1/auth/logout').expect(204);
    await agent.get('/api/v1/auth/me').expect(401);
  });

  it('ends a session left idle longer than the idle timeout, and keeps an active one alive', async () => {
    const staff = await t.createStaff('librarian');
    const agent = await t.signIn(staff.email);
    t.clock.advanceMinutes(20);
    await agent.get('/api/v1/auth/me').expect(200);
    t.clock.advanceMinutes(20);
    await agent.get('/api/v1/auth/me').expect(200);
    t.clock.advanceMinutes(31);
    await agent.get('/api/v1/auth/me').expect(401);
  });

  it('refuses a state-changing request without the X-Requested-With header (CSRF) and changes nothing', async () => {
    const admin = await t.createStaff('admin');
    const agent = await t.signIn(admin.email);
    const before = await t.db.query('SELECT count(*)::int AS n FROM users');
    const res = await agent
      .post('/api/v1/users')
      .set('X-Requested-With', '')
      .send({ name: 'Cross Site', email: 'csrf@library.test', role: 'admin', password: 'long enough password' })
      .expect(403);
    expect(res.body.title).toBe('Request refused');
    const after = await t.db.query('SELECT count(*)::int AS n FROM users');
    expect(after[0].n).toBe(before[0].n);
  });
});
