import { Inject, Injectable, Logger } from '@nestjs/common';
import { Clock } from '../../common/clock/clock';
import { APP_CONFIG } from '../../config/config.module';
import type { AppConfig } from '../../config/app-config';
import { AttentionService } from '../attention/attention.service';
import { composeDigest } from './digest-email';
import { DigestRepository } from './digest.repository';
import { Mailer } from './mailer';

/** Mondays from 07:00 UTC: the start of the library's week, before most people open their mail. */
export const DIGEST_WEEKDAY = 1;
export const DIGEST_HOUR_UTC = 7;

export type DigestRunResult =
  | { status: 'disabled' }
  | { status: 'not-due' }
  | { status: 'already-sent'; weekStarting: string }
  | { status: 'sent'; weekStarting: string; sent: number; failed: number };

/**
 * The weekly digest: one email per active staff member with at least one item on their own attention list. The
 * week is claimed in digest_runs before anything is sent, so it goes out once per week however many API processes
 * run it, and a process restarted on Monday does not send it again. That is at most once: a process that dies
 * mid-run leaves the rest of that week's emails unsent rather than risking duplicates.
 */
@Injectable()
export class DigestService {
  private readonly logger = new Logger('Digest');

  constructor(
    private readonly attention: AttentionService,
    private readonly runs: DigestRepository,
    private readonly mailer: Mailer,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  get enabled(): boolean {
    return this.mailer.enabled;
  }

  /** The Monday (YYYY-MM-DD) whose digest is due at `now`, or null outside Mondays from 07:00 UTC. */
  static dueWeek(now: Date): string | null {
    if (now.getUTCDay() !== DIGEST_WEEKDAY || now.getUTCHours() < DIGEST_HOUR_UTC) return null;
    return now.toISOString().slice(0, 10);
  }

  /** Sends this week's digest when it is due and no process has sent it yet. */
  async runIfDue(): Promise<DigestRunResult> {
    if (!this.mailer.enabled) return { status: 'disabled' };
    const now = this.clock.now();
    const weekStarting = DigestService.dueWeek(now);
    if (!weekStarting) return { status: 'not-due' };
    if (!(await this.runs.claimWeek(weekStarting, now))) return { status: 'already-sent', weekStarting };

    let sent = 0;
    let failed = 0;
    // One recipient at a time: a weekly job for a library's staff, gentle on the mail server and the pool.
    for (const recipient of await this.runs.activeStaff()) {
      const items = await this.attention.allMine(recipient.id);
      if (items.length === 0) continue;
      const email = composeDigest(recipient, items, this.config.appUrl, weekStarting);
      try {
        await this.mailer.send({ to: { name: recipient.name, address: recipient.email }, ...email });
        sent += 1;
      } catch (error) {
        // One refused address must not stop everyone else's digest.
        failed += 1;
        this.logger.warn(`The weekly digest to user ${recipient.id} was not sent: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
    await this.runs.finishWeek(weekStarting, this.clock.now(), sent, failed);
    this.logger.log(`Weekly digest for ${weekStarting}: ${sent} sent, ${failed} failed.`);
    return { status: 'sent', weekStarting, sent, failed };
  }
}
