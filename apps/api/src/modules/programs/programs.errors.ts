import { DomainError, type FieldError } from '../../common/problem/domain-error';

/** A 400 naming each field, worded like the validation pipe's (one problem: its message; more: a count). */
export function validationFailed(errors: FieldError[]): DomainError {
  const detail = errors.length === 1 ? errors[0]!.message : `There are ${errors.length} problems with what was sent. Each is listed with its field.`;
  return new DomainError('validation_failed', detail, errors);
}

export function fieldError(field: string, message: string): DomainError {
  return validationFailed([{ field, message }]);
}

export const PROGRAM_ARCHIVED_MESSAGE = 'This program is archived. Restore it first.';

export function programArchived(field = 'programId'): DomainError {
  return fieldError(field, PROGRAM_ARCHIVED_MESSAGE);
}
