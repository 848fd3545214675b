/**
 * Precision, recall and F1 of the feedback theme finder per theme and overall (micro-F1):
 * `npm run eval:themes` (add --verbose to list the misses on dev, --confusion for counts of
 * which theme was mistaken for which, and what named it, on every corpus). Tune on dev only;
 * holdout measures how well that generalises, and fixtures/blind/ (written apart) is
 * printed as aggregate numbers only, never item by item.
 */
import { existsSync, readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { feedbackThemes, findThemes, type FeedbackTheme } from '../src/core/themes/index.js';
import { themeSources } from '../src/core/themes/find-themes.js';

type Item = { id: string; text: string; themes: FeedbackTheme[] };
type Counts = { tp: number; fp: number; fn: number };

const target = 0.8;
const { values } = parseArgs({
  options: {
    verbose: { type: 'boolean' },
    confusion: { type: 'boolean' },
    file: { type: 'string', multiple: true },
  },
});
const files = values.file ?? [
  'fixtures/feedback/dev.jsonl',
  'fixtures/feedback/dev2.jsonl',
  'fixtures/feedback/dev3.jsonl',
  'fixtures/feedback/dev4.jsonl',
  'fixtures/feedback/dev5.jsonl',
  'fixtures/feedback/dev6.jsonl',
  'fixtures/feedback/dev7.jsonl',
  'fixtures/feedback/dev8.jsonl',
  'fixtures/feedback/dev9.jsonl',
  'fixtures/feedback/holdout.jsonl',
  'fixtures/blind/feedback.jsonl',
  'fixtures/blind/feedback2.jsonl',
];

const pct = (n: number, d: number) =>
  d === 0 ? '   —  ' : `${((100 * n) / d).toFixed(1).padStart(5)}%`;
const f1 = ({ tp, fp, fn }: Counts) => (tp === 0 ? 0 : (2 * tp) / (2 * tp + fp + fn));
const row = (name: string, s: Counts) =>
  `${name.padEnd(30)} ${pct(s.tp, s.tp + s.fp)}    ${pct(s.tp, s.tp + s.fn)}  ${pct(2 * s.tp, 2 * s.tp + s.fp + s.fn)}  ${[s.tp, s.fp, s.fn].map((n) => String(n).padStart(3)).join(' ')}`;

for (const file of files) {
  if (!existsSync(file)) continue;
  // Only our own dev corpus may be listed item by item.
  const mayShowItems = file.includes('/feedback/dev');
  const items = readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Item);
  const perTheme = new Map(feedbackThemes.map((t) => [t, { tp: 0, fp: 0, fn: 0 }]));
  const misses: string[] = [];
  // Aggregate only: which gold theme a wrong guess sat beside, and what named it.
  const confusion = new Map<string, number>();
  const bump = (key: string) => confusion.set(key, (confusion.get(key) ?? 0) + 1);
  for (const item of items) {
    const found = new Set(findThemes(item.text).themes.map((t) => t.theme));
    const sources = themeSources(item.text);
    for (const theme of found) {
      if (item.themes.includes(theme)) continue;
      for (const gold of item.themes) bump(`gold ${gold}, also predicted ${theme}`);
      for (const source of new Set(sources.get(theme) ?? ['none']))
        bump(`false ${theme} named by ${source}`);
    }
    for (const gold of item.themes) {
      if (found.has(gold)) continue;
      for (const theme of found) bump(`gold ${gold} missed, predicted ${theme}`);
    }
    for (const theme of feedbackThemes) {
      const counts = perTheme.get(theme);
      if (!counts) continue;
      const isExpected = item.themes.includes(theme);
      if (isExpected && found.has(theme)) counts.tp++;
      else if (isExpected) counts.fn++;
      else if (found.has(theme)) counts.fp++;
    }
    const expected = [...item.themes].sort().join(',');
    const got = [...found].sort().join(',');
    if (expected !== got)
      misses.push(
        `${item.id} expected [${expected}] got [${got}]: ${item.text.replace(/\s+/g, ' ').slice(0, 160)}`,
      );
  }
  const all = { tp: 0, fp: 0, fn: 0 };
  console.log(`\n${file}: ${items.length} feedback texts`);
  console.log(`${'theme'.padEnd(30)} precision  recall   F1       tp  fp  fn`);
  for (const [theme, counts] of perTheme) {
    all.tp += counts.tp;
    all.fp += counts.fp;
    all.fn += counts.fn;
    console.log(row(theme, counts));
  }
  console.log(row('all themes (micro)', all));
  const micro = f1(all);
  console.log(
    `micro-F1 ${(100 * micro).toFixed(1)}% — target ≥ ${100 * target}%: ${micro >= target ? 'met' : 'NOT met'}`,
  );
  if (values.verbose && mayShowItems) for (const miss of misses) console.log(`  ${miss}`);
  if (values.confusion)
    for (const [key, n] of [...confusion].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])))
      console.log(`  ${key}: ${n}`);
}
