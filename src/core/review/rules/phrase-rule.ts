import { globalPattern } from '../../text/global-pattern.js';
import type { DraftKind } from '../../composer/types.js';
import { isNegated } from '../negation.js';
import type { Finding, ReviewCategory, Severity } from '../types.js';

/** A rule that finds phrases: several wordings of one thing a reply should not do. */
export type PhraseRule = {
  id: string;
  category: ReviewCategory;
  severity: Severity;
  message: string;
  suggestion: string;
  patterns: RegExp[];
  /** "not unfair" is not anger: skip matches with a negator just before them. */
  isNegatable?: boolean;
  /** Only for these kinds of message. */
  kinds?: readonly DraftKind[];
  /** Skip when the sentence around the match also matches this (a known innocent use). */
  unless?: RegExp;
  /** Only when the sentence around the match also matches this. */
  requires?: RegExp;
  replacement?: string;
};

function sentenceAround(text: string, start: number, end: number): string {
  const from =
    Math.max(
      text.lastIndexOf('.', start - 1),
      text.lastIndexOf('!', start - 1),
      text.lastIndexOf('?', start - 1),
      text.lastIndexOf('\n', start - 1),
    ) + 1;
  const stops = ['.', '!', '?', '\n'].map((c) => text.indexOf(c, end)).filter((i) => i >= 0);
  return text.slice(from, stops.length > 0 ? Math.min(...stops) : text.length);
}

export function applyPhraseRule(
  rule: PhraseRule,
  text: string,
  original: string,
  kind: DraftKind | undefined,
): Finding[] {
  if (rule.kinds && (!kind || !rule.kinds.includes(kind))) return [];
  const findings: Finding[] = [];
  for (const pattern of rule.patterns) {
    const global = globalPattern(pattern);
    for (const match of text.matchAll(global)) {
      const start = match.index;
      const end = start + match[0].length;
      if (match[0].trim() === '') continue;
      if (rule.isNegatable && isNegated(text, start)) continue;
      const sentence = sentenceAround(text, start, end);
      if (rule.unless?.test(sentence)) continue;
      if (rule.requires && !rule.requires.test(sentence)) continue;
      findings.push({
        rule: rule.id,
        category: rule.category,
        severity: rule.severity,
        message: rule.message,
        start,
        end,
        excerpt: original.slice(start, end),
        suggestion: rule.suggestion,
        ...(rule.replacement !== undefined ? { replacement: rule.replacement } : {}),
      });
    }
  }
  return findings;
}
