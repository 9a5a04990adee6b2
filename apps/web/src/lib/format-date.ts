/**
 * Dates in the library's words: "Tue 3 Mar 2026" (UX.md), with "12 days ago" where it helps.
 * Built from parts because en-GB's own pattern adds a comma after the weekday.
 */
const dayFormat = new Intl.DateTimeFormat('en-GB', { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric' });
const timeFormat = new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit' });
const relativeFormat = new Intl.RelativeTimeFormat('en-GB', { numeric: 'auto' });

export function formatDate(value: string | Date): string {
  const parts = dayFormat.formatToParts(new Date(value));
  const part = (type: Intl.DateTimeFormatPartTypes): string => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('weekday')} ${part('day')} ${part('month')} ${part('year')}`;
}

export function formatDateTime(value: string | Date): string {
  return `${formatDate(value)}, ${timeFormat.format(new Date(value))}`;
}

// No weeks: "12 days ago" (UX.md) says more about a quiet partner than "2 weeks ago".
const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['year', 365 * 24 * 3600],
  ['month', 30 * 24 * 3600],
  ['day', 24 * 3600],
  ['hour', 3600],
  ['minute', 60],
];

/** "3 days ago", "yesterday", "just now". `now` is a parameter so tests and callers control the clock. */
export function formatRelative(value: string | Date, now: Date = new Date()): string {
  const seconds = (new Date(value).getTime() - now.getTime()) / 1000;
  for (const [unit, size] of UNITS) {
    if (Math.abs(seconds) >= size) return relativeFormat.format(Math.round(seconds / size), unit);
  }
  return 'just now';
}
