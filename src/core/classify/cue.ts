import type { EmailLabel } from './types.js';

/** A construction that points to a label, with how much it counts. */
export type Cue = {
  label: EmailLabel;
  weight: number;
  pattern: RegExp;
  /** Does not count inside "if…", "should…", "unless…" or "candidates who…". */
  isConditional?: boolean;
  /** The sentence must also match this (e.g. be about "you"). */
  requires?: RegExp;
  /** Does not count when the clause before it matches this (e.g. "thank you for…"). */
  unlessAfter?: RegExp;
  /** Counts inside quotation marks too: a status an applicant-tracking system quotes. */
  evenQuoted?: boolean;
};

/** A clear statement: enough to decide on its own. */
export const strong = 3;
/** A sign that needs company: two of them, or a strong one, decide. */
export const medium = 2;
/** A generic word: never decides. */
export const weak = 1;
/** What the whole email is (an alert, a newsletter, an account notice): outweighs one statement. */
export const defining = 5;
