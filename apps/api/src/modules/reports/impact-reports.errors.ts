import { DomainError } from '../../common/problem/domain-error';

/** Chosen ids that name no record (archived ones exist): 400 naming them, so the builder can say which to remove. */
export function unknownPartners(ids: readonly string[]): DomainError {
  const message = `${ids.length === 1 ? 'This partner does' : 'These partners do'} not exist: ${ids.join(', ')}. Choose partners from the list.`;
  return new DomainError('unknown_partner', message, [{ field: 'scope.partnerIds', message }]);
}

export function unknownPrograms(ids: readonly string[]): DomainError {
  const message = `${ids.length === 1 ? 'This program does' : 'These programs do'} not exist: ${ids.join(', ')}. Choose programs from the list.`;
  return new DomainError('unknown_program', message, [{ field: 'scope.programIds', message }]);
}

/** Saved reports in messages: "We could not find that funder summary." */
export const REPORT_WHAT = 'funder summary';
