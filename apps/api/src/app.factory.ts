import type { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { SwaggerModule } from '@nestjs/swagger';
import cookieParser from 'cookie-parser';
import { AppModule, type AppModuleOptions } from './app.module';
import { bodyParsingProblems, parseJsonBody } from './common/problem/body-parsing';
import { assignTraceId } from './common/problem/trace-id';
import { buildOpenApiDocument } from './openapi';

/**
 * Builds the configured application: the same pipeline for the server, the tests and the OpenAPI writer,
 * so what is tested is what runs.
 */
export async function createApp(options: AppModuleOptions & { logger?: false }): Promise<INestApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.register(options), {
    bodyParser: false,
    // Let start-up errors reach the caller (and the tests) instead of exiting the process silently.
    abortOnError: false,
    logger: options.logger === false ? false : ['error', 'warn', 'log'],
  });
  app.setGlobalPrefix('api');
  app.set('trust proxy', 'loopback');
  app.disable('x-powered-by');
  app.use(assignTraceId);
  app.use(cookieParser());
  app.use(parseJsonBody);
  app.use(bodyParsingProblems);

  const document = buildOpenApiDocument(app);
  SwaggerModule.setup('api/docs', app, document, { jsonDocumentUrl: 'api/openapi.json', raw: ['json'] });
  return app;
}
