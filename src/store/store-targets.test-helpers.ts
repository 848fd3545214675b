// Shared set-up for the store contract tests: the same tests run on the embedded
// database and on a real PostgreSQL server, each test on a fresh, migrated database.
import { sql } from 'drizzle-orm';
import { afterEach, beforeEach, expect } from 'vitest';
import { isReboundError, type ReboundErrorCode } from '../core/errors.js';
import { localUserId, type UserId } from '../core/records.js';
import type { TrackerContext } from '../core/tracker/index.js';
import { openStore, type OpenStore } from './open-store.js';
import {
  createTestDatabase,
  postgresTestPlan,
  startTestPostgres,
  type PostgresServer,
} from './test-postgres.js';

/** One server per test file: call start in beforeAll and stop in afterAll. */
export type TestPostgres = {
  start: () => Promise<void>;
  stop: () => Promise<void>;
  /** A fresh database on the server, migrated by openStore. */
  openFresh: () => Promise<OpenStore>;
  /** Why the PostgreSQL tests are skipped here, or null when they run. */
  skipReason: string | null;
};

export function testPostgres(): TestPostgres {
  const plan = postgresTestPlan();
  let server: PostgresServer | null = null;
  if (plan.mode === 'skip') console.warn(`Skipping the PostgreSQL store tests: ${plan.reason}`);
  return {
    skipReason: plan.mode === 'skip' ? plan.reason : null,
    start: async () => {
      if (plan.mode === 'fail') throw new Error(plan.reason);
      if (plan.mode === 'run') server = await startTestPostgres();
    },
    stop: async () => {
      await server?.stop();
      server = null;
    },
    openFresh: async () => {
      if (server === null) throw new Error('The test PostgreSQL server is not running.');
      return openStore({ kind: 'postgres', url: await createTestDatabase(server.url) });
    },
  };
}

export type StoreTarget = {
  name: string;
  open: () => Promise<OpenStore>;
  skipReason: string | null;
};

export function storeTargets(postgres: TestPostgres): StoreTarget[] {
  return [
    { name: 'embedded PGlite', open: () => openStore({ kind: 'memory' }), skipReason: null },
    { name: 'PostgreSQL server', open: postgres.openFresh, skipReason: postgres.skipReason },
  ];
}

export const startTime = '2026-03-02T09:00:00.000Z';

/** A clock that stands still until a test moves it. */
export type TestClock = { now: () => Date; advance: (minutes?: number) => string };

export type StoreUnderTest = {
  opened: OpenStore;
  clock: TestClock;
  /** The tracker as the local user, with the fixed clock and ids id-1, id-2, ... */
  ctx: TrackerContext;
  /** The same store, clock and ids for another user (who must exist: see addUser). */
  as: (userId: UserId) => TrackerContext;
  addUser: (id: UserId) => Promise<void>;
};

/** Opens a fresh store on the target before each test and closes it after. */
export function useFreshStore(target: StoreTarget): () => StoreUnderTest {
  let current: StoreUnderTest | null = null;
  beforeEach(async (context) => {
    if (target.skipReason !== null) context.skip(target.skipReason);
    const opened = await target.open();
    let time = Date.parse(startTime);
    let count = 0;
    const clock: TestClock = {
      now: () => new Date(time),
      advance: (minutes = 1) => {
        time += minutes * 60_000;
        return new Date(time).toISOString();
      },
    };
    const as = (userId: UserId): TrackerContext => ({
      store: opened.store,
      now: clock.now,
      newId: () => `id-${++count}`,
      userId,
    });
    current = {
      opened,
      clock,
      ctx: as(localUserId),
      as,
      addUser: async (id) => {
        await opened.db.execute(sql`insert into users (id, name) values (${id}, ${id})`);
      },
    };
  });
  afterEach(async () => {
    await current?.opened.close();
    current = null;
  });
  return () => {
    if (current === null) throw new Error('No store open: call this inside a test.');
    return current;
  };
}

/** Asserts that `work` fails with a ReboundError of this code and returns the error. */
export async function expectReboundError(work: Promise<unknown>, code: ReboundErrorCode) {
  const error: unknown = await work.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(isReboundError(error) ? error.code : error).toBe(code);
  return error;
}
