import type { CalendarDay } from '../../lib/calendar-day';
import { formatDay } from '../../lib/calendar-day';

/**
 * Report periods are inclusive calendar days ('YYYY-MM-DD'). The arithmetic runs on UTC dates so a daylight-saving
 * change can never add or lose a day; the days themselves are the library's days, as the API reads them.
 */
export interface Period {
  from: CalendarDay;
  to: CalendarDay;
}

const DAY_MS = 24 * 60 * 60 * 1000;
const pad = (value: number) => String(value).padStart(2, '0');

function parts(day: CalendarDay): [number, number, number] {
  const [year = 0, month = 1, date = 1] = day.split('-').map(Number);
  return [year, month, date];
}

function toUtc(day: CalendarDay): number {
  const [year, month, date] = parts(day);
  return Date.UTC(year, month - 1, date);
}

function fromUtc(time: number): CalendarDay {
  const date = new Date(time);
  return `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
}

export function addDaysUtc(day: CalendarDay, days: number): CalendarDay {
  return fromUtc(toUtc(day) + days * DAY_MS);
}

/** The same day of the month `months` later (a day past the month's end runs into the next month, as Date does). */
function addMonths(day: CalendarDay, months: number): CalendarDay {
  const [year, month, date] = parts(day);
  return fromUtc(Date.UTC(year, month - 1 + months, date));
}

/** Whole months from `from` to `after` when they fall on the same day of the month, else null. */
function wholeMonths(from: CalendarDay, after: CalendarDay): number | null {
  const [fromYear, fromMonth, fromDate] = parts(from);
  const [afterYear, afterMonth, afterDate] = parts(after);
  if (fromDate !== afterDate) return null;
  return (afterYear - fromYear) * 12 + (afterMonth - fromMonth);
}

/** Inclusive length in days. */
export function periodDays(period: Period): number {
  return Math.round((toUtc(period.to) - toUtc(period.from)) / DAY_MS) + 1;
}

/**
 * The period a "duplicate for next period" report covers: it starts the day after this one ends. A period of whole
 * months (a calendar year, a quarter, a grant year from 15 March) moves by the same number of months, so 2024
 * (366 days) is followed by all of 2025 and February by all of March; any other period keeps its length in days.
 */
export function nextPeriod(period: Period): Period {
  const from = addDaysUtc(period.to, 1);
  const months = wholeMonths(period.from, from);
  if (months !== null && months > 0) return { from, to: addDaysUtc(addMonths(from, months), -1) };
  return { from, to: addDaysUtc(from, periodDays(period) - 1) };
}

export type QuickPeriod = 'last-calendar-year' | 'this-year-so-far' | 'last-12-months';

export const QUICK_PERIODS: { value: QuickPeriod; label: string }[] = [
  { value: 'last-calendar-year', label: 'Last calendar year' },
  { value: 'this-year-so-far', label: 'This year so far' },
  { value: 'last-12-months', label: 'Last 12 months' },
];

/** The quick choices beside the period's dates, as of `today`. */
export function quickPeriod(choice: QuickPeriod, today: CalendarDay): Period {
  const [year] = parts(today);
  switch (choice) {
    case 'last-calendar-year':
      return { from: `${year - 1}-01-01`, to: `${year - 1}-12-31` };
    case 'this-year-so-far':
      return { from: `${year}-01-01`, to: today };
    case 'last-12-months': {
      // The twelve months ending today: from the day after this date a year ago (29 Feb falls back to 1 Mar).
      const [, month, date] = parts(today);
      const yearAgo = fromUtc(Date.UTC(year - 1, month - 1, date));
      return { from: addDaysUtc(yearAgo, 1), to: today };
    }
  }
}

/** Which quick choice a period is, if any (to mark the chosen button). */
export function matchingQuickPeriod(period: Period, today: CalendarDay): QuickPeriod | null {
  return QUICK_PERIODS.find(({ value }) => {
    const candidate = quickPeriod(value, today);
    return candidate.from === period.from && candidate.to === period.to;
  })?.value ?? null;
}

/** "Thu 1 Jan 2026 to Thu 31 Dec 2026"; a whole calendar year is just "2026". */
export function describePeriod(period: Period): string {
  const [fromYear] = parts(period.from);
  if (period.from === `${fromYear}-01-01` && period.to === `${fromYear}-12-31`) return String(fromYear);
  return `${formatDay(period.from)} to ${formatDay(period.to)}`;
}
