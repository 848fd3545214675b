/**
 * How well the classifier labels employer email: `npm run eval:classify` prints, for our
 * dev, dev2 and holdout corpora, the blind corpus and the public dataset, a confusion matrix,
 * per-label precision/recall, rejection F1, accuracy and stage accuracy.
 *
 * The public dataset is split by id (see publicPart in public-split.ts): even ids are a
 * development part we may read and train on, odd ids are held out and only measured.
 * --verbose lists misses, and only for development corpora (dev*, the public even part):
 * holdout, blind and the public odd part are for measuring.
 */
import { existsSync, readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { classifyEmail } from '../src/core/classify/classify.js';
import { emailLabels, type EmailLabel } from '../src/core/classify/types.js';
import { htmlToText } from '../src/mail/html-text.js';
import { publicDataset, publicPart } from './public-split.js';

type Item = {
  id: string;
  subject?: string;
  from?: string;
  text: string;
  html?: string;
  label: EmailLabel;
  stage?: string | null;
  stageStated?: boolean | null;
  reapplyInvited?: boolean | null;
  invites_reapply?: boolean;
  note?: string;
};

const { values } = parseArgs({
  options: { verbose: { type: 'boolean' }, file: { type: 'string', multiple: true } },
});
const files = values.file ?? [
  'fixtures/emails/dev.jsonl',
  'fixtures/emails/dev2.jsonl',
  'fixtures/emails/holdout.jsonl',
  'fixtures/blind/emails.jsonl',
  ...(existsSync(publicDataset) ? [publicDataset] : []),
];
const pct = (n: number, d: number) =>
  d === 0 ? '    —' : `${((100 * n) / d).toFixed(1).padStart(5)}%`;

function printMatrix(matrix: Map<EmailLabel, Map<EmailLabel, number>>): void {
  console.log(
    `${'expected \\ got'.padEnd(22)}${emailLabels.map((l) => l.slice(0, 10).padStart(11)).join('')}`,
  );
  for (const [expected, row] of matrix) {
    console.log(
      `${expected.padEnd(22)}${emailLabels.map((l) => String(row.get(l) ?? 0).padStart(11)).join('')}`,
    );
  }
  console.log('label                  precision  recall   F1');
  for (const label of emailLabels) {
    const tp = matrix.get(label)?.get(label) ?? 0;
    const predicted = emailLabels.reduce((sum, e) => sum + (matrix.get(e)?.get(label) ?? 0), 0);
    const actual = [...(matrix.get(label)?.values() ?? [])].reduce((a, b) => a + b, 0);
    const p = predicted ? tp / predicted : 0,
      r = actual ? tp / actual : 0;
    const f1 = p + r ? (2 * p * r) / (p + r) : 0;
    console.log(
      `${label.padEnd(22)} ${pct(tp, predicted)}    ${pct(tp, actual)}  ${f1.toFixed(3)}`,
    );
  }
}

function evaluate(name: string, items: Item[], mayShowMisses: boolean): void {
  const matrix = new Map(emailLabels.map((l) => [l, new Map(emailLabels.map((m) => [m, 0]))]));
  let correct = 0,
    stageTotal = 0,
    stageRight = 0,
    reapplyTotal = 0,
    reapplyRight = 0;
  const misses: string[] = [];
  for (const item of items) {
    const body = item.text || (item.html ? htmlToText(item.html) : '');
    const result = classifyEmail({ subject: item.subject ?? '', from: item.from ?? '', body });
    matrix.get(item.label)?.set(result.label, (matrix.get(item.label)?.get(result.label) ?? 0) + 1);
    if (result.label === item.label) correct++;
    else
      misses.push(
        `${item.id} ${item.label}→${result.label} [${result.cues.join('; ')}] ${body.replace(/\s+/g, ' ').slice(0, 120)}`,
      );
    // Our corpora mark whether the text names the stage; the public set only labels a stage
    // (never "stated"), so there every stage other than unknown counts.
    const stated =
      item.stageStated ??
      (item.stage !== undefined && item.stage !== null && item.stage !== 'unknown');
    if (item.label === 'rejection' && stated && result.label === 'rejection') {
      stageTotal++;
      if (result.stage === item.stage) stageRight++;
      else
        misses.push(
          `${item.id} stage ${item.stage ?? '?'}→${result.stage ?? '?'}: ${body.replace(/\s+/g, ' ').slice(0, 100)}`,
        );
    }
    const expectedReapply = item.reapplyInvited ?? item.invites_reapply;
    if (
      item.label === 'rejection' &&
      result.label === 'rejection' &&
      typeof expectedReapply === 'boolean'
    ) {
      reapplyTotal++;
      if (result.reapplyInvited === expectedReapply) reapplyRight++;
    }
  }
  console.log(`\n${name}: ${items.length} emails`);
  printMatrix(matrix);
  console.log(
    `accuracy ${pct(correct, items.length)} (target ≥ 90%); stage right for ${pct(stageRight, stageTotal)} of ${stageTotal} rejections that state it (target ≥ 80%); reapply right ${pct(reapplyRight, reapplyTotal)}`,
  );
  if (values.verbose && mayShowMisses) for (const miss of misses) console.log(`  ${miss}`);
}

const isAmbiguous = (i: Item) => /AMBIGUOUS/.test(i.note ?? '');

for (const file of files) {
  const items = readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Item);
  if (file === publicDataset) {
    for (const part of ['train', 'test'] as const) {
      const own = items.filter((i) => publicPart(i.id) === part);
      const title = part === 'train' ? 'even ids, trained on' : 'odd ids, held out';
      evaluate(
        `public dataset, ${title} (clear labels)`,
        own.filter((i) => !isAmbiguous(i)),
        part === 'train',
      );
      evaluate(
        `public dataset, ${title} (AMBIGUOUS, scored apart)`,
        own.filter(isAmbiguous),
        part === 'train',
      );
    }
  } else {
    // Only our development corpora may show their misses.
    evaluate(file, items, /\/dev\d*\.jsonl$/.test(file));
  }
}
