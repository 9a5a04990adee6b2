import type { ErrorCode } from './error-codes';

export interface FieldError {
  field: string;
  message: string;
}

/**
 * A failure the service layer raises on purpose. Carries a code (mapped to a status by the problem filter), a
 * sentence a person can act on, and optional per-field messages.
 */
export class DomainError extends Error {
  constructor(
    public readonly code: ErrorCode,
    public readonly detail: string,
    public readonly errors: FieldError[] = [],
    /** Extra response headers, such as Retry-After for 429. */
    public readonly headers: Record<string, string> = {},
  ) {
    super(detail);
    this.name = 'DomainError';
  }
}

export function notFound(what: string): DomainError {
  return new DomainError('not_found', `We could not find that ${what}. It may have been removed, or the link is wrong.`);
}

export function staleVersion(what: string): DomainError {
  return new DomainError(
    'stale_version',
    `Someone else saved a change to this ${what} after you opened it. Reload to see their version, then make your change again.`,
  );
}
