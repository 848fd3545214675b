import { openMemoryTracker } from '../store/memory-tracker.test-helpers.js';
import { createApp } from './app.js';

/** The app on a fresh in-memory store, a ticking clock and counter ids. */
export async function makeTestApp() {
  const { ctx, opened } = await openMemoryTracker();
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
