import { DomainError } from '../../common/problem/domain-error';

export const ENDS_ON_MESSAGE = 'Enter an end date on or after the start date';

export function agreementEndsBeforeStart(): DomainError {
  return new DomainError('validation_failed', `${ENDS_ON_MESSAGE}.`, [{ field: 'endsOn', message: ENDS_ON_MESSAGE }]);
}
