import { Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { HealthSnapshotsService } from './health-snapshots.service';

/** How often an API process asks whether the monthly snapshot is due. Claiming the month makes asking harmless. */
export const SNAPSHOT_CHECK_INTERVAL_MS = 10 * 60 * 1000;

/**
 * Runs the monthly health snapshot from inside the API process (no cron to deploy): once at start-up, which
 * catches up a month missed while no process ran, then every few minutes. The timer does not keep the process
 * alive and stops with the app.
 */
@Injectable()
export class HealthSnapshotsScheduler implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('HealthSnapshots');
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;

  constructor(
    private readonly snapshots: HealthSnapshotsService,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  onApplicationBootstrap(): void {
    // An app made only to describe the API (npm run openapi) has no database to snapshot.
    if (!this.dataSource.isInitialized) return;
    void this.check();
    this.timer = setInterval(() => void this.check(), SNAPSHOT_CHECK_INTERVAL_MS);
    this.timer.unref();
  }

  async onApplicationShutdown(): Promise<void> {
    clearInterval(this.timer);
    this.timer = undefined;
    await this.running;
  }

  /** Resolves when no check is running (tests wait for the start-up check before adding records). */
  async settled(): Promise<void> {
    await this.running;
  }

  /** One check; one still running makes the next a no-op rather than a second run. */
  check(): Promise<void> {
    this.running ??= this.snapshots
      .runIfDue()
      .then(() => undefined)
      .catch((error: unknown) => this.logger.error(`The monthly health snapshot failed: ${error instanceof Error ? error.message : String(error)}`))
      .finally(() => {
        this.running = undefined;
      });
    return this.running;
  }
}
