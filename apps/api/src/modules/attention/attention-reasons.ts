import { FACTORS } from '@common-ground/domain';
import type { StoredProfile } from '../health/health-snapshots.repository';
import type { HealthAttentionKind } from './attention.repository';
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

/**
 * "Health on 1 Nov 2026: 1 strength · 3 borderline · 1 concern; weakest Communication & Expectations." / "…a factor
 * is declining…" / "No two-sided assessment since 12 Aug 2025."
 */
export function healthReason(kind: HealthAttentionKind, asOf: string, profile: StoredProfile): string {
  const weakest = profile.weakestFactor ? `; weakest ${FACTORS.labels[profile.weakestFactor]}` : '';
  switch (kind) {
    case 'health-concern':
      return `Health on ${dateInWords(asOf)}: ${profile.text}${weakest}.`;
    case 'health-declining':
      return `Health on ${dateInWords(asOf)}: a factor is declining (${profile.text}${weakest}).`;
    case 'assessment-stale':
      return profile.lastAssessedOn
        ? `No two-sided assessment for over 12 months: last answered on ${dateInWords(profile.lastAssessedOn)}.`
        : 'No two-sided assessment for over 12 months.';
  }
}
