import { type ArgumentsHost, Catch, type ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import type { Request, Response } from 'express';
import { QueryFailedError } from 'typeorm';
import { DomainError, type FieldError } from './domain-error';
import { type ErrorCode, problemFor } from './error-codes';
import { traceIdOf } from './trace-id';

export interface ProblemBody {
  type: string;
  title: string;
  status: number;
  detail: string;
  instance: string;
  traceId: string;
  errors?: FieldError[];
}

const PROBLEM_TYPE_BASE = 'https://common-ground.example/problems/';

export function problemBody(code: ErrorCode, detail: string, req: Request, errors: FieldError[] = []): ProblemBody {
  const { status, title } = problemFor(code);
  const body: ProblemBody = {
    type: `${PROBLEM_TYPE_BASE}${code.replace(/_/g, '-')}`,
    title,
    status,
    detail,
    instance: req.originalUrl ?? req.url,
    traceId: traceIdOf(req),
  };
  if (errors.length > 0) body.errors = errors;
  return body;
}

export function sendProblem(res: Response, body: ProblemBody, headers: Record<string, string> = {}): void {
  for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
  res.status(body.status).type('application/problem+json').send(JSON.stringify(body));
}

const DEADLOCK_DETECTED = '40P01';
const SERIALIZATION_FAILURE = '40001';

function isConcurrencyFailure(exception: unknown): boolean {
  const code = exception instanceof QueryFailedError ? (exception.driverError as { code?: string }).code : undefined;
  return code === DEADLOCK_DETECTED || code === SERIALIZATION_FAILURE;
}

/** Framework exceptions we expect (unknown route, wrong method) translated to our codes; anything else is a 500. */
function codeForHttpException(exception: HttpException): ErrorCode | undefined {
  switch (exception.getStatus()) {
    case 404:
      return 'route_not_found';
    case 413:
      return 'body_too_large';
    case 415:
      return 'unsupported_media_type';
    default:
      return undefined;
  }
}

/** The one place errors become HTTP answers: application/problem+json, never a stack trace or SQL. */
@Catch()
export class ProblemFilter implements ExceptionFilter {
  private readonly logger = new Logger('Problem');

  catch(exception: unknown, host: ArgumentsHost): void {
    const ctx = host.switchToHttp();
    const req = ctx.getRequest<Request>();
    const res = ctx.getResponse<Response>();

    if (exception instanceof DomainError) {
      sendProblem(res, problemBody(exception.code, exception.detail, req, exception.errors), exception.headers);
      return;
    }
    if (isConcurrencyFailure(exception)) {
      // Two requests collided in the database (deadlock or serialisation failure): nothing was saved, and trying
      // again will work, so say that instead of a 500.
      sendProblem(res, problemBody('conflict', 'Someone else was changing the same information at the same moment, so nothing was saved. Try again.', req));
      return;
    }
    if (exception instanceof HttpException) {
      const code = codeForHttpException(exception);
      if (code) {
        const detail =
          code === 'route_not_found' ? `There is nothing at ${req.method} ${(req.originalUrl ?? req.url).split('?')[0]}.` : exception.message;
        sendProblem(res, problemBody(code, detail, req));
        return;
      }
    }
    const traceId = traceIdOf(req);
    this.logger.error(
      `traceId=${traceId} ${req.method} ${req.originalUrl} failed: ${exception instanceof Error ? (exception.stack ?? exception.message) : String(exception)}`,
    );
    sendProblem(res, {
      type: 'about:blank',
      title: 'Something went wrong on our side',
      status: 500,
      detail: `The request could not be completed. If it keeps happening, tell your administrator this reference: ${traceId}.`,
      instance: req.originalUrl ?? req.url,
      traceId,
    });
  }
}
