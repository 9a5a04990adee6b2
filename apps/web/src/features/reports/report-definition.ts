import { FOCUS_AREAS, MAX_REPORT_YEARS, REPORT_SCOPE_KINDS, type FocusArea } from '@common-ground/domain';
import type { ErrorSummaryItem } from '../../components/ui/error-summary';
import type { ProblemError } from '../../lib/problem-error';
import type { ReportDefinition, ReportScopeKind, SavedReport } from './api/types';
import { formatDay } from '../../lib/calendar-day';
import { addDaysUtc, nextPeriod, periodDays, quickPeriod } from './report-period';

/** A partner or program chosen for the scope: its id, and its name when known ('' until looked up). */
export interface ScopeChoice {
  id: string;
  name: string;
}

/** The builder's form, as typed: dates as the date inputs hold them ('' when empty). */
export interface BuilderValues {
  funderName: string;
  grantReference: string;
  from: string;
  to: string;
  scopeKind: ReportScopeKind;
  partners: ScopeChoice[];
  programs: ScopeChoice[];
  focusAreas: FocusArea[];
}

export type BuilderField = 'funderName' | 'grantReference' | 'from' | 'to' | 'scopeKind' | 'partners' | 'programs' | 'focusAreas';

/** Each field's input id, so the error summary can link to it. The first control of a group takes its id. */
export const BUILDER_FIELD_IDS: Record<BuilderField, string> = {
  funderName: 'report-funder-name',
  grantReference: 'report-grant-reference',
  from: 'report-period-from',
  to: 'report-period-to',
  scopeKind: 'report-scope-kind',
  partners: 'report-scope-partners',
  programs: 'report-scope-programs',
  focusAreas: 'report-scope-focus-areas',
};

/** Fields in the order they appear on screen, which is the order of the summary. */
const FIELD_ORDER = Object.keys(BUILDER_FIELD_IDS) as BuilderField[];

export type BuilderErrors = Partial<Record<BuilderField, string>>;

export function defaultBuilderValues(today: string): BuilderValues {
  const period = quickPeriod('last-calendar-year', today);
  return { funderName: '', grantReference: '', ...period, scopeKind: 'all', partners: [], programs: [], focusAreas: [] };
}

/** The request body for preview and save, with only the chosen kind's list (the API ignores the others anyway). */
export function toDefinition(values: BuilderValues): ReportDefinition {
  const scope: ReportDefinition['scope'] = { kind: values.scopeKind };
  if (values.scopeKind === 'partners') scope.partnerIds = values.partners.map((choice) => choice.id);
  if (values.scopeKind === 'programs') scope.programIds = values.programs.map((choice) => choice.id);
  if (values.scopeKind === 'focus-areas') scope.focusAreas = [...values.focusAreas];
  const grantReference = values.grantReference.trim();
  return {
    funderName: values.funderName.trim(),
    grantReference: grantReference === '' ? null : grantReference,
    period: { from: values.from, to: values.to },
    scope,
  };
}

const MAX_DAYS = MAX_REPORT_YEARS * 366;

/** The period's problems, by the API's rules and in its words (period_out_of_order, period_too_long: to < from + 5 × 366 days). */
export function periodErrors(from: string, to: string): BuilderErrors {
  const errors: BuilderErrors = {};
  if (from === '') errors.from = 'Enter the start date of the period';
  if (to === '') errors.to = 'Enter the end date of the period';
  if (from !== '' && to !== '') {
    if (to < from) errors.to = 'Enter an end date on or after the start date';
    else if (periodDays({ from, to }) > MAX_DAYS) {
      errors.to = `A report can cover at most ${MAX_REPORT_YEARS} years: choose an end date on or before ${formatDay(addDaysUtc(from, MAX_DAYS - 1))}`;
    }
  }
  return errors;
}

/**
 * What the builder can tell before asking the API: the same rules and words as the API's 400s. `forSave` adds the
 * funder's name, which the live preview does not insist on (an empty box is not a mistake while still typing).
 */
export function validateBuilder(values: BuilderValues, { forSave }: { forSave: boolean }): BuilderErrors {
  const errors: BuilderErrors = {};
  if (forSave && values.funderName.trim() === '') errors.funderName = 'Enter the funder’s name';
  return { ...errors, ...periodErrors(values.from, values.to) };
}

/** Whether a definition is worth previewing: a funder named and a period the API will accept. */
export function isPreviewable(definition: ReportDefinition): boolean {
  return definition.funderName !== '' && Object.keys(periodErrors(definition.period.from, definition.period.to)).length === 0;
}

/** Which builder field an API field name ("period.to", "scope.partnerIds[3]") is about. */
export function builderFieldOf(apiField: string): BuilderField | null {
  if (apiField === 'funderName') return 'funderName';
  if (apiField === 'grantReference') return 'grantReference';
  if (apiField.startsWith('period.from')) return 'from';
  if (apiField.startsWith('period')) return 'to';
  if (apiField.startsWith('scope.partnerIds')) return 'partners';
  if (apiField.startsWith('scope.programIds')) return 'programs';
  if (apiField.startsWith('scope.focusAreas')) return 'focusAreas';
  if (apiField.startsWith('scope')) return 'scopeKind';
  return null;
}

