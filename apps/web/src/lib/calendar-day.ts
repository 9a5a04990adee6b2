import { REVIEW_LOOKAHEAD_DAYS } from '@common-ground/domain';
import { formatDate, formatRelative } from './format-date';

/**
 * Calendar days as the API sends them ('YYYY-MM-DD'). They are days, not instants: read and written in the
 * library's local time, never through `new Date('2026-03-03')` (which is UTC midnight, the day before in the
 * Americas). ISO days compare correctly as strings.
 */
export type CalendarDay = string;

const pad = (value: number): string => String(value).padStart(2, '0');

export function toCalendarDay(date: Date): CalendarDay {
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

export function todayCalendarDay(now: Date = new Date()): CalendarDay {
  return toCalendarDay(now);
}

function toLocalDate(day: CalendarDay): Date {
  const [year = 0, month = 1, date = 1] = day.split('-').map(Number);
  return new Date(year, month - 1, date);
}

export function addDays(day: CalendarDay, days: number): CalendarDay {
  const date = toLocalDate(day);
  date.setDate(date.getDate() + days);
  return toCalendarDay(date);
}

/** "Tue 3 Mar 2026". */
export function formatDay(day: CalendarDay): string {
  return formatDate(toLocalDate(day));
}

/** "today", "yesterday", "in 12 days", "3 months ago". */
export function describeDay(day: CalendarDay, now: Date = new Date()): string {
  const today = todayCalendarDay(now);
  if (day === today) return 'today';
  return formatRelative(toLocalDate(day), toLocalDate(today));
}

export type ReviewState = 'overdue' | 'due' | 'later';

/** Due when the review date is within the look-ahead (REVIEW_LOOKAHEAD_DAYS, the same rule as the API's needsReview). */
export function reviewState(day: CalendarDay | null, now: Date = new Date()): ReviewState | null {
  if (!day) return null;
  const today = todayCalendarDay(now);
  if (day < today) return 'overdue';
  return day <= addDays(today, REVIEW_LOOKAHEAD_DAYS) ? 'due' : 'later';
}

/** A moment as a `datetime-local` input holds it, in the library's local time: '2026-03-03T14:05'. */
export function toDateTimeInputValue(date: Date): string {
  return `${toCalendarDay(date)}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** The calendar day of a `datetime-local` value ('2026-03-03T14:05' → '2026-03-03'); '' when empty. */
export function dayOfDateTimeInput(value: string): CalendarDay {
  return /^\d{4}-\d{2}-\d{2}/.test(value) ? value.slice(0, 10) : '';
}
