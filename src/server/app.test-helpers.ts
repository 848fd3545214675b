import { localUserId } from '../core/records.js';
import type { TrackerContext } from '../core/tracker/index.js';
import { openStore, type OpenStore } from '../store/open-store.js';
import { createApp } from './app.js';

/** A fresh in-memory store, a clock that ticks a minute per reading and counter ids. */
export async function makeTestApp() {
  const opened: OpenStore = await openStore({ kind: 'memory' });
  let tick = 0;
  let id = 0;
  const ctx: TrackerContext = {
    store: opened.store,
    now: () => new Date(Date.UTC(2026, 2, 2, 9, tick++)),
    newId: () => `id-${++id}`,
    userId: localUserId,
  };
  const app = createApp(ctx);
  const call = async (method: string, path: string, body?: unknown) => {
    const init: RequestInit = { method };
    if (body !== undefined) {
      init.body =
        typeof body === 'string' || body instanceof Uint8Array
          ? (body as BodyInit)
          : JSON.stringify(body);
      init.headers = { 'content-type': 'application/json' };
    }
    const response = await app.request(path, init);
    const text = await response.text();
    return {
      status: response.status,
      body: (text ? JSON.parse(text) : null) as Record<string, unknown> & {
        error?: { code: string; message: string; fields: { field: string; message: string }[] };
      },
    };
  };
  return { app, ctx, call, close: () => opened.close() };
}