/** A 400 from the API as field errors; a problem naming no field goes on the field it is about, or stays general. */
export function problemErrors(problem: ProblemError): { errors: BuilderErrors; general: string[] } {
  const errors: BuilderErrors = {};
  const general: string[] = [];
  for (const fieldProblem of problem.fieldErrors) {
    const field = builderFieldOf(fieldProblem.field);
    if (field && !errors[field]) errors[field] = fieldProblem.message;
    else if (!field) general.push(fieldProblem.message);
  }
  if (problem.fieldErrors.length === 0) general.push(problem.detail);
  return { errors, general };
}

export function errorSummaryItems(errors: BuilderErrors): ErrorSummaryItem[] {
  return FIELD_ORDER.flatMap((field) => {
    const message = errors[field];
    return message ? [{ fieldId: BUILDER_FIELD_IDS[field], message }] : [];
  });
}

/** A saved report's definition, moved on to the next period ("Duplicate for next period"). */
export function nextPeriodValues(report: SavedReport): BuilderValues {
  const names = new Map(report.figures.partners.list.map((partner) => [partner.id, partner.name]));
  const programNames = new Map(report.figures.outputs.promotionOnly.list.map((program) => [program.id, program.title]));
  return {
    funderName: report.funderName,
    grantReference: report.grantReference ?? '',
    ...nextPeriod(report.period),
    scopeKind: report.scope.kind,
    partners: (report.scope.partnerIds ?? []).map((id) => ({ id, name: names.get(id) ?? '' })),
    programs: (report.scope.programIds ?? []).map((id) => ({ id, name: programNames.get(id) ?? '' })),
    focusAreas: (report.scope.focusAreas ?? []).filter(FOCUS_AREAS.has),
  };
}

// ---- Remembered defaults: the last funder and scope saved, so the next report starts where the last one did.

const MEMORY_KEY = 'common-ground:reports:last-definition';

type Remembered = Pick<BuilderValues, 'funderName' | 'scopeKind' | 'partners' | 'programs' | 'focusAreas'>;

const isChoice = (value: unknown): value is ScopeChoice =>
  typeof value === 'object' && value !== null && typeof (value as ScopeChoice).id === 'string' && typeof (value as ScopeChoice).name === 'string';

export function rememberDefinition(values: BuilderValues): void {
  const remembered: Remembered = {
    funderName: values.funderName.trim(),
    scopeKind: values.scopeKind,
    partners: values.partners,
    programs: values.programs,
    focusAreas: values.focusAreas,
  };
  try {
    window.localStorage.setItem(MEMORY_KEY, JSON.stringify(remembered));
  } catch {
    // Private browsing or a full store: the builder simply starts from the plain defaults next time.
  }
}

/** The plain defaults with what was remembered laid over them; anything unreadable (an old shape) is ignored. */
export function rememberedValues(today: string): BuilderValues {
  const values = defaultBuilderValues(today);
  let stored: unknown;
  try {
    stored = JSON.parse(window.localStorage.getItem(MEMORY_KEY) ?? 'null');
  } catch {
    return values;
  }
  if (typeof stored !== 'object' || stored === null) return values;
  const memory = stored as Partial<Record<keyof Remembered, unknown>>;
  return {
    ...values,
    funderName: typeof memory.funderName === 'string' ? memory.funderName : '',
    scopeKind: REPORT_SCOPE_KINDS.has(memory.scopeKind) ? memory.scopeKind : 'all',
    partners: Array.isArray(memory.partners) ? memory.partners.filter(isChoice) : [],
    programs: Array.isArray(memory.programs) ? memory.programs.filter(isChoice) : [],
    focusAreas: Array.isArray(memory.focusAreas) ? memory.focusAreas.filter(FOCUS_AREAS.has) : [],
  };
}

// ---- The draft of one visit to the builder, kept for Back from an evidence list (sessionStorage: this tab only).

const DRAFT_KEY = 'common-ground:reports:draft';

export function saveDraft(entryKey: string, values: BuilderValues): void {
  try {
    window.sessionStorage.setItem(DRAFT_KEY, JSON.stringify({ entryKey, values }));
  } catch {
    // Without storage, coming back simply starts from the defaults.
  }
}

export function clearDraft(): void {
  try {
    window.sessionStorage.removeItem(DRAFT_KEY);
  } catch {
    // Nothing to clear.
  }
}

/** The draft typed in this history entry, if it is the one kept; its shape is checked field by field. */
export function draftFor(entryKey: string): BuilderValues | null {
  let stored: unknown;
  try {
    stored = JSON.parse(window.sessionStorage.getItem(DRAFT_KEY) ?? 'null');
  } catch {
    return null;
  }
  if (typeof stored !== 'object' || stored === null) return null;
  const { entryKey: key, values } = stored as { entryKey?: unknown; values?: unknown };
  if (key !== entryKey || typeof values !== 'object' || values === null) return null;
  const draft = values as Partial<Record<keyof BuilderValues, unknown>>;
  const text = (value: unknown) => (typeof value === 'string' ? value : '');
  return {
    funderName: text(draft.funderName),
    grantReference: text(draft.grantReference),
    from: text(draft.from),
    to: text(draft.to),
    scopeKind: REPORT_SCOPE_KINDS.has(draft.scopeKind) ? draft.scopeKind : 'all',
    partners: Array.isArray(draft.partners) ? draft.partners.filter(isChoice) : [],
    programs: Array.isArray(draft.programs) ? draft.programs.filter(isChoice) : [],
    focusAreas: Array.isArray(draft.focusAreas) ? draft.focusAreas.filter(FOCUS_AREAS.has) : [],
  };
}
