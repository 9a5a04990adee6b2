import { DomainError, type FieldError } from '../../common/problem/domain-error';

export const NOT_THIS_PROGRAMS_SESSION = 'This is not one of this program’s sessions. Reload the grid and try again.';
export const SESSION_ARCHIVED_MESSAGE = 'This session is archived. Restore it first, or leave it out of the grid.';
export const REPEATED_SESSION_MESSAGE = 'This session is in the grid twice. Remove the repeat.';
export const VERSION_NEEDED_MESSAGE = 'Send the version you last read with this session.';

/** Grid rows based on versions someone else has since changed: nothing is saved; each row is named. */
export function staleSessions(rows: number[]): DomainError {
  const errors: FieldError[] = rows.map((row) => ({
    field: `sessions[${row}].version`,
    message: 'Someone else saved a change to this session after you opened the grid.',
  }));
  const which = rows.length === 1 ? 'a session' : `${rows.length} sessions`;
  return new DomainError(
    'stale_version',
    `Someone else saved a change to ${which} in this grid after you opened it, so nothing was saved. Reload to see their changes, then enter yours again.`,
    errors,
  );
}
