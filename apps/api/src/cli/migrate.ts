import 'reflect-metadata';
import { ConfigError, loadConfig } from '../config/app-config';
import { connectDatabase, runPendingMigrations } from '../server/database-connection';

/** Applies pending migrations and exits: the separate step production runs before starting the app. */
async function main(): Promise<void> {
  const config = loadConfig();
  const database = await connectDatabase(config, (line) => console.log(line));
  try {
    const applied = await runPendingMigrations(database.url);
    console.log(applied.length > 0 ? `Applied: ${applied.join(', ')}` : 'The database is up to date.');
  } finally {
    await database.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof ConfigError ? error.message : error);
  process.exit(1);
});
