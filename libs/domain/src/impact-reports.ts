/**
 * The funder summary's shared words (DOMAIN.md "What a funder summary contains"): what a report may cover, the
 * kinds of records a figure is counted from, and the limits on a report's period and scope.
 */

import { vocabulary } from './vocabulary';

/** What a report covers: everything, or only chosen partners, chosen programs, or programs of chosen focus areas. */
export const REPORT_SCOPE_KINDS = vocabulary({
  all: 'All partners',
  partners: 'Chosen partners',
  programs: 'Chosen programs',
  'focus-areas': 'Focus areas',
});
export type ReportScopeKind = (typeof REPORT_SCOPE_KINDS.keys)[number];

/** The kinds of records a report figure is counted from; each opens as a list in the evidence view. */
export const EVIDENCE_KINDS = vocabulary({
  programs: 'Programs',
  sessions: 'Sessions',
  'outcome-results': 'Outcome results',
  contributions: 'Contributions',
  'impact-notes': 'Stories and quotes',
  'health-snapshots': 'Health snapshots',
});
export type EvidenceKind = (typeof EVIDENCE_KINDS.keys)[number];

/** The sections of a report, in the order a funder reads them (and the CSV's `section` column). */
export const REPORT_SECTIONS = vocabulary({
  outputs: 'Outputs',
  outcomes: 'Outcomes',
  partners: 'Partners and contributions',
  health: 'Partnership health',
  stories: 'Stories and quotes',
});
export type ReportSection = (typeof REPORT_SECTIONS.keys)[number];

/** A report's period may span at most this many years (end − start, inclusive days ≤ 5 × 366). */
export const MAX_REPORT_YEARS = 5;
/** At most this many chosen partners, programs or focus areas: an evidence link must fit in a URL. */
export const MAX_REPORT_SCOPE_IDS = 100;
/** Consented stories and quotes a report shows; the total is always given beside them. */
export const REPORT_STORIES_SHOWN = 30;
