import { OUTCOME_MEASURES, OUTCOME_TIMINGS, type OutcomeMeasure, type OutcomeTiming } from '@common-ground/domain';
import { DomainError } from '../../common/problem/domain-error';

export function fieldError(field: string, message: string): DomainError {
  return new DomainError('validation_failed', message, [{ field, message }]);
}

/** Counts and non-responses must account for every respondent, no more and no fewer. */
export function countsDoNotAddUp(total: number, respondents: number): DomainError {
  const comparison = total > respondents ? 'more' : 'fewer';
  return fieldError('counts', `The answers and non-responses add up to ${total}, ${comparison} than the ${respondents} respondents.`);
}

export const SESSION_MESSAGE = 'Choose a session of this program that is in use, or none for the whole program.';

export function duplicateResult(timing: OutcomeTiming, measure: OutcomeMeasure, perSession: boolean): DomainError {
  const measureLabel = OUTCOME_MEASURES.labels[measure].split(':')[0];
  return new DomainError(
    'conflict',
    `This ${perSession ? 'session' : 'program'} already has ${OUTCOME_TIMINGS.labels[timing].toLowerCase()} results for ${measureLabel}. Change those instead of adding another.`,
  );
}

export function concurrentDuplicate(): DomainError {
  return new DomainError('conflict', 'Someone else saved results for the same measure and timing at the same moment, so nothing was saved. Reload to see them.');
}
