/**
 * Calendar days and months, computed in UTC on 'YYYY-MM-DD' strings, so a result never depends on the machine's
 * time zone or on daylight saving. The model has no clock: every "now" is the caller's `asOf`.
 *
 * Months are calendar months, as people count them: 2025-05-30 is exactly one month before 2025-06-30, and
 * "within 12 months of 2025-06-30" means from 2024-06-30 on. A month added to the 31st lands on the last day of a
 * shorter month (2025-01-31 + 1 month = 2025-02-28). A fractional age counts the days past the last whole month
 * as a share of the month that follows it (15 days into a 30-day month is 0.5). This is what reproduces
 * SCORING.md's published vector ("one month ago" = exactly 1 month); dividing days by a mean month of
 * 30.4375 days cannot, since no whole number of days is exactly one such month.
 */

/** A calendar day, 'YYYY-MM-DD'. */
export type IsoDate = string;

/** Used only where a rate per year is needed (the trend slope): 365.25 days, the mean Gregorian year. */
export const DAYS_PER_YEAR = 365.25;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

interface DayParts {
  readonly year: number;
  /** 1–12. */
  readonly month: number;
  readonly day: number;
}

// Plain integer arithmetic rather than Date objects: the model reads thousands of days per partnership, and this
// is both faster and free of any time-zone question. Days from civil: H. Hinnant's proleptic Gregorian algorithm.
function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

function parts(date: IsoDate): DayParts {
  const match = ISO_DATE.exec(date);
  if (!match) throw new RangeError(`Expected a date as YYYY-MM-DD, got "${date}"`);
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    throw new RangeError(`"${date}" is not a calendar day`);
  }
  return { year, month, day };
}

function daysFromCivil({ year, month, day }: DayParts): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

function civilFromDays(days: number): DayParts {
  const z = days + 719_468;
  const era = Math.floor(z / 146_097);
  const dayOfEra = z - era * 146_097;
  const yearOfEra = Math.floor((dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36_524) - Math.floor(dayOfEra / 146_096)) / 365);
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const mp = Math.floor((5 * dayOfYear + 2) / 153);
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day: dayOfYear - Math.floor((153 * mp + 2) / 5) + 1 };
}

const pad = (n: number, width: number) => String(n).padStart(width, '0');

function formatDay({ year, month, day }: DayParts): IsoDate {
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

/**
 * A partnership's records repeat the same few hundred days many times over (every rule reads them), so parsed days
 * and window starts are remembered. Both are pure functions of their text, so this cannot change a result; the
 * memory is dropped whenever it grows past a bound.
 */
const MEMO_LIMIT = 20_000;
function memo<T>(compute: (key: string) => T): (key: string) => T {
  const cache = new Map<string, T>();
  return (key) => {
    const known = cache.get(key);
    if (known !== undefined) return known;
    const value = compute(key);
    if (cache.size >= MEMO_LIMIT) cache.clear();
    cache.set(key, value);
    return value;
  };
}

/** Days since 1970-01-01; throws on anything but a real 'YYYY-MM-DD' day, because a wrong date is a caller bug. */
export const dayNumber: (date: IsoDate) => number = memo((date) => daysFromCivil(parts(date)));

export function isoDate(day: number): IsoDate {
  return formatDay(civilFromDays(day));
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return dayNumber(to) - dayNumber(from);
}

export function addDays(date: IsoDate, days: number): IsoDate {
  return isoDate(dayNumber(date) + days);
}

/** The same day `months` whole calendar months later (earlier when negative), clamped to the month's end. */
export function addMonths(date: IsoDate, months: number): IsoDate {
  const { year, month, day } = parts(date);
  const index = year * 12 + (month - 1) + months;
  const [y, m] = [Math.floor(index / 12), (((index % 12) + 12) % 12) + 1];
  return formatDay({ year: y, month: m, day: Math.min(day, daysInMonth(y, m)) });
}

/** Calendar months from `from` to `to`, with a fraction for the days past the last whole month. */
export function monthsBetween(from: IsoDate, to: IsoDate): number {
  if (to < from) return -monthsBetween(to, from);
  const [a, b] = [parts(from), parts(to)];
  let whole = (b.year - a.year) * 12 + (b.month - a.month);
  if (addMonths(from, whole) > to) whole -= 1;
  const anchor = addMonths(from, whole);
  return whole + daysBetween(anchor, to) / daysBetween(anchor, addMonths(from, whole + 1));
}

/** How old a dated fact is on `asOf`, in days; negative for a fact after `asOf`. */
export function ageInDays(date: IsoDate, asOf: IsoDate): number {
  return daysBetween(date, asOf);
}

/** The first day of the last `months` whole months up to asOf: 12 months before 2025-06-30 is 2024-06-30. */
export function windowStart(asOf: IsoDate, months: number): IsoDate {
  return addMonths(asOf, -months);
}

const windowStartDay = memo((key) => {
  const [asOf, months] = key.split('|') as [IsoDate, string];
  return dayNumber(windowStart(asOf, Number(months)));
});

/**
 * True when `date` is on or before `asOf` and not before the window's first day. Facts dated after `asOf` had not
 * happened yet on that day, which is what makes an old report reproducible from today's records.
 */
export function withinMonths(date: IsoDate, asOf: IsoDate, months: number): boolean {
  const day = dayNumber(date);
  return day <= dayNumber(asOf) && day >= windowStartDay(`${asOf}|${months}`);
}

/** The later of two optional days. */
export function laterOf(a: IsoDate | null | undefined, b: IsoDate | null | undefined): IsoDate | null {
  if (!a) return b ?? null;
  if (!b) return a;
  return a >= b ? a : b;
}
