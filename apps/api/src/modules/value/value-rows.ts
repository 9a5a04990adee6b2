import type { OutcomeMeasure, OutcomeTiming, ProgramStatus, SessionFormat, ValueDimension } from '@common-ground/domain';
import type { ContributionGroupRow } from '../contributions/contributions.repository';
import type { ImpactNoteRow } from '../impact-notes/impact-notes.repository';

/*
 * The grouped rows both views read (the partner's from the kept figures, a program's from its records), in the
 * shape value-figures.ts folds. Sums are numbers (float8 or bigint turned into JSON numbers: exact for whole
 * numbers far beyond any library's attendance); money stays numeric and comes back as text, as the ledger's does.
 */

/** Rows carry the index of the period they fall in (0 = the asked-for period, 1 = the one before). */
interface InPeriod {
  period: number;
}

export interface ProgramStatusRow extends InPeriod {
  status: ProgramStatus;
  count: number;
}

export interface SessionFormatRow extends InPeriod {
  format: SessionFormat;
  sessions: number;
  'age-0-5': number;
  'age-6-11': number;
  'age-12-18': number;
  'age-19-plus': number;
  general: number;
  recorded_views: number;
  audience_matched: number;
  audience_recorded: number;
}

export interface OutcomeGroupRow extends InPeriod {
  measure: OutcomeMeasure;
  timing: OutcomeTiming;
  results: number;
  respondents: number;
  strongly_disagree: number;
  disagree: number;
  neutral: number;
  agree: number;
  strongly_agree: number;
  non_responses: number;
}

export type ContributionPeriodGroupRow = ContributionGroupRow & InPeriod;

/** The grouped rows of every part of the figures, for all periods; value-figures.ts folds one period at a time. */
export interface ValueGroups {
  programs: ProgramStatusRow[];
  sessions: SessionFormatRow[];
  outcomes: OutcomeGroupRow[];
  contributions: ContributionPeriodGroupRow[];
}

/** How many notes of each value dimension there are (a dimension with none may be left out). */
export type NoteCountRow = Partial<Record<ValueDimension, number>>;

/** Notes shown, and how many there are of each dimension. */
export interface ValueNoteRows {
  rows: ImpactNoteRow[];
  counts: NoteCountRow;
}
