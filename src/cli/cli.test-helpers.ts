import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStore } from '../store/open-store.js';

const mainFile = join(import.meta.dirname, 'main.ts');

let template: Promise<string> | undefined;

// Creating an embedded database takes seconds; each test copies a migrated one instead.
async function templateDataDir(): Promise<string> {
  template ??= (async () => {
    const dir = mkdtempSync(join(tmpdir(), 'rebound-template-'));
    const opened = await openStore({ kind: 'embedded', dataDir: dir });
    await opened.close();
    return dir;
  })();
  return template;
}

/** A data directory of its own for one test, with the schema already in place. */
export async function makeDataDir(): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'rebound-cli-'));
  cpSync(await templateDataDir(), dir, { recursive: true });
  return dir;
}

export type CliResult = { code: number | null; stdout: string; stderr: string };

/** Runs the real `rebound` command in a child process, as a user's shell would. */
export function runCli(
  dataDir: string,
  args: string[],
  input?: string | Uint8Array,
): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', mainFile, ...args], {
      env: { ...process.env, REBOUND_DATA_DIR: dataDir, DATABASE_URL: '' },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      resolve({ code, stdout, stderr });
    });
    child.stdin.end(input);
  });
}

export async function runJson<T>(dataDir: string, args: string[], input?: string): Promise<T> {
  const result = await runCli(dataDir, [...args, '--json'], input);
  if (result.code !== 0) throw new Error(`rebound ${args.join(' ')} failed: ${result.stderr}`);
  return JSON.parse(result.stdout) as T;
}

/** Starts `rebound start --port 0` and resolves with the URL it prints. */
export function startServer(dataDir: string): Promise<{ child: ChildProcess; url: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', mainFile, 'start', '--port', '0'], {
      env: { ...process.env, REBOUND_DATA_DIR: dataDir, DATABASE_URL: '' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.stdout.on('data', (chunk: Buffer) => {
      const url = /http:\/\/\S+/.exec(chunk.toString())?.[0];
      if (url) resolve({ child, url });
    });
    child.on('exit', (code) => {
      reject(new Error(`server exited with ${code}: ${stderr}`));
    });
  });
}

export function waitForExit(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) =>
    child.once('exit', () => {
      resolve();
    }),
  );
}
