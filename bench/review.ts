/**
 * The reviewer bench: dictionary load, reviewDraft per ~200-word draft in Node and in
 * Chromium, and alex and write-good on the same drafts. See docs/benchmarks.md.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { text as alexText } from 'alex';
import { chromium } from 'playwright-core';
import { build } from 'vite';
import { composeDraft, draftKinds, type DraftKind } from '../src/core/composer/index.js';
import { reviewDraft, type ReviewCategory, type SpellChecker } from '../src/core/review/index.js';
import type { LinkedinAccount } from '../src/core/composer/index.js';
import { createSpellChecker } from '../src/spelling/spell-checker.js';
import { loadSpellChecker } from '../src/spelling/node-dictionaries.js';
import { makeContexts } from './compose.js';
import {
  measureReviews,
  type BenchDraft,
  type BenchWindow,
  type ReviewTimings,
} from './review-browser/measure.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const devFixture = 'fixtures/replies/dev.jsonl';
/** The reviewer is tuned on dev; holdout shows how far that carries to unseen replies. */
const holdoutFixture = 'fixtures/replies/holdout.jsonl';
export const chromiumPath = '/usr/bin/chromium';
const chromiumArgs = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
const dictionaryFiles = {
  'en-us/index.aff': join(root, 'node_modules', 'dictionary-en', 'index.aff'),
  'en-us/index.dic': join(root, 'node_modules', 'dictionary-en', 'index.dic'),
  'en-gb/index.aff': join(root, 'node_modules', 'dictionary-en-gb', 'index.aff'),
  'en-gb/index.dic': join(root, 'node_modules', 'dictionary-en-gb', 'index.dic'),
} as const;

type WriteGood = (text: string) => { index: number; offset: number; reason: string }[];
const writeGood = createRequire(import.meta.url)('write-good') as WriteGood;

type FixtureReply = {
  id: string;
  kind: DraftKind;
  text: string;
  expected: 'good' | 'bad';
  categories: ReviewCategory[];
  context?: { isSecondFollowup?: boolean; linkedinAccount?: LinkedinAccount; names?: string[] };
};

export function readFixture(file = devFixture): FixtureReply[] {
  return readFileSync(join(root, file), 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as FixtureReply);
}

/** A small seeded generator so every run measures the same drafts. */
function generator(seed: number) {
  let state = seed;
  const next = () => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state / 2_147_483_648;
  };
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T;
  return { next, pick };
}

const wordCount = (text: string) => text.split(/\s+/).filter(Boolean).length;

/** The paragraphs between the greeting and the sign-off. */
function bodyParagraphs(text: string): string[] {
  return text
    .split(/\n\s*\n/)
    .slice(1, -1)
    .map((p) => p.replace(/\s+/g, ' ').trim())
    .filter((p) => wordCount(p) >= 8 && !/@|https?:|www\./.test(p));
}

type Piece = { text: string; names: string[] };

const toneCategories: ReadonlySet<ReviewCategory> = new Set([
  'anger_blame',
  'begging',
  'demanding_reasons',
  'comparison',
  'threat_public',
  'defensive',
  'self_deprecation',
  'passive_aggressive',
]);

/** Sentences from the good replies (padding) and paragraphs from the bad ones (mistakes). */
function fixturePieces(replies: readonly FixtureReply[]): { sentences: Piece[]; bad: Piece[] } {
  const sentences: Piece[] = [];
  const bad: Piece[] = [];
  for (const reply of replies) {
    const names = reply.context?.names ?? [];
    const paragraphs = bodyParagraphs(reply.text);
    if (reply.expected === 'good') {
      for (const paragraph of paragraphs) {
        for (const sentence of paragraph.split(/(?<=[.!?])\s+(?=[A-Z])/)) {
          const words = wordCount(sentence);
          if (words >= 6 && words <= 40) sentences.push({ text: sentence, names });
        }
      }
    } else if (reply.categories.some((c) => toneCategories.has(c))) {
      for (const paragraph of paragraphs) {
        if (wordCount(paragraph) <= 80) bad.push({ text: paragraph, names });
      }
    }
  }
  return { sentences, bad };
}

