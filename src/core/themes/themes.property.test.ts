import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { feedbackThemes, findThemes } from './index.js';

const words = [
  'your',
  'communication',
  'was',
  'not',
  'excellent',
  'but',
  'no concerns about',
  'CV',
  'nervous',
  'portfolio',
  'more experience',
  ',',
  '.',
  '\n',
  'Strengths:',
  'Areas of concern:',
  '—',
  'Łódź',
  '李',
  '🙂',
];

const feedbackLike = fc.oneof(
  fc.string({ maxLength: 300 }),
  fc.string({ unit: 'grapheme', maxLength: 300 }),
  fc.array(fc.constantFrom(...words), { maxLength: 60 }).map((parts) => parts.join(' ')),
);

describe('findThemes on any input', () => {
  it('never throws, and every finding is a known theme with evidence inside the text', () => {
    fc.assert(
      fc.property(feedbackLike, (text) => {
        const report = findThemes(text);
        for (const finding of report.themes) {
          expect(feedbackThemes).toContain(finding.theme);
          expect(finding.evidence.start).toBeGreaterThanOrEqual(0);
          expect(finding.evidence.end).toBeLessThanOrEqual(text.length);
          expect(text.slice(finding.evidence.start, finding.evidence.end)).toBe(
            finding.evidence.text,
          );
          expect(finding.confidence).toBeGreaterThan(0);
          expect(finding.confidence).toBeLessThanOrEqual(1);
        }
        const themes = report.themes.map((t) => t.theme);
        expect(new Set(themes).size).toBe(themes.length);
        if (themes.includes('other')) expect(themes).toEqual(['other']);
      }),
    );
  });

  it('finds nothing in text without words', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom(' ', '\n', '.', '!', '-', '1', '🙂') }),
        (text) => {
          expect(findThemes(text).themes).toEqual([]);
        },
      ),
    );
  });
});
