/**
 * Calendar days as the API shows them: 'YYYY-MM-DD' in UTC. Strings of this shape compare as dates, so rules such
 * as "the session falls within the program's dates" are plain string comparisons.
 */
export function utcDay(instant: Date): string {
  return instant.toISOString().slice(0, 10);
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/**
 * "3 Mar 2026" from 'YYYY-MM-DD', for messages people read. Fixed English abbreviations rather than
 * toLocaleDateString, so a message does not change with the server's locale.
 */
export function dayInWords(day: string): string {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  return `${date} ${MONTHS[month - 1]} ${year}`;
}

/** Every day of a month 'YYYY-MM', in order, and the first day of the next month (an exclusive bound). */
export function daysOfMonth(month: string): { days: string[]; next: string } {
  const [year, monthNumber] = month.split('-').map(Number) as [number, number];
  const count = new Date(Date.UTC(year, monthNumber, 0)).getUTCDate();
  const days = Array.from({ length: count }, (_, i) => `${month}-${String(i + 1).padStart(2, '0')}`);
  return { days, next: utcDay(new Date(Date.UTC(year, monthNumber, 1))) };
}

/** The message for a session day outside its program: names the program's dates, as a form would. */
export function withinProgramDatesMessage(startsOn: string, endsOn: string): string {
  if (startsOn === endsOn) return `Enter a date on ${dayInWords(startsOn)}, the day of the program.`;
  return `Enter a date between ${dayInWords(startsOn)} and ${dayInWords(endsOn)}.`;
}
