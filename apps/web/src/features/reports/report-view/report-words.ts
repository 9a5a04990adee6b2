import { formatNumber } from '../../value/shared/format';

/**
 * The report's words for counts and months. Counts say their noun ("1 session", "56 sessions") so an evidence link's
 * accessible name reads as a sentence.
 */
export function count(value: number, one: string, many: string): string {
  return `${formatNumber(value)} ${value === 1 ? one : many}`;
}

const monthFormat = new Intl.DateTimeFormat('en-GB', { month: 'short', year: 'numeric', timeZone: 'UTC' });
const longMonthFormat = new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' });

function monthDate(month: string): Date {
  const [year = 0, number = 1] = month.split('-').map(Number);
  return new Date(Date.UTC(year, number - 1, 1));
}

/** "Mar 2026". */
export function shortMonth(month: string): string {
  return monthFormat.format(monthDate(month));
}

/** "March 2026". */
export function longMonth(month: string): string {
  return longMonthFormat.format(monthDate(month));
}

/** "+0.40", "−0.25", "no change" for a mean score change on the 1–5 scale. */
export function formatChange(change: number): string {
  if (Math.abs(change) < 0.005) return '0.00';
  return `${change > 0 ? '+' : '−'}${Math.abs(change).toFixed(2)}`;
}
