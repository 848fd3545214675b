import { PGlite } from '@electric-sql/pglite';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import type { ReboundStore } from '../core/ports.js';
import { lockDataDir } from './data-dir-lock.js';
import { createDrizzleStore, type Database } from './drizzle-store.js';
import * as schema from './schema.js';

/** Where the data lives: the embedded database in a folder, or a PostgreSQL server. */
export type StoreTarget =
  { kind: 'embedded'; dataDir: string } | { kind: 'memory' } | { kind: 'postgres'; url: string };

export type OpenStore = {
  store: ReboundStore;
  db: Database;
  target: StoreTarget;
  close(): Promise<void>;
};

// The migrations ship as SQL beside the source; built code runs from dist/src/store.
const migrationsFolder = [
  new URL('./migrations', import.meta.url),
  new URL('../../../src/store/migrations', import.meta.url),
]
  .map((url) => fileURLToPath(url))
  .find((folder) => existsSync(join(folder, 'meta', '_journal.json'))) as string;

// PGlite starts PostgreSQL with its server defaults, among them 128 MB of shared buffers,
// all touched at start: about 110 MB of the 400 MB a bare `rebound list` used. One person's
// tracker is a few megabytes, and the operating system caches the files behind it anyway.
const embeddedSettings = [
  ...PGlite.defaultStartParams,
  ...['-c', 'shared_buffers=16MB', '-c', 'wal_buffers=1MB', '-c', 'temp_buffers=4MB'],
];

let memoryTemplate: Promise<Blob> | undefined;

// Creating a database takes seconds; an in-memory store (tests, previews) starts from a
// migrated copy made once per process instead.
function migratedMemoryTemplate(): Promise<Blob> {
  memoryTemplate ??= (async () => {
    const client = new PGlite({ startParams: embeddedSettings });
    await migratePglite(drizzlePglite(client, { schema }), { migrationsFolder });
    const blob = await client.dumpDataDir('none');
    await client.close();
    return blob;
  })();
  return memoryTemplate;
}

async function openEmbedded(dataDir: string | null): Promise<Omit<OpenStore, 'target'>> {
  let unlock = () => {};
  if (dataDir !== null) {
    mkdirSync(dataDir, { recursive: true, mode: 0o700 });
    unlock = lockDataDir(dataDir);
  }
  try {
    const client =
      dataDir === null
        ? new PGlite({ loadDataDir: await migratedMemoryTemplate(), startParams: embeddedSettings })
        : new PGlite(join(dataDir, 'db'), { startParams: embeddedSettings });
    const db = drizzlePglite(client, { schema });
    await migratePglite(db, { migrationsFolder });
    return {
      db,
      store: createDrizzleStore(db),
      close: async () => {
        await client.close();
        unlock();
      },
    };
  } catch (error) {
    unlock();
    throw error;
  }
}

async function openServer(url: string): Promise<Omit<OpenStore, 'target'>> {
  const pool = new pg.Pool({ connectionString: url, max: 10 });
  const db = drizzlePg(pool, { schema });
  try {
    await migratePg(db, { migrationsFolder });
  } catch (error) {
    await pool.end();
    throw error;
  }
  return { db, store: createDrizzleStore(db), close: () => pool.end() };
}

/** Opens the store and brings its schema up to date. Call close() before exiting. */
export async function openStore(target: StoreTarget): Promise<OpenStore> {
  const opened =
    target.kind === 'postgres'
      ? await openServer(target.url)
      : await openEmbedded(target.kind === 'embedded' ? target.dataDir : null);
  return { ...opened, target };
}
