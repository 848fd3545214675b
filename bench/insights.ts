import { sql } from 'drizzle-orm';
import { diagnoseFunnel } from '../src/core/insights/index.js';
import type { BackupRecords } from '../src/core/ports.js';
import * as tracker from '../src/core/tracker/index.js';
import { createApp } from '../src/server/app.js';
import { openStore, type OpenStore } from '../src/store/open-store.js';
import * as t from '../src/store/schema.js';
import {
  createTestDatabase,
  postgresTestPlan,
  startTestPostgres,
} from '../src/store/test-postgres.js';
import { seasonRecords } from './insights-seed.js';
import { count, ms, percentile, ratio, table } from './stats.js';

export type InsightsOptions = { requests: number; single: number; users: number; perUser: number };

type Row = { label: string; samplesMs: number[] };

const now = new Date();

async function time(samples: number, work: (i: number) => Promise<unknown>): Promise<number[]> {
  for (let i = 0; i < Math.min(5, samples); i++) await work(i);
  const out: number[] = [];
  for (let i = 0; i < samples; i++) {
    const started = performance.now();
    await work(i);
    out.push(performance.now() - started);
  }
  return out;
}

/** Bulk rows in chunks, one user's records or many. */
async function insertAll(opened: OpenStore, records: BackupRecords): Promise<void> {
  const put = async (table: Parameters<OpenStore['db']['insert']>[0], rows: object[]) => {
    for (let i = 0; i < rows.length; i += 1000) {
      await opened.db.insert(table).values(rows.slice(i, i + 1000));
    }
  };
  await put(t.applications, records.applications);
  await put(t.applicationEvents, records.events);
  await put(t.rejections, records.rejections);
  await put(t.goals, records.goals ?? []);
  await put(t.goalEntries, records.goalEntries ?? []);
}

function merge(parts: BackupRecords[]): BackupRecords {
  return {
    applications: parts.flatMap((p) => p.applications),
    events: parts.flatMap((p) => p.events),
    rejections: parts.flatMap((p) => p.rejections),
    contacts: [],
    applicationContacts: [],
    goals: parts.flatMap((p) => p.goals ?? []),
    goalEntries: parts.flatMap((p) => p.goalEntries ?? []),
  };
}

async function addUsers(opened: OpenStore, ids: string[]): Promise<void> {
  for (let i = 0; i < ids.length; i += 1000) {
    await opened.db
      .insert(t.users)
      .values(ids.slice(i, i + 1000).map((id) => ({ id, name: id })))
      .onConflictDoNothing();
  }
}

const contextFor = (opened: OpenStore, userId: string): tracker.TrackerContext => ({
  store: opened.store,
  now: () => now,
  newId: () => crypto.randomUUID(),
  userId,
});

function report(title: string, rows: Row[]): void {
  const base = rows[0];
  if (!base) return;
  const p50 = (r: Row) => percentile(r.samplesMs, 50);
  const p99 = (r: Row) => percentile(r.samplesMs, 99);
  console.log(`\n${title}`);
  console.log(
    table(
      ['', 'p50', 'p99', 'p50 ratio', 'p99 ratio'],
      rows.map((r) => [
        r.label,
        ms(p50(r)),
        ms(p99(r)),
        ratio(p50(r), p50(base)),
        ratio(p99(r), p99(base)),
      ]),
    ),
  );
}

