import { randomUUID } from 'node:crypto';
import type { NextFunction, Request, Response } from 'express';

const TRACE_ID = Symbol('traceId');
type Traced = Request & { [TRACE_ID]?: string };

/** Every request gets a trace id, echoed in X-Trace-Id and in problem bodies, so a user's report finds its log line. */
export function assignTraceId(req: Request, res: Response, next: NextFunction): void {
  const id = randomUUID();
  (req as Traced)[TRACE_ID] = id;
  res.setHeader('X-Trace-Id', id);
  next();
}

export function traceIdOf(req: Request): string {
  return (req as Traced)[TRACE_ID] ?? 'unknown';
}
