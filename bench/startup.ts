import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:http';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { builtCli } from './build.js';

const startTimeoutMs = 60_000;

export type StartupResult = {
  /** spawn → exit of `node -e 0`, one entry a run. */
  baselineMs: number[];
  /** The first start on an empty data directory: it creates the database. */
  coldMs: number;
  /** spawn → first 200 from /api/health, data directory already initialised. */
  warmMs: number[];
  /** SIGTERM → exit, for the warm runs. */
  stopMs: number[];
};

/** Children still running, so a failure part-way never leaves a server behind. */
const running = new Set<ChildProcess>();

export function killRunningChildren(): void {
  for (const child of running) child.kill('SIGKILL');
}

function childEnv(dataDir: string): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, REBOUND_DATA_DIR: dataDir };
  // The benchmark measures the embedded database on loopback, whatever the shell says.
  delete env.DATABASE_URL;
  delete env.REBOUND_PORT;
  env.REBOUND_HOST = '127.0.0.1';
  return env;
}

function launch(args: string[], env: NodeJS.ProcessEnv, cwd: string) {
  const child = spawn(process.execPath, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
  running.add(child);
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>(
    (resolve, reject) => {
      child.once('error', reject);
      child.once('exit', (code, signal) => {
        running.delete(child);
        resolve({ code, signal });
      });
    },
  );
  return { child, exited, stdout: () => stdout, stderr: () => stderr };
}

/** The first fetch in a process loads undici; do it before anything is timed. */
export async function primeFetch(): Promise<void> {
  const server = createServer((_req, res) => res.end('ok'));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('No port to prime fetch.');
  const response = await fetch(`http://127.0.0.1:${address.port}/`);
  await response.arrayBuffer();
  server.closeAllConnections();
  await new Promise<void>((resolve) => {
    server.close(() => {
      resolve();
    });
  });
}

async function timeBaseline(cwd: string): Promise<number> {
  const started = performance.now();
  const run = launch(['-e', '0'], process.env, cwd);
  const { code } = await run.exited;
  const elapsed = performance.now() - started;
  if (code !== 0) throw new Error(`\`node -e 0\` exited with ${code ?? 'a signal'}.`);
  return elapsed;
}

/** Spawns `rebound start --port 0`, waits for the first 200 from /api/health, stops it. */
async function timeStart(cwd: string, dataDir: string): Promise<{ ms: number; stopMs: number }> {
  const started = performance.now();
  const run = launch([builtCli, 'start', '--port', '0'], childEnv(dataDir), cwd);
  const failure = (why: string) =>
    new Error(
      `\`rebound start\` ${why}.${run.stderr().trim() ? `\nIts stderr:\n${run.stderr().trim()}` : ''}`,
    );
  const hasExited = () => run.child.exitCode !== null || run.child.signalCode !== null;
  try {
    let url: string | undefined;
    while (url === undefined) {
      url = /^(http:\/\/\S+\/)$/m.exec(run.stdout())?.[1];
      if (url !== undefined) break;
      if (hasExited()) throw failure('exited before printing its URL');
      if (performance.now() - started > startTimeoutMs) {
        throw failure(`printed no URL within ${startTimeoutMs / 1000} s`);
      }
      await sleep(2);
    }
    for (;;) {
      try {
        const response = await fetch(`${url}api/health`);
        await response.arrayBuffer();
        if (response.status === 200) break;
      } catch {
        // Not answering yet; try again.
      }
      if (hasExited()) throw failure('exited before /api/health answered');
      if (performance.now() - started > startTimeoutMs) {
        throw failure(`did not answer /api/health within ${startTimeoutMs / 1000} s`);
      }
      await sleep(2);
    }
    const ms = performance.now() - started;
    const stopping = performance.now();
    run.child.kill('SIGTERM');
    const { code, signal } = await run.exited;
    const stopMs = performance.now() - stopping;
    if (code !== 0) {
      throw failure(`did not stop cleanly on SIGTERM (exit ${code ?? signal ?? 'unknown'})`);
    }
    return { ms, stopMs };
  } catch (error) {
    run.child.kill('SIGKILL');
    await run.exited;
    throw error;
  }
}

export async function benchStartup(cwd: string, runs: number): Promise<StartupResult> {
  await primeFetch();
  const dataDir = mkdtempSync(join(tmpdir(), 'rebound-bench-start-'));
  try {
    // One untimed run each so both start from a warm file cache.
    await timeBaseline(cwd);
    const baselineMs: number[] = [];
    for (let i = 0; i < runs; i++) baselineMs.push(await timeBaseline(cwd));

    const cold = await timeStart(cwd, dataDir);
    const warmMs: number[] = [];
    const stopMs: number[] = [];
    for (let i = 0; i < runs; i++) {
      const run = await timeStart(cwd, dataDir);
      warmMs.push(run.ms);
      stopMs.push(run.stopMs);
    }
    return { baselineMs, coldMs: cold.ms, warmMs, stopMs };
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}
