import { Logger } from '@nestjs/common';
import { ConfigError, loadConfig } from '../config/app-config';
import { createApp } from '../app.factory';
import { connectDatabase, runPendingMigrations } from './database-connection';
import { demoLoginsBanner, demoServices, prepareFirstStart } from './first-start';

/**
 * Starts Common Ground: configuration, database (embedded unless DATABASE_URL), migrations, first-start data,
 * then the API and the SPA on one port. Ctrl-C stops the API and the embedded database, leaving nothing behind.
 */
export async function runServer(): Promise<void> {
  const logger = new Logger('CommonGround');
  let config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }

  const database = await connectDatabase(config, (line) => logger.log(line));
  let stopping: Promise<void> | undefined;
  const stop = (exitCode: number) => {
    stopping ??= (async () => {
      logger.log('Stopping…');
      await app?.close().catch((error: unknown) => logger.error(error));
      await database.stop().catch((error: unknown) => logger.error(error));
      process.exit(exitCode);
    })();
    return stopping;
  };
  let app: Awaited<ReturnType<typeof createApp>> | undefined;
  process.once('SIGINT', () => void stop(0));
  process.once('SIGTERM', () => void stop(0));

  try {
    if (config.migrateOnStart) {
      const applied = await runPendingMigrations(database.url);
      if (applied.length > 0) logger.log(`Applied migrations: ${applied.join(', ')}`);
    }
    app = await createApp({ config, databaseUrl: database.url });
    await prepareFirstStart(config, demoServices(app), logger);
    await app.listen(config.port, '0.0.0.0');
    const url = `http://localhost:${config.port}`;
    if (config.demoData) console.log(demoLoginsBanner(url));
    else logger.log(`Common Ground is running at ${url}`);
  } catch (error) {
    logger.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
    await stop(1);
  }
}
