/**
 * Every failed API call becomes a ProblemError carrying an RFC 9457 problem (API.md: application/problem+json).
 * Responses that are not problems (a proxy's HTML 502, a dropped connection) are turned into one too, so the
 * screens have a single shape to show: `detail` in words, `errors[]` mapped onto form fields.
 */
export interface FieldProblem {
  field: string;
  message: string;
}

export interface Problem {
  type: string;
  title: string;
  status: number;
  detail?: string;
  instance?: string;
  traceId?: string;
  errors?: FieldProblem[];
}

export class ProblemError extends Error {
  readonly problem: Problem;

  constructor(problem: Problem) {
    super(problem.detail ?? problem.title);
    this.name = 'ProblemError';
    this.problem = problem;
  }

  get status(): number {
    return this.problem.status;
  }

  get title(): string {
    return this.problem.title;
  }

  /** What to tell the person: the server's detail when it gave one, else its title. */
  get detail(): string {
    return this.problem.detail ?? this.problem.title;
  }

  get fieldErrors(): FieldProblem[] {
    return this.problem.errors ?? [];
  }

  get isConflict(): boolean {
    return this.problem.status === 409;
  }

  /** Builds a ProblemError from whatever a failed response carried. */
  static fromResponse(body: unknown, response: Response): ProblemError {
    if (isProblem(body)) return new ProblemError(body);
    return new ProblemError({
      type: 'about:blank',
      title: 'Something went wrong',
      status: response.status,
      detail: `Common Ground couldn't finish that (error ${response.status}). Try again in a moment; if it keeps happening, tell your administrator.`,
    });
  }

  /** For a request that never got an answer: offline, DNS, the server down. */
  static network(): ProblemError {
    return new ProblemError({
      type: 'about:blank',
      title: "Couldn't reach Common Ground",
      status: 0,
      detail: "Couldn't reach Common Ground. Check your connection and try again.",
    });
  }
}

export function isProblemError(error: unknown): error is ProblemError {
  return error instanceof ProblemError;
}

function isProblem(body: unknown): body is Problem {
  if (typeof body !== 'object' || body === null) return false;
  const candidate = body as Record<string, unknown>;
  if (typeof candidate.title !== 'string' || typeof candidate.status !== 'number') return false;
  const errors = candidate.errors;
  return errors === undefined || (Array.isArray(errors) && errors.every(isFieldProblem));
}

function isFieldProblem(value: unknown): value is FieldProblem {
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as Record<string, unknown>;
  return typeof candidate.field === 'string' && typeof candidate.message === 'string';
}

/** Turns any thrown value into a ProblemError so components never have to inspect unknown errors. */
export function toProblemError(error: unknown): ProblemError {
  if (error instanceof ProblemError) return error;
  return new ProblemError({
    type: 'about:blank',
    title: 'Something went wrong',
    status: 0,
    detail: 'Something went wrong on this page. Reload it and try again.',
  });
}
