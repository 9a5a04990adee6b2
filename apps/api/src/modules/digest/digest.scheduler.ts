import { Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { DigestService } from './digest.service';

/** How often the API process asks whether the digest is due. Claiming the week makes repeated asking harmless. */
export const DIGEST_CHECK_INTERVAL_MS = 5 * 60 * 1000;

/**
 * Runs the weekly digest from inside the API process: no cron or extra service to deploy. A timer checks every
 * few minutes; it does not keep the process alive (unref) and stops with the app. Without SMTP_URL it never starts.
 */
@Injectable()
export class DigestScheduler implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('Digest');
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;

  constructor(private readonly digest: DigestService) {}

  get started(): boolean {
    return this.timer !== undefined;
  }

  onApplicationBootstrap(): void {
    if (!this.digest.enabled) return;
    this.timer = setInterval(() => void this.check(), DIGEST_CHECK_INTERVAL_MS);
    this.timer.unref();
  }

  async onApplicationShutdown(): Promise<void> {
    clearInterval(this.timer);
    this.timer = undefined;
    // Let a run in progress record what it sent before the database connection closes.
    await this.running;
  }

  /** One check; a check still running (a slow mail server) makes the next one a no-op rather than a second run. */
  check(): Promise<void> {
    this.running ??= this.digest
      .runIfDue()
      .then(() => undefined)
      .catch((error: unknown) => this.logger.error(`The weekly digest failed: ${error instanceof Error ? error.message : String(error)}`))
      .finally(() => {
        this.running = undefined;
      });
    return this.running;
  }
}
