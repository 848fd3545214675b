/**
 * Trains the classifier's naive Bayes fallback on our development corpora (dev.jsonl,
 * dev2.jsonl) and the documented training part of the public dataset (even ids, see
 * public-split.ts), never on holdout, blind or the public odd ids, which measure it. Writes
 * src/core/classify/bayes-model.json.
 * Run: npm run train:classify
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { newestPart } from '../src/core/classify/newest-part.js';
import { trainBayes } from '../src/core/classify/naive-bayes.js';
import { emailLabels, type EmailLabel } from '../src/core/classify/types.js';
import { htmlToText } from '../src/mail/html-text.js';
import { publicDataset, publicPart } from './public-split.js';

type Item = { id: string; subject?: string; text: string; html?: string; label: EmailLabel };

const read = (file: string): Item[] =>
  readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Item);

const items = [
  ...read('fixtures/emails/dev.jsonl'),
  ...read('fixtures/emails/dev2.jsonl'),
  ...(existsSync(publicDataset)
    ? read(publicDataset).filter((item) => publicPart(item.id) === 'train')
    : []),
];
const examples = items.map((item) => ({
  label: item.label,
  text: `${item.subject ?? ''}\n${newestPart(item.text || (item.html ? htmlToText(item.html) : ''))}`,
}));
const model = trainBayes(examples, emailLabels);
writeFileSync('src/core/classify/bayes-model.json', `${JSON.stringify(model)}\n`);
console.log(
  `Trained on ${examples.length} emails; ${Object.keys(model.likelihoods).length} tokens.`,
);
