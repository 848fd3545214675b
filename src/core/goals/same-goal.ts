import { readTimeFrame } from './time-frame.js';

/** A goal as far as "is this the same goal?" cares: its words and what it answers. */
export type GoalLike = { text: string; theme: string | null };

/** What a goal does, without when or how many: the verb and the things it works on. */
export type GoalAction = { verb: string; objects: Set<string> };

// Words that carry no action: pronouns, articles, linking words, and "I will" openings.
const fillers = new Set(
  'i ill will want to a an the my me our and or of for with from on in at into by each them their it this that these those some more new'.split(
    ' ',
  ),
);

// "postings" and "posting" are the same thing for comparing goals.
const stem = (word: string) => (word.length > 3 ? word.replace(/(ies|es|s)$/, '') : word);

/**
 * The action of a goal: the date phrase ("by Friday", "this week", "by 18 March 2026") and
 * the numbers are dropped, so the same goal with another date or count compares equal.
 */
export function readGoalAction(text: string, reference: Date): GoalAction {
  const { spans } = readTimeFrame(text, reference);
  let undated = text;
  for (const { start, end } of [...spans].sort((a, b) => b.start - a.start)) {
    undated = `${undated.slice(0, start)} ${undated.slice(end)}`;
  }
  const words = undated
    .toLowerCase()
    .replace(/[’']/g, '')
    .split(/[^\p{L}]+/u)
    .filter((w) => w !== '' && !fillers.has(w))
    // "by" left behind once its date is gone, and spelled numbers, say nothing of the action.
    .filter((w) => !/^(one|two|three|four|five|six|seven|eight|nine|ten)$/.test(w))
    .map(stem);
  const [verb = '', ...objects] = words;
  return { verb, objects: new Set(objects) };
}

/**
 * Two goals are the same when they do the same thing: the same verb on mostly the same
 * objects, or the same verb for the same feedback theme or funnel stage.
 */
export function isSameGoal(a: GoalLike, b: GoalLike, reference: Date): boolean {
  const left = readGoalAction(a.text, reference);
  const right = readGoalAction(b.text, reference);
  if (left.verb === '' || left.verb !== right.verb) return false;
  if (a.theme !== null && a.theme === b.theme) return true;
  const smaller = Math.min(left.objects.size, right.objects.size);
  if (smaller === 0) return left.objects.size === right.objects.size;
  const shared = [...left.objects].filter((w) => right.objects.has(w)).length;
  return shared / smaller >= 0.5;
}
