import { DomainError } from '../../common/problem/domain-error';

export const AFFILIATION_END_MESSAGE = 'Enter an end date on or after the start date';

export function affiliationEndsBeforeStart(): DomainError {
  return new DomainError('validation_failed', `${AFFILIATION_END_MESSAGE}.`, [{ field: 'affiliationEnd', message: AFFILIATION_END_MESSAGE }]);
}

/** Two people made different contacts of one partner primary at the same moment; the unique index caught it. */
export function primaryContactConflict(): DomainError {
  const message = 'Someone else made another contact primary for this partner at the same moment. Reload to see who is primary now, then try again.';
  return new DomainError('conflict', message, [{ field: 'isPrimary', message }]);
}
