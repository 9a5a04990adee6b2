import express, { type NextFunction, type Request, type Response } from 'express';
import { problemBody, sendProblem } from './problem.filter';

export const MAX_BODY_BYTES = 1024 * 1024;

/**
 * JSON body parsing with our own error answers. body-parser fails inside Express middleware, before Nest's
 * exception filters can see it, so its errors are turned into problem+json here.
 */
export const parseJsonBody = express.json({ limit: MAX_BODY_BYTES });

export function bodyParsingProblems(error: unknown, req: Request, res: Response, next: NextFunction): void {
  const type = (error as { type?: string } | null)?.type;
  if (type === 'entity.parse.failed') {
    sendProblem(res, problemBody('malformed_json', 'The request body could not be read as JSON. Check for a missing quote, comma or bracket.', req));
    return;
  }
  if (type === 'entity.too.large') {
    sendProblem(res, problemBody('body_too_large', 'The request body is larger than the 1 MB this service accepts.', req));
    return;
  }
  if (type === 'encoding.unsupported' || type === 'charset.unsupported') {
    sendProblem(res, problemBody('unsupported_media_type', 'Send the request body as UTF-8 JSON.', req));
    return;
  }
  next(error);
}
