require('/work/main/node_modules/reflect-metadata');
const { Client } = require('/work/main/node_modules/pg');
const { ValueRepository } = require('/work/main/apps/api/dist/apps/api/src/modules/value/value.repository.js');
(async () => {
  const c = new Client({ connectionString: process.env.URL });
  await c.connect();
  const partner = (await c.query(`SELECT r.partner_id FROM program_roles r JOIN programs p ON p.id = r.program_id AND p.archived_at IS NULL
     JOIN partners pa ON pa.id = r.partner_id AND pa.archived_at IS NULL
     WHERE r.archived_at IS NULL AND p.starts_on <= '2026-12-31' AND p.ends_on >= '2026-01-01'
     GROUP BY r.partner_id ORDER BY count(DISTINCT r.program_id) DESC, r.partner_id OFFSET ${process.env.OFFSET ?? 0} LIMIT 1`)).rows[0].partner_id;
  console.log('programs of partner', (await c.query('SELECT count(DISTINCT program_id) n FROM program_roles WHERE partner_id = $1 AND archived_at IS NULL', [partner])).rows[0].n);
  const captured = [];
  const ds = { driver: { master: { query: async (q) => { captured.push(q); return { rows: [{}] }; } } }, query: async () => [] };
  const repo = new ValueRepository(ds);
  await repo.figures({ partnerId: partner }, [{ from: '2026-01-01', before: '2027-01-01' }, { from: '2025-01-01', before: '2026-01-01' }]);
  await repo.notes({ partnerId: partner }, { from: '2026-01-01', before: '2027-01-01' });
  for (const q of captured) {
    for (let i = 0; i < 3; i++) await c.query(q.text, q.values);
    const r = await c.query('EXPLAIN (ANALYZE) ' + q.text, q.values);
    console.log('=== ' + q.name); console.log(r.rows.map((x) => x['QUERY PLAN']).filter((l) => /Execution|Seq Scan|Hash Join|Index Scan using .IDX_program_sessions|InitPlan/.test(l)).join('\n'));
  }
  await c.end();
})();
