/**
 * The words around a score (SCORING.md "Explanation"): each unit's facts as a sentence, the strongest units, the
 * flags, and what would change the score. Plain English for people who run programs, never database words.
 */
import { FACTORS, type Side } from '@common-ground/domain';
import type { SideAssessment } from './assessment-units';
import type { Band, FlagKey } from './combine';
import { addDays, ageInDays, monthsBetween, type IsoDate } from './dates';
import { compareText } from './order';
import type { ScoringPolicy } from './policy';
import type { Trend } from './trend';
import type { ScoredUnit, UnitFacts, UnitKey } from './units';

/** Up to this many days, an age is said in days ("45 days ago"); beyond, in months. */
const DAYS_BEFORE_MONTHS = 60;

export function plural(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

/** "today", "yesterday", "12 days ago", "14 months ago" (calendar months, rounded). */
export function ago(date: IsoDate, asOf: IsoDate): string {
  const days = ageInDays(date, asOf);
  if (days <= 0) return 'today';
  if (days === 1) return 'yesterday';
  if (days <= DAYS_BEFORE_MONTHS) return `${days} days ago`;
  return `${plural(Math.round(monthsBetween(date, asOf)), 'month')} ago`;
}

const daysAgoInWords = (days: number, asOf: IsoDate) => ago(addDays(asOf, -days), asOf);

const percent = (part: number, whole: number) => `${Math.round((100 * part) / whole)}%`;

function reviewed(reviewedOn: IsoDate | null, asOf: IsoDate): string {
  return reviewedOn === null ? 'never reviewed' : `reviewed ${ago(reviewedOn, asOf)}`;
}

const RATERS: Readonly<Record<Side, string>> = { library: 'Library staff rate', partner: 'The partner rates' };

/** The sentence for a unit's facts, e.g. "Last two-way contact 12 days ago (cadence 30 days)". */
export function describeUnit(facts: UnitFacts, asOf: IsoDate): string {
  switch (facts.kind) {
    case 'assessment':
      return `${RATERS[facts.side]} this ${facts.mean.toFixed(1)} (${plural(facts.respondents, 'respondent')}, newest answer ${ago(facts.newestAnsweredAt, asOf)})`;
    case 'shared-goals':
      if (facts.agreedBy !== 'both') return `Goals agreed by the ${facts.agreedBy} only, not by both organisations`;
      return `A shared goal agreed by both organisations, ${reviewed(facts.reviewedOn, asOf)}`;
    case 'public-reached':
      return `${facts.matched} of ${plural(facts.recorded, 'held program')} reached the intended audience`;
    case 'roles-filled':
      return `${facts.filled} of ${plural(facts.roles, 'program role')} had an owner at least ${plural(facts.leadDays, 'day')} before the program`;
    case 'division-of-labour':
      return `The partner completed ${facts.byPartner} of ${plural(facts.completed, 'finished commitment')} (${percent(facts.byPartner, facts.completed)})`;
    case 'recency':
      return `Last two-way contact ${daysAgoInWords(facts.days, asOf)} (cadence ${plural(facts.cadenceDays, 'day')})`;
    case 'coverage':
      return `Two-way contact in ${facts.periodsWithContact} of ${plural(facts.periods, 'period')} of ${plural(facts.cadenceDays, 'day')}`;
    case 'initiation':
      return `The partner started ${facts.byPartner} of ${plural(facts.communications, 'communication')} (${percent(facts.byPartner, facts.communications)})`;
    case 'expectations':
      return `An agreement lists each side’s contributions, ${reviewed(facts.reviewedOn, asOf)}`;
    case 'commitments-kept': {
      const due = facts.onTime + facts.late + facts.missed;
      return `Of ${plural(due, 'commitment')} due: ${facts.onTime} kept on time, ${facts.late} late, ${facts.missed} missed`;
    }
    case 'acknowledgement':
      return `The partner was credited in ${facts.credited} of ${plural(facts.held, 'held program')}`;
    case 'tags':
      return `Communications tagged for ${FACTORS.labels[facts.factor]}: ${facts.positive} positive, ${facts.negative} negative`;
    case 'disruptions':
      return `${facts.disrupted} of ${plural(facts.programs, 'program')} cancelled or postponed for time, funding or staff`;
    case 'admin-readiness':
      return `Admin checklist complete before the start for ${facts.ready} of ${plural(facts.held, 'held program')}`;
    case 'impact-shown':
      return `Outcome summary shared within ${plural(facts.withinDays, 'day')} for ${facts.shared} of ${plural(facts.held, 'held program')}`;
  }
}

const byWeight = (a: ScoredUnit, b: ScoredUnit) =>
  Math.abs(b.contribution) - Math.abs(a.contribution) || compareText(a.key, b.key);

/** Units by the size of their effect on the score, largest first; ties in key order. */
export function rankUnits(units: readonly ScoredUnit[]): ScoredUnit[] {
  return [...units].sort(byWeight);
}

export const STRONGEST_COUNT = 3;

export interface Flag {
  readonly key: FlagKey;
  readonly sentence: string;
}

export interface FlagContext {
  readonly library: SideAssessment | null;
  readonly partner: SideAssessment | null;
  readonly trend: Trend | null;
  readonly policy: ScoringPolicy;
}

function decliningSentence(trend: Trend | null): string {
  const parts: string[] = [];
  if (trend?.reasons.includes('drop') && trend.change) parts.push(`down ${(-trend.change.delta).toFixed(1)} since ${trend.change.from}`);
  if (trend?.reasons.includes('slope') && trend.slopePerYear !== null) {
    parts.push(`falling ${(-trend.slopePerYear).toFixed(1)} a year over ${plural(trend.snapshots, 'snapshot')}`);
  }
  return `Declining: ${parts.join('; ')}`;
}

export function describeFlag(key: FlagKey, ctx: FlagContext): Flag {
  switch (key) {
    case 'perception-gap':
      return {
        key,
        sentence: `The library and the partner see this differently (library ${ctx.library?.mean.toFixed(1)}, partner ${ctx.partner?.mean.toFixed(1)})`,
      };
    case 'declining':
      return { key, sentence: decliningSentence(ctx.trend) };
    case 'stale':
      return { key, sentence: `No assessment from both sides in the last ${plural(ctx.policy.staleMonths, 'month')}` };
    case 'single-side':
      return { key, sentence: 'Only the library’s view: the partner has never answered the assessment on this factor' };
  }
}

export type SuggestionKind = 'partner-answer' | 'library-answer' | 'reassess' | 'more-evidence' | 'talk-through-gap' | 'improve';

export interface Suggestion {
  readonly kind: SuggestionKind;
  /** The unit a suggestion of kind "improve" is about. */
  readonly unitKey: UnitKey | null;
  readonly sentence: string;
}

function improvement(unit: ScoredUnit): string | null {
  const facts = unit.facts;
  switch (facts.kind) {
    case 'assessment':
      return null;
    case 'shared-goals':
      return facts.agreedBy === 'both' ? 'Reviewing the shared goals together' : 'Agreeing the goals with the partner';
    case 'public-reached':
      return 'Planning programs with the partner so they reach the intended audience';
    case 'roles-filled':
      return `Naming an owner for each program role at least ${plural(facts.leadDays, 'day')} ahead`;
    case 'division-of-labour':
      return 'Sharing the commitments more evenly between the two organisations';
    case 'recency':
      return 'A two-way conversation with the partner';
    case 'coverage':
      return `Two-way contact at least once every ${plural(facts.cadenceDays, 'day')}`;
    case 'initiation':
      return facts.byPartner * 2 < facts.communications ? 'Inviting the partner to start more of the contact' : 'The library starting more of the contact';
    case 'expectations':
      return 'Reviewing the agreement and what each side contributes';
    case 'commitments-kept':
      return 'Keeping commitments by their due dates';
    case 'acknowledgement':
      return 'Crediting the partner in program promotion';
    case 'tags':
      return 'Conversations that go well on this factor';
    case 'disruptions':
      return 'Fewer programs cancelled or postponed for time, funding or staff';
    case 'admin-readiness':
      return 'Completing the admin checklist before each program starts';
    case 'impact-shown':
      return `Sharing an outcome summary within ${plural(facts.withinDays, 'day')} of each program`;
  }
}

export interface ChangeContext {
  readonly band: Band;
  readonly flags: readonly FlagKey[];
  readonly library: SideAssessment | null;
  readonly partner: SideAssessment | null;
  /** The units, ranked by the size of their effect. */
  readonly ranked: readonly ScoredUnit[];
}

/** The behaviour units pulling the score down most, as things to do (at most this many). */
const IMPROVEMENTS_COUNT = 2;

/** "What would change this": the evidence that is missing first, then what pulls the score down most. */
export function whatWouldChange(ctx: ChangeContext): Suggestion[] {
  const suggestions: Suggestion[] = [];
  const add = (kind: SuggestionKind, sentence: string, unitKey: UnitKey | null = null) => suggestions.push({ kind, unitKey, sentence });
  if (ctx.partner === null) add('partner-answer', 'An answer from the partner would raise confidence');
  if (ctx.library === null) add('library-answer', 'An answer from library staff would raise confidence');
  if (ctx.flags.includes('stale') && ctx.partner !== null && ctx.library !== null) {
    add('reassess', 'A new assessment from both sides would bring this up to date');
  }
  if (ctx.band === 'insufficient') add('more-evidence', 'More evidence is needed before this has a band: an assessment from both sides counts most');
  if (ctx.flags.includes('perception-gap')) add('talk-through-gap', 'Talking through why the two sides see this differently');
  const dragging = ctx.ranked.filter((u) => u.contribution < 0 && u.facts.kind !== 'assessment').slice(0, IMPROVEMENTS_COUNT);
  for (const unit of dragging) {
    const action = improvement(unit);
    if (action) add('improve', `${action} would raise this score`, unit.key);
  }
  return suggestions;
}
