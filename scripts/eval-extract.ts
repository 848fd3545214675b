/**
 * How well `extractParties` finds the company, role and contact name in employer email:
 * `npx tsx scripts/eval-extract.ts [file...]` prints exact-match accuracy per field
 * (case-insensitive, trimmed; null against null counts as right). --verbose lists the misses:
 * use it on dev only, holdout is for measuring.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { extractParties, type Parties } from '../src/core/classify/extract.js';
import { htmlToText } from '../src/mail/html-text.js';

type Item = {
  id: string;
  subject?: string;
  from?: string;
  text: string;
  html?: string;
  company: string | null;
  role: string | null;
  contactName: string | null;
};

const fields = ['company', 'role', 'contactName'] as const satisfies readonly (keyof Parties)[];

const { values, positionals } = parseArgs({
  options: { verbose: { type: 'boolean' } },
  allowPositionals: true,
});
const files = positionals.length
  ? positionals
  : ['fixtures/emails/dev.jsonl', 'fixtures/emails/holdout.jsonl'];

const norm = (v: string | null | undefined): string | null => {
  const t = (v ?? '').trim().toLowerCase();
  return t ? t : null;
};
const pct = (n: number, d: number) =>
  d === 0 ? '    —' : `${((100 * n) / d).toFixed(1).padStart(5)}%`;

for (const file of files) {
  const items = readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Item);
  const right = { company: 0, role: 0, contactName: 0 };
  const misses: string[] = [];
  for (const item of items) {
    const body = item.text || (item.html ? htmlToText(item.html) : '');
    const got = extractParties({ subject: item.subject ?? '', from: item.from ?? '', body });
    for (const field of fields) {
      if (norm(got[field]) === norm(item[field])) right[field]++;
      else
        misses.push(
          `${item.id} ${field.padEnd(11)} expected ${JSON.stringify(item[field])}, got ${JSON.stringify(got[field])}`,
        );
    }
  }
  console.log(`\n${file}: ${items.length} emails`);
  for (const field of fields) {
    console.log(
      `  ${field.padEnd(12)} ${pct(right[field], items.length)}  (${right[field]}/${items.length})`,
    );
  }
  if (values.verbose && misses.length) {
    console.log(`\n  misses:`);
    for (const m of misses.sort()) console.log(`  ${m}`);
  }
}
