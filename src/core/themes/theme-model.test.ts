import { describe, expect, it } from 'vitest';
import { findThemes } from './index.js';
import modelJson from './theme-model.json' with { type: 'json' };
import { themeTokens, type ThemeModel } from './theme-model.js';

const rulesOnly: ThemeModel = {
  labels: [],
  bias: [],
  weights: {},
  threshold: 1,
  alongsideThreshold: 1,
};
const themesOf = (text: string, model?: ThemeModel) =>
  findThemes(text, model).themes.map((t) => t.theme);

describe('the trained clause model behind the rules', () => {
  it('names the theme of criticism worded in a way no rule knows, quoting the clause', () => {
    const texts: [string, string][] = [
      [
        'Your answers kept going in circles and we struggled to pick out the point.',
        'communication',
      ],
      ["The interviewers said you couldn't get the query working.", 'technical_skills'],
    ];
    for (const [text, theme] of texts) {
      expect(themesOf(text, rulesOnly), text).toEqual(['other']);
      const report = findThemes(text);
      expect(
        report.themes.map((t) => t.theme),
        text,
      ).toEqual([theme]);
      const [finding] = report.themes;
      expect(finding && text.slice(finding.evidence.start, finding.evidence.end)).toBe(
        finding?.evidence.text,
      );
      // A model's guess is never as sure as a rule that named the words.
      expect(finding?.confidence).toBeLessThan(0.8);
    }
  });

  it('leaves praise, greetings and decisions alone', () => {
    for (const text of [
      'We loved how you reasoned about trade-offs.',
      'Thanks for coming in on Monday, it was lovely to meet you.',
      "Unfortunately the hiring freeze means we can't move forward with anyone this quarter.",
    ])
      expect(themesOf(text), text).toEqual(['other']);
  });

  it("lets a rule's theme count only with the model's support", () => {
    const trained = modelJson as ThemeModel;
    const text = 'Your SQL was not at the level we need for this role.';
    expect(themesOf(text, { ...trained, topicSupport: 0 })).toEqual(['technical_skills']);
    // No theme can reach a chance above 1, so every rule stands down.
    expect(themesOf(text, { ...trained, topicSupport: 1.01, threshold: 1.01 })).toEqual(['other']);
  });

  it('reads word forms and negations as one feature', () => {
    expect(themeTokens('structured')).toEqual(themeTokens('structure'));
    expect(themeTokens('organised')).toEqual(themeTokens('organized'));
    expect(themeTokens("couldn't explain")).toContain('not_explain');
  });
});
