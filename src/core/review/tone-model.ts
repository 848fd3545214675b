import { tokenize } from '../classify/naive-bayes.js';
import { sentencesOf } from './text-units.js';
import type { Finding, ReviewCategory } from './types.js';

/**
 * A softmax regression over words and word pairs, one sentence at a time. Unlike naive
 * Bayes it is not pulled towards the small classes by long sentences, so a plainly kind
 * sentence is not mistaken for a sour one just because it has many words.
 */
export type ToneModel = {
  labels: string[];
  bias: number[];
  /** token → one weight per label */
  weights: Record<string, number[]>;
  /** A sentence becomes a finding when the chance that it is not kind reaches this. */
  threshold: number;
};

/**
 * The words a sentence is judged by: capitalised words inside it are names of people,
 * companies and places, which say nothing about tone and would only be memorised.
 */
export function toneTokens(sentence: string): string[] {
  const withoutNames = sentence.replace(
    /(?<=[\p{L},;:'"] +)(?!I\b|I'[a-z]+\b)\p{Lu}[\p{L}'-]*/gu,
    ' ',
  );
  const tokens = tokenize(withoutNames);
  // Word stems too ("frustrat" for frustrating, frustrated…): wording the corpus has not met
  // still shares a stem with wording it has.
  const stems = tokens
    .filter((t) => !t.includes('_') && t.length > 6)
    .map((t) => `~${t.slice(0, 6)}`);
  return [...new Set([...tokens, ...stems])];
}

/** Chance per label for one sentence, most likely first. */
export function scoreTone(
  model: ToneModel,
  sentence: string,
): { label: string; probability: number }[] {
  const scores = [...model.bias];
  for (const token of toneTokens(sentence)) {
    const row = model.weights[token];
    if (!row) continue;
    for (let i = 0; i < scores.length; i++) scores[i] = (scores[i] ?? 0) + (row[i] ?? 0);
  }
  const max = Math.max(...scores);
  const exp = scores.map((s) => Math.exp(s - max));
  const sum = exp.reduce((a, b) => a + b, 0);
  return model.labels
    .map((label, i) => ({ label, probability: (exp[i] ?? 0) / sum }))
    .sort((a, b) => b.probability - a.probability);
}

/** The chance that a sentence is anything but kind, and the likeliest way it is not. */
export function unkindness(
  model: ToneModel,
  sentence: string,
): { probability: number; label: string | undefined } {
  const ranked = scoreTone(model, sentence);
  const good = ranked.find((r) => r.label === 'good')?.probability ?? 1;
  return { probability: 1 - good, label: ranked.find((r) => r.label !== 'good')?.label };
}

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

/** Sentences shorter than this are greetings, sign-offs and "Thank you."; too little to judge. */
export const minToneWords = 5;

/**
 * A second opinion for wording the phrase rules have not met: a model trained on our
 * reply corpus scores each sentence, and a sentence it is sure about becomes a finding.
 * It only ever asks for a second look; holding a message stays with the explicit rules.
 */
export function findToneByModel(text: string, model: ToneModel): Finding[] {
  const findings: Finding[] = [];
  for (const sentence of sentencesOf(text)) {
    if (sentence.text.split(/\s+/).length < minToneWords) continue;
    const { probability, label } = unkindness(model, sentence.text);
    if (probability < model.threshold || !label) continue;
    const category = label as ReviewCategory;
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
