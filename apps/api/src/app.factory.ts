import type { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import fastifyCookie from '@fastify/cookie';
import fastifyStatic from '@fastify/static';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { SwaggerModule } from '@nestjs/swagger';
import type { FastifyInstance } from 'fastify';
import { AppModule, type AppModuleOptions } from './app.module';
import { acceptJsonBodies, MAX_BODY_BYTES } from './common/problem/body-parsing';
import { answerUnroutable } from './common/problem/problem.filter';
import { assignTraceId, newTraceId } from './common/problem/trace-id';
import { acceptLogoUploads } from './modules/settings/logo-upload';
import { buildOpenApiDocument } from './openapi';

export const REQUEST_TIMEOUT_MS = 120_000;

/**
 * Builds the configured application: the same pipeline for the server, the tests and the OpenAPI writer,
 * so what is tested is what runs.
 *
 * On Fastify rather than Express: the same routes cost the API process about a sixth of the CPU per request
 * (a bare Nest app with one guard on this project's 2-core machines: 0.17–0.20 ms on Express 5, 0.03 ms on
 * Fastify 5), which is most of what the cheap reads spend (docs/benchmarks.md).
 */
export async function createApp(options: AppModuleOptions & { logger?: false }): Promise<INestApplication> {
  const adapter = new FastifyAdapter({
    // X-Forwarded-For counts only from a proxy on this machine (a reverse proxy in front of the app).
    trustProxy: 'loopback',
    bodyLimit: MAX_BODY_BYTES,
    genReqId: newTraceId,
    // Fastify sets no limit by default; a client trickling a request keeps a connection for at most two minutes
    // (Node's own server allowed five).
    requestTimeout: REQUEST_TIMEOUT_MS,
    // `/api/v1/partners/` is `/api/v1/partners`, as it was on Express.
    routerOptions: { ignoreTrailingSlash: true },
    frameworkErrors: answerUnroutable,
  });
  const app = await NestFactory.create<NestFastifyApplication>(AppModule.register(options), adapter, {
    // Our JSON parser (acceptJsonBodies), not Nest's.
    bodyParser: false,
    // Let start-up errors reach the caller (and the tests) instead of exiting the process silently.
    abortOnError: false,
    logger: options.logger === false ? false : ['error', 'warn', 'log'],
  });
  app.setGlobalPrefix('api');
  const fastify = app.getHttpAdapter().getInstance() as unknown as FastifyInstance;
  fastify.addHook('onRequest', assignTraceId);
  await app.register(fastifyCookie);
  acceptJsonBodies(fastify);
  acceptLogoUploads(fastify);
  if (options.config.webDistDir) await serveWebApp(fastify, options.config.webDistDir);

  const document = buildOpenApiDocument(app);
  SwaggerModule.setup('api/docs', app, document, { jsonDocumentUrl: 'api/openapi.json', raw: ['json'] });
  return app;
}

/**
 * The built SPA at `/`, its deep links (`/partners/…`) answered with index.html so the browser's router takes over;
 * under /api an unknown path stays a 404 problem. The files are listed once at start (a build does not change
 * under a running server), so each is a route of its own and nothing is looked up on disk for API requests.
 */
async function serveWebApp(fastify: FastifyInstance, root: string): Promise<void> {
  await fastify.register(fastifyStatic, { root, wildcard: false });
  fastify.get('/*', (request, reply) => {
    if (/^\/api(\/|\?|$)/.test(request.url)) return reply.callNotFound();
    return reply.type('text/html; charset=utf-8').sendFile('index.html');
  });
}
