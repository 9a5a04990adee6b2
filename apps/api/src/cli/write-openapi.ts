import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createApp } from '../app.factory';
import { loadConfig } from '../config/app-config';
import { findProjectRoot } from '../config/project-root';
import { buildOpenApiDocument, serialiseOpenApi } from '../openapi';

/** Writes the committed contract, libs/api-client/openapi.json. No database is needed to describe the API. */
async function main(): Promise<void> {
  const config = loadConfig({ NODE_ENV: 'test', WEB_DIST_DIR: '' });
  const app = await createApp({ config, databaseUrl: 'postgres://unused@127.0.0.1:1/unused', connectDatabase: false, logger: false });
  const target = join(findProjectRoot(), 'libs/api-client/openapi.json');
  writeFileSync(target, serialiseOpenApi(buildOpenApiDocument(app)));
  await app.close();
  console.log(`Wrote ${target}`);
}

void main();
