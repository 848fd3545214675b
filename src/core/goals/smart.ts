import type { Stage } from '../stages.js';
import type { FeedbackTheme } from '../themes/index.js';
import {
  activities,
  concreteVerbs,
  defaultPerWeek,
  numberWords,
  vagueObjects,
  vagueVerbs,
} from './smart-words.js';
import { daysUntil, periodDays, readTimeFrame, type Period, type TimeFrame } from './time-frame.js';
import { jobSearchWords, stageTopicLabels, stageWords, themeLabel, themeWords } from './topics.js';

export const smartLetters = ['S', 'M', 'A', 'R', 'T'] as const;
export type SmartLetter = (typeof smartLetters)[number];

export const smartNames: Record<SmartLetter, string> = {
  S: 'Specific',
  M: 'Measurable',
  A: 'Achievable',
  R: 'Relevant',
  T: 'Time-bound',
};

export type LetterCheck = { letter: SmartLetter; name: string; isMet: boolean; why: string };

/** What the goal should relate to: the user's feedback themes, funnel bottleneck, self-assessment. */
export type SmartContext = {
  /** The day the goal is set; natural dates ("by Friday") count from it. */
  reference: Date;
  themes?: readonly FeedbackTheme[];
  bottleneck?: Exclude<Stage, 'offer'> | null;
  /** An explicit deadline (YYYY-MM-DD) given beside the text, e.g. by a date field. */
  deadline?: string | null;
};

export type SmartCheck = {
  text: string;
  letters: LetterCheck[];
  met: SmartLetter[];
  missing: SmartLetter[];
  /** The number the goal counts to, if any. */
  target: number | null;
  /** What it counts ("applications", "hours"), when known. */
  activity: string | null;
  deadline: string | null;
  period: Period | null;
  /** The feedback theme it works on, when one matched. */
  theme: FeedbackTheme | null;
};

const escape = (word: string) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const wordPattern = (words: readonly string[]) =>
  new RegExp(`\\b(${words.map(escape).join('|')})\\b`, 'i');
const concrete = wordPattern(concreteVerbs);
const vague = wordPattern(vagueVerbs);

