import { describe, expect, it } from 'vitest';
import holdoutText from '../../../fixtures/feedback/holdout.jsonl?raw';
import devText from '../../../fixtures/feedback/dev.jsonl?raw';
import { feedbackThemes, findThemes, isFeedbackTheme, type FeedbackTheme } from './index.js';

type Item = { id: string; text: string; themes: FeedbackTheme[] };

function itemsOf(jsonl: string): Item[] {
  return jsonl
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as Item);
}

function microF1(items: Item[]): number {
  let tp = 0,
    fp = 0,
    fn = 0;
  for (const item of items) {
    const found = new Set(findThemes(item.text).themes.map((t) => t.theme));
    for (const theme of feedbackThemes) {
      const isExpected = item.themes.includes(theme);
      if (isExpected && found.has(theme)) tp++;
      else if (isExpected) fn++;
      else if (found.has(theme)) fp++;
    }
  }
  return (2 * tp) / (2 * tp + fp + fn);
}

describe('the feedback theme corpus', () => {
  const dev = itemsOf(devText);
  const holdout = itemsOf(holdoutText);

  it('is large enough and labelled with known themes only', () => {
    expect(dev.length).toBeGreaterThanOrEqual(120);
    expect(holdout.length).toBeGreaterThanOrEqual(60);
    for (const item of [...dev, ...holdout]) {
      expect(item.themes.length, item.id).toBeGreaterThan(0);
      expect(item.themes.every(isFeedbackTheme), item.id).toBe(true);
      if (item.themes.includes('other')) expect(item.themes, item.id).toEqual(['other']);
    }
  });

  it('meets the 0.80 micro-F1 target on the holdout we never tuned on', () => {
    expect(microF1(holdout)).toBeGreaterThanOrEqual(0.8);
  });

  it('gives evidence that is exactly the quoted stretch of each text', () => {
    for (const item of [...dev, ...holdout]) {
      for (const { evidence } of findThemes(item.text).themes) {
        expect(item.text.slice(evidence.start, evidence.end), item.id).toBe(evidence.text);
        expect(evidence.text.trim(), item.id).not.toBe('');
      }
    }
  });
});
