import type { FastifyInstance } from 'fastify';

export const MAX_BODY_BYTES = 1024 * 1024;

/**
 * JSON bodies through Fastify's own parser (it refuses `__proto__` keys), except that an empty body is no body: a
 * client that always sends `Content-Type: application/json` may archive or sign out without one. Parsing errors
 * (malformed JSON, over 1 MB, another media type) become problems in ProblemFilter.
 */
export function acceptJsonBodies(fastify: FastifyInstance): void {
  const parseJson = fastify.getDefaultJsonParser('error', 'ignore');
  fastify.removeContentTypeParser('application/json');
  fastify.addContentTypeParser('application/json', { parseAs: 'string' }, (request, body, done) => {
    if (body.length === 0) done(null, undefined);
    else parseJson(request, body as string, done);
  });
}
