import { serve, type ServerType } from '@hono/node-server';
import { fileURLToPath } from 'node:url';
import { createApp } from './app.js';
import type { Rebound } from './compose.js';

// Built web files live in dist/web: beside dist/src when running built code, and under
// dist/ of the checkout when running the sources with tsx.
const here = fileURLToPath(import.meta.url);
export const defaultWebRoot = fileURLToPath(
  new URL(here.includes('/dist/') ? '../../web' : '../../dist/web', import.meta.url),
);

/** Serves the web app and the API; resolves once the port is listening. */
export function startServer(
  rebound: Rebound,
  options: { port: number; host: string; webRoot?: string },
): Promise<{ server: ServerType; url: string }> {
  const app = createApp(rebound.ctx, {
    webRoot: options.webRoot ?? defaultWebRoot,
    mailAccounts: { credentials: rebound.credentials },
  });
  return new Promise((resolve, reject) => {
    const server = serve(
      { fetch: app.fetch, port: options.port, hostname: options.host },
      (info) => {
        const host =
          options.host === '0.0.0.0' || options.host === '::' ? 'localhost' : options.host;
        resolve({ server, url: `http://${host}:${info.port}/` });
      },
    );
    server.once('error', reject);
  });
}
