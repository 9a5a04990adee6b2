import { PROGRAM_ROLES, type ProgramRole } from '@common-ground/domain';
import { DomainError } from '../../common/problem/domain-error';

export const UNKNOWN_PARTNER_MESSAGE = 'Choose a partner from the list. We could not find that one.';
export const REPEATED_ROLE_MESSAGE = 'This partner already has this role in the list. Remove the repeat.';

export function ownerNotAContact(partnerName: string): string {
  return `Choose one of ${partnerName}’s contacts in use as the owner.`;
}

/** The partner already plays this role in the program: a second one would count it twice. */
export function roleTaken(partnerName: string, role: ProgramRole, field = 'role'): DomainError {
  const message = `${partnerName} is already ${PROGRAM_ROLES.labels[role].toLowerCase()} in this program.`;
  return new DomainError('conflict', message, [{ field, message }]);
}
