require('reflect-metadata');
const { randomBytes } = require('node:crypto');
const { loadConfig } = require('./dist/apps/api/src/config/app-config');
const { captureEndpointSql } = require('./dist/apps/api/src/bench/sql-capture');
const { createApp } = require('./dist/apps/api/src/app.factory');
(async () => {
  const url = process.env.URL;
  const env = { ...process.env, NODE_ENV: 'production', DATABASE_URL: url, DEMO_DATA: 'false', SESSION_SECRET: randomBytes(36).toString('base64'),
    ADMIN_EMAIL: 'bench-admin@bench.commonground.example', ADMIN_PASSWORD: 'common-ground-bench', MIGRATE_ON_START: 'false', WEB_DIST_DIR: '', PORT: '0' };
  const config = loadConfig(env);
  // sign in through a first app instance
  const app = await createApp({ config, databaseUrl: url, logger: false });
  await app.listen(0, '127.0.0.1');
  const base = (await app.getUrl()).replace('[::1]', '127.0.0.1');
  const r = await fetch(base + '/api/v1/auth/login', { method: 'POST', headers: { 'content-type': 'application/json', 'x-requested-with': 'XMLHttpRequest' }, body: JSON.stringify({ email: 'bench-admin@bench.commonground.example', password: 'common-ground-bench' }) });
  const cookie = r.headers.getSetCookie().find((c) => c.startsWith('cg_session=')).split(';')[0];
  await app.close();
  const paths = process.argv.slice(2);
  const captured = await captureEndpointSql(config, url, paths.map((path) => ({ path, cookie })));
  for (const [path, c] of captured) {
    console.log('### ' + path + ' status ' + c.status);
    for (const wave of c.waves) for (const s of wave) console.log((s.name ? '[' + s.name + '] ' : '') + s.text.replace(/\s+/g, ' ').slice(0, 400), JSON.stringify(s.values).slice(0, 200));
  }
  process.exit(0);
})();
