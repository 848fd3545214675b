import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { openRebound, type Rebound } from '../src/server/compose.js';
import { loadConfig } from '../src/server/config.js';
import { startServer } from '../src/server/serve.js';
import { buildWebApp, webRootVariable } from './web-build.js';

export const chromiumPath = '/usr/bin/chromium';

/** With CI=true a missing browser fails the run; on a laptop it skips with a hint. */
export function hasChromium(): boolean {
  if (existsSync(chromiumPath)) return true;
  if (process.env.CI === 'true') {
    throw new Error(`Browser tests need Chromium at ${chromiumPath}: apt-get install -y chromium`);
  }
  console.warn(
    `Skipping browser tests: no Chromium at ${chromiumPath} (apt-get install -y chromium).`,
  );
  return false;
}

/** Builds the web app once per run so the tests see what users get. */
export function buildWeb(): void {
  // The global setup already built it for this run (vitest.config.ts).
  if (process.env[webRootVariable]) return;
  const webRoot = buildWebApp();
  process.env[webRootVariable] = webRoot;
  process.once('exit', () => {
    rmSync(webRoot, { recursive: true, force: true });
  });
}

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

export type RunningRebound = { url: string; rebound: Rebound; stop(): Promise<void> };

/** The real server on a fresh embedded data directory, on a free port. */
export async function startRebound(): Promise<RunningRebound> {
  const dataDir = mkdtempSync(join(tmpdir(), 'rebound-e2e-'));
  const rebound = await openRebound(loadConfig({ dataDir }, {}));
  const webRoot = process.env[webRootVariable];
  if (!webRoot) throw new Error('Call buildWeb() before startRebound(): the web app is not built.');
  const { server, url } = await startServer(rebound, { port: 0, host: '127.0.0.1', webRoot });
  return {
    url,
    rebound,
    stop: async () => {
      await new Promise<void>((resolve) =>
        server.close(() => {
          resolve();
        }),
      );
      await rebound.close();
    },
  };
}

const require = createRequire(import.meta.url);
/** axe-core's browser bundle, injected into pages for the accessibility check. */
export const axeSource = (require('axe-core') as { source: string }).source;
