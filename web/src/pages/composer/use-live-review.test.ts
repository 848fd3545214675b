import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { reviewDraft, type Finding } from '../../../../src/core/review/index.js';
import { segmentsOf } from './highlighted-textarea.js';
import { combineReviews, rebaseFindings } from './use-live-review.js';

const text = 'Hi Maya,\n\nThank you. This is so unfair!! I enjoyed it.\n\nBest regards,\nSam';
const findings = reviewDraft(text, { kind: 'reply' }).findings;
const excerpts = (list: Finding[], to: string) => list.map((f) => to.slice(f.start, f.end));

describe('rebaseFindings', () => {
  it('moves findings after an edit and keeps those before it', () => {
    const to = text.replace('Thank you.', 'Thank you so much.');
    const moved = rebaseFindings(findings, text, to);
    expect(excerpts(moved, to)).toEqual(['This is so unfair', '!!']);
    const typedAtEnd = `${text} Thanks again.`;
    expect(excerpts(rebaseFindings(findings, text, typedAtEnd), typedAtEnd)).toEqual([
      'This is so unfair',
      '!!',
    ]);
  });

  it('drops a finding the edit touches until the next review', () => {
    const to = text.replace('so unfair', 'so unfairly');
    expect(excerpts(rebaseFindings(findings, text, to), to)).toEqual(['!!']);
    const extended = text.replace('unfair!!', 'unfairs!!');
    expect(excerpts(rebaseFindings(findings, text, extended), extended)).toEqual(['!!']);
  });

  it('never points a kept finding at other words, whatever the edit', () => {
    fc.assert(
      fc.property(
        fc.nat(text.length),
        fc.nat(8),
        fc.string({ unit: fc.constantFrom('a', ' ', '!', '\n', 'é'), maxLength: 6 }),
        (at, removed, inserted) => {
          const to = text.slice(0, at) + inserted + text.slice(Math.min(text.length, at + removed));
          for (const f of rebaseFindings(findings, text, to)) {
            expect(to.slice(f.start, f.end)).toBe(f.excerpt);
          }
        },
      ),
    );
  });
});

describe('segmentsOf', () => {
  it('covers the text once, marking the most important finding where two overlap', () => {
    const base = { rule: 'r', category: 'anger_blame', message: '', excerpt: '' } as const;
    const overlapping: Finding[] = [
      { ...base, severity: 'warning', start: 0, end: 10 },
      { ...base, rule: 'e', severity: 'error', start: 5, end: 15 },
      { ...base, category: 'missing_elements', severity: 'warning', start: 20, end: 21 },
    ];
    const sample = 'abcdefghijklmnopqrstuvwxyz';
    const segments = segmentsOf(sample, overlapping);
    expect(segments.map((s) => sample.slice(s.start, s.end)).join('')).toBe(sample);
    expect(segments.map((s) => [s.start, s.end, s.finding?.severity ?? null])).toEqual([
      [0, 5, 'warning'],
      [5, 15, 'error'],
      [15, 26, null],
    ]);
  });
});

describe('combineReviews', () => {
  it('takes the stricter verdict and the subject’s findings off the score', () => {
    const subject = reviewDraft('Thanks from [Your Name]', {});
    expect(combineReviews({ verdict: 'ready', score: 100 }, subject)).toEqual({
      verdict: 'revise',
      score: 60,
    });
    expect(combineReviews({ verdict: 'hold', score: 20 }, subject)).toEqual({
      verdict: 'hold',
      score: 0,
    });
  });
});
