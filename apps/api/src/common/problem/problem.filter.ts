import { type ArgumentsHost, Catch, type ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
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

export function problemBody(code: ErrorCode, detail: string, req: FastifyRequest, errors: FieldError[] = []): ProblemBody {
  const { status, title } = problemFor(code);
  const body: ProblemBody = {
    type: `${PROBLEM_TYPE_BASE}${code.replace(/_/g, '-')}`,
    title,
    status,
    detail,
    instance: req.url,
    traceId: traceIdOf(req),
  };
  if (errors.length > 0) body.errors = errors;
  return body;
}

export function sendProblem(reply: FastifyReply, body: ProblemBody, headers: Record<string, string> = {}): void {
  void reply.headers(headers).status(body.status).type('application/problem+json').send(JSON.stringify(body));
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

/**
 * Fastify's own refusals, raised before a route runs (its body parser, its URL decoding), by their codes: the
 * message to show in words, and our code for the problem.
 */
const FRAMEWORK_ERRORS: Record<string, { code: ErrorCode; detail: string }> = {
  FST_ERR_CTP_INVALID_JSON_BODY: { code: 'malformed_json', detail: 'The request body could not be read as JSON. Check for a missing quote, comma or bracket.' },
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: { code: 'malformed_json', detail: 'The request body was not as long as its Content-Length said.' },
  FST_ERR_CTP_BODY_TOO_LARGE: { code: 'body_too_large', detail: 'The request body is larger than the 1 MB this service accepts.' },
  FST_ERR_CTP_INVALID_MEDIA_TYPE: { code: 'unsupported_media_type', detail: 'Send the request body as JSON (Content-Type application/json).' },
};

function frameworkError(exception: unknown): { code: ErrorCode; detail: string } | undefined {
  // Nest's Fastify adapter hands them on as an HttpException of the same status, the original as its cause.
  const original = exception instanceof HttpException ? exception.cause : exception;
  const code = (original as { code?: unknown } | null | undefined)?.code;
  return typeof code === 'string' && Object.hasOwn(FRAMEWORK_ERRORS, code) ? FRAMEWORK_ERRORS[code] : undefined;
}

/**
 * Fastify answers an address it cannot decode (a malformed %-escape) before any hook or filter runs, in its own JSON;
 * this is its `frameworkErrors` option, so the answer is a problem like every other.
 */
export function answerUnroutable(error: Error & { code?: string }, request: FastifyRequest, reply: FastifyReply): void {
  const detail =
    error.code === 'FST_ERR_BAD_URL'
      ? 'The address has a malformed %-escape (a % not followed by two hexadecimal digits of valid UTF-8). Check the link.'
      : 'The address could not be read.';
  sendProblem(reply, problemBody('malformed_address', detail, request), { 'X-Trace-Id': traceIdOf(request) });
}

/** The one place errors become HTTP answers: application/problem+json, never a stack trace or SQL. */
@Catch()
export class ProblemFilter implements ExceptionFilter {
  private readonly logger = new Logger('Problem');

  catch(exception: unknown, host: ArgumentsHost): void {
    const ctx = host.switchToHttp();
    const req = ctx.getRequest<FastifyRequest>();
    const res = ctx.getResponse<FastifyReply>();

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
    const refused = frameworkError(exception);
    if (refused) {
      sendProblem(res, problemBody(refused.code, refused.detail, req));
      return;
    }
    if (exception instanceof HttpException) {
      const code = codeForHttpException(exception);
      if (code) {
        const detail =
          code === 'route_not_found' ? `There is nothing at ${req.method} ${req.url.split('?')[0]}.` : exception.message;
        sendProblem(res, problemBody(code, detail, req));
        return;
      }
    }
    const traceId = traceIdOf(req);
    this.logger.error(
      `traceId=${traceId} ${req.method} ${req.url} failed: ${exception instanceof Error ? (exception.stack ?? exception.message) : String(exception)}`,
    );
    sendProblem(res, {
      type: 'about:blank',
      title: 'Something went wrong on our side',
      status: 500,
      detail: `The request could not be completed. If it keeps happening, tell your administrator this reference: ${traceId}.`,
      instance: req.url,
      traceId,
    });
  }
}
