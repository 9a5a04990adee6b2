import { join } from 'node:path';
import type { AppConfig } from '../config/app-config';
import { createDataSource } from '../database/data-source';
import { EmbeddedPostgres } from '../database/embedded-postgres';

export const EMBEDDED_DATABASE_NAME = 'common_ground';

export interface DatabaseConnection {
  url: string;
  /** Stops the embedded server when we started one; does nothing for an external DATABASE_URL. */
  stop(): Promise<void>;
}

/** DATABASE_URL when set; otherwise the embedded PostgreSQL with its data under DATA_DIR (default .data/). */
export async function connectDatabase(config: AppConfig, log: (line: string) => void): Promise<DatabaseConnection> {
  if (config.databaseUrl) return { url: config.databaseUrl, stop: async () => {} };
  // The server's own chatter (initdb, checkpoints) is noise for a librarian starting the demo; keep what matters.
  const embedded = new EmbeddedPostgres({
    dataDir: join(config.dataDir, 'postgres'),
    log: (line) => {
      // Our own shutdown ends connections with a FATAL line; that is the server doing as asked, not a problem.
      // Our own notes (a fallback to TCP, say) explain an error line printed before them.
      if (line.startsWith('EmbeddedPostgres:')) log(line);
      else if (/\b(ERROR|FATAL|PANIC)\b/.test(line) && !/terminating connection due to administrator command/.test(line)) log(line);
    },
  });
  log(`Starting the embedded PostgreSQL (data in ${join(config.dataDir, 'postgres')}).`);
  await embedded.start();
  await embedded.ensureDatabase(EMBEDDED_DATABASE_NAME);
  // The app connects through the socket (see EmbeddedPostgres.url); people and their tools are given TCP.
  log(`The embedded PostgreSQL is ready: psql -h 127.0.0.1 -p ${embedded.port} -U postgres ${EMBEDDED_DATABASE_NAME}`);
  return { url: embedded.url(EMBEDDED_DATABASE_NAME), stop: () => embedded.stop() };
}

export async function runPendingMigrations(url: string): Promise<string[]> {
  const dataSource = createDataSource(url);
  await dataSource.initialize();
  try {
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    return applied.map((migration) => migration.name);
  } finally {
    await dataSource.destroy();
  }
}
