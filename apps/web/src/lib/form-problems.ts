import type { ReactNode } from 'react';
import type { ErrorSummaryItem } from '../components/ui/error-summary';
import type { FieldProblem, ProblemError } from './problem-error';

/** A form field as the summary needs it: the API's field name and the id of its input. */
export interface FormField<Name extends string> {
  name: Name;
  id: string;
}

/**
 * Puts each `errors[].field` from a problem onto the matching form field and returns the messages that fit
 * no field, which the form shows in its alert instead (so nothing the server said is dropped).
 */
export function applyFieldProblems<Name extends string>(
  problem: ProblemError,
  fields: readonly FormField<Name>[],
  setFieldError: (name: Name, message: string) => void,
): FieldProblem[] {
  const unplaced: FieldProblem[] = [];
  for (const fieldProblem of problem.fieldErrors) {
    const field = fields.find((candidate) => candidate.name === fieldProblem.field);
    if (field) setFieldError(field.name, fieldProblem.message);
    else unplaced.push(fieldProblem);
  }
  return unplaced;
}

/** The error summary's items, in the order the fields appear on screen, from the form's current errors. */
export function summaryItems<Name extends string>(
  errors: Record<string, ReactNode>,
  fields: readonly FormField<Name>[],
): ErrorSummaryItem[] {
  return fields.flatMap((field) => {
    const message = errors[field.name];
    return typeof message === 'string' && message !== '' ? [{ fieldId: field.id, message }] : [];
  });
}
