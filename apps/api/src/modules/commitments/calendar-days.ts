/**
 * Calendar days as the API shows them: 'YYYY-MM-DD' in UTC. Strings in this shape compare as dates, so rules such as
 * "due before today" are plain string comparisons.
 */
export function utcDay(instant: Date): string {
  return instant.toISOString().slice(0, 10);
}

/** 'YYYY-MM-DD' plus (or minus) whole days. */
export function addDays(day: string, days: number): string {
  const date = new Date(`${day}T00:00:00.000Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return utcDay(date);
}
