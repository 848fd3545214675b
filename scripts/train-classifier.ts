/**
 * Trains the classifier's naive Bayes fallback on our dev corpus only (never holdout, blind
 * or the public dataset, which measure it) and writes src/core/classify/bayes-model.json.
 * Run: npm run train:classify
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { newestPart } from '../src/core/classify/newest-part.js';
import { trainBayes } from '../src/core/classify/naive-bayes.js';
import { emailLabels, type EmailLabel } from '../src/core/classify/types.js';
import { htmlToText } from '../src/mail/html-text.js';

type Item = { subject: string; text: string; html?: string; label: EmailLabel };
const items = readFileSync('fixtures/emails/dev.jsonl', 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l) as Item);
const examples = items.map((item) => ({
  label: item.label,
  text: `${item.subject}\n${newestPart(item.text || (item.html ? htmlToText(item.html) : ''))}`,
}));
const model = trainBayes(examples, emailLabels);
writeFileSync('src/core/classify/bayes-model.json', `${JSON.stringify(model)}\n`);
console.log(
  `Trained on ${examples.length} emails; ${Object.keys(model.likelihoods).length} tokens.`,
);