/** One user with many applications: the store reads, the pure diagnosis, and whole requests. */
async function benchOneUser(opened: OpenStore, label: string, size: number, requests: number) {
  const userId = `bench-${label}`;
  await addUsers(opened, [userId]);
  const seeded = performance.now();
  const records = seasonRecords(0, userId, size, now);
  await insertAll(opened, records);
  const seedMs = performance.now() - seeded;
  const ctx = contextFor(opened, userId);
  const app = createApp(ctx);
  const learning = await tracker.loadLearning(ctx);
  const rows: Row[] = [
    {
      label: 'baseline: select 1',
      samplesMs: await time(requests, () => opened.db.execute(sql`select 1`)),
    },
    {
      label: 'baseline: GET /api/health (in-process)',
      samplesMs: await time(requests, async () => (await app.request('/api/health')).arrayBuffer()),
    },
    {
      label: 'diagnoseFunnel (pure, paths in memory)',
      samplesMs: await time(requests, () =>
        Promise.resolve(diagnoseFunnel(learning.paths, { now })),
      ),
    },
    {
      label: 'diagnosis: loadLearning (reads + funnel + diagnosis)',
      samplesMs: await time(requests, () => tracker.loadLearning(ctx)),
    },
    {
      label: 'GET /api/insights (in-process)',
      samplesMs: await time(requests, async () =>
        (await app.request('/api/insights')).arrayBuffer(),
      ),
    },
    {
      label: 'GET /api/insights/sankey.svg',
      samplesMs: await time(requests, async () =>
        (await app.request('/api/insights/sankey.svg')).arrayBuffer(),
      ),
    },
  ];
  const body = await (await app.request('/api/insights')).text();
  report(
    `Insights, one user on ${label}: ${count(size)} applications, ${count(records.events.length)} events, ` +
      `${count(records.rejections.length)} rejections (seeded in ${ms(seedMs)}); ${requests} sequential calls each after 5 warm-up; ` +
      `insights body ${count(body.length)} bytes`,
    rows,
  );
  console.log(`  Headline: ${learning.diagnosis.headline}`);
}

/** Many users on one server: each request reads one user's data out of the whole cohort. */
async function benchCohort(opened: OpenStore, users: number, perUser: number, requests: number) {
  const ids = Array.from({ length: users }, (_, i) => `cohort-${i}`);
  await addUsers(opened, ids);
  const seeded = performance.now();
  let rows = 0;
  for (let i = 0; i < users; i += 50) {
    const part = merge(
      ids.slice(i, i + 50).map((id, k) => seasonRecords(i + k + 1, id, perUser, now)),
    );
    rows += part.applications.length + part.events.length + part.rejections.length;
    await insertAll(opened, part);
  }
  const seedMs = performance.now() - seeded;
  await opened.db.execute(sql`analyze`);
  const userAt = (i: number) => ids[(i * 7919) % users] ?? 'cohort-0';
  const result: Row[] = [
    {
      label: 'baseline: select 1',
      samplesMs: await time(requests, () => opened.db.execute(sql`select 1`)),
    },
    {
      label: 'trivial: one application by id',
      samplesMs: await time(requests, (i) =>
        opened.store.applications.get(userAt(i), '00000001-0001-4000-8000-000000000000'),
      ),
    },
    {
      label: 'diagnosis: loadLearning, a different user each call',
      samplesMs: await time(requests, (i) => tracker.loadLearning(contextFor(opened, userAt(i)))),
    },
    {
      label: 'insights: getInsights + JSON, a different user each call',
      samplesMs: await time(requests, async (i) =>
        JSON.stringify(await tracker.getInsights(contextFor(opened, userAt(i)))),
      ),
    },
  ];
  report(
    `Insights, cohort on PostgreSQL: ${count(users)} users × ${count(perUser)} applications (${count(rows)} rows seeded in ${ms(seedMs)}); ` +
      `${requests} sequential calls each after 5 warm-up`,
    result,
  );
}

export async function benchInsights(options: InsightsOptions): Promise<void> {
  const embedded = await openStore({ kind: 'memory' });
  try {
    await benchOneUser(embedded, 'embedded PGlite', options.single, options.requests);
  } finally {
    await embedded.close();
  }
  const plan = postgresTestPlan();
  if (plan.mode !== 'run') {
    console.log(`\nInsights on PostgreSQL skipped: ${plan.reason}`);
    return;
  }
  const server = await startTestPostgres();
  try {
    const single = await openStore({ kind: 'postgres', url: await createTestDatabase(server.url) });
    try {
      await benchOneUser(single, 'PostgreSQL', options.single, options.requests);
    } finally {
      await single.close();
    }
    const cohort = await openStore({ kind: 'postgres', url: await createTestDatabase(server.url) });
    try {
      await benchCohort(cohort, options.users, options.perUser, options.requests);
    } finally {
      await cohort.close();
    }
  } finally {
    await server.stop();
  }
}
