import { clauseBefore } from './text-units.js';

// A negator shortly before a cue, in the same clause: "not unfair", "I don't think it
// was unfair", "no hard feelings", "never my intention to complain".
const negator =
  /\b(not|no|never|nothing|hardly|without|nor|neither|isn't|wasn't|aren't|weren't|don't|doesn't|didn't|won't|wouldn't|can't|cannot|couldn't|shouldn't|haven't|hasn't|hadn't|n't)\b/i;

export function isNegated(text: string, offset: number, window = 6): boolean {
  const clause = clauseBefore(text, offset);
  const words = clause.trim().split(/\s+/).slice(-window).join(' ');
  return negator.test(words);
}
