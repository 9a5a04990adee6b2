const { Client } = require('/work/main/node_modules/pg');
(async () => {
  const c = new Client({ connectionString: process.env.URL });
  await c.connect();
  const sql = process.argv[2];
  const t = [];
  for (let i = 0; i < 200; i++) { const s = performance.now(); await c.query(sql); t.push(performance.now() - s); }
  t.sort((a, b) => a - b);
  console.log('median', t[100].toFixed(2), 'p10', t[20].toFixed(2), 'p90', t[180].toFixed(2));
  await c.end();
})();
