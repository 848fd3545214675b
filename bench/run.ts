/**
 * Rebound benchmarks: `npm run bench` (options: --only startup|api|compose|review|classify|mail|insights,
 * --runs N, --requests N, --applications N, --drafts N, --messages N). Each measurement is printed
 * beside a baseline taken in the same run, with the ratio. See docs/benchmarks.md.
 */
import { availableParallelism, cpus, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { benchApi, type ApiResult, type Endpoint } from './api.js';
import { builtCli, ensureBuilt } from './build.js';
import { benchClassify, type ClassifyResult } from './classify.js';
import { benchCompose, type ComposeResult } from './compose.js';
import { benchInsights } from './insights.js';
import { benchMailImport, reportMailImport } from './mail-import.js';
import { benchReview, type ReviewResult } from './review.js';
import { searchTerm } from './seed.js';
import { benchStartup, killRunningChildren, type StartupResult } from './startup.js';
import { bytes, count, max, median, ms, percentile, ratio, table } from './stats.js';

const startupTargetMs = 1500;
/** The product's budget for one review in the browser: one frame. */
const reviewTargetMs = 8;
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

function reportClassify(result: ClassifyResult): void {
  const total = result.emails * result.rounds;
  const perSecond = (totalMs: number) => count(Math.round((total * 1000) / totalMs));
  const perEmail = (totalMs: number) => `${((1000 * totalMs) / total).toFixed(1)} µs`;
  console.log(
    `\nClassification: ${count(result.emails)} emails (${bytes(result.bytes)} of text) from ${result.files.join(', ')}, ${result.rounds} rounds each`,
  );
  console.log(
    table(
      ['', 'emails/s', 'per email', 'ratio'],
      [
        [
          'baseline: one regex of rejection words',
          perSecond(result.baselineMs),
          perEmail(result.baselineMs),
          '1.0×',
        ],
        [
          'classifyEmail (label, stage, reapply)',
          perSecond(result.classifyMs),
          perEmail(result.classifyMs),
          ratio(result.classifyMs, result.baselineMs),
        ],
        [
          '+ company, role, contact (rebound classify)',
          perSecond(result.fullMs),
          perEmail(result.fullMs),
          ratio(result.fullMs, result.baselineMs),
        ],
      ],
    ),
  );
  console.log(
    `  Slowest single email (full, after warm-up): p99 ${ms(percentile(result.perEmailMs, 99))}, max ${ms(max(result.perEmailMs))}.`,
  );
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

/** A ratio with two significant digits below 1, where stats.ratio would print 0.0×. */
function fine(value: number, baseline: number): string {
  const r = value / baseline;
  return r < 1 ? `${r.toPrecision(2)}×` : ratio(value, baseline);
}

function reportReview(result: ReviewResult): void {
  const d = result.dictionaries;
  const read = median(d.readMs);
  const words = [...result.words].sort((a, b) => a - b);
  console.log(
    `\nReviewer: dictionaries (dictionary-en + dictionary-en-gb, ${bytes(d.bytes)} of .aff/.dic)`,
  );
  const browser = result.browser.status === 'ran' ? result.browser : null;
  const fetches = browser?.loads.map((l) => l.fetchMs) ?? [];
  const builds = browser?.loads.map((l) => l.buildMs) ?? [];
  console.log(
    table(
      ['', 'runs', 'median', 'max', 'ratio (median)'],
      [
        [
          'baseline: fs.readFile of the 4 files, fresh process',
          count(d.readMs.length),
          ms(read),
          ms(max(d.readMs)),
          '1.0×',
        ],
        [
          'Node: await loadSpellChecker(), fresh process',
          count(d.coldMs.length),
          ms(median(d.coldMs)),
          ms(max(d.coldMs)),
          ratio(median(d.coldMs), read),
        ],
        [
          'Node: createSpellChecker from strings, in process',
          count(d.buildMs.length),
          ms(median(d.buildMs)),
          ms(max(d.buildMs)),
          ratio(median(d.buildMs), read),
        ],
        ...(browser
          ? [
              [
                'Chromium: fetch the 4 files from 127.0.0.1',
                count(fetches.length),
                ms(median(fetches)),
                ms(max(fetches)),
                ratio(median(fetches), read),
              ],
              [
                'Chromium: createSpellChecker, fresh page',
                count(builds.length),
                ms(median(builds)),
                ms(max(builds)),
                ratio(median(builds), read),
              ],
            ]
          : []),
      ],
    ),
  );
  console.log(
    `  (In the fresh process, importing src/spelling/node-dictionaries.ts through tsx took ${ms(median(d.importMs))} more, median.)`,
  );

  const verdicts = result.node.verdicts;
  console.log(
    `\nReviewer: ${count(result.drafts)} drafts of ${words[0]}–${words.at(-1)} words (median ${median(words)}); ` +
      `${result.node.withSpelling} with spelling findings, ${result.node.withOther} with other findings; ` +
      `verdicts ${verdicts.ready} ready, ${verdicts.revise} revise, ${verdicts.hold} hold`,
  );
  console.log(
    `  Each call timed alone, after one untimed pass; ${result.passes} timed passes except "first sight" (1).`,
  );
  const stats = (samples: readonly number[]) => ({
    p50: percentile(samples, 50),
    p99: percentile(samples, 99),
    max: max(samples),
  });
  const [alex, writeGood] = result.others.map((tool) => ({ name: tool.name, ...stats(tool.ms) }));
  if (!alex || !writeGood) throw new Error('alex and write-good did not run.');
  const vs = (s: { p50: number; p99: number }, base: { p50: number; p99: number }) =>
    `${fine(s.p50, base.p50)} / ${fine(s.p99, base.p99)}`;
  const row = (label: string, samples: readonly number[]) => {
    const s = stats(samples);
    const over = samples.filter((sample) => sample >= reviewTargetMs).length;
    return [
      label,
      count(samples.length),
      ms(s.p50),
      ms(s.p99),
      ms(s.max),
      `${over}`,
      vs(s, alex),
      vs(s, writeGood),
    ];
  };
  const node = result.node;
  console.log(
    table(
      [
        '',
        'calls',
        'p50',
        'p99',
        'max',
        `≥ ${reviewTargetMs} ms`,
        'vs alex (p50 / p99)',
        'vs write-good',
      ],
      [
        row('baseline: alex (text), Node', result.others[0]?.ms ?? []),
        row('baseline: write-good, Node', result.others[1]?.ms ?? []),
        row('Node: reviewDraft, no spelling', node.plainMs),
        row('Node: reviewDraft + spelling, first sight', node.firstSightMs),
        row('Node: reviewDraft + spelling, warm', node.warmMs),
        ...(browser
          ? [
              row('Chromium: reviewDraft, no spelling', browser.timings.plainMs),
              row('Chromium: reviewDraft + spelling, first sight', browser.timings.firstSightMs),
              row('Chromium: reviewDraft + spelling, warm', browser.timings.warmMs),
            ]
          : []),
      ],
    ),
  );
  const warm = stats(node.warmMs);
  console.log(
    `  reviewDraft (spelling, warm) / alex: p50 ${fine(warm.p50, alex.p50)}, p99 ${fine(warm.p99, alex.p99)}; ` +
      `/ write-good: p50 ${fine(warm.p50, writeGood.p50)}, p99 ${fine(warm.p99, writeGood.p99)}.`,
  );
  const suggest = stats(result.suggestMs);
  console.log(
    `  First sight pays for suggestions: nspell suggest() on each of the ${count(result.suggestMs.length)} misspelled words, uncached: ` +
      `p50 ${ms(suggest.p50)}, p99 ${ms(suggest.p99)}, max ${ms(suggest.max)} (Node).`,
  );
  if (browser) {
    const chromeWarm = stats(browser.timings.warmMs);
    const chromeFirst = stats(browser.timings.firstSightMs);
    const isMet = chromeWarm.p99 < reviewTargetMs && chromeFirst.p99 < reviewTargetMs;
    console.log(
      `  Chromium ${browser.version} (bundle ${bytes(browser.bundleBytes)}, crossOriginIsolated ${browser.crossOriginIsolated}, ` +
        `so performance.now() is ${browser.crossOriginIsolated ? 'fine-grained' : 'coarse (100 µs)'}); ` +
        `Chromium / Node, warm: p50 ${ratio(chromeWarm.p50, warm.p50)}, p99 ${ratio(chromeWarm.p99, warm.p99)}.`,
    );
    console.log(
      `  Target p99 < ${reviewTargetMs} ms in Chromium: ${isMet ? 'met' : 'NOT met'} ` +
        `(warm ${ms(chromeWarm.p99)}, first sight ${ms(chromeFirst.p99)}; max ${ms(Math.max(chromeWarm.max, chromeFirst.max))}).`,
    );
  } else if (result.browser.status === 'skipped') {
    console.log(`  Chromium part skipped: ${result.browser.reason}.`);
  }

  console.log('\nReplies flagged (Rebound: verdict not ready; alex, write-good: any warning):');
  for (const f of result.fixtures) {
    console.log(
      `  ${f.file}: ` +
        f.tools.map((t) => `${t.name} ${t.bad}/${f.bad} bad, ${t.good}/${f.good} good`).join('; ') +
        '.',
    );
  }
  console.log(
    '  The reviewer is tuned on dev (npm run eval:review); holdout measures generalisation.',
  );
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      only: { type: 'string' },
      runs: { type: 'string' },
      requests: { type: 'string' },
      applications: { type: 'string' },
      drafts: { type: 'string' },
      messages: { type: 'string' },
    },
  });
  if (
    values.only !== undefined &&
    !['startup', 'api', 'compose', 'review', 'classify', 'mail', 'insights'].includes(values.only)
  ) {
    throw new Error(
      '--only must be "startup", "api", "compose", "review", "classify", "mail" or "insights".',
    );
  }
  const runs = positive('runs', values.runs, 10);
  const requests = positive('requests', values.requests, 50);
  const applications = positive('applications', values.applications, 10_000);
  const drafts = positive('drafts', values.drafts, 300);
  const messages = positive('messages', values.messages, 20_000);

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
  if (values.only === undefined || values.only === 'review') {
    reportReview(await benchReview(drafts));
  }
  if (values.only === undefined || values.only === 'classify') {
    reportClassify(benchClassify(root, 20));
  }
  if (values.only === undefined || values.only === 'mail') {
    ensureBuilt(root);
    reportMailImport(await benchMailImport(root, messages));
  }
  if (values.only === undefined || values.only === 'insights') {
    await benchInsights({ requests, single: 5_000, users: 1_000, perUser: 200 });
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
