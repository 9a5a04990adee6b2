import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createApp } from './app.factory';
import { loadConfig } from './config/app-config';
import { findProjectRoot } from './config/project-root';
import { buildOpenApiDocument, serialiseOpenApi } from './openapi';

describe('The committed API contract (libs/api-client/openapi.json)', () => {
  it('matches what the code produces; run `npm run openapi` after changing the API', async () => {
    const app = await createApp({
      config: loadConfig({ NODE_ENV: 'test', WEB_DIST_DIR: '' }),
      databaseUrl: 'postgres://unused@127.0.0.1:1/unused',
      connectDatabase: false,
      logger: false,
    });
    try {
      const produced = serialiseOpenApi(buildOpenApiDocument(app));
      const committed = readFileSync(join(findProjectRoot(), 'libs/api-client/openapi.json'), 'utf8');
      expect(produced).toEqual(committed);
    } finally {
      await app.close();
    }
  });
});
