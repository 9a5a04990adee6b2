import { GOAL_REVIEW_MONTHS } from '@common-ground/domain';

/**
 * When a goal is next due for review: its last review plus GOAL_REVIEW_MONTHS, or, never reviewed, the day it was
 * added (it is due at once). Month arithmetic as PostgreSQL's `date + interval`: the 29th of February plus 12
 * months is the 28th of February. The day a goal was added is its createdAt date in UTC.
 */
export function goalReviewDueOn(lastReviewedOn: string | null, createdAt: Date): string {
  if (lastReviewedOn === null) return createdAt.toISOString().slice(0, 10);
  return addMonths(lastReviewedOn, GOAL_REVIEW_MONTHS);
}

/** The same rule in SQL for a goals row aliased `alias` (for sorting and for partner-level "next review"). */
export function goalReviewDueOnSql(alias: string): string {
  return `coalesce((${alias}.last_reviewed_on + make_interval(months => ${GOAL_REVIEW_MONTHS}))::date, (${alias}.created_at AT TIME ZONE 'UTC')::date)`;
}

/** 'YYYY-MM-DD' plus whole months, clamped to the last day of the target month. */
export function addMonths(date: string, months: number): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const monthIndex = year * 12 + (month - 1) + months;
  const targetYear = Math.floor(monthIndex / 12);
  const targetMonth = (monthIndex % 12) + 1;
  const lastDay = new Date(Date.UTC(targetYear, targetMonth, 0)).getUTCDate();
  const pad = (n: number, width = 2) => String(n).padStart(width, '0');
  return `${pad(targetYear, 4)}-${pad(targetMonth)}-${pad(Math.min(day, lastDay))}`;
}
