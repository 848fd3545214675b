import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { parseMboxInWorker as ParseMboxInWorker } from '../src/mail/parse-mbox-in-worker.js';
import PostalMime from 'postal-mime';
import { classifyEmail } from '../src/core/classify/classify.js';
import type { MailImportReport } from '../src/core/tracker/index.js';
import { parseMessage } from '../src/mail/parse-message.js';
import { readMbox } from '../src/mail/read-mbox.js';
import { writeSampleMbox, type SampleMboxOptions } from '../src/mail/sample-mbox.test-helpers.js';
import { openStore } from '../src/store/open-store.js';
import { builtCli } from './build.js';
import { bytes, count, ms, ratio, table } from './stats.js';

/** The mailbox: ordinary mail with employer emails among it, attachments and long threads. */
export const sampleMailbox = (count: number): SampleMboxOptions => ({
  count,
  seed: 7,
  employerShare: 0.2,
  attachment: { every: 10, bytes: 60_000 },
  big: { every: 50, bytes: 150_000 },
  withoutMessageIdShare: 0.02,
});

export type MailImportBenchResult = {
  messages: number;
  fileBytes: number;
  generateMs: number;
  /** readMbox + PostalMime.parse of every message, in this process: the floor. */
  parseOnlyMs: number;
  /** The import's parsing thread alone (read, parse, classify, hand over), nothing stored. */
  readingThreadMs: number;
  /** The built CLI, `rebound import mbox FILE --json`, spawn → exit, on an initialised data dir. */
  importMs: number;
  /** The same command's peak resident set (VmHWM), in bytes. */
  importPeakRss: number;
  /** `rebound list --json` on the same kind of data dir: the cost of starting and opening. */
  startupMs: number;
  startupPeakRss: number;
  /** classifyEmail alone over the parsed messages' subject, sender and text. */
  classifyMs: number;
  classified: number;
  report: MailImportReport;
};

function peakRss(pid: number): number {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = /VmHWM:\s+(\d+) kB/.exec(status)?.[1];
    return kb ? Number(kb) * 1024 : 0;
  } catch {
    return 0;
  }
}

/** Runs the built CLI; polls its peak memory (VmHWM only grows) until it exits. */
function runCli(
  root: string,
  dataDir: string,
  args: string[],
): Promise<{ ms: number; peakRss: number; stdout: string }> {
  return new Promise((resolve, reject) => {
    const env: NodeJS.ProcessEnv = { ...process.env, REBOUND_DATA_DIR: dataDir };
    delete env.DATABASE_URL;
    const started = performance.now();
    const child = spawn(process.execPath, [join(root, builtCli), ...args], {
      cwd: root,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let peak = 0;
    const timer = setInterval(() => {
      if (child.pid) peak = Math.max(peak, peakRss(child.pid));
    }, 20);
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('exit', (code) => {
      clearInterval(timer);
      const ms = performance.now() - started;
      if (code !== 0) reject(new Error(`rebound ${args.join(' ')} exited ${code}: ${stderr}`));
      else resolve({ ms, peakRss: peak, stdout });
    });
  });
}

async function parseOnly(path: string): Promise<{ ms: number; count: number }> {
  const started = performance.now();
  let count = 0;
  for await (const message of readMbox(path)) {
    if (!('raw' in message)) continue;
    await PostalMime.parse(message.raw, { attachmentEncoding: 'arraybuffer' });
    count++;
  }
  return { ms: performance.now() - started, count };
}

/** The built parsing thread, as the import runs it, with nothing stored behind it. */
async function readingThreadOnly(root: string, path: string): Promise<number> {
  const built = join(root, 'dist', 'src', 'mail', 'parse-mbox-in-worker.js');
  const { parseMboxInWorker } = (await import(pathToFileURL(built).href)) as {
    parseMboxInWorker: typeof ParseMboxInWorker;
  };
  const started = performance.now();
  const items = parseMboxInWorker(path);
  while (!(await items.next()).done);
  return performance.now() - started;
}

async function classifyOnly(path: string, limit: number): Promise<{ ms: number; count: number }> {
  const emails: { subject: string; from: string; body: string }[] = [];
  for await (const message of readMbox(path)) {
    if (!('raw' in message)) continue;
    const parsed = await parseMessage(message.raw);
    emails.push({ subject: parsed.subject, from: parsed.from, body: parsed.text });
    if (emails.length >= limit) break;
  }
  const started = performance.now();
  for (const email of emails) classifyEmail(email);
  return { ms: performance.now() - started, count: emails.length };
}

/** A data directory whose database exists, as a returning user's would. */
async function initialisedDataDir(): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'rebound-bench-mail-data-'));
  const opened = await openStore({ kind: 'embedded', dataDir: dir });
  await opened.close();
  return dir;
}

