import { DomainError, type FieldError } from '../../common/problem/domain-error';

/** A 400 naming each field, worded like the validation pipe's (one problem: its message; more: a count). */
export function validationFailed(errors: FieldError[]): DomainError {
  const detail = errors.length === 1 ? errors[0]!.message : `There are ${errors.length} problems with what was sent. Each is listed with its field.`;
  return new DomainError('validation_failed', detail, errors);
}

export function fieldError(field: string, message: string): DomainError {
  return validationFailed([{ field, message }]);
}

export const PARTNER_REQUIRED_MESSAGE = 'Choose the partner. Only a library contribution to a program can go without one.';
export const UNIT_REQUIRED_MESSAGE = 'Choose the unit the quantity is counted in.';
export const QUANTITY_REQUIRED_MESSAGE = 'Enter the quantity, or clear the unit.';
export const DATE_RANGE_MESSAGE = 'Enter an end date on or after the start date.';
