import { QueryFailedError } from 'typeorm';

/** PostgreSQL's SQLSTATE for a write refused by a unique index. */
const UNIQUE_VIOLATION = '23505';

/**
 * Whether a write failed on a unique index: the named one, or any when none is named. Two people doing the same thing
 * at once both pass the service's own check; the index refuses the second, and the service says so in words.
 */
export function isUniqueViolation(error: unknown, index?: string): boolean {
  if (!(error instanceof QueryFailedError)) return false;
  const driverError = error.driverError as { code?: string; constraint?: string };
  return driverError.code === UNIQUE_VIOLATION && (index === undefined || driverError.constraint === index);
}
