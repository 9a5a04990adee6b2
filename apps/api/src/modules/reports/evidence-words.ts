import {
  CONTRIBUTION_TYPES,
  CONTRIBUTION_UNITS,
  type ContributionType,
  type ContributionUnit,
  FACTORS,
  FOCUS_AREAS,
  IMPACT_NOTE_KINDS,
  type ImpactNoteKind,
  LIBRARY_ROLES,
  type LibraryRole,
  OUTCOME_MEASURES,
  OUTCOME_TIMINGS,
  type OutcomeMeasure,
  type OutcomeTiming,
  SESSION_FORMATS,
  type SessionFormat,
  SIDES,
  type Side,
} from '@common-ground/domain';
import type { EvidenceBreakdown } from './evidence-source';
import type { EvidenceRow } from './report-evidence.repository';
import { dayInWords, periodInWords, type ReportPeriod, type ReportScope } from './report-definition';

/*
 * The evidence list in words: what the filter selects (the list's description), and what each record added to its
 * figure (its detail). The evidence appendix of a printed report reads the same descriptions.
 */

const ROLE_ADJECTIVES: Record<LibraryRole, string> = { sponsor: 'sponsored', 'co-sponsor': 'co-sponsored', 'promotion-only': 'promotion-only' };

const or = (words: readonly string[]) => (words.length <= 1 ? (words[0] ?? '') : `${words.slice(0, -1).join(', ')} or ${words.at(-1)}`);
const plural = (n: number, one: string, many = `${one}s`) => `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;
const lower = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);
const shortMeasure = (measure: OutcomeMeasure) => OUTCOME_MEASURES.labels[measure].split(':')[0]!;
const dollars = (value: number) => `$${value.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;

function programsWords(roles: readonly LibraryRole[] | null): string {
  return roles === null || roles.length === 0 ? 'programs' : `${or(roles.map((role) => ROLE_ADJECTIVES[role]))} programs`;
}

function scopeWords(scope: ReportScope): string {
  switch (scope.kind) {
    case 'all':
      return 'all partners';
    case 'partners':
      return plural(scope.partnerIds.length, 'chosen partner');
    case 'programs':
      return plural(scope.programIds.length, 'chosen program');
    case 'focus-areas':
      return scope.focusAreas.length === 0 ? 'no focus area' : `focus areas: ${scope.focusAreas.map((area) => FOCUS_AREAS.labels[area]).join(', ')}`;
  }
}

function breakdownWords(b: EvidenceBreakdown, partnerName: string | null): string[] {
  const words: string[] = [];
  if (b.format) words.push(lower(SESSION_FORMATS.labels[b.format]));
  if (b.measure) words.push(lower(shortMeasure(b.measure)));
  if (b.timing) words.push(lower(OUTCOME_TIMINGS.labels[b.timing]));
  if (b.side) words.push(`${lower(SIDES.labels[b.side])} side`);
  if (b.type) words.push(lower(CONTRIBUTION_TYPES.labels[b.type]));
  if (b.unit) words.push(`in ${lower(CONTRIBUTION_UNITS.labels[b.unit])}`);
  if (b.rate === null) words.push('recorded without a rate');
  if (b.rate !== undefined && b.rate !== null) {
    const of = [b.rateSource, b.rateYear].filter((part) => part !== undefined && part !== null).join(', ');
    words.push(`at ${dollars(b.rate)}${of ? ` (${of})` : ''}`);
  }
  if (b.partner) words.push(partnerName ?? 'one partner');
  if (b.factor) words.push(FACTORS.labels[b.factor]);
  return words;
}

/** "Sessions of sponsored or co-sponsored programs, 1 Jan – 31 Dec 2026, all partners, recorded". */
export function describeEvidence(
  filter: { period: ReportPeriod; scope: ReportScope; countedRoles: readonly LibraryRole[] | null },
  b: EvidenceBreakdown,
  partnerName: string | null,
): string {
  const programs = programsWords(filter.countedRoles);
  const period = periodInWords(filter.period);
  const head = {
    programs: `${programs.charAt(0).toUpperCase()}${programs.slice(1)} with a session, ${period}`,
    sessions: `Sessions of ${programs}, ${period}`,
    'outcome-results': `Outcome results of ${programs}, dated ${period}`,
    contributions: `Actual contributions dated ${period}, to ${programs} or from their partners`,
    'impact-notes': `Stories and quotes with consent to quote, noted ${period}, from ${programs} or their partners`,
    'health-snapshots': `Each partner’s latest health snapshot on or before ${dayInWords(filter.period.to)}, partners of ${programs}`,
  }[b.kind];
  return [head, scopeWords(filter.scope), ...breakdownWords(b, partnerName)].join(', ');
}

const number = (value: unknown): number => (typeof value === 'number' ? value : Number(value ?? 0));

/** What one record added to its figure, in words: "Recorded · 34 attending · 120 views". */
export function describeRecord(kind: EvidenceBreakdown['kind'], row: EvidenceRow): string {
  const facts = row.facts;
  switch (kind) {
    case 'programs':
      return [
        plural(number(facts.sessions), 'session'),
        `${number(row.value).toLocaleString('en-US')} attending`,
        LIBRARY_ROLES.labels[facts.libraryRole as LibraryRole],
      ].join(' · ');
    case 'sessions': {
      const parts = [SESSION_FORMATS.labels[facts.format as SessionFormat], `${number(row.value).toLocaleString('en-US')} attending`];
      if (facts.recordedViews !== null && facts.recordedViews !== undefined) parts.push(plural(number(facts.recordedViews), 'view'));
      return parts.join(' · ');
    }
    case 'outcome-results':
      return [
        `${shortMeasure(facts.measure as OutcomeMeasure)}, ${lower(OUTCOME_TIMINGS.labels[facts.timing as OutcomeTiming])}`,
        `${number(row.value)} of ${number(facts.respondents)} answered`,
        `${number(facts.agree)} agree or strongly agree`,
        `${number(facts.nonResponses)} no answer`,
      ].join(' · ');
    case 'contributions': {
      const parts = [SIDES.labels[facts.side as Side], CONTRIBUTION_TYPES.labels[facts.type as ContributionType]];
      if (facts.quantity !== null && facts.unit) parts.push(`${number(facts.quantity)} ${lower(CONTRIBUTION_UNITS.labels[facts.unit as ContributionUnit])}`);
      if (facts.rate !== null && facts.rate !== undefined) parts.push(`at ${dollars(number(facts.rate))} (${String(facts.rateSource)}, ${String(facts.rateYear)})`);
      if (facts.moneyValue !== null && facts.moneyValue !== undefined) parts.push(dollars(number(facts.moneyValue)));
      if (facts.program) parts.push(String(facts.program));
      return parts.join(' · ');
    }
    case 'impact-notes': {
      const text = String(facts.text ?? '');
      const excerpt = text.length > 160 ? `${text.slice(0, 159)}…` : text;
      const by = facts.attribution ? ` — ${String(facts.attribution)}` : '';
      return `${IMPACT_NOTE_KINDS.labels[facts.kind as ImpactNoteKind]} · “${excerpt}”${by}`;
    }
    case 'health-snapshots': {
      const factor = facts.factor as { score?: number; band?: string } | null;
      if (factor && typeof factor.score === 'number') return `${factor.score.toFixed(1)} · ${factor.band ?? ''}`;
      return String(facts.profile ?? '');
    }
  }
}
