import { dateInWords, daysInWords, quoted } from '../timeline/timeline-summary';

/**
 * Why an item is on the attention list, as a sentence a person reads in the list or in the weekly email:
 * "No two-way contact for 45 days; the agreed cadence is 30 days."
 */
export function quietReason(daysSince: number, cadenceDays: number, neverContacted: boolean): string {
  const cadence = `the agreed cadence is ${daysInWords(cadenceDays)}`;
  if (neverContacted) return `No two-way contact since the partner was added ${daysInWords(daysSince)} ago; ${cadence}.`;
  return `No two-way contact for ${daysInWords(daysSince)}; ${cadence}.`;
}

/** "“Send the flyer” was due 3 days ago (3 Nov 2026)." */
export function overdueReason(description: string, dueOn: string, daysOverdue: number): string {
  const when = daysOverdue === 1 ? 'yesterday' : `${daysInWords(daysOverdue)} ago`;
  return `${quoted(description)} was due ${when} (${dateInWords(dueOn)}).`;
}

/** "Agreement review due in 12 days (15 Nov 2026)." / "…due today." / "…was due 3 days ago (…)." */
export function reviewReason(what: 'Agreement' | 'Goal', reviewOn: string, daysPast: number, neverReviewed: boolean): string {
  if (neverReviewed) return `${what} not reviewed since it was added on ${dateInWords(reviewOn)}.`;
  if (daysPast === 0) return `${what} review due today.`;
  if (daysPast < 0) return `${what} review due ${daysPast === -1 ? 'tomorrow' : `in ${daysInWords(-daysPast)}`} (${dateInWords(reviewOn)}).`;
  return `${what} review was due ${daysPast === 1 ? 'yesterday' : `${daysInWords(daysPast)} ago`} (${dateInWords(reviewOn)}).`;
}
