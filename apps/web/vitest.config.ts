import { join } from 'node:path';
import { defineConfig, mergeConfig } from 'vitest/config';
import viteConfig from './vite.config.ts';

// .ci/run sets CG_TEST_REPORT_DIR so that plain `npm test` also leaves a JSON report it can count.
const reportDir = process.env.CG_TEST_REPORT_DIR;

export default mergeConfig(
  viteConfig,
  defineConfig({
    test: {
      environment: 'jsdom',
      include: ['src/**/*.test.{ts,tsx}'],
      setupFiles: ['./src/test/setup.ts'],
      css: false,
      restoreMocks: true,
      testTimeout: 20_000,
      unstubGlobals: true,
      reporters: reportDir ? ['default', 'json'] : ['default'],
      outputFile: reportDir ? { json: join(reportDir, 'web-vitest.json') } : undefined,
    },
  }),
);
