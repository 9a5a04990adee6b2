import type { ImpactReportDefinitionDto } from '../modules/reports/dto/impact-report-definition.dto';

/**
 * The demo's saved funder summary: the last twelve months for every partner, the year of programs the demo holds,
 * saved by the administrator who reports to funders. Its period ends today, so whenever the demo starts it covers the
 * demo's year of sessions (programs start up to 250 days ago).
 */
export function demoReportDefinition(today: string): ImpactReportDefinitionDto {
  return {
    funderName: 'Riverside Community Foundation',
    grantReference: 'RCF-2026-014',
    period: { from: dayAfterOneYearBefore(today), to: today },
    scope: { kind: 'all' },
  };
}

/** "The last 12 months" ending on `day`: from the day after the same date a year before (29 Feb → 1 Mar). */
export function dayAfterOneYearBefore(day: string): string {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  const yearBefore = new Date(Date.UTC(year - 1, month - 1, date));
  // 29 Feb of a leap year has no twin a year before: Date rolls it to 1 Mar, and the day after is 2 Mar, which
  // would leave a day out; clamp to the last day of February first.
  if (yearBefore.getUTCMonth() !== month - 1) yearBefore.setUTCDate(0);
  yearBefore.setUTCDate(yearBefore.getUTCDate() + 1);
  return yearBefore.toISOString().slice(0, 10);
}
