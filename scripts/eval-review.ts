/**
 * Precision and recall of the reviewer over our reply corpus: `npm run eval:review`
 * (add --verbose to list every miss). Tune on dev, dev2 and dev3; holdout measures
 * generalisation. --verbose never lists the blind set's misses: it is read only in aggregate.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { reviewCategories, reviewDraft, type ReviewCategory } from '../src/core/review/index.js';
import type { DraftKind, LinkedinAccount } from '../src/core/composer/types.js';
import { loadSpellChecker } from '../src/spelling/node-dictionaries.js';

type Item = {
  id: string;
  kind: DraftKind;
  text: string;
  expected: 'good' | 'bad';
  categories: ReviewCategory[];
  context?: { isSecondFollowup?: boolean; linkedinAccount?: LinkedinAccount; names?: string[] };
};

const { values } = parseArgs({
  options: { verbose: { type: 'boolean' }, file: { type: 'string', multiple: true } },
});
// blind.jsonl was written apart and is never tuned against: it estimates unseen text.
const files = values.file ?? [
  'fixtures/replies/dev.jsonl',
  'fixtures/replies/dev2.jsonl',
  'fixtures/replies/dev3.jsonl',
  'fixtures/replies/holdout.jsonl',
  'fixtures/blind/replies.jsonl',
];
const spellChecker = await loadSpellChecker();
const pct = (n: number, d: number) =>
  d === 0 ? '   —  ' : `${((100 * n) / d).toFixed(1).padStart(5)}%`;

for (const file of files) {
  const items = readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Item);
  const perCategory = new Map(reviewCategories.map((c) => [c, { tp: 0, fp: 0, fn: 0 }]));
  let goodReady = 0,
    good = 0,
    badCaught = 0,
    bad = 0,
    badHeld = 0;
  const misses: string[] = [];
  for (const item of items) {
    const review = reviewDraft(item.text, { kind: item.kind, spellChecker, ...item.context });
    const found = new Set(review.findings.map((f) => f.category));
    for (const category of reviewCategories) {
      const stats = perCategory.get(category);
      if (!stats) continue;
      const isExpected = item.categories.includes(category);
      if (isExpected && found.has(category)) stats.tp++;
      else if (isExpected) stats.fn++;
      else if (found.has(category)) stats.fp++;
    }
    if (item.expected === 'good') {
      good++;
      if (review.verdict === 'ready') goodReady++;
      else
        misses.push(
          `GOOD→${review.verdict} ${item.id} [${review.findings.map((f) => `${f.rule}:"${f.excerpt.slice(0, 40)}"`).join(', ')}]`,
        );
    } else {
      bad++;
      if (review.verdict !== 'ready') badCaught++;
      if (review.verdict === 'hold') badHeld++;
      if (review.verdict === 'ready')
        misses.push(
          `BAD→ready ${item.id} (${item.categories.join(',')}): ${item.text.replace(/\s+/g, ' ').slice(0, 140)}`,
        );
    }
  }
  console.log(`\n${file}: ${items.length} replies (${good} good, ${bad} bad)`);
  console.log('category             precision  recall   tp  fp  fn');
  let tp = 0,
    fp = 0,
    fn = 0;
  for (const [category, s] of perCategory) {
    tp += s.tp;
    fp += s.fp;
    fn += s.fn;
    console.log(
      `${category.padEnd(20)} ${pct(s.tp, s.tp + s.fp)}    ${pct(s.tp, s.tp + s.fn)}  ${String(s.tp).padStart(3)} ${String(s.fp).padStart(3)} ${String(s.fn).padStart(3)}`,
    );
  }
  console.log(
    `${'all categories'.padEnd(20)} ${pct(tp, tp + fp)}    ${pct(tp, tp + fn)}  ${String(tp).padStart(3)} ${String(fp).padStart(3)} ${String(fn).padStart(3)}`,
  );
  console.log(`good replies that come out ready:   ${pct(goodReady, good)} (target ≥ 90%)`);
  console.log(
    `bad replies that do not come out ready: ${pct(badCaught, bad)} (target ≥ 90%; held: ${pct(badHeld, bad)})`,
  );
  if (values.verbose && !file.includes('/blind/'))
    for (const miss of misses) console.log(`  ${miss}`);
}
