import { addDays, utcDay } from '../commitments/calendar-days';

/** Answers and links join the partner's latest wave when it opened within this many days; otherwise a new wave opens. */
export const WAVE_DAYS = 90;
/** How many waves the partner page lists (newest first). */
export const WAVES_LISTED = 20;

/** The window a new answer or link looks back over for an open wave: [since, today]. */
export function waveWindow(now: Date): { since: string; today: string } {
  const today = utcDay(now);
  return { since: addDays(today, -WAVE_DAYS), today };
}