function checkSpecific(text: string): LetterCheck {
  const verb = concrete.exec(text);
  const result = (isMet: boolean, why: string): LetterCheck => ({
    letter: 'S',
    name: 'Specific',
    isMet,
    why,
  });
  if (!verb) {
    const wish = vague.exec(text);
    return result(
      false,
      wish
        ? `"${wish[0]}" says what you hope for, not what you will do. Name the action, for example "rewrite three resume bullets with numbers".`
        : 'Start with what you will do, for example "apply to", "practise", "rewrite" or "message".',
    );
  }
  const after = text.slice(verb.index + verb[0].length).toLowerCase();
  const objectWords = (after.match(/[\p{L}\p{N}'’-]+/gu) ?? []).slice(0, 6);
  const object = objectWords.find((w) => !vagueObjects.has(w) && !/^\d+$/.test(w));
  if (!object) {
    return result(false, `"${verb[0]}" needs an object: ${verb[0]} what, exactly?`);
  }
  return result(true, `It names an action ("${verb[0]}") and what it is about ("${object}").`);
}

type Count = { value: number; index: number; length: number };

function findCount(text: string, frame: TimeFrame): Count | null {
  const insideTime = (index: number) => frame.spans.some((s) => index >= s.start && index < s.end);
  const pattern = new RegExp(
    `\\b(\\d+(?:\\.\\d+)?|${Object.keys(numberWords).map(escape).join('|')})\\b`,
    'gi',
  );
  for (const match of text.matchAll(pattern)) {
    if (insideTime(match.index)) continue;
    const raw = match[0].toLowerCase();
    const value = numberWords[raw] ?? Number(raw);
    if (Number.isFinite(value) && value > 0)
      return { value, index: match.index, length: match[0].length };
  }
  return null;
}

function activityOf(text: string, count: Count | null): { kind: string; perWeek: number } | null {
  // The words right after the number say what it counts ("3 mock interviews").
  if (!count) return null;
  const near = text
    .slice(count.index + count.length)
    .split(/\s+/)
    .slice(0, 4)
    .join(' ');
  return activities.find((a) => a.words.test(near)) ?? null;
}

function checkMeasurable(count: Count | null, activity: string | null): LetterCheck {
  const result = (isMet: boolean, why: string): LetterCheck => ({
    letter: 'M',
    name: 'Measurable',
    isMet,
    why,
  });
  if (!count)
    return result(
      false,
      'Add a number, so you can tell when it is done: "3 applications", "2 mock interviews".',
    );
  return result(true, `You can count it: ${count.value}${activity ? ` ${activity}` : ''}.`);
}

function checkAchievable(
  count: Count | null,
  activity: { kind: string; perWeek: number } | null,
  days: number | null,
): LetterCheck {
  const result = (isMet: boolean, why: string): LetterCheck => ({
    letter: 'A',
    name: 'Achievable',
    isMet,
    why,
  });
  if (days !== null && days < 0)
    return result(false, 'That date has already passed; pick one ahead of you.');
  if (!count || days === null) {
    return result(
      false,
      'With a number and a time frame, Rebound can check the size is realistic.',
    );
  }
  const perWeek = activity?.perWeek ?? defaultPerWeek;
  const span = days <= 1 ? 'a day' : `${days} days`;
  const weeks = Math.max(days, 1) / 7;
  const pace = count.value / weeks;
  const what = activity?.kind ?? 'of them';
  if (pace > perWeek) {
    const sensible = Math.max(1, Math.floor(perWeek * weeks));
    const advice =
      activity?.kind === 'applications'
        ? ' A few tailored applications do more than many rushed ones.'
        : '';
    return result(
      false,
      `${count.value} ${what} in ${span} is a lot to do well; about ${sensible} would be realistic.${advice}`,
    );
  }
  return result(true, `${count.value} ${what} in ${span} is a size you can manage.`);
}

function checkRelevant(
  text: string,
  context: SmartContext,
): { check: LetterCheck; theme: FeedbackTheme | null } {
  const result = (isMet: boolean, why: string): LetterCheck => ({
    letter: 'R',
    name: 'Relevant',
    isMet,
    why,
  });
  const theme = (context.themes ?? []).find((t) => themeWords[t].test(text)) ?? null;
  if (theme) {
    return {
      check: result(
        true,
        `It works on ${themeLabel(theme)}, which your feedback or self-assessment pointed to.`,
      ),
      theme,
    };
  }
  const stage = context.bottleneck ?? null;
  if (stage && stageWords[stage].test(text)) {
    return {
      check: result(true, `It works on ${stageTopicLabels[stage]}, where your search stalls most.`),
      theme: null,
    };
  }
  const hasContext = (context.themes?.length ?? 0) > 0 || stage !== null;
  if (!hasContext) {
    return jobSearchWords.test(text)
      ? {
          check: result(
            true,
            'It is about your job search. Once feedback or your funnel show a pattern, goals can aim at it.',
          ),
          theme: null,
        }
      : {
          check: result(
            false,
            'Say how it helps your job search (applications, interviews, skills, contacts).',
          ),
          theme: null,
        };
  }
  const topics = [
    ...(context.themes ?? []).filter((t) => t !== 'other').map(themeLabel),
    ...(stage ? [stageTopicLabels[stage]] : []),
  ];
  return {
    check: result(
      false,
      `It does not touch what your feedback and funnel point to (${topics.join(', ')}). That is fine if it matters to you; otherwise aim it at one of those.`,
    ),
    theme: null,
  };
}

function checkTimeBound(frame: TimeFrame): LetterCheck {
  const result = (isMet: boolean, why: string): LetterCheck => ({
    letter: 'T',
    name: 'Time-bound',
    isMet,
    why,
  });
  if (frame.deadline) return result(true, `It has a deadline: ${frame.deadline}.`);
  if (frame.period) return result(true, `It repeats every ${frame.period}.`);
  return result(false, 'Add when: "by Friday", "this week", "by 30 April" or "every week".');
}

/** Which SMART letters a goal meets, and why (or how to meet the ones it misses). */
export function checkSmartGoal(text: string, context: SmartContext): SmartCheck {
  const found = readTimeFrame(text, context.reference);
  const frame: TimeFrame = context.deadline ? { ...found, deadline: context.deadline } : found;
  const count = findCount(text, frame);
  const activity = activityOf(text, count);
  const days = frame.deadline
    ? daysUntil(frame.deadline, context.reference)
    : frame.period
      ? periodDays[frame.period]
      : null;
  const relevant = checkRelevant(text, context);
  const letters = [
    checkSpecific(text),
    checkMeasurable(count, activity?.kind ?? null),
    checkAchievable(count, activity, days),
    relevant.check,
    checkTimeBound(frame),
  ];
  return {
    text,
    letters,
    met: letters.filter((l) => l.isMet).map((l) => l.letter),
    missing: letters.filter((l) => !l.isMet).map((l) => l.letter),
    target: count?.value ?? null,
    activity: activity?.kind ?? null,
    deadline: frame.deadline,
    period: frame.period,
    theme: relevant.theme,
  };
}
