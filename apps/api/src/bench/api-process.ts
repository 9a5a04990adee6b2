import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';

export interface ApiProcess {
  baseUrl: string;
  pid: number;
  /** Resident memory now, in MiB (VmRSS of /proc/PID/status). */
  rssMiB(): number | undefined;
  /** The last lines the process printed, for an error message. */
  recentOutput(): string;
  stop(): Promise<void>;
}

/**
 * Node's flags for the API, as `npm start` and the Dockerfile run it (a test keeps the three the same): a heap
 * ceiling that keeps the process under 300 MB resident. Without it V8 lets the garbage of a monthly snapshot run or
 * a PDF export pile up to ~370 MB before collecting it; with 256 MB the whole benchmark peaked at 241 MiB. 192 MB
 * peaked lower but collected so often late in the run that logging a communication slowed fourfold.
 */
export const API_NODE_FLAGS = ['--max-old-space-size=256'] as const;

/**
 * Starts the built API (`node apps/api/dist/apps/api/src/main.js`) as a child process with the given environment,
 * waits for GET /api/health, and stops it with SIGTERM (SIGKILL after 10 s) so nothing is left running.
 */
export async function startApi(mainJs: string, env: NodeJS.ProcessEnv): Promise<ApiProcess> {
  const port = await freePort();
  const child = spawn(process.execPath, [...API_NODE_FLAGS, mainJs], { env: { ...env, PORT: String(port) }, stdio: ['ignore', 'pipe', 'pipe'] });
  const lines: string[] = [];
  for (const stream of [child.stdout, child.stderr]) {
    stream?.setEncoding('utf8');
    stream?.on('data', (chunk: string) => {
      lines.push(...chunk.split('\n').filter(Boolean));
      if (lines.length > 60) lines.splice(0, lines.length - 60);
    });
  }
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const baseUrl = `http://127.0.0.1:${port}`;
  const api: ApiProcess = {
    baseUrl,
    pid: child.pid!,
    rssMiB: () => rssMiB(child),
    recentOutput: () => lines.join('\n'),
    stop: async () => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await exited;
      clearTimeout(timer);
    },
  };

  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(`The API exited during start-up (code ${child.exitCode}). Its output:\n${api.recentOutput()}`);
    }
    try {
      const response = await fetch(`${baseUrl}/api/health`);
      if (response.ok) return api;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      await api.stop();
      throw new Error(`The API did not answer /api/health within 60 s. Its output:\n${api.recentOutput()}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

function rssMiB(child: ChildProcess): number | undefined {
  if (!child.pid || child.exitCode !== null) return undefined;
  try {
    const match = /VmRSS:\s+(\d+)\s+kB/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'));
    return match ? Number(match[1]) / 1024 : undefined;
  } catch {
    return undefined; // no /proc (not Linux) or the process just ended
  }
}

/** Samples a process's resident memory every `intervalMs` and keeps the peak. */
export class RssSampler {
  peakMiB = 0;
  private timer?: NodeJS.Timeout;

  constructor(private readonly read: () => number | undefined) {}

  start(intervalMs = 100): void {
    this.sample();
    this.timer = setInterval(() => this.sample(), intervalMs);
    // Never what keeps the benchmark alive after a failure.
    this.timer.unref();
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.sample();
  }

  sample(): void {
    const value = this.read();
    if (value !== undefined && value > this.peakMiB) this.peakMiB = value;
  }
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}