export async function benchMailImport(root: string, count: number): Promise<MailImportBenchResult> {
  const work = mkdtempSync(join(tmpdir(), 'rebound-bench-mail-'));
  const dirs: string[] = [work];
  try {
    const mbox = join(work, 'inbox.mbox');
    const generating = performance.now();
    await writeSampleMbox(mbox, sampleMailbox(count));
    const generateMs = performance.now() - generating;
    const fileBytes = statSync(mbox).size;

    const floor = await parseOnly(mbox);
    const readingThreadMs = await readingThreadOnly(root, mbox);
    const classified = await classifyOnly(mbox, 5000);

    const startupDir = await initialisedDataDir();
    dirs.push(startupDir);
    const startup = await runCli(root, startupDir, ['list', '--json']);
    const importDir = await initialisedDataDir();
    dirs.push(importDir);
    const run = await runCli(root, importDir, ['import', 'mbox', mbox, '--json']);
    return {
      messages: floor.count,
      fileBytes,
      generateMs,
      parseOnlyMs: floor.ms,
      readingThreadMs,
      importMs: run.ms,
      importPeakRss: run.peakRss,
      startupMs: startup.ms,
      startupPeakRss: startup.peakRss,
      classifyMs: classified.ms,
      classified: classified.count,
      report: JSON.parse(run.stdout) as MailImportReport,
    };
  } finally {
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  }
}

export function reportMailImport(result: MailImportBenchResult): void {
  const perSecond = (n: number, took: number) => Math.round((n / took) * 1000);
  const withoutStart = result.importMs - result.startupMs;
  const imported = perSecond(result.messages, result.importMs);
  console.log(
    `\nMail import: ${count(result.messages)} messages, ${bytes(result.fileBytes)} mbox (generated in ${ms(result.generateMs)})`,
  );
  console.log(
    table(
      ['', 'time', 'messages/s', 'peak RSS', 'ratio (time)'],
      [
        [
          'floor: readMbox + PostalMime.parse, in process',
          ms(result.parseOnlyMs),
          count(perSecond(result.messages, result.parseOnlyMs)),
          '—',
          '1.0×',
        ],
        [
          "the import's parsing thread alone (read, parse, classify)",
          ms(result.readingThreadMs),
          count(perSecond(result.messages, result.readingThreadMs)),
          '—',
          ratio(result.readingThreadMs, result.parseOnlyMs),
        ],
        [
          'rebound import mbox FILE (built CLI, spawn → exit)',
          ms(result.importMs),
          count(imported),
          bytes(result.importPeakRss),
          ratio(result.importMs, result.parseOnlyMs),
        ],
        [
          'baseline: rebound list (start + open the database)',
          ms(result.startupMs),
          '—',
          bytes(result.startupPeakRss),
          '—',
        ],
        [
          'import minus that start',
          ms(withoutStart),
          count(perSecond(result.messages, withoutStart)),
          '—',
          ratio(withoutStart, result.parseOnlyMs),
        ],
      ],
    ),
  );
  const r = result.report;
  console.log(
    `  Report: ${count(r.read)} read, ${count(r.skipped)} not from employers, employer ${JSON.stringify(r.employerByLabel)}, ` +
      `${count(r.applicationsCreated)} applications created, ${count(r.applicationsUpdated)} updated, ${count(r.needsReview)} for review, ${count(r.unparsableCount ?? 0)} unreadable.`,
  );
  console.log(
    `  Classification alone (classifyEmail): ${count(result.classified)} emails in ${ms(result.classifyMs)}, ${count(perSecond(result.classified, result.classifyMs))} emails/s.`,
  );
  const isMet = imported >= 1000 && result.importPeakRss < 400 * 1024 * 1024;
  console.log(
    `  Target ≥ 1,000 messages/s and < 400 MB: ${isMet ? 'met' : 'NOT met'} (${count(imported)}/s, ${bytes(result.importPeakRss)}).`,
  );
}