/** Swaps, drops or doubles a letter inside a word: the typos people actually make. */
function typo(word: string, r: number): string {
  const at = 1 + Math.floor(r * (word.length - 3));
  const kind = Math.floor(r * 1000) % 3;
  if (kind === 0)
    return word.slice(0, at) + (word[at + 1] ?? '') + (word[at] ?? '') + word.slice(at + 2);
  if (kind === 1) return word.slice(0, at) + word.slice(at + 1);
  return word.slice(0, at) + (word[at] ?? '') + word.slice(at);
}

function addTypos(text: string, count: number, g: ReturnType<typeof generator>): string {
  let result = text;
  for (let i = 0; i < count; i++) {
    const words = [...result.matchAll(/(?<![\p{L}@/.])[a-z]{5,}(?![\p{L}@/.:])/gu)];
    const match = g.pick(words);
    const changed = typo(match[0], g.next());
    if (changed === match[0]) continue;
    result = result.slice(0, match.index) + changed + result.slice(match.index + match[0].length);
  }
  return result;
}

/**
 * About 200 words each: a composed email (every kind but the LinkedIn note, which is
 * capped at 300 characters), padded before the sign-off with sentences from the good
 * replies of the dev fixture. Every third draft gets one to three typos, every fifth a
 * regrettable paragraph from a bad reply.
 */
export function makeReviewDrafts(count: number): BenchDraft[] {
  const { sentences, bad } = fixturePieces(readFixture());
  const kinds = draftKinds.filter((kind) => kind !== 'linkedin');
  const g = generator(2024);
  return makeContexts(count).map((context, i) => {
    const kind = kinds[i % kinds.length] as DraftKind;
    const body = composeDraft(kind, context).body;
    const names = [context.recipientName, context.company, context.role, context.senderName].filter(
      (n): n is string => typeof n === 'string',
    );
    const added: string[] = [];
    let words = wordCount(body);
    if (i % 5 === 0) {
      const piece = g.pick(bad);
      added.push(piece.text);
      names.push(...piece.names);
      words += wordCount(piece.text);
    }
    const target = 185 + Math.floor(g.next() * 30);
    let paragraph: string[] = [];
    for (let attempt = 0; attempt < 200 && words < target; attempt++) {
      const piece = g.pick(sentences);
      const n = wordCount(piece.text);
      if (words + n > target + 15) continue;
      paragraph.push(piece.text);
      names.push(...piece.names);
      words += n;
      if (paragraph.length === 3) {
        added.push(paragraph.join(' '));
        paragraph = [];
      }
    }
    if (paragraph.length > 0) added.push(paragraph.join(' '));
    const cut = body.lastIndexOf('\n\n');
    const clean =
      cut < 0
        ? [body, ...added].join('\n\n')
        : [body.slice(0, cut), ...added, body.slice(cut + 2)].join('\n\n');
    const text = i % 3 === 0 ? addTypos(clean, 1 + ((i / 3) % 3), g) : clean;
    return {
      kind,
      linkedinAccount: context.linkedinAccount ?? 'free',
      text,
      clean,
      names: [...new Set(names)],
    };
  });
}

export type DictionaryLoad = {
  /** Fresh process: fs.readFile of the four dictionary files. */
  readMs: number[];
  /** Fresh process: importing src/spelling/node-dictionaries.ts (through tsx). */
  importMs: number[];
  /** Fresh process: `await loadSpellChecker()` (package import, file read, nspell build). */
  coldMs: number[];
  /** In this process: createSpellChecker from the four files already read as strings. */
  buildMs: number[];
  bytes: number;
  /** The last checker built from strings; its suggestion cache is still empty. */
  checker: SpellChecker;
};

