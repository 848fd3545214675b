/**
 * Classification throughput: emails per second through the classifier (label, stage,
 * reapply) and through everything `rebound classify` does per email (plus company, role and
 * contact), beside a floor in the same run: one case-insensitive regular expression of
 * rejection words tested on the same texts. Reads our corpora and the public dataset; HTML
 * is turned into text once, before timing, as the mail edge does on import. The blind corpus
 * is not read.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { classifyEmail } from '../src/core/classify/classify.js';
import { extractParties } from '../src/core/classify/extract.js';
import { newestPart } from '../src/core/classify/newest-part.js';
import type { EmployerEmail } from '../src/core/classify/types.js';
import { htmlToText } from '../src/mail/html-text.js';

const corpora = [
  'fixtures/emails/dev.jsonl',
  'fixtures/emails/dev2.jsonl',
  'fixtures/emails/holdout.jsonl',
  '../shared/datasets/public-job-emails.jsonl',
];

type Line = { subject?: string; from?: string; text: string; html?: string };

function loadEmails(root: string): { emails: EmployerEmail[]; files: string[] } {
  const files = corpora.filter((file) => existsSync(join(root, file)));
  const emails = files.flatMap((file) =>
    readFileSync(join(root, file), 'utf8')
      .split('\n')
      .filter((line) => line.trim())
      .map((line) => JSON.parse(line) as Line)
      .map((item) => ({
        subject: item.subject ?? '',
        from: item.from ?? '',
        body: item.text || (item.html ? htmlToText(item.html) : ''),
      })),
  );
  if (emails.length === 0) throw new Error('No email corpora found under fixtures/emails.');
  return { emails, files };
}

/** The floor: what any filter that looks for rejection words costs at least. */
const rejectionWords =
  /unfortunately|regret|not (be )?moving forward|other candidates|not been selected|unsuccessful/i;

export type ClassifyResult = {
  files: string[];
  emails: number;
  rounds: number;
  bytes: number;
  baselineMs: number;
  classifyMs: number;
  fullMs: number;
  /** Per-email times of the full classification, for the slowest emails. */
  perEmailMs: number[];
};

function timeRounds(rounds: number, emails: EmployerEmail[], run: (e: EmployerEmail) => number) {
  let sink = 0;
  const t0 = performance.now();
  for (let r = 0; r < rounds; r++) for (const email of emails) sink += run(email);
  return { ms: performance.now() - t0, sink };
}

export function benchClassify(root: string, rounds: number): ClassifyResult {
  const { emails, files } = loadEmails(root);
  const baseline = (e: EmployerEmail) => (rejectionWords.test(`${e.subject}\n${e.body}`) ? 1 : 0);
  const classify = (e: EmployerEmail) => classifyEmail(e).cues.length;
  const full = (e: EmployerEmail) => {
    const parties = extractParties({ ...e, body: newestPart(e.body) });
    return classifyEmail(e).cues.length + (parties.company ? 1 : 0);
  };
  // One warm-up round each, so the JIT has seen every path before timing.
  for (const run of [baseline, classify, full]) timeRounds(1, emails, run);
  const base = timeRounds(rounds, emails, baseline);
  const ruled = timeRounds(rounds, emails, classify);
  const whole = timeRounds(rounds, emails, full);
  const perEmailMs = emails.map((email) => {
    const t0 = performance.now();
    full(email);
    return performance.now() - t0;
  });
  if (ruled.sink + whole.sink + base.sink === 0) throw new Error('Nothing was classified.');
  return {
    files,
    emails: emails.length,
    rounds,
    bytes: emails.reduce((sum, e) => sum + e.subject.length + e.body.length, 0),
    baselineMs: base.ms,
    classifyMs: ruled.ms,
    fullMs: whole.ms,
    perEmailMs,
  };
}
