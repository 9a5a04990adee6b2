import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Server } from 'node:http';
import { REQUEST_TIMEOUT_MS } from '../src/app.factory';
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

  it('reads a path with a trailing slash as the same path, and gives a slow request two minutes at most', async () => {
    await t.http().get('/api/health/').expect(200, { status: 'ok', database: 'up' });
    expect((t.app.getHttpServer() as Server).requestTimeout).toBe(REQUEST_TIMEOUT_MS);
  });

  it('answers an address with a malformed %-escape with a problem in words, not a 500', async () => {
    const res = await t.http().get('/api/v1/partners/%E0%A4%A').expect(400);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(res.headers['x-trace-id']).toMatch(/^[0-9a-f-]{36}$/);
    expect(res.body).toMatchObject({ status: 400, title: 'The address is not valid', detail: expect.stringMatching(/malformed %-escape/) });
    expect(res.body.traceId).toBe(res.headers['x-trace-id']);
  });

  it('echoes a fresh trace id on every answer, never the one a client sends', async () => {
    const first = await t.http().get('/api/health').set('X-Trace-Id', 'chosen-by-client').expect(200);
    const second = await t.http().get('/api/health').expect(200);
    expect(first.headers['x-trace-id']).toMatch(/^[0-9a-f-]{36}$/);
    expect(second.headers['x-trace-id']).toMatch(/^[0-9a-f-]{36}$/);
    expect(first.headers['x-trace-id']).not.toBe(second.headers['x-trace-id']);
  });

  it('reads an empty JSON body as no body, and refuses a body of another media type with a 415 problem', async () => {
    const admin = await t.createStaff('admin');
    const agent = await t.signIn(admin.email);
    await agent.post('/api/v1/auth/logout').set('Content-Type', 'application/json').send('').expect(204);
    const other = await t
      .http()
      .post('/api/v1/auth/login')
      .set('X-Requested-With', 'XMLHttpRequest')
      .set('Content-Type', 'application/x-www-form-urlencoded')
      .send(`email=${encodeURIComponent(admin.email)}&password=x`)
      .expect(415);
    expect(other.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(other.body).toMatchObject({ status: 415, detail: expect.stringMatching(/JSON/) });
  });
});

describe('The web app at the same URL', () => {
  let t: TestApp;
  let webDist: string;
  beforeAll(async () => {
    // A stand-in for apps/web/dist: an index page and one hashed asset.
    webDist = mkdtempSync(join(tmpdir(), 'cg-web-'));
    mkdirSync(join(webDist, 'assets'));
    writeFileSync(join(webDist, 'index.html'), '<!doctype html><title>Common Ground</title><div id="root"></div>');
    writeFileSync(join(webDist, 'assets', 'index-abc123.js'), 'console.log("app")');
    t = await startTestApp({ env: { WEB_DIST_DIR: webDist } });
  });
  afterAll(async () => {
    await t.close();
    rmSync(webDist, { recursive: true, force: true });
  });

  it('serves the index page and the assets', async () => {
    const index = await t.http().get('/').expect(200);
    expect(index.headers['content-type']).toMatch(/^text\/html/);
    expect(index.text).toContain('<div id="root"></div>');
    const asset = await t.http().get('/assets/index-abc123.js').expect(200);
    expect(asset.headers['content-type']).toMatch(/javascript/);
    expect(asset.text).toBe('console.log("app")');
  });

  it('answers a deep link with the index page, so the browser’s router shows it', async () => {
    const deep = await t.http().get('/partners/0b9f4c1e-2d7a-4c52-9a43-5f0e8f1d2a11?tab=contacts').expect(200);
    expect(deep.headers['content-type']).toMatch(/^text\/html/);
    expect(deep.text).toContain('<div id="root"></div>');
  });

  it('keeps unknown API paths a 404 problem, not the index page', async () => {
    for (const path of ['/api', '/api/v1/nothing-here', '/api/v1/nothing-here?x=1']) {
      const res = await t.http().get(path).expect(404);
      expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(res.body).toMatchObject({ status: 404, instance: path });
    }
    await t.http().get('/api/health').expect(200, { status: 'ok', database: 'up' });
  });
});
