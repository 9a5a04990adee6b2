import { defineConfig } from '@playwright/test';

/**
 * Browser tests against the built app (`npm run test:e2e` builds first).
 *
 * The web server is e2e/serve.mjs: it starts `node apps/api/dist/apps/api/src/main.js` with a fresh temporary
 * DATA_DIR (embedded PostgreSQL, demo data) and deletes that folder when Playwright stops it. Set
 * E2E_DATABASE_URL to use an existing empty database instead.
 *
 * The browser is Debian's chromium (`apt-get install chromium`), never a downloaded Playwright build.
 */
const port = Number(process.env.E2E_PORT ?? 3100);
const baseURL = `http://127.0.0.1:${port}`;

export default defineConfig({
  testDir: '.',
  testMatch: '**/*.spec.ts',
  outputDir: 'test-results',
  // The journeys share one server and one database; each test makes its own records, so files may run in parallel.
  fullyParallel: false,
  workers: process.env.CI ? 1 : 2,
  forbidOnly: !!process.env.CI,
  retries: 0,
  timeout: 30_000,
  expect: { timeout: 10_000 },
  reporter: [
    ['list'],
    ['json', { outputFile: process.env.E2E_JSON_REPORT ?? 'test-results/e2e-results.json' }],
  ],
  use: {
    baseURL,
    viewport: { width: 1280, height: 800 },
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: process.env.E2E_CHROMIUM ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  projects: [{ name: 'chromium', use: { browserName: 'chromium' } }],
  webServer: {
    command: 'node e2e/serve.mjs',
    cwd: '..',
    url: `${baseURL}/api/health`,
    env: { PORT: String(port) },
    // First start: initdb, migrations and demo data.
    timeout: 120_000,
    reuseExistingServer: false,
    stdout: process.env.E2E_SERVER_LOG ? 'pipe' : 'ignore',
    stderr: 'pipe',
    // SIGTERM lets the app stop its embedded PostgreSQL and serve.mjs remove the temporary folder.
    gracefulShutdown: { signal: 'SIGTERM', timeout: 15_000 },
  },
});
