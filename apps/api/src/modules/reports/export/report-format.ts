/*
 * How the exports write numbers, money and dates for people: one place, so the PDF's tables, charts and appendix
 * agree. Dates are calendar days ("1 Jan 2026"), never shifted by a time zone: a report period is a list of days.
 */

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const;

const wholeNumber = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });
const oneDecimal = new Intl.NumberFormat('en-US', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
const upToTwoDecimals = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });
const dollars = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', minimumFractionDigits: 2, maximumFractionDigits: 2 });

/** 12,345 */
export function formatCount(value: number): string {
  return wholeNumber.format(value);
}

/** 1,234.5 hours and other quantities that may have a fraction. */
export function formatQuantity(value: number): string {
  return upToTwoDecimals.format(value);
}

/** $1,234.50 */
export function formatMoney(value: number): string {
  return dollars.format(value);
}

/** 83% from 0.8333; "–" when there is no share (nobody answered). */
export function formatShare(value: number | null): string {
  return value === null ? '–' : `${Math.round(value * 100)}%`;
}

/** A 1–5 score or a mean change, one decimal, with a sign for a change ("+0.4", "−0.3"). */
export function formatScore(value: number | null, signed = false): string {
  if (value === null) return '–';
  const text = oneDecimal.format(Math.abs(value));
  if (!signed) return value < 0 ? `−${text}` : text;
  if (text === '0.0') return '0.0';
  return value < 0 ? `−${text}` : `+${text}`;
}

/** "1 Jan 2026" from "2026-01-01" (or from an ISO instant: its UTC day). */
export function formatDay(isoDate: string): string {
  const [year, month, day] = isoDate.slice(0, 10).split('-').map(Number);
  if (!year || !month || !day) return isoDate;
  return `${day} ${MONTHS[month - 1] ?? ''} ${year}`;
}

/** "1 Jan – 31 Dec 2026", or with both years when they differ. */
export function formatPeriod(from: string, to: string): string {
  if (from.slice(0, 4) === to.slice(0, 4)) {
    const [, month, day] = from.split('-').map(Number);
    return `${day} ${MONTHS[(month ?? 1) - 1]} – ${formatDay(to)}`;
  }
  return `${formatDay(from)} – ${formatDay(to)}`;
}

/** "Mar 2026" from "2026-03". */
export function formatMonth(month: string): string {
  const [year, number] = month.split('-').map(Number);
  return `${MONTHS[(number ?? 1) - 1] ?? month} ${year}`;
}

/** "Mar" (and the year under January, so a long period's axis stays readable). */
export function shortMonth(month: string): string {
  const [, number] = month.split('-').map(Number);
  return MONTHS[(number ?? 1) - 1] ?? month;
}

/** "riverside-community-foundation" for a file name: ASCII letters and digits only, at most 60 characters. */
export function slug(text: string): string {
  const ascii = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ł/g, 'l')
    .replace(/Ł/g, 'L')
    .replace(/ø/g, 'o')
    .replace(/Ø/g, 'O')
    .replace(/ß/g, 'ss')
    .toLowerCase();
  const words = ascii.replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
  return words.slice(0, 60).replace(/-+$/, '') || 'funder';
}
