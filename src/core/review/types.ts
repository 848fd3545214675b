import type { DraftKind, LinkedinAccount } from '../composer/types.js';

export const reviewCategories = [
  'anger_blame',
  'begging',
  'demanding_reasons',
  'comparison',
  'threat_public',
  'defensive',
  'self_deprecation',
  'passive_aggressive',
  'repeated_followup',
  'placeholder',
  'missing_elements',
  'length',
  'spelling',
] as const;
export type ReviewCategory = (typeof reviewCategories)[number];

export type Severity = 'error' | 'warning' | 'suggestion';
export type Verdict = 'ready' | 'revise' | 'hold';

export type Finding = {
  rule: string;
  category: ReviewCategory;
  severity: Severity;
  /** Why this matters, in plain words. */
  message: string;
  /** Offsets into the reviewed text: text.slice(start, end) is the excerpt. */
  start: number;
  end: number;
  excerpt: string;
  /** What to write instead. */
  suggestion?: string;
  /** When set, replacing the excerpt with this fixes the finding in one click. */
  replacement?: string;
};

export type Review = { verdict: Verdict; score: number; findings: Finding[] };

/** Checks words against a dictionary; the edges load one (nspell + dictionary-en). */
export type SpellChecker = {
  isCorrect(word: string): boolean;
  suggest(word: string): string[];
};

export type ReviewOptions = {
  kind?: DraftKind;
  linkedinAccount?: LinkedinAccount;
  /** A feedback follow-up after one was already sent. */
  isSecondFollowup?: boolean;
  /** Names, company, role and technical words that spelling must leave alone. */
  names?: readonly string[];
  spellChecker?: SpellChecker | null;
};

/** Categories whose findings mean "don't send this now", not just "polish it". */
export const holdCategories: ReadonlySet<ReviewCategory> = new Set([
  'anger_blame',
  'begging',
  'demanding_reasons',
  'comparison',
  'threat_public',
  'passive_aggressive',
  'repeated_followup',
]);
