import { ANSWER_OPTIONS, OUTCOME_MEASURES, OUTCOME_TIMINGS, type AnswerOption, type OutcomeMeasure, type OutcomeTiming } from '@common-ground/domain';
import type { FormField } from '../../lib/form-problems';
import type { AnswerCounts, CreateOutcomeBody, OutcomeResult, UpdateOutcomeBody } from './api/types';

export type OutcomeField = 'timing' | 'measure' | 'sessionId' | 'collectedOn' | 'respondents' | 'counts' | `counts.${AnswerOption}` | 'nonResponses';

export const countFieldId = (formId: string, option: AnswerOption) => `${formId}-count-${option}`;

/** In the order the fields appear on screen. A problem with the counts as a whole is linked to the first count. */
export function outcomeFields(formId: string): FormField<OutcomeField>[] {
  return [
    { name: 'timing', id: `${formId}-timing` },
    { name: 'measure', id: `${formId}-measure` },
    { name: 'sessionId', id: `${formId}-session` },
    { name: 'collectedOn', id: `${formId}-collected-on` },
    { name: 'respondents', id: `${formId}-respondents` },
    { name: 'counts', id: countFieldId(formId, ANSWER_OPTIONS.keys[0]!) },
    ...ANSWER_OPTIONS.keys.map((option): FormField<OutcomeField> => ({ name: `counts.${option}`, id: countFieldId(formId, option) })),
    { name: 'nonResponses', id: `${formId}-non-responses` },
  ];
}

/** NumberInput's empty value is ''. */
type Count = number | string;

export interface OutcomeValues {
  timing: OutcomeTiming;
  measure: OutcomeMeasure;
  /** '' for the whole program. */
  sessionId: string;
  collectedOn: string;
  respondents: Count;
  counts: Record<AnswerOption, Count>;
  nonResponses: Count;
}

const asCount = (value: Count): number => (typeof value === 'number' && Number.isFinite(value) ? value : 0);

export function initialOutcomeValues(result?: OutcomeResult, defaults?: Partial<Pick<OutcomeValues, 'timing' | 'measure'>>): OutcomeValues {
  if (result) {
    return {
      timing: result.timing,
      measure: result.measure,
      sessionId: result.sessionId ?? '',
      collectedOn: result.collectedOn ?? '',
      respondents: result.respondents,
      counts: { ...result.counts },
      nonResponses: result.nonResponses,
    };
  }
  return {
    timing: defaults?.timing ?? 'immediate',
    measure: defaults?.measure ?? 'knowledge',
    sessionId: '',
    collectedOn: '',
    respondents: '',
    counts: { 'strongly-disagree': '', disagree: '', neutral: '', agree: '', 'strongly-agree': '' },
    nonResponses: 0,
  };
}

export interface OutcomeArithmetic {
  /** Respondents who chose an option: the n of the share. */
  answered: number;
  /** answered + non-responses: must equal the respondents. */
  accountedFor: number;
  respondents: number | null;
  /** (agree + strongly agree) / answered; null when nobody answered. Derived, never typed. */
  agreeShare: number | null;
}

export function outcomeArithmetic(values: Pick<OutcomeValues, 'counts' | 'nonResponses' | 'respondents'>): OutcomeArithmetic {
  const answered = ANSWER_OPTIONS.keys.reduce((sum, option) => sum + asCount(values.counts[option]), 0);
  const agreeing = asCount(values.counts.agree) + asCount(values.counts['strongly-agree']);
  return {
    answered,
    accountedFor: answered + asCount(values.nonResponses),
    respondents: typeof values.respondents === 'number' && Number.isFinite(values.respondents) ? values.respondents : null,
    agreeShare: answered === 0 ? null : agreeing / answered,
  };
}

/** "Adds up to 27 of 25 respondents: 2 too many." */
export function describeSum({ accountedFor, respondents }: OutcomeArithmetic): { text: string; adds: boolean } {
  if (respondents === null) return { text: `The answers and non-responses add up to ${accountedFor}. Enter the number of respondents to check them.`, adds: false };
  const base = `Adds up to ${accountedFor} of ${respondents} respondents`;
  if (accountedFor === respondents) return { text: `${base}.`, adds: true };
  const gap = Math.abs(accountedFor - respondents);
  return { text: accountedFor > respondents ? `${base}: ${gap} too many.` : `${base}: ${gap} not yet counted.`, adds: false };
}

export function validateOutcome(values: OutcomeValues): Partial<Record<OutcomeField, string>> {
  const errors: Partial<Record<OutcomeField, string>> = {};
  if (!OUTCOME_TIMINGS.has(values.timing)) errors.timing = 'Choose when the survey was taken';
  if (!OUTCOME_MEASURES.has(values.measure)) errors.measure = 'Choose the outcome measure';
  if (values.collectedOn !== '' && !/^\d{4}-\d{2}-\d{2}$/.test(values.collectedOn)) errors.collectedOn = 'Enter the date the answers were collected';
  const arithmetic = outcomeArithmetic(values);
  if (arithmetic.respondents === null) {
    errors.respondents = 'Enter how many people were surveyed';
  } else if (arithmetic.accountedFor !== arithmetic.respondents) {
    const comparison = arithmetic.accountedFor > arithmetic.respondents ? 'more' : 'fewer';
    errors.counts = `The answers and non-responses add up to ${arithmetic.accountedFor}, ${comparison} than the ${arithmetic.respondents} respondents`;
  }
  return errors;
}

function countsOf(values: OutcomeValues): AnswerCounts {
  return {
    'strongly-disagree': asCount(values.counts['strongly-disagree']),
    disagree: asCount(values.counts.disagree),
    neutral: asCount(values.counts.neutral),
    agree: asCount(values.counts.agree),
    'strongly-agree': asCount(values.counts['strongly-agree']),
  };
}

export function toCreateOutcomeBody(values: OutcomeValues): CreateOutcomeBody {
  return {
    timing: values.timing,
    measure: values.measure,
    respondents: asCount(values.respondents),
    counts: countsOf(values),
    nonResponses: asCount(values.nonResponses),
    ...(values.sessionId ? { sessionId: values.sessionId } : {}),
    ...(values.collectedOn ? { collectedOn: values.collectedOn } : {}),
  };
}

export function toUpdateOutcomeBody(values: OutcomeValues, result: OutcomeResult): UpdateOutcomeBody {
  return {
    version: result.version,
    timing: values.timing,
    measure: values.measure,
    respondents: asCount(values.respondents),
    counts: countsOf(values),
    nonResponses: asCount(values.nonResponses),
    sessionId: values.sessionId || null,
    collectedOn: values.collectedOn || null,
  };
}

/** "Knowledge" from "Knowledge: I learned something new". */
export function measureName(measure: OutcomeMeasure): string {
  return OUTCOME_MEASURES.labels[measure].split(':')[0] ?? measure;
}

/** "I learned something new". */
export function measureStatement(measure: OutcomeMeasure): string {
  return OUTCOME_MEASURES.labels[measure].split(':').slice(1).join(':').trim();
}
