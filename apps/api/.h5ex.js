require('reflect-metadata');
const { Client } = require('pg');
const { buildProgramListQuery, buildProgramViewQuery } = require('./dist/apps/api/src/modules/programs/program-list.query.js');
const { ValueRepository } = require('./dist/apps/api/src/modules/value/value.repository.js');
(async () => {
  const c = new Client({ connectionString: process.env.URL });
  await c.connect();
  const year = 2026;
  const prog = (await c.query('SELECT id FROM programs WHERE archived_at IS NULL ORDER BY session_count DESC, id LIMIT 1')).rows[0].id;
  const partner = process.env.PARTNER;
  const captured = [];
  const ds = { driver: { master: { query: async (q) => { captured.push(q); return { rows: [{}] }; } } }, query: async () => [] };
  const repo = new ValueRepository(ds);
  await repo.figures({ partnerId: partner }, [{ from: '2026-01-01', before: '2027-01-01' }, { from: '2025-01-01', before: '2026-01-01' }]);
  await repo.notes({ partnerId: partner }, { from: '2026-01-01', before: '2027-01-01' });
  const cases = [
    ['list default', buildProgramListQuery({ archived: 'false' }, { limit: 25, offset: 0 })],
    ['list filtered', buildProgramListQuery({ archived: 'false', statuses: ['held', 'planned'], from: `${year}-01-01`, to: `${year}-12-31`, sort: '-attendance' }, { limit: 25, offset: 0 })],
    ['program view', buildProgramViewQuery([prog])],
    ['value figures', { sql: captured[0].text, params: captured[0].values }],
    ['value notes', { sql: captured[1].text, params: captured[1].values }],
    ['totals part only', { sql: "SELECT count(*)::int, coalesce(sum(p.session_count),0)::float8, coalesce(sum(p.attendance_total),0)::float8 FROM programs p WHERE p.archived_at IS NULL", params: [] }],
  ];
  for (const [name, q] of cases) {
    const exec = [], plan = [];
    for (let i = 0; i < 15; i++) {
      const r = await c.query('EXPLAIN (ANALYZE, TIMING OFF, SUMMARY ON) ' + q.sql, q.params);
      const lines = r.rows.map((x) => x['QUERY PLAN']);
      exec.push(Number(/Execution Time: ([\d.]+)/.exec(lines.join('\n'))[1])); plan.push(Number(/Planning Time: ([\d.]+)/.exec(lines.join('\n'))[1]));
    }
    exec.sort((a, b) => a - b); plan.sort((a, b) => a - b);
    console.log(`${name.padEnd(18)} execution ${exec[0].toFixed(1)} / ${exec[7].toFixed(1)} / ${exec[14].toFixed(1)} ms, planning median ${plan[7].toFixed(1)} ms`);
  }
  await c.end();
})();
