/**
 * Trains the classifier's naive Bayes fallback on our development corpora (dev*.jsonl) and
 * every clear-labelled email of the public dataset, and writes
 * src/core/classify/bayes-model.json. Never trains on holdout or blind, which measure it,
 * nor on the public items marked AMBIGUOUS. The public number that `npm run eval:classify`
 * reports is cross-validated (each fold scored by a model trained without it), not this
 * model's.
 * Run: npm run train:classify
 */
import { writeFileSync } from 'node:fs';
import { isAmbiguous, readDevCorpora, readPublic, trainOn } from './classify-corpus.js';

const ours = readDevCorpora();
const publicItems = readPublic().filter((item) => !isAmbiguous(item));
const model = trainOn([...ours, ...publicItems]);
writeFileSync('src/core/classify/bayes-model.json', `${JSON.stringify(model)}\n`);
console.log(
  `Trained on ${ours.length} of our emails and ${publicItems.length} public ones; ${Object.keys(model.likelihoods).length} tokens.`,
);
