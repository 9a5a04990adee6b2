import type { INestApplication } from '@nestjs/common';
import type { StaffRole } from '@common-ground/domain';
import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { createApp } from '../src/app.factory';
import { loadConfig } from '../src/config/app-config';
import { UsersService } from '../src/modules/users/users.service';
import { createTestDatabase } from './test-database';
import { TestClock } from './test-clock';

export const TEST_PASSWORD = 'a-test-password-1234';

export interface TestApp {
  app: INestApplication;
  clock: TestClock;
  db: DataSource;
  http(): ReturnType<typeof request>;
  /** Creates a staff account with a unique email, through the real service (hashing, audit). */
  createStaff(role: StaffRole, overrides?: { name?: string; email?: string }): Promise<{ id: string; email: string; name: string }>;
  /** Signs in over HTTP and returns an agent that carries the session cookie and the CSRF header. */
  signIn(email: string, password?: string): Promise<SignedInAgent>;
  close(): Promise<void>;
}

export type SignedInAgent = ReturnType<typeof request.agent>;

export interface TestAppOptions {
  /** More environment for loadConfig, such as SMTP_URL for the digest's tests. */
  env?: Record<string, string>;
}

/** A real app on its own database cloned from the migrated template; nothing shared with other test files. */
export async function startTestApp(options: TestAppOptions = {}): Promise<TestApp> {
  const database = await createTestDatabase();
  const clock = new TestClock();
  const config = loadConfig({ NODE_ENV: 'test', WEB_DIST_DIR: '', SESSION_IDLE_MINUTES: '30', ...options.env });
  const app = await createApp({ config, databaseUrl: database.url, clock, logger: false });
  await app.init();
  // Fastify adds its plugins (cookies, the content parsers) when it becomes ready; listen() does this by itself.
  await app.getHttpAdapter().getInstance().ready();
  const server = app.getHttpServer();

  return {
    app,
    clock,
    db: app.get(DataSource),
    http: () => request(server),
    async createStaff(role, overrides = {}) {
      const unique = randomUUID().slice(0, 8);
      const name = overrides.name ?? `Test ${role} ${unique}`;
      const email = overrides.email ?? `${role}-${unique}@library.test`;
      const user = await app.get(UsersService).create(null, { name, email, role, password: TEST_PASSWORD });
      return { id: user.id, email, name };
    },
    async signIn(email, password = TEST_PASSWORD) {
      const agent = request.agent(server).set('X-Requested-With', 'XMLHttpRequest');
      await agent.post('/api/v1/auth/login').send({ email, password }).expect(200);
      return agent;
    },
    async close() {
      await app.close();
      await database.drop();
    },
  };
}
