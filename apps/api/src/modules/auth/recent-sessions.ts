import { Injectable } from '@nestjs/common';
import type { StaffMember } from '../../common/auth/staff-member';

/**
 * How long a session found live is trusted without asking the database again. Every request resumes its session,
 * and on the large data set that lookup was a third of the statements (and socket writes) of a small read such as
 * a program page. Within one process anything that ends a session or changes an account forgets it at once
 * (`forgetSession`, `forgetUser`); an API process that did not make the change notices within this time.
 */
export const SESSION_RECHECK_MS = 5_000;

/** Sessions in use at once are a library's staff; the bound only keeps a flood of tokens from growing the map. */
const MAX_REMEMBERED = 5_000;

interface Remembered {
  staff: StaffMember;
  /** When the database last said the session was live (the clock's time). */
  checkedAt: number;
  /** The session's idle deadline as the database had it then: never trusted past it. */
  idleExpiresAt: number;
}

/** Sessions recently found live, by the keyed hash of their token (the token itself is never kept). */
@Injectable()
export class RecentSessions {
  private readonly byTokenHash = new Map<string, Remembered>();

  /** The staff member of a session checked within SESSION_RECHECK_MS and not past its idle deadline. */
  recall(tokenHash: string, now: Date): StaffMember | undefined {
    const remembered = this.byTokenHash.get(tokenHash);
    if (!remembered) return undefined;
    const at = now.getTime();
    // A clock moved backwards (tests do) counts as stale too: the entry's age is unknown.
    if (at - remembered.checkedAt >= SESSION_RECHECK_MS || at < remembered.checkedAt || at >= remembered.idleExpiresAt) {
      this.byTokenHash.delete(tokenHash);
      return undefined;
    }
    return remembered.staff;
  }

  remember(tokenHash: string, staff: StaffMember, checkedAt: Date, idleExpiresAt: Date): void {
    if (this.byTokenHash.size >= MAX_REMEMBERED && !this.byTokenHash.has(tokenHash)) this.byTokenHash.clear();
    this.byTokenHash.set(tokenHash, { staff, checkedAt: checkedAt.getTime(), idleExpiresAt: idleExpiresAt.getTime() });
  }

  forgetSession(sessionId: string): void {
    for (const [hash, remembered] of this.byTokenHash) if (remembered.staff.sessionId === sessionId) this.byTokenHash.delete(hash);
  }

  /** After an account change (role, name, password, deactivation): its sessions are looked up afresh. */
  forgetUser(userId: string): void {
    for (const [hash, remembered] of this.byTokenHash) if (remembered.staff.id === userId) this.byTokenHash.delete(hash);
  }
}
