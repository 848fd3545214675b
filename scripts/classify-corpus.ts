/**
 * The email corpora as the classifier's scripts read them (train-classifier.ts,
 * eval-classify.ts): one JSON object a line, in fixtures/emails/ or the public dataset.
 */
import { existsSync, readFileSync } from 'node:fs';
import { modelText, readableText } from '../src/core/classify/classify.js';
import { trainBayes, type BayesModel } from '../src/core/classify/naive-bayes.js';
import { emailLabels, type EmailLabel, type EmployerEmail } from '../src/core/classify/types.js';
import { htmlToText } from '../src/mail/html-text.js';
import { publicDataset } from './public-split.js';

export type CorpusItem = {
  id: string;
  subject?: string;
  from?: string;
  text: string;
  html?: string;
  label: EmailLabel;
  stage?: string | null;
  stageStated?: boolean | null;
  reapplyInvited?: boolean | null;
  /** The public dataset's name for reapplyInvited. */
  invites_reapply?: boolean;
  note?: string;
};

/** Our development corpora: the model trains on these, the rules were written on them. */
export const devCorpora = [
  'fixtures/emails/dev.jsonl',
  'fixtures/emails/dev2.jsonl',
  'fixtures/emails/dev3.jsonl',
];

export function readCorpus(file: string): CorpusItem[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as CorpusItem);
}

/** Every dev corpus there is (a fresh checkout may lack the newest). */
export function readDevCorpora(): CorpusItem[] {
  return devCorpora.filter((file) => existsSync(file)).flatMap(readCorpus);
}

/** The public dataset, or nothing when ../shared is not beside the checkout. */
export function readPublic(): CorpusItem[] {
  return existsSync(publicDataset) ? readCorpus(publicDataset) : [];
}

/** Items whose label the dataset itself calls debatable: scored apart, never trained on. */
export const isAmbiguous = (item: CorpusItem): boolean => /AMBIGUOUS/.test(item.note ?? '');

export function asEmail(item: CorpusItem): EmployerEmail {
  return {
    subject: item.subject ?? '',
    from: item.from ?? '',
    body: item.text || (item.html ? htmlToText(item.html) : ''),
  };
}

/** The fallback model trained on these items, on the same text the classifier reads. */
export function trainOn(items: readonly CorpusItem[]): BayesModel<EmailLabel> {
  const examples = items.map((item) => ({
    label: item.label,
    text: modelText(readableText(asEmail(item)).text),
  }));
  return trainBayes(examples, emailLabels);
}
