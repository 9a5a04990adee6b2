import { FOCUS_AREAS, type FocusArea, MAX_REPORT_YEARS, REPORT_SCOPE_KINDS } from '@common-ground/domain';
import { DomainError } from '../../common/problem/domain-error';
import type { ImpactReportDefinitionDto, ReportScopeDto } from './dto/impact-report-definition.dto';

/** A calendar day, 'YYYY-MM-DD'. */
export type Day = string;

export interface ReportPeriod {
  from: Day;
  to: Day;
}

/**
 * A scope with only the list of its own kind, always present (possibly empty): what is stored with a saved report,
 * shown in its header and written into every evidence link. Lists sent for another kind mean nothing and are dropped.
 */
export type ReportScope =
  | { kind: 'all' }
  | { kind: 'partners'; partnerIds: string[] }
  | { kind: 'programs'; programIds: string[] }
  | { kind: 'focus-areas'; focusAreas: FocusArea[] };

/** A report's definition after validation: what its figures are computed from. */
export interface ReportDefinition {
  funderName: string;
  /** null when none was given ('' in the table). */
  grantReference: string | null;
  period: ReportPeriod;
  scope: ReportScope;
}

/** The chosen partners' names or programs' titles, in the order chosen: the words of the scope's label. */
export interface ScopeNames {
  partners: ReadonlyMap<string, string>;
  programs: ReadonlyMap<string, string>;
}

export function normaliseScope(scope: Pick<ReportScopeDto, 'kind' | 'partnerIds' | 'programIds' | 'focusAreas'>): ReportScope {
  switch (scope.kind) {
    case 'all':
      return { kind: 'all' };
    case 'partners':
      return { kind: 'partners', partnerIds: [...(scope.partnerIds ?? [])] };
    case 'programs':
      return { kind: 'programs', programIds: [...(scope.programIds ?? [])] };
    case 'focus-areas':
      return { kind: 'focus-areas', focusAreas: [...(scope.focusAreas ?? [])] };
  }
}

export function toDefinition(dto: ImpactReportDefinitionDto): ReportDefinition {
  return {
    funderName: dto.funderName,
    grantReference: dto.grantReference ? dto.grantReference : null,
    period: { from: dto.period.from, to: dto.period.to },
    scope: normaliseScope(dto.scope),
  };
}

/** The ids chosen for the scope's kind (none for all and focus areas). */
export const chosenPartnerIds = (scope: ReportScope): string[] => (scope.kind === 'partners' ? scope.partnerIds : []);
export const chosenProgramIds = (scope: ReportScope): string[] => (scope.kind === 'programs' ? scope.programIds : []);
export const chosenFocusAreas = (scope: ReportScope): FocusArea[] => (scope.kind === 'focus-areas' ? scope.focusAreas : []);

/** True when the scope's own list is empty: a valid report of nothing (zeros, nothingFound), not an error. */
export function isEmptyScope(scope: ReportScope): boolean {
  switch (scope.kind) {
    case 'all':
      return false;
    case 'partners':
      return scope.partnerIds.length === 0;
    case 'programs':
      return scope.programIds.length === 0;
    case 'focus-areas':
      return scope.focusAreas.length === 0;
  }
}

const DAY_MS = 86_400_000;
const dayNumber = (day: Day) => Date.parse(`${day}T00:00:00Z`) / DAY_MS;
const dayOf = (n: number): Day => new Date(n * DAY_MS).toISOString().slice(0, 10);

/** Inclusive days a period may span: the table's CHECK allows to < from + 5 × 366. */
export const MAX_REPORT_DAYS = MAX_REPORT_YEARS * 366;

/**
 * The period's order and length, refused with the field named as the caller sent it (`period.to` in a report's
 * body, `to` in an evidence query).
 */
export function assertPeriod(period: ReportPeriod, field = 'period.to'): void {
  const span = dayNumber(period.to) - dayNumber(period.from);
  if (span < 0) {
    const message = 'Enter an end date on or after the start date.';
    throw new DomainError('period_out_of_order', message, [{ field, message }]);
  }
  if (span >= MAX_REPORT_DAYS) {
    const lastDay = dayOf(dayNumber(period.from) + MAX_REPORT_DAYS - 1);
    const message = `A report can cover at most ${MAX_REPORT_YEARS} years: choose an end date on or before ${lastDay}.`;
    throw new DomainError('period_too_long', message, [{ field, message }]);
  }
}

/** Every calendar month the period touches, as 'YYYY-MM', in order. */
export function monthsOf(period: ReportPeriod): string[] {
  const months: string[] = [];
  let year = Number(period.from.slice(0, 4));
  let month = Number(period.from.slice(5, 7));
  const last = period.to.slice(0, 7);
  for (;;) {
    const key = `${year}-${String(month).padStart(2, '0')}`;
    months.push(key);
    if (key >= last) return months;
    month += 1;
    if (month > 12) {
      month = 1;
      year += 1;
    }
  }
}

const MONTH_NAMES = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "5 Mar 2026". */
export function dayInWords(day: Day): string {
  return `${Number(day.slice(8, 10))} ${MONTH_NAMES[Number(day.slice(5, 7)) - 1]} ${day.slice(0, 4)}`;
}

/** "1 Jan – 31 Dec 2026"; "1 Sep 2025 – 31 Aug 2026" across years; "5 Mar 2026" for one day. */
export function periodInWords(period: ReportPeriod): string {
  if (period.from === period.to) return dayInWords(period.from);
  const sameYear = period.from.slice(0, 4) === period.to.slice(0, 4);
  const from = sameYear ? dayInWords(period.from).replace(/ \d{4}$/, '') : dayInWords(period.from);
  return `${from} – ${dayInWords(period.to)}`;
}

/** The scope in words, with the chosen names: "Chosen partners: Riverside Health Clinic, Eastside Teens". */
export function scopeLabel(scope: ReportScope, names: ScopeNames): string {
  const label = REPORT_SCOPE_KINDS.labels[scope.kind];
  const list = (items: string[]) => `${label}: ${items.length === 0 ? 'none' : items.join(', ')}`;
  switch (scope.kind) {
    case 'all':
      return label;
    case 'partners':
      return list(scope.partnerIds.map((id) => names.partners.get(id) ?? id));
    case 'programs':
      return list(scope.programIds.map((id) => names.programs.get(id) ?? id));
    case 'focus-areas':
      return list(scope.focusAreas.map((area) => FOCUS_AREAS.labels[area]));
  }
}
