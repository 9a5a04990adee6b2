import { type TestApp, startTestApp } from './test-app';

describe('The platform', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('reports the process and the database up', async () => {
    await t.http().get('/api/health').expect(200, { status: 'ok', database: 'up' });
  });

  it('answers unknown API routes with a 404 problem, signed in or not', async () => {
    const res = await t.http().get('/api/v1/nothing-here').expect(404);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(res.body).toMatchObject({ status: 404, instance: '/api/v1/nothing-here' });
  });

  it('serves the OpenAPI document with verb-first operation ids', async () => {
    const res = await t.http().get('/api/openapi.json').expect(200);
    const ids = Object.values(res.body.paths as Record<string, Record<string, { operationId: string }>>).flatMap((ops) =>
      Object.values(ops).map((op) => op.operationId),
    );
    expect(ids).toContain('signIn');
    expect(ids).toContain('listUsers');
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^(list|get|create|update|remove|deactivate|reactivate|sign|archive|restore|log|send|save|export|import|preview|search)[A-Z]/);
  });
});
