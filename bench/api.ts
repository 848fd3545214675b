import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openRebound } from '../src/server/compose.js';
import { loadConfig } from '../src/server/config.js';
import { startServer } from '../src/server/serve.js';
import { benchRecords, searchTerm } from './seed.js';

export type Endpoint = {
  path: string;
  /** One duration a timed request, in ms: request sent → whole body read. */
  samplesMs: number[];
  rows: number;
  bodyBytes: number;
};

export type ApiResult = {
  applications: number;
  openMs: number;
  seedMs: number;
  health: Endpoint;
  list: Endpoint;
  filtered: Endpoint;
};

async function get(url: string): Promise<{ ms: number; body: ArrayBuffer }> {
  const started = performance.now();
  const response = await fetch(url);
  const body = await response.arrayBuffer();
  const ms = performance.now() - started;
  if (response.status !== 200) {
    throw new Error(
      `GET ${url} answered ${response.status}: ${new TextDecoder().decode(body).slice(0, 300)}`,
    );
  }
  return { ms, body };
}

async function bench(
  base: string,
  path: string,
  options: { warmup: number; requests: number },
): Promise<Endpoint> {
  const url = new URL(path, base).href;
  const first = await get(url);
  const parsed: unknown = JSON.parse(new TextDecoder().decode(first.body));
  const rows = Array.isArray(parsed) ? parsed.length : 1;
  for (let i = 1; i < options.warmup; i++) await get(url);
  const samplesMs: number[] = [];
  for (let i = 0; i < options.requests; i++) samplesMs.push((await get(url)).ms);
  return { path, samplesMs, rows, bodyBytes: first.body.byteLength };
}

/**
 * In one process: the embedded database in a fresh folder, seeded with `count`
 * applications, served over HTTP on loopback, read with sequential fetches.
 */
export async function benchApi(count: number, requests: number): Promise<ApiResult> {
  const dataDir = mkdtempSync(join(tmpdir(), 'rebound-bench-api-'));
  try {
    const opening = performance.now();
    const rebound = await openRebound(loadConfig({ dataDir, port: 0, host: '127.0.0.1' }, {}), {
      kind: 'embedded',
      dataDir,
    });
    const openMs = performance.now() - opening;
    try {
      const seeding = performance.now();
      const records = benchRecords(count, rebound.ctx.userId, rebound.ctx.now());
      const inserted = await rebound.ctx.store.backup.write(records);
      const seedMs = performance.now() - seeding;
      if (inserted !== count * 2) {
        throw new Error(`Seeding inserted ${inserted} records; expected ${count * 2}.`);
      }

      const { server, url } = await startServer(rebound, {
        port: 0,
        host: '127.0.0.1',
        webRoot: '/nonexistent',
      });
      try {
        const options = { warmup: 5, requests };
        const health = await bench(url, 'api/health', options);
        const list = await bench(url, 'api/applications', options);
        if (list.rows !== count) {
          throw new Error(`GET /api/applications returned ${list.rows} rows; expected ${count}.`);
        }
        const filtered = await bench(url, `api/applications?q=${searchTerm}`, options);
        if (filtered.rows === 0 || filtered.rows >= count) {
          throw new Error(
            `The filtered listing returned ${filtered.rows} rows; expected a subset.`,
          );
        }
        return { applications: count, openMs, seedMs, health, list, filtered };
      } finally {
        if ('closeAllConnections' in server) server.closeAllConnections();
        await new Promise<void>((resolve, reject) => {
          server.close((error?: Error) => {
            if (error) reject(error);
            else resolve();
          });
        });
      }
    } finally {
      await rebound.close();
    }
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}
