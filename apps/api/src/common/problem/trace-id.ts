import { randomUUID } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';

/** Fastify's request id (its `genReqId`): a UUID, never taken from the client. */
export const newTraceId = (): string => randomUUID();

/** Every request gets a trace id, echoed in X-Trace-Id and in problem bodies, so a user's report finds its log line. */
export function assignTraceId(request: FastifyRequest, reply: FastifyReply, done: () => void): void {
  void reply.header('X-Trace-Id', request.id);
  done();
}

export function traceIdOf(request: FastifyRequest): string {
  return request.id;
}
