/**
 * Rebound benchmarks: `npm run bench` (options: --only startup|api, --runs N,
 * --requests N, --applications N). Each measurement is printed beside a baseline taken
 * in the same run, with the ratio. See docs/benchmarks.md.
 */
import { availableParallelism, cpus, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { benchApi, type ApiResult, type Endpoint } from './api.js';
import { builtCli, ensureBuilt } from './build.js';
import { benchCompose, type ComposeResult } from './compose.js';
import { searchTerm } from './seed.js';
import { benchStartup, killRunningChildren, type StartupResult } from './startup.js';
import { bytes, count, max, median, ms, percentile, ratio, table } from './stats.js';

const startupTargetMs = 1500;
const root = fileURLToPath(new URL('..', import.meta.url));

function positive(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new Error(`--${name} must be a whole number above 0.`);
  return n;
}

function reportStartup(result: StartupResult, runs: number): void {
  const base = { median: median(result.baselineMs), max: max(result.baselineMs) };
  const warm = { median: median(result.warmMs), max: max(result.warmMs) };
  console.log(`\nStartup: spawn → first 200 from GET /api/health (${runs} runs each)`);
  console.log(
    table(
      ['', 'median', 'max'],
      [
        ['baseline: node -e "0" (spawn → exit)', ms(base.median), ms(base.max)],
        ['rebound start, initialised data dir', ms(warm.median), ms(warm.max)],
        ['ratio rebound / baseline', ratio(warm.median, base.median), ratio(warm.max, base.max)],
        ['rebound start, first run (creates db)', ms(result.coldMs), '1 run'],
        ['stop: SIGTERM → exit', ms(median(result.stopMs)), ms(max(result.stopMs))],
      ],
    ),
  );
  const isMet = warm.max < startupTargetMs;
  console.log(
    `  Target < ${count(startupTargetMs)} ms: ${isMet ? 'met' : 'NOT met'} (max ${ms(warm.max)}, median ${ms(warm.median)}).`,
  );
}

function reportApi(result: ApiResult, requests: number): void {
  const stats = (e: Endpoint) => ({
    p50: percentile(e.samplesMs, 50),
    p99: percentile(e.samplesMs, 99),
  });
  const health = stats(result.health);
  const row = (label: string, e: Endpoint) => {
    const s = stats(e);
    return [
      label,
      ms(s.p50),
      ms(s.p99),
      ratio(s.p50, health.p50),
      ratio(s.p99, health.p99),
      count(e.rows),
      bytes(e.bodyBytes),
    ];
  };
  console.log(
    `\nAPI on the embedded database: ${count(result.applications)} applications, ${requests} sequential GETs each after 5 warm-up`,
  );
  console.log(
    `  (open + migrate ${ms(result.openMs)}; seed ${count(result.applications)} applications + events via backup.write ${ms(result.seedMs)})`,
  );
  console.log(
    table(
      ['', 'p50', 'p99', 'p50 ratio', 'p99 ratio', 'rows', 'body'],
      [
        row('baseline: GET /api/health', result.health),
        row('GET /api/applications', result.list),
        row(`GET /api/applications?q=${searchTerm}`, result.filtered),
      ],
    ),
  );
  console.log('  Ratios are against GET /api/health in the same run.');
}

function reportCompose(result: ComposeResult): void {
  const perDraft = (result.composeMs * 1000) / result.drafts;
  const perTemplate = (result.templateMs * 1000) / result.drafts;
  const perPlan = (result.planMs * 1000) / result.plans;
  console.log(
    `\nComposer and playbook: ${count(result.drafts)} drafts (7 kinds × ${count(result.plans)} contexts), ${count(result.plans)} plans`,
  );
  console.log(
    table(
      ['', 'total', 'per item', 'ratio'],
      [
        [
          'baseline: template literal',
          ms(result.templateMs),
          `${perTemplate.toFixed(2)} µs`,
          '1.0×',
        ],
        [
          'composeDraft',
          ms(result.composeMs),
          `${perDraft.toFixed(2)} µs`,
          ratio(perDraft, perTemplate),
        ],
        ['computePlan', ms(result.planMs), `${perPlan.toFixed(2)} µs`, ratio(perPlan, perTemplate)],
      ],
    ),
  );
  console.log(`  Target < 100 µs per draft: ${perDraft < 100 ? 'met' : 'NOT met'}.`);
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      only: { type: 'string' },
      runs: { type: 'string' },
      requests: { type: 'string' },
      applications: { type: 'string' },
    },
  });
  if (values.only !== undefined && !['startup', 'api', 'compose'].includes(values.only)) {
    throw new Error('--only must be "startup", "api" or "compose".');
  }
  const runs = positive('runs', values.runs, 10);
  const requests = positive('requests', values.requests, 50);
  const applications = positive('applications', values.applications, 10_000);

  const cpu = cpus()[0]?.model.trim() ?? 'unknown CPU';
  console.log(
    `Rebound benchmarks: node ${process.version}, ${process.platform} ${process.arch}, ${availableParallelism()} cores (${cpu}), ${new Date().toISOString()}`,
  );
  const began = performance.now();
  const load = () => loadavg()[0]?.toFixed(2) ?? '?';
  console.log(
    `Load average (1 min) at start: ${load()}. Other work on the machine skews the numbers.`,
  );

  if (values.only === undefined || values.only === 'compose') {
    reportCompose(benchCompose(10_000));
  }
  if (values.only === undefined || values.only === 'startup') {
    const build = ensureBuilt(root);
    console.log(
      build.status === 'built'
        ? `Built ${builtCli} with tsc in ${ms(build.ms)}.`
        : `${builtCli} is up to date.`,
    );
    reportStartup(await benchStartup(root, runs), runs);
  }
  if (values.only === undefined || values.only === 'api') {
    reportApi(await benchApi(applications, requests), requests);
  }
  console.log(`\nLoad average (1 min) at the end: ${load()}.`);
  console.log(`Done in ${((performance.now() - began) / 1000).toFixed(1)} s.`);
}

try {
  await main();
} catch (error) {
  killRunningChildren();
  console.error(`\nbench: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}
