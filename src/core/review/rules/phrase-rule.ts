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

const scanners = new WeakMap<PhraseRule, RegExp[]>();

/**
 * The rule's patterns joined into one scan per set of flags, built once: one pass over the
 * text instead of one per pattern halves the reviewer's time, and it runs on every pause
 * in typing.
 */
function scannersOf(rule: PhraseRule): RegExp[] {
  let built = scanners.get(rule);
  if (!built) {
    const byFlags = new Map<string, string[]>();
    for (const pattern of rule.patterns) {
      const flags = [...new Set(`${pattern.flags.replace('g', '')}g`)].sort().join('');
      byFlags.set(flags, [...(byFlags.get(flags) ?? []), `(?:${pattern.source})`]);
    }
    built = [...byFlags].map(([flags, sources]) => new RegExp(sources.join('|'), flags));
    scanners.set(rule, built);
  }
  return built;
}

export function applyPhraseRule(
  rule: PhraseRule,
  text: string,
  original: string,
  kind: DraftKind | undefined,
): Finding[] {
  if (rule.kinds && (!kind || !rule.kinds.includes(kind))) return [];
  const findings: Finding[] = [];
  for (const scanner of scannersOf(rule)) {
    // Review is synchronous, so sharing the scanner's lastIndex is safe; it starts at 0.
    scanner.lastIndex = 0;
    for (let match = scanner.exec(text); match; match = scanner.exec(text)) {
      const start = match.index;
      const end = start + match[0].length;
      const sentence = sentenceAround(text, start, end);
      const isSkipped =
        match[0].trim() === '' ||
        (rule.isNegatable === true && isNegated(text, start)) ||
        rule.unless?.test(sentence) === true ||
        (rule.requires !== undefined && !rule.requires.test(sentence));
      // A skipped match may hide another wording starting just after it: look again from there.
      if (isSkipped) {
        scanner.lastIndex = start + 1;
        continue;
      }
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
