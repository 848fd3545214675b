import { randomUUID } from 'node:crypto';
import { localUserId } from '../core/records.js';
import type { TrackerContext } from '../core/tracker/index.js';
import { createCredentials, type Credentials } from '../mail/credentials.js';
import { openStore, type StoreTarget } from '../store/open-store.js';
import type { Config } from './config.js';

export type Rebound = {
  ctx: TrackerContext;
  /** Where the data lives, safe to print (no password). */
  storeDescription: string;
  /** Seals and opens stored mail passwords (key from REBOUND_SECRET_KEY or the data directory). */
  credentials: Credentials;
  close(): Promise<void>;
};

export function storeTargetOf(config: Config): StoreTarget {
  return config.databaseUrl
    ? { kind: 'postgres', url: config.databaseUrl }
    : { kind: 'embedded', dataDir: config.dataDir };
}

function describe(target: StoreTarget): string {
  if (target.kind === 'postgres') {
    const url = new URL(target.url);
    return `PostgreSQL at ${url.hostname}${url.port ? `:${url.port}` : ''}${url.pathname}`;
  }
  return target.kind === 'embedded'
    ? `embedded database in ${target.dataDir}`
    : 'in-memory database';
}

/** The composition root: wires the store, the clock and ids from the config. */
export async function openRebound(
  config: Config,
  target = storeTargetOf(config),
): Promise<Rebound> {
  const opened = await openStore(target);
  return {
    ctx: {
      store: opened.store,
      now: () => new Date(),
      newId: randomUUID,
      userId: localUserId,
      defaultTimeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
    },
    storeDescription: describe(target),
    credentials: createCredentials({ dataDir: config.dataDir, envKey: config.secretKey }),
    close: () => opened.close(),
  };
}
