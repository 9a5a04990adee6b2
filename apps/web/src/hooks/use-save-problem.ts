import { useState } from 'react';
import { applyFieldProblems, type FormField } from '../lib/form-problems';
import { ProblemError, toProblemError } from '../lib/problem-error';

/**
 * The failure half of a record form, shared by goals, agreements and contacts: field problems go onto their
 * fields (and so into the ErrorSummary), anything else into one alert; what was typed is never touched.
 * `attempts` moves focus back to the summary after each failed submit.
 */
export function useSaveProblem<Name extends string>(fields: readonly FormField<Name>[]) {
  const [problem, setProblem] = useState<ProblemError | null>(null);
  const [attempts, setAttempts] = useState(0);
  const [reloaded, setReloaded] = useState(false);

  const fail = (error: unknown, setFieldError: (name: Name, message: string) => void) => {
    const problemError = toProblemError(error);
    const unplaced = applyFieldProblems(problemError, fields, setFieldError);
    if (problemError.fieldErrors.length === 0) setProblem(problemError);
    // A message about something that is not on the form (e.g. "This partner is archived") is said in words.
    else if (unplaced.length > 0) {
      setProblem(new ProblemError({ ...problemError.problem, detail: unplaced.map((item) => item.message).join(' ') }));
    }
    setReloaded(false);
    setAttempts((count) => count + 1);
  };

  return {
    problem,
    attempts,
    reloaded,
    /** Before a submit: forget the last answer. */
    clear: () => {
      setProblem(null);
      setReloaded(false);
    },
    fail,
    /** Client-side validation failed: focus the summary again. */
    invalid: () => setAttempts((count) => count + 1),
    /** After "Reload" on a conflict: the latest version is loaded; the typed values stay. */
    markReloaded: () => {
      setProblem(null);
      setReloaded(true);
    },
  };
}
