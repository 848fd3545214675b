import type { FeedbackTheme } from './types.js';

/**
 * A softmax regression over the words and word pairs of one clause, trained on our dev
 * feedback (npm run train:themes). It is the second opinion for wording the cue rules have
 * not met: "struggled to reason about the trade-offs" names no cue, but its words look
 * like the skill criticism it learnt from. Label `none` means the clause carries no theme.
 */
export type ThemeModel = {
  labels: ('none' | Exclude<FeedbackTheme, 'other'>)[];
  bias: number[];
  /** token → one weight per label */
  weights: Record<string, number[]>;
  /** A clause takes a theme from the model when the model gives it at least this chance. */
  threshold: number;
  /**
   * The chance needed when the rules already found a theme elsewhere in the text: a second
   * theme is a bigger claim than naming the only one.
   */
  alongsideThreshold: number;
  /**
   * The chance the model must give a theme a rule found in a clause for it to count (see
   * find-themes.ts); absent or 0: every rule counts.
   */
  topicSupport?: number;
};

const stop = new Set(
  'the a an and or of to in for on at by with from is are was were be been being it its this that these those we you your our i us as have has had will would can could do does did me my they their them he she his her there which who what so'.split(
    ' ',
  ),
);

const negators = new Set(['not', 'no', 'never', 'without', 'lack']);

/**
 * A light stemmer: enough that "structured", "structure" and "structuring", or "answers"
 * and "answer", share one feature. Consistency matters here, not linguistic accuracy.
 */
export function stemLite(word: string): string {
  let w = word;
  if (w.length <= 3) return w;
  if (w.endsWith('ies') && w.length > 4) w = `${w.slice(0, -3)}y`;
  else if (w.endsWith('ing') && w.length > 5) w = w.slice(0, -3);
  else if (w.endsWith('ed') && w.length > 4) w = w.slice(0, -2);
  else if (w.endsWith('ly') && w.length > 4) w = w.slice(0, -2);
  else if (w.endsWith('s') && !/(ss|us|is)$/.test(w)) w = w.slice(0, -1);
  if (w.endsWith('e') && w.length > 3) w = w.slice(0, -1);
  // British and American spellings of the same word: organise/organize, behaviour/behavior.
  return w.replace(/is$/, 'iz').replace(/our$/, 'or');
}

/**
 * The features of a clause: stemmed words without the commonest ones, and adjacent pairs
 * with them ("hard to", "to follow", "not correct"), since the small words carry the
 * polarity. "Couldn't" becomes "could not", so every negation shares the word "not".
 */
export function themeTokens(clause: string): string[] {
  const words =
    clause
      .toLowerCase()
      .replace(/[‘’ʼ`´]/g, "'")
      .replace(/https?:\/\/\S+|\S+@\S+/g, ' ')
      .replace(/\b(ca|wo)n't\b/g, '$1 not')
      .replace(/n't\b/g, ' not')
      .replace(/'s\b/g, '')
      .match(/\p{L}[\p{L}']*|\d+/gu) ?? [];
  const stems = words
    .map((w) => w.replace(/'/g, ''))
    .map((w) => (/^\d+$/.test(w) ? '#' : stemLite(w)));
  const unigrams = stems.filter((w) => w.length > 1 && !stop.has(w));
  const pairs = stems.slice(1).map((w, i) => `${stems[i] ?? ''}_${w}`);
  // Words a negation reaches ("not very clear", "without any examples") read apart from
  // the same words praised.
  const negated: string[] = [];
  stems.forEach((w, i) => {
    if (!negators.has(w)) return;
    for (const next of stems.slice(i + 1, i + 4))
      if (next.length > 1 && !stop.has(next)) negated.push(`not:${next}`);
  });
  // The start of a long word links its forms the stemmer misses: "calculation", "calculating".
  const prefixes = words.filter((w) => w.length >= 7).map((w) => `~${w.slice(0, 5)}`);
  return [...new Set([...unigrams, ...pairs, ...negated, ...prefixes])];
}

/** Chance per label for one clause, most likely first. */
export function scoreClause(
  model: ThemeModel,
  clause: string,
  features: readonly string[] = [],
): { label: ThemeModel['labels'][number]; probability: number }[] {
  const scores = [...model.bias];
  for (const token of [...themeTokens(clause), ...features]) {
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

/** The themes the model is sure a clause carries (at most two: a clause rarely holds more). */
export function themesByModel(
  model: ThemeModel,
  clause: string,
  threshold = model.threshold,
  features: readonly string[] = [],
): { theme: Exclude<FeedbackTheme, 'other'>; probability: number }[] {
  const found: { theme: Exclude<FeedbackTheme, 'other'>; probability: number }[] = [];
  for (const { label, probability } of scoreClause(model, clause, features).slice(0, 2)) {
    if (label === 'none' || probability < threshold) continue;
    found.push({ theme: label, probability });
  }
  return found;
}
