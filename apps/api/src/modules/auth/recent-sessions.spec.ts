import type { StaffMember } from '../../common/auth/staff-member';
import { RecentSessions, SESSION_RECHECK_MS } from './recent-sessions';

const at = (ms: number) => new Date(Date.UTC(2026, 10, 27, 9, 0, 0) + ms);
const staff = (id: string, sessionId: string): StaffMember => ({ id, name: 'Lena Okafor', email: 'lena@library.test', role: 'librarian', sessionId });
const IDLE_FAR = at(30 * 60_000);

describe('RecentSessions', () => {
  it('recalls a session checked less than the recheck interval ago, and forgets it from then on', () => {
    const recent = new RecentSessions();
    recent.remember('hash-a', staff('u1', 's1'), at(0), IDLE_FAR);
    expect(recent.recall('hash-a', at(SESSION_RECHECK_MS - 1))).toEqual(staff('u1', 's1'));
    expect(recent.recall('hash-a', at(SESSION_RECHECK_MS))).toBeUndefined();
    // Forgotten, not just hidden: an earlier time does not bring it back.
    expect(recent.recall('hash-a', at(1))).toBeUndefined();
  });

  it('never recalls a session past its idle deadline, even within the recheck interval', () => {
    const recent = new RecentSessions();
    recent.remember('hash-a', staff('u1', 's1'), at(0), at(1_000));
    expect(recent.recall('hash-a', at(999))).toBeDefined();
    expect(recent.recall('hash-a', at(1_000))).toBeUndefined();
  });

  it('treats a clock that moved backwards as unknown age', () => {
    const recent = new RecentSessions();
    recent.remember('hash-a', staff('u1', 's1'), at(10_000), IDLE_FAR);
    expect(recent.recall('hash-a', at(9_999))).toBeUndefined();
  });

  it('knows only the token hashes it was told', () => {
    const recent = new RecentSessions();
    recent.remember('hash-a', staff('u1', 's1'), at(0), IDLE_FAR);
    expect(recent.recall('hash-b', at(1))).toBeUndefined();
  });

  it('forgets one session when it is closed, and every session of a person when their account changes', () => {
    const recent = new RecentSessions();
    recent.remember('phone', staff('u1', 's1'), at(0), IDLE_FAR);
    recent.remember('laptop', staff('u1', 's2'), at(0), IDLE_FAR);
    recent.remember('colleague', staff('u2', 's3'), at(0), IDLE_FAR);

    recent.forgetSession('s1');
    expect(recent.recall('phone', at(1))).toBeUndefined();
    expect(recent.recall('laptop', at(1))).toBeDefined();

    recent.forgetUser('u1');
    expect(recent.recall('laptop', at(1))).toBeUndefined();
    expect(recent.recall('colleague', at(1))).toEqual(staff('u2', 's3'));
  });

  it('stays bounded when flooded with tokens, and still remembers the newest', () => {
    const recent = new RecentSessions();
    for (let i = 0; i < 12_000; i++) recent.remember(`hash-${i}`, staff(`u${i}`, `s${i}`), at(0), IDLE_FAR);
    expect(recent.recall('hash-11999', at(1))).toBeDefined();
    expect(recent.recall('hash-0', at(1))).toBeUndefined();
  });
});
