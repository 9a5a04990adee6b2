import { DomainError, type FieldError } from '../../common/problem/domain-error';

/** A 400 naming each field, worded like the validation pipe's (one problem: its message; more: a count). */
export function validationFailed(errors: FieldError[]): DomainError {
  const detail = errors.length === 1 ? errors[0]!.message : `There are ${errors.length} problems with what was sent. Each is listed with its field.`;
  return new DomainError('validation_failed', detail, errors);
}

export function fieldError(field: string, message: string): DomainError {
  return validationFailed([{ field, message }]);
}

export const DUE_BEFORE_COMMUNICATION_MESSAGE = 'Enter a due date on or after the day of the communication';
export const REOPEN_REASON_MESSAGE = 'Say why this follow-up is being reopened';
export const STATUS_CHANGE_REASON_MESSAGE = 'Say why this follow-up’s status is being changed';

export const PROGRAM_UNKNOWN_MESSAGE = 'Choose a program in use; we could not find that one.';

/** A duty of a program belongs to a partner taking part in it. */
export function noRoleInProgram(partnerName: string, programTitle: string): string {
  return `${partnerName} has no role in “${programTitle}”. Add the partner to the program first, or leave the program out.`;
}
