// Starts the built app for the browser tests with a fresh temporary DATA_DIR (embedded PostgreSQL + demo data),
// and removes that folder when the app exits. Run from the repository root (Playwright's webServer does).
import { spawn } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const env = { ...process.env, NODE_ENV: 'development', DEMO_DATA: 'true', MIGRATE_ON_START: 'true' };
delete env.DATABASE_URL;

let tempDir;
if (process.env.E2E_DATABASE_URL) {
  env.DATABASE_URL = process.env.E2E_DATABASE_URL;
} else {
  tempDir = mkdtempSync(join(tmpdir(), 'common-ground-e2e-'));
  // mkdtemp makes the folder 0700; the embedded server runs as the `postgres` user and must reach inside.
  chmodSync(tempDir, 0o755);
  env.DATA_DIR = join(tempDir, 'data');
}

const app = spawn(process.execPath, ['apps/api/dist/apps/api/src/main.js'], { env, stdio: 'inherit' });

function cleanUp() {
  if (tempDir) rmSync(tempDir, { recursive: true, force: true });
}

// Playwright signals the whole process group, so the app gets SIGTERM itself; wait for it to stop, then clean up.
// A signal sent to this process alone is passed on once.
let forwarded = false;
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    setTimeout(() => {
      if (app.exitCode === null && app.signalCode === null && !forwarded) {
        forwarded = true;
        app.kill(signal);
      }
    }, 5_000).unref();
  });
}
app.on('exit', (code, signal) => {
  cleanUp();
  process.exit(code ?? (signal ? 0 : 1));
});
