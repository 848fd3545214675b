import { describe, expect, it } from 'vitest';
import { applyPhraseRule, type PhraseRule } from './rules/phrase-rule.js';
import toneModel from './tone-model.json' with { type: 'json' };
import { findToneByModel, toneTokens, type ToneModel } from './tone-model.js';

const model = toneModel satisfies ToneModel;

describe('the tone model', () => {
  it('ignores names, companies and places, but keeps "I"', () => {
    const tokens = toneTokens('Thanks, I met Marek and Zoë at Kestrel Labs.');
    expect(tokens).toContain('met');
    expect(tokens.some((t) => /marek|zoë|kestrel|labs/.test(t))).toBe(false);
    expect(toneTokens('I wish I had asked more.')).toContain('wish');
  });

  it('leaves long, plainly kind sentences alone', () => {
    const text = [
      'Lunch with the treasury team was great fun, and I learned a lot about how they forecast.',
      'Walking through the restored stables with your curator was the highlight of my week.',
      'I wish the whole team every success with the new office, and I hope we meet again.',
    ].join(' ');
    expect(findToneByModel(text, model)).toEqual([]);
  });

  it('asks for a second look at a sour sentence no rule was written for', () => {
    const findings = findToneByModel(
      'Thanks for nothing, honestly, after three rounds and a take-home that nobody read.',
      model,
    );
    expect(findings.map((f) => f.rule)).toEqual(['tone-model']);
    expect(findings[0]?.severity).toBe('warning');
  });
});

describe('a phrase rule scanning once for all its wordings', () => {
  const rule: PhraseRule = {
    id: 'test-unfair',
    category: 'anger_blame',
    severity: 'error',
    message: 'm',
    suggestion: 's',
    patterns: [/\bunfair\b/i, /\bbiased\b/i],
    isNegatable: true,
  };

  it('still finds a later match after skipping a negated one', () => {
    const text = 'It was not unfair to me. The panel was biased, and the test was unfair.';
    const found = applyPhraseRule(rule, text, text, 'reply').map((f) => f.excerpt);
    expect(found).toEqual(['biased', 'unfair']);
  });

  it('gives the same findings on every call', () => {
    const text = 'Unfair. Biased. Unfair again.';
    const first = applyPhraseRule(rule, text, text, 'reply');
    expect(applyPhraseRule(rule, text, text, 'reply')).toEqual(first);
    expect(first).toHaveLength(3);
  });
});
