import 'reflect-metadata';
import { BENCH_ADMIN_EMAIL, BENCH_PASSWORD } from '../bench/generators/staff';
import { DEFAULT_SEED, runLargeSeed, SeedRefusedError } from '../bench/large-seed';
import { LARGE_LIBRARY, scaled } from '../bench/seed-context';
import { ConfigError, loadConfig } from '../config/app-config';
import { connectDatabase, runPendingMigrations } from '../server/database-connection';

const USAGE = `Usage: npm run seed:large [-- --force] [-- --scale=0.1]

Fills the database (DATABASE_URL, else the embedded one under DATA_DIR, like npm start) with a large library:
2,000 partners, 20,000 contacts, ~4,500 goals, ~2,100 agreements, 300,000 communications, 50,000 commitments,
20,000 programs with 40,000 partner roles and 100,000 sessions, 60,000 contributions, 20,000 outcome results,
25,000 impact notes and 40 staff accounts.
  SEED=n        PRNG seed (default ${DEFAULT_SEED}); the same seed on the same day gives the same records
  SEED_TODAY=   date the data is relative to (default: today, UTC)
  --force       delete every partner (and what references them) first; needed when the database has > 100
  --scale=f     multiply the counts (e.g. 0.1 for a quick try)`;

/**
 * `npm run seed:large`: migrations, then the large generated data set (bulk fixture data: audit entries only for the
 * records the partner timeline reads: communications, commitments, programs, roles, contributions and notes).
 */
async function main(): Promise<void> {
  const args = process.argv.slice(2);
  if (args.includes('--help') || args.includes('-h')) {
    console.log(USAGE);
    return;
  }
  const unknown = args.filter((a) => a !== '--force' && !a.startsWith('--scale='));
  if (unknown.length > 0) throw new UsageError(`Unknown option(s): ${unknown.join(' ')}\n\n${USAGE}`);
  const seed = process.env.SEED ? Number(process.env.SEED) : DEFAULT_SEED;
  if (!Number.isInteger(seed)) throw new UsageError(`SEED must be a whole number (got "${process.env.SEED}").`);
  const scaleArg = args.find((a) => a.startsWith('--scale='));
  const factor = scaleArg ? Number(scaleArg.slice('--scale='.length)) : 1;
  if (!(factor > 0 && factor <= 100)) throw new UsageError(`--scale must be a number above 0 (got "${scaleArg}").`);

  const config = loadConfig();
  const database = await connectDatabase(config, (line) => console.log(line));
  try {
    console.log(`Database: ${redact(database.url)}`);
    const applied = await runPendingMigrations(database.url);
    if (applied.length > 0) console.log(`Applied migrations: ${applied.join(', ')}`);
    console.log(`Seeding a large library (SEED=${seed}${factor !== 1 ? `, scale ${factor}` : ''})…`);
    const result = await runLargeSeed(database.url, {
      seed,
      force: args.includes('--force'),
      scale: factor === 1 ? LARGE_LIBRARY : scaled(LARGE_LIBRARY, factor),
      log: (line) => console.log(line),
    });
    const total = result.rows.reduce((sum, r) => sum + r.count, 0);
    console.log(`Inserted ${total} rows in ${(result.insertMs / 1000).toFixed(1)} s (one transaction), VACUUM (ANALYZE) ${result.analyzeMs} ms.`);
    console.log(
      `Dates are relative to ${result.now.toISOString().slice(0, 10)}. Audit entries were written only for what the partner timeline ` +
        'reads (communications, commitments, programs, roles, contributions, notes); partners, contacts, goals and agreements have none.',
    );
    console.log(`Sign in as ${BENCH_ADMIN_EMAIL} (or any generated staff member) with the password ${BENCH_PASSWORD}.`);
  } finally {
    await database.stop();
  }
}

class UsageError extends Error {}

function redact(url: string): string {
  return url.replace(/\/\/([^:@/]+):[^@/]*@/, '//$1:***@');
}

main().catch((error: unknown) => {
  console.error(error instanceof ConfigError || error instanceof SeedRefusedError || error instanceof UsageError ? error.message : error);
  process.exit(1);
});