function childTiming(code: string): Record<string, number> {
  const child = spawnSync(
    process.execPath,
    ['--import', 'tsx', '--input-type=module', '-e', code],
    { cwd: root, encoding: 'utf8' },
  );
  const lastLine = child.stdout.trim().split('\n').at(-1) ?? '';
  if (child.status !== 0 || !lastLine.startsWith('{')) {
    throw new Error(`Dictionary load child failed: ${child.stderr || child.stdout}`);
  }
  return JSON.parse(lastLine) as Record<string, number>;
}

export function benchDictionaryLoad(runs: number, builds: number): DictionaryLoad {
  const paths = Object.values(dictionaryFiles);
  const moduleUrl = pathToFileURL(join(root, 'src', 'spelling', 'node-dictionaries.ts')).href;
  const readCode = `
    const { readFile } = await import('node:fs/promises');
    const t0 = performance.now();
    await Promise.all(${JSON.stringify(paths)}.map((p) => readFile(p)));
    console.log(JSON.stringify({ readMs: performance.now() - t0 }));`;
  const loadCode = `
    const t0 = performance.now();
    const { loadSpellChecker } = await import(${JSON.stringify(moduleUrl)});
    const t1 = performance.now();
    const checker = await loadSpellChecker();
    const t2 = performance.now();
    if (!checker.isCorrect('graceful')) throw new Error('dictionary not loaded');
    console.log(JSON.stringify({ importMs: t1 - t0, coldMs: t2 - t1 }));`;
  const readMs: number[] = [];
  const importMs: number[] = [];
  const coldMs: number[] = [];
  for (let run = 0; run < runs; run++) {
    readMs.push(childTiming(readCode).readMs ?? NaN);
    const load = childTiming(loadCode);
    importMs.push(load.importMs ?? NaN);
    coldMs.push(load.coldMs ?? NaN);
  }
  const [usAff, usDic, gbAff, gbDic] = paths.map((p) => readFileSync(p, 'utf8'));
  const buildMs: number[] = [];
  let checker: SpellChecker | undefined;
  for (let run = 0; run < builds; run++) {
    const t0 = performance.now();
    checker = createSpellChecker(
      { aff: usAff ?? '', dic: usDic ?? '' },
      { aff: gbAff ?? '', dic: gbDic ?? '' },
    );
    buildMs.push(performance.now() - t0);
    if (!checker.isCorrect('graceful')) throw new Error('Dictionary not loaded.');
  }
  if (!checker) throw new Error('No dictionary builds.');
  const bytes = paths.reduce((sum, p) => sum + readFileSync(p).length, 0);
  return { readMs, importMs, coldMs, buildMs, bytes, checker };
}

export type OtherTool = { name: string; ms: number[] };

/** alex (plain text) and write-good on the same drafts: one untimed pass, then `passes`. */
export function benchOtherTools(drafts: readonly BenchDraft[], passes: number): OtherTool[] {
  const tools: { name: string; run: (text: string) => number }[] = [
    { name: 'alex', run: (text) => alexText(text).messages.length },
    { name: 'write-good', run: (text) => writeGood(text).length },
  ];
  let sink = 0;
  return tools.map(({ name, run }) => {
    for (const draft of drafts) sink += run(draft.text);
    const ms: number[] = [];
    for (let pass = 0; pass < passes; pass++) {
      for (const draft of drafts) {
        const t0 = performance.now();
        sink += run(draft.text);
        ms.push(performance.now() - t0);
      }
    }
    if (sink < 0) throw new Error('unreachable');
    return { name, ms };
  });
}

export type FixtureFlags = {
  file: string;
  good: number;
  bad: number;
  /** How many replies of each kind each tool flags: Rebound = verdict not ready; the others = any warning. */
  tools: { name: string; good: number; bad: number }[];
};

