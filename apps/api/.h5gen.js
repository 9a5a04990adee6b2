require('reflect-metadata');
const { Client } = require('pg');
const { ValueRepository } = require('./dist/apps/api/src/modules/value/value.repository.js');
(async () => {
  const c = new Client({ connectionString: process.env.URL });
  await c.connect();
  const captured = [];
  const ds = { driver: { master: { query: async (q) => { captured.push(q); return { rows: [{}] }; } } }, query: async () => [] };
  const repo = new ValueRepository(ds);
  await repo.figures({ partnerId: process.env.PARTNER }, [{ from: '2026-01-01', before: '2027-01-01' }, { from: '2025-01-01', before: '2026-01-01' }]);
  await repo.notes({ partnerId: process.env.PARTNER }, { from: '2026-01-01', before: '2027-01-01' });
  for (const [i, q] of captured.entries()) {
    const times = [];
    for (let k = 0; k < 16; k++) { const t = performance.now(); await c.query({ name: 's' + i, text: q.text, values: q.values }); times.push((performance.now() - t).toFixed(1)); }
    console.log(['figures', 'notes'][i], 'executions 1-16 (ms):', times.join(' '));
  }
  await c.end();
})();
