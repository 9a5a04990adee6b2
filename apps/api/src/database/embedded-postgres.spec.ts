import { chmodSync, existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { type AddressInfo, createServer } from 'node:net';
import { join } from 'node:path';
import { Client } from 'pg';
import { EmbeddedPostgres, isAlive, isSocketFailure, unixSocketDirFor } from './embedded-postgres';

async function query(url: string, sql: string): Promise<unknown[]> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql)).rows;
  } finally {
    await client.end();
  }
}

describe('unixSocketDirFor', () => {
  it('puts the socket in the data folder, unless on Windows or when its path would be too long for the kernel', () => {
    expect(unixSocketDirFor('/srv/common-ground/.data/postgres', 54321, 'linux')).toBe('/srv/common-ground/.data/postgres');
    expect(unixSocketDirFor('/srv/common-ground/.data/postgres', 54321, 'win32')).toBeUndefined();
    // 103 bytes with the lock file's name ".s.PGSQL.54321.lock" is the longest path that fits.
    const fits = `/${'d'.repeat(103 - '/'.length - '/.s.PGSQL.54321.lock'.length)}`;
    expect(unixSocketDirFor(fits, 54321, 'linux')).toBe(fits);
    expect(unixSocketDirFor(`${fits}x`, 54321, 'linux')).toBeUndefined();
  });
});

describe('EmbeddedPostgres', () => {
  jest.setTimeout(90_000);

  let base: string;
  let dataDir: string;
  const servers: EmbeddedPostgres[] = [];

  beforeAll(() => {
    base = mkdtempSync(join(tmpdir(), 'cg-embedded-spec-'));
    chmodSync(base, 0o755); // when root, the server runs as the postgres user
    dataDir = join(base, 'nested', 'data');
  });

  afterAll(async () => {
    await Promise.all(servers.map((server) => server.stop()));
    rmSync(base, { recursive: true, force: true });
  });

  it('initialises a data folder, serves connections, and stops leaving no process behind', async () => {
    // The data folder's parents do not exist yet: they are created reachable (0755), the folder itself 0700.
    const server = new EmbeddedPostgres({ dataDir, fast: true });
    servers.push(server);
    await server.start();

    expect(statSync(join(base, 'nested')).mode & 0o777).toBe(0o755);
    expect(statSync(dataDir).mode & 0o777).toBe(0o700);
    if (process.getuid?.() === 0) expect(statSync(dataDir).uid).not.toBe(0); // owned by the postgres user

    const pid = server.pid;
    expect(pid).toBeGreaterThan(0);
    expect(server.port).toBeGreaterThan(0);
    // Clients are given the Unix socket in the data folder; TCP on 127.0.0.1 answers too (psql, tools).
    expect(server.socketDir).toBe(dataDir);
    expect(server.url('postgres')).toBe(`postgres://postgres@/postgres?host=${encodeURIComponent(dataDir)}&port=${server.port}`);
    expect(await query(server.url('postgres'), `SELECT current_setting('fsync') AS fsync, inet_client_addr() AS client`)).toEqual([
      { fsync: 'off', client: null }, // no client address: connected through the socket
    ]);
    expect(await query(`postgres://postgres@127.0.0.1:${server.port}/postgres`, 'SELECT inet_client_addr() AS client')).toEqual([
      { client: '127.0.0.1' },
    ]);

    await server.ensureDatabase('cg_spec');
    await server.ensureDatabase('cg_spec'); // already there: no error
    expect(await query(server.url('cg_spec'), 'SELECT 1 AS one')).toEqual([{ one: 1 }]);

    await server.stop();
    await server.stop(); // idempotent
    expect(isAlive(pid!)).toBe(false);
    expect(existsSync(join(dataDir, 'postmaster.pid'))).toBe(false);

    // A second start on the same folder skips initdb and keeps the data.
    const again = new EmbeddedPostgres({ dataDir });
    servers.push(again);
    await again.start();
    expect(await query(again.url('cg_spec'), 'SELECT 1 AS one')).toEqual([{ one: 1 }]);
    const againPid = again.pid!;
    await again.stop();
    expect(isAlive(againPid)).toBe(false);
  });

  it('serves over TCP alone when the socket folder cannot hold a socket', async () => {
    const lines: string[] = [];
    const server = new EmbeddedPostgres({ dataDir: join(base, 'tcp-only'), fast: true, socketDir: join(base, 'no-such-folder'), log: (line) => lines.push(line) });
    servers.push(server);
    await server.start();
    expect(server.socketDir).toBeUndefined();
    expect(server.url('postgres')).toBe(`postgres://postgres@127.0.0.1:${server.port}/postgres`);
    expect(await query(server.url('postgres'), 'SELECT inet_client_addr() AS client')).toEqual([{ client: '127.0.0.1' }]);
    expect(lines.some((line) => line.includes('clients connect over TCP'))).toBe(true);
    await server.stop();
  });

  it('tells the server’s socket failures from other start-up failures', () => {
    expect(isSocketFailure('FATAL:  could not create any Unix-domain sockets')).toBe(true);
    expect(isSocketFailure('LOG:  could not bind Unix address "/data/.s.PGSQL.5432": Operation not supported')).toBe(true);
    expect(isSocketFailure('FATAL:  could not create lock file "/x/.s.PGSQL.5432.lock": No such file or directory')).toBe(true);
    expect(isSocketFailure('LOG:  could not bind IPv4 address "127.0.0.1": Address already in use')).toBe(false);
    expect(isSocketFailure('FATAL:  could not create lock file "postmaster.pid": Permission denied')).toBe(false);
  });

  it('fails with the server log when it cannot start, leaving no process behind', async () => {
    const blocker = createServer((socket) => socket.destroy()); // holds the port, answers nothing
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const takenPort = (blocker.address() as AddressInfo).port;
    try {
      // The folder the first test initialised (so no second initdb), on a port something else holds.
      const server = new EmbeddedPostgres({ dataDir, port: takenPort, fast: true });
      servers.push(server);
      await expect(server.start()).rejects.toThrow(/Server log:[\s\S]*could not bind/);
      expect(server.pid).toBeUndefined();
      expect(existsSync(join(dataDir, 'postmaster.pid'))).toBe(false);
    } finally {
      await new Promise((resolve) => blocker.close(resolve));
    }
  });
});