export async function benchFixtureFlags(file: string): Promise<FixtureFlags> {
  const replies = readFixture(file);
  const spellChecker = await loadSpellChecker();
  const flaggers: { name: string; flags: (reply: FixtureReply) => boolean }[] = [
    {
      name: 'Rebound reviewDraft',
      flags: (reply) =>
        reviewDraft(reply.text, { kind: reply.kind, spellChecker, ...reply.context }).verdict !==
        'ready',
    },
    { name: 'alex', flags: (reply) => alexText(reply.text).messages.length > 0 },
    { name: 'write-good', flags: (reply) => writeGood(reply.text).length > 0 },
  ];
  return {
    file,
    good: replies.filter((r) => r.expected === 'good').length,
    bad: replies.filter((r) => r.expected === 'bad').length,
    tools: flaggers.map(({ name, flags }) => ({
      name,
      good: replies.filter((r) => r.expected === 'good' && flags(r)).length,
      bad: replies.filter((r) => r.expected === 'bad' && flags(r)).length,
    })),
  };
}

export type BrowserResult =
  | { status: 'skipped'; reason: string }
  | {
      status: 'ran';
      version: string;
      crossOriginIsolated: boolean;
      bundleBytes: number;
      /** One fresh page per load: fetch of the four files from 127.0.0.1, then createSpellChecker. */
      loads: { fetchMs: number; buildMs: number }[];
      timings: ReviewTimings;
    };

/** Bundles entry.ts with Vite (as the web app is built) into `dir`; returns the script. */
async function bundleEntry(dir: string): Promise<string> {
  await build({
    configFile: false,
    logLevel: 'warn',
    build: {
      outDir: dir,
      emptyOutDir: true,
      lib: {
        entry: join(root, 'bench', 'review-browser', 'entry.ts'),
        formats: ['es'],
        fileName: () => 'entry.js',
      },
      minify: true,
      reportCompressedSize: false,
    },
  });
  return readFileSync(join(dir, 'entry.js'), 'utf8');
}

/** Serves the page, the bundle and the dictionaries; cross-origin isolated for fine timers. */
function serve(script: string): Promise<{ server: Server; url: string }> {
  const html =
    '<!doctype html><meta charset="utf-8"><title>reviewer bench</title><script type="module" src="/entry.js"></script>';
  const server = createServer((request, response) => {
    const path = request.url ?? '/';
    const headers = {
      'Cache-Control': 'no-store',
      'Cross-Origin-Opener-Policy': 'same-origin',
      'Cross-Origin-Embedder-Policy': 'require-corp',
    };
    const dictionary = path.startsWith('/dictionaries/')
      ? dictionaryFiles[path.slice('/dictionaries/'.length) as keyof typeof dictionaryFiles]
      : undefined;
    if (path === '/') {
      response.writeHead(200, { ...headers, 'Content-Type': 'text/html; charset=utf-8' });
      response.end(html);
    } else if (path === '/entry.js') {
      response.writeHead(200, { ...headers, 'Content-Type': 'text/javascript; charset=utf-8' });
      response.end(script);
    } else if (dictionary) {
      response.writeHead(200, { ...headers, 'Content-Type': 'text/plain; charset=utf-8' });
      response.end(readFileSync(dictionary));
    } else {
      response.writeHead(404, headers);
      response.end();
    }
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      if (address === null || typeof address === 'string') {
        reject(new Error('No port.'));
        return;
      }
      resolve({ server, url: `http://127.0.0.1:${address.port}/` });
    });
  });
}

