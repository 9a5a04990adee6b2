require('reflect-metadata');
const { randomBytes } = require('node:crypto');
const { loadConfig } = require('./dist/apps/api/src/config/app-config');
const { createApp } = require('./dist/apps/api/src/app.factory');
(async () => {
  const url = process.env.URL;
  const env = { ...process.env, NODE_ENV: 'production', DATABASE_URL: url, DEMO_DATA: 'false', SESSION_SECRET: randomBytes(36).toString('base64'),
    ADMIN_EMAIL: 'bench-admin@bench.commonground.example', ADMIN_PASSWORD: 'common-ground-bench', MIGRATE_ON_START: 'false', WEB_DIST_DIR: '', PORT: '0' };
  const app = await createApp({ config: loadConfig(env), databaseUrl: url, logger: false });
  await app.listen(0, '127.0.0.1');
  const base = (await app.getUrl()).replace('[::1]', '127.0.0.1');
  const r = await fetch(base + '/api/v1/auth/login', { method: 'POST', headers: { 'content-type': 'application/json', 'x-requested-with': 'XMLHttpRequest' }, body: JSON.stringify({ email: 'bench-admin@bench.commonground.example', password: 'common-ground-bench' }) });
  const cookie = r.headers.getSetCookie().find((c) => c.startsWith('cg_session=')).split(';')[0];
  const n = Number(process.env.N ?? 200);
  for (const path of process.argv.slice(2)) {
    for (let i = 0; i < 20; i++) await (await fetch(base + path, { headers: { cookie } })).arrayBuffer();
    const c0 = process.cpuUsage(); const t0 = performance.now(); let bytes = 0;
    for (let i = 0; i < n; i++) bytes = (await (await fetch(base + path, { headers: { cookie } })).arrayBuffer()).byteLength;
    const c = process.cpuUsage(c0); const wall = (performance.now() - t0) / n;
    console.log(`${path.padEnd(70)} cpu ${((c.user + c.system) / n / 1000).toFixed(2)} ms/req, wall ${wall.toFixed(2)} ms/req, ${bytes} bytes`);
  }
  await app.close(); process.exit(0);
})();
