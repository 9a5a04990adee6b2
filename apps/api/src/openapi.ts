import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, type OpenAPIObject, SwaggerModule } from '@nestjs/swagger';

/**
 * The API contract. Operation ids are the controller method names (verb-first and unique), which become the
 * SPA client's vocabulary through libs/api-client.
 */
export function buildOpenApiDocument(app: INestApplication): OpenAPIObject {
  const config = new DocumentBuilder()
    .setTitle('Common Ground API')
    .setDescription(
      'Partnership CRM for a public library. Errors are application/problem+json. State-changing requests need the ' +
        'X-Requested-With header. Sign in with POST /api/v1/auth/login; the session is an httpOnly cookie.',
    )
    .setVersion('1')
    .addCookieAuth('cg_session')
    .build();
  return SwaggerModule.createDocument(app, config, {
    operationIdFactory: (_controllerKey, methodKey) => methodKey,
  });
}

/** Stable text for the committed contract: sorted keys, two-space indent, trailing newline. */
export function serialiseOpenApi(document: OpenAPIObject): string {
  const sortKeys = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(sortKeys);
    if (value && typeof value === 'object') {
      return Object.fromEntries(
        Object.keys(value as Record<string, unknown>)
          .sort()
          .map((key) => [key, sortKeys((value as Record<string, unknown>)[key])]),
      );
    }
    return value;
  };
  return `${JSON.stringify(sortKeys(document), null, 2)}\n`;
}