export async function benchBrowser(
  drafts: readonly BenchDraft[],
  passes: number,
  loads: number,
): Promise<BrowserResult> {
  if (!existsSync(chromiumPath)) {
    return {
      status: 'skipped',
      reason: `no Chromium at ${chromiumPath} (apt-get install chromium)`,
    };
  }
  const dir = mkdtempSync(join(tmpdir(), 'rebound-review-bench-'));
  let served: { server: Server; url: string } | undefined;
  const browser = await chromium
    .launch({ executablePath: chromiumPath, args: chromiumArgs })
    .catch((error: unknown) => error as Error);
  try {
    if (browser instanceof Error) {
      return { status: 'skipped', reason: `Chromium did not start: ${browser.message}` };
    }
    const script = await bundleEntry(dir);
    served = await serve(script);
    const url = served.url;
    const openPage = async () => {
      const page = await browser.newPage();
      await page.goto(url);
      await page.waitForFunction(() => (window as BenchWindow).reviewBench !== undefined);
      return page;
    };
    const loadTimes: ({ fetchMs: number; buildMs: number } | undefined)[] = [];
    // Each load on a fresh page, as on a page load; the reviews run on the last one.
    for (let i = 0; i < loads - 1; i++) {
      const page = await openPage();
      loadTimes.push(await page.evaluate(() => (window as BenchWindow).reviewBench?.load()));
      await page.close();
    }
    const page = await openPage();
    loadTimes.push(await page.evaluate(() => (window as BenchWindow).reviewBench?.load()));
    const info = await page.evaluate(() => (window as BenchWindow).reviewBench?.info());
    const timings = await page.evaluate(
      (input) => (window as BenchWindow).reviewBench?.run(input.drafts, input.passes),
      { drafts: [...drafts], passes },
    );
    const loaded = loadTimes.filter((l) => l !== undefined);
    if (!timings || !info || loaded.length !== loadTimes.length) {
      throw new Error('The bench page did not load.');
    }
    return {
      status: 'ran',
      version: browser.version(),
      crossOriginIsolated: info.crossOriginIsolated,
      bundleBytes: Buffer.byteLength(script),
      loads: loaded.map((l) => ({ fetchMs: l.fetchMs, buildMs: l.buildMs })),
      timings,
    };
  } finally {
    if (!(browser instanceof Error)) await browser.close();
    const server = served?.server;
    if (server) await new Promise((resolve) => server.close(resolve));
    rmSync(dir, { recursive: true, force: true });
  }
}

/** nspell's suggest() for each misspelled word of the drafts, on a checker that has not seen it. */
function benchSuggest(
  drafts: readonly BenchDraft[],
  known: SpellChecker,
  fresh: SpellChecker,
): number[] {
  const words = new Set(
    drafts.flatMap((draft) =>
      reviewDraft(draft.text, { kind: draft.kind, names: draft.names, spellChecker: known })
        .findings.filter((f) => f.category === 'spelling')
        .map((f) => f.excerpt),
    ),
  );
  return [...words].map((word) => {
    const t0 = performance.now();
    fresh.suggest(word);
    return performance.now() - t0;
  });
}

export type ReviewResult = {
  drafts: number;
  words: number[];
  passes: number;
  dictionaries: Omit<DictionaryLoad, 'checker'>;
  suggestMs: number[];
  node: ReviewTimings;
  others: OtherTool[];
  fixtures: FixtureFlags[];
  browser: BrowserResult;
};

export async function benchReview(count: number, passes = 3): Promise<ReviewResult> {
  const drafts = makeReviewDrafts(count);
  const spellChecker = await loadSpellChecker();
  // Reviews first: the dictionary builds below leave garbage whose collection would land
  // in the timed calls.
  const node = measureReviews(drafts, spellChecker, passes);
  const others = benchOtherTools(drafts, passes);
  const { checker: fresh, ...dictionaries } = benchDictionaryLoad(5, 5);
  const suggestMs = benchSuggest(drafts, spellChecker, fresh);
  const fixtures = [await benchFixtureFlags(devFixture), await benchFixtureFlags(holdoutFixture)];
  const browser = await benchBrowser(drafts, passes, 3);
  return {
    drafts: drafts.length,
    words: drafts.map((d) => wordCount(d.text)),
    passes,
    dictionaries,
    suggestMs,
    node,
    others,
    fixtures,
    browser,
  };
}
