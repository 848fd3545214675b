import { predictBayes, type BayesModel } from '../classify/naive-bayes.js';
import { sentencesOf } from './text-units.js';
import type { Finding, ReviewCategory } from './types.js';

const messages: Partial<Record<ReviewCategory, string>> = {
  anger_blame:
    'This sentence reads as upset with them. Even one such line is what they will remember.',
  begging: 'This sentence reads as pleading. A calm, brief note leaves a stronger impression.',
  demanding_reasons:
    'This sentence reads as asking them to justify the decision; many cannot, and it can feel like a challenge.',
  comparison:
    'This sentence seems to compare you with the person they chose, which cannot change the outcome.',
  threat_public:
    'This sentence reads as a warning about going public, which ends the relationship.',
  defensive: 'This sentence reads as arguing with their view; they are unlikely to share more.',
  self_deprecation: 'This sentence puts you down; it is not what you want them to remember.',
  passive_aggressive: 'This sentence may read as sarcastic, even if you mean it lightly.',
};

/**
 * A second opinion for wording the phrase rules have not met: a model trained on our
 * reply corpus scores each sentence, and a sentence it is very sure about becomes a finding.
 * It only ever asks for a second look; holding a message stays with the explicit rules.
 */
const threshold = 0.95;

export function findToneByModel(text: string, model: BayesModel): Finding[] {
  const findings: Finding[] = [];
  for (const sentence of sentencesOf(text)) {
    if (sentence.text.split(/\s+/).length < 5) continue;
    const ranked = predictBayes(model, sentence.text);
    const good = ranked.find((r) => r.label === 'good')?.probability ?? 1;
    const worst = ranked.find((r) => r.label !== 'good');
    if (!worst || 1 - good < threshold) continue;
    const category = worst.label as ReviewCategory;
    const message = messages[category];
    if (!message) continue;
    findings.push({
      rule: 'tone-model',
      category,
      severity: 'warning',
      message,
      start: sentence.start,
      end: sentence.end,
      excerpt: sentence.text,
      suggestion:
        'Read it once more as they would. If it says more than thanks and good wishes, soften it or leave it out.',
    });
  }
  return findings;
}
