import type { Cue } from './cue.js';
import { otherCues } from './other-cues.js';
import { rejectionCues } from './rejection-cues.js';
import { replyCues } from './reply-cues.js';

export type { Cue } from './cue.js';

export const cues: readonly Cue[] = [...rejectionCues, ...replyCues, ...otherCues];

// "If you are not selected, you will not hear from us" and "candidates who are unsuccessful
// will be told": a conditional or a rule about everyone is not a decision about you. "When
// reviewing…" and "once we had compared…" tell when a decision was made, not a condition.
const conditional =
  /\b(if|should|unless|in case|in the case|in the event|whether|otherwise|assume|(once|when)(?!\s+(\w+ing|we\s+\w+ed|we\s+(had|met|spoke|saw|went|took|made|got))\b))\b[^.?!\n]*$|\b(candidates|applicants|those|anyone|people)\s+(who|that|whose)\b[^.?!\n]*$|\b(successful|unsuccessful|shortlisted|selected)\s+(candidates|applicants)\b[^.?!\n]*$/i;

const negator = /\b(not|n't|unable|no longer|never|won't|cannot)\b[^,;]*$/i;

export function clauseBefore(text: string, index: number, reach: number): string {
  return (
    text
      .slice(Math.max(0, index - reach), index)
      .split(/[.!?\n;]/)
      .at(-1) ?? ''
  );
}

// "We can't move everyone forward", "we cannot interview every applicant": a rule about
// everyone who applied, not a decision about you.
const everyone =
  /^\s*(forward\s+|further\s+)?(with\s+)?(everyone|everybody|every\s+(applicant|candidate|application|person)|all\s+(applicants|candidates|applications|of them)|each\s+(applicant|candidate|application))\b/i;

export function isAboutEveryone(text: string, end: number): boolean {
  return everyone.test(text.slice(end, end + 40));
}

/** "We will not be inviting you to interview" is no invitation. */
export function isNegatedCue(text: string, index: number): boolean {
  return negator.test(clauseBefore(text, index, 50));
}

export function isConditional(text: string, index: number): boolean {
  return conditional.test(clauseBefore(text, index, 160));
}

/**
 * Words inside quotation marks are reported, not said: a newsletter quoting "we have decided
 * to move forward with other candidates" has decided nothing.
 */
export function isQuoted(text: string, index: number): boolean {
  const lineStart = text.lastIndexOf('\n', index - 1) + 1;
  const before = text.slice(lineStart, index);
  const straight = (before.match(/"/g) ?? []).length;
  const opened = (before.match(/“/g) ?? []).length - (before.match(/”/g) ?? []).length;
  return straight % 2 === 1 || opened > 0;
}

/**
 * "Although we decided not to move forward for that role, we'd like you to interview for
 * this one": a statement inside a concessive clause gives way to the main clause.
 */
export function isConcession(sentence: string, offset: number): boolean {
  const before = sentence.slice(0, offset);
  return /^\s*(although|though|even though|while|whilst)\b/i.test(before) && !before.includes(',');
}
