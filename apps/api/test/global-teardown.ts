import { cleanUp } from './global-setup';

/** Runs once after all test files: drops the template database and stops the embedded server, if one was started. */
export default async function globalTeardown(): Promise<void> {
  const state = globalThis.__cgTestServer;
  if (!state) return;
  globalThis.__cgTestServer = undefined;
  await cleanUp(state);
}
