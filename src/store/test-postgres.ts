// A throwaway PostgreSQL server for tests, built from Debian's packages
// (apt-get install postgresql). Tests only: nothing in the app imports this.
import { execFile } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';

const run = promisify(execFile);
const installRoot = '/usr/lib/postgresql';
const installHint = 'Install it with `sudo apt-get install postgresql` (Debian/Ubuntu).';

export type PostgresServer = {
  /** A database on the server, ready for connections: postgres://postgres@127.0.0.1:PORT/DB */
  url: string;
  stop(): Promise<void>;
};

/** The bin folder of the newest PostgreSQL installed from Debian's packages, or null. */
export function findPostgresBin(): string | null {
  if (!existsSync(installRoot)) return null;
  const versions = readdirSync(installRoot)
    .filter((name) => /^\d+(\.\d+)?$/.test(name))
    .filter((name) => existsSync(join(installRoot, name, 'bin', 'initdb')))
    .sort((a, b) => Number.parseFloat(b) - Number.parseFloat(a));
  return versions[0] === undefined ? null : join(installRoot, versions[0], 'bin');
}

const isRoot = () => process.getuid?.() === 0;

/** PostgreSQL refuses to run as root; when we are root, the binaries run as `postgres`. */
function postgresUserIds(): { uid: number; gid: number } | null {
  try {
    const passwd = readFileSync('/etc/passwd', 'utf8').split('\n');
    const line = passwd.find((entry) => entry.startsWith('postgres:'));
    const [, , uid, gid] = line?.split(':') ?? [];
    return uid && gid ? { uid: Number(uid), gid: Number(gid) } : null;
  } catch {
    return null;
  }
}

export function isPostgresAvailable(): boolean {
  if (findPostgresBin() === null) return false;
  return !isRoot() || (postgresUserIds() !== null && existsSync('/usr/sbin/runuser'));
}

/**
 * What the store tests do about the PostgreSQL target here: run it, skip it (a laptop
 * without PostgreSQL), or fail it (CI must never quietly skip the server tests).
 */
export function postgresTestPlan(): { mode: 'run' } | { mode: 'skip' | 'fail'; reason: string } {
  if (isPostgresAvailable()) return { mode: 'run' };
  const reason = isRoot()
    ? `PostgreSQL was not found under ${installRoot}/*/bin, or there is no "postgres" user to run it as. ${installHint}`
    : `PostgreSQL was not found under ${installRoot}/*/bin. ${installHint}`;
  return process.env.CI === 'true'
    ? { mode: 'fail', reason: `CI must test against PostgreSQL. ${reason}` }
    : { mode: 'skip', reason };
}

async function runPostgresBinary(bin: string, name: string, args: string[]): Promise<void> {
  const file = join(bin, name);
  const [command, commandArgs] = isRoot()
    ? ['runuser', ['-u', 'postgres', '--', file, ...args]]
    : [file, args];
  try {
    await run(command, commandArgs, { timeout: 60_000 });
  } catch (error) {
    const { stderr, stdout } = error as { stderr?: string; stdout?: string };
    throw new Error(`${name} ${args.join(' ')} failed: ${stderr || stdout || String(error)}`, {
      cause: error,
    });
  }
}

/** A loopback port nobody is listening on right now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      server.close(() => {
        resolve(port);
      });
    });
  });
}

async function adminQuery(url: string, text: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(text);
  } finally {
    await client.end();
  }
}

let databaseCount = 0;

/** A new empty database on the same server; returns its URL. */
export async function createTestDatabase(serverUrl: string): Promise<string> {
  const url = new URL(serverUrl);
  const name = `t_${process.pid}_${++databaseCount}`;
  url.pathname = '/postgres';
  await adminQuery(url.toString(), `CREATE DATABASE ${name}`);
  url.pathname = `/${name}`;
  return url.toString();
}

/** Starts a fresh cluster on a free loopback port with trust auth. Call stop() when done. */
export async function startTestPostgres(): Promise<PostgresServer> {
  const bin = findPostgresBin();
  if (bin === null || !isPostgresAvailable()) {
    throw new Error(`No usable PostgreSQL. ${installHint}`);
  }
  const dir = mkdtempSync(join(tmpdir(), 'rebound-pg-'));
  const dataDir = join(dir, 'data');
  const ids = isRoot() ? postgresUserIds() : null;
  if (ids) chownSync(dir, ids.uid, ids.gid);
  let isStarted = false;
  const stop = async () => {
    try {
      if (isStarted) await runPostgresBinary(bin, 'pg_ctl', ['-D', dataDir, '-m', 'fast', 'stop']);
    } finally {
      isStarted = false;
      rmSync(dir, { recursive: true, force: true });
    }
  };
  try {
    await runPostgresBinary(bin, 'initdb', [
      ...['-D', dataDir, '-A', 'trust', '-U', 'postgres'],
      ...['-E', 'UTF8', '--locale=C.UTF-8', '--no-sync'],
    ]);
    let port = 0;
    for (let attempt = 1; !isStarted; attempt++) {
      port = await freePort();
      const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off`;
      try {
        await runPostgresBinary(bin, 'pg_ctl', [
          ...['-D', dataDir, '-l', join(dir, 'server.log'), '-o', options, '-w', 'start'],
        ]);
        isStarted = true;
      } catch (error) {
        // Someone may have taken the port between our check and the start; try another.
        if (attempt >= 3) throw error;
      }
    }
    const serverUrl = `postgres://postgres@127.0.0.1:${port}/postgres`;
    const url = await createTestDatabase(serverUrl);
    return { url, stop };
  } catch (error) {
    await stop().catch(() => {});
    throw error;
  }
}
