import { Inject, Injectable } from '@nestjs/common';
import { createHmac, randomBytes } from 'node:crypto';
import { Clock } from '../../common/clock/clock';
import type { StaffMember } from '../../common/auth/staff-member';
import { APP_CONFIG } from '../../config/config.module';
import type { AppConfig } from '../../config/app-config';
import { RecentSessions } from './recent-sessions';
import { SessionsRepository } from './sessions.repository';

/** Writing last-seen on every request would double the database work; a minute's precision is plenty for idling. */
const TOUCH_INTERVAL_MS = 60_000;

@Injectable()
export class SessionsService {
  constructor(
    private readonly sessions: SessionsRepository,
    private readonly recent: RecentSessions,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Starts a session and returns the token for the cookie; the database keeps only its keyed hash. */
  async open(userId: string, userAgent: string | undefined): Promise<string> {
    const token = randomBytes(32).toString('base64url');
    const now = this.clock.now();
    // Sweeping here keeps the table small without a scheduler; signing in is rare enough to afford it.
    await this.sessions.closeExpired(now);
    await this.sessions.open({
      tokenHash: this.hash(token),
      userId,
      lastSeenAt: now,
      idleExpiresAt: this.idleDeadline(now),
      userAgent: userAgent?.slice(0, 300) ?? null,
    });
    return token;
  }

  /** The session's staff member while it is live; a session found live seconds ago is not looked up again. */
  async resume(token: string): Promise<StaffMember | undefined> {
    const now = this.clock.now();
    const tokenHash = this.hash(token);
    const recalled = this.recent.recall(tokenHash, now);
    if (recalled) return recalled;
    const live = await this.sessions.findLive(tokenHash, now);
    if (!live) return undefined;
    let idleExpiresAt = new Date(live.idleExpiresAt);
    if (now.getTime() - new Date(live.lastSeenAt).getTime() >= TOUCH_INTERVAL_MS) {
      idleExpiresAt = this.idleDeadline(now);
      await this.sessions.touch(live.sessionId, now, idleExpiresAt);
    }
    const staff: StaffMember = { id: live.userId, name: live.name, email: live.email, role: live.role, sessionId: live.sessionId };
    this.recent.remember(tokenHash, staff, now, idleExpiresAt);
    return staff;
  }

  async close(sessionId: string): Promise<void> {
    await this.sessions.close(sessionId);
    this.recent.forgetSession(sessionId);
  }

  private idleDeadline(from: Date): Date {
    return new Date(from.getTime() + this.config.sessionIdleMinutes * 60_000);
  }

  private hash(token: string): string {
    return createHmac('sha256', this.config.sessionSecret).update(token).digest('base64url');
  }
}
