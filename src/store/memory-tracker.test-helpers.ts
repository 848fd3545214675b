import { localUserId } from '../core/records.js';
import type { TrackerContext } from '../core/tracker/index.js';
import { openStore, type OpenStore } from './open-store.js';

/** A fresh in-memory store, a clock that ticks a minute per reading and counter ids. */
export async function openMemoryTracker(): Promise<{ ctx: TrackerContext; opened: OpenStore }> {
  const opened = await openStore({ kind: 'memory' });
  let tick = 0;
  let id = 0;
  const ctx: TrackerContext = {
    store: opened.store,
    now: () => new Date(Date.UTC(2026, 2, 2, 9, tick++)),
    newId: () => `id-${++id}`,
    userId: localUserId,
  };
  return { ctx, opened };
}
