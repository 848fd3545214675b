/**
 * Trains the reviewer's sentence-level tone model on our development replies (dev and dev2;
 * never holdout or blind, which measure it): npm run train:tone.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { trainBayes } from '../src/core/classify/naive-bayes.js';
import { composeDraft, draftKinds, tones as composerTones } from '../src/core/composer/index.js';
import { sentencesOf } from '../src/core/review/text-units.js';
import { stages } from '../src/core/stages.js';

const tones = [
  'anger_blame',
  'begging',
  'demanding_reasons',
  'comparison',
  'threat_public',
  'defensive',
  'self_deprecation',
  'passive_aggressive',
] as const;
type ToneLabel = 'good' | (typeof tones)[number];
type Item = { text: string; expected: 'good' | 'bad'; categories: string[] };

const files = ['fixtures/replies/dev.jsonl', 'fixtures/replies/dev2.jsonl'].filter((f) =>
  existsSync(f),
);
const examples: { text: string; label: ToneLabel }[] = [];
for (const file of files) {
  for (const line of readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())) {
    const item = JSON.parse(line) as Item;
    const tone = tones.find((t) => item.categories.includes(t));
    if (item.expected === 'bad' && !tone) continue;
    for (const sentence of sentencesOf(item.text)) {
      examples.push({
        text: sentence.text,
        label: item.expected === 'good' ? 'good' : (tone ?? 'good'),
      });
    }
  }
}
// The composer's own drafts are good replies by definition: learn their sentences as good.
for (const kind of draftKinds) {
  for (const tone of composerTones) {
    for (const stage of stages) {
      for (let seed = 0; seed < 6; seed++) {
        const draft = composeDraft(kind, {
          company: 'Lumen Health',
          role: 'Data Analyst',
          stage,
          tone,
          seed,
          wantsFeedback: seed % 2 === 0,
          futureInterest: seed % 3 !== 0,
        });
        for (const sentence of sentencesOf(draft.body))
          examples.push({ text: sentence.text, label: 'good' });
      }
    }
  }
}
// Composed drafts repeat sentences; count each distinct sentence once so no class is swamped.
const seen = new Set<string>();
const distinct = examples.filter((e) => {
  const key = `${e.label}\u0001${e.text.toLowerCase()}`;
  if (seen.has(key)) return false;
  seen.add(key);
  return true;
});
examples.length = 0;
examples.push(...distinct);
const model = trainBayes<ToneLabel>(examples, ['good', ...tones]);
writeFileSync('src/core/review/tone-model.json', `${JSON.stringify(model)}\n`);
console.log(
  `Trained on ${examples.length} sentences from ${files.join(', ')}; ${Object.keys(model.likelihoods).length} tokens.`,
);
