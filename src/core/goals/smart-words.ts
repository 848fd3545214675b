// Word lists the SMART checker reads goals with. Kept apart so the rules stay short.

/** Verbs that name something you can do and see done. */
export const concreteVerbs = [
  'apply',
  'send',
  'submit',
  'practise',
  'practice',
  'rehearse',
  'write',
  'rewrite',
  'tailor',
  'update',
  'revise',
  'proofread',
  'polish',
  'complete',
  'finish',
  'take',
  'enrol',
  'enroll',
  'attend',
  'join',
  'read',
  'study',
  'learn',
  'solve',
  'build',
  'ship',
  'publish',
  'record',
  'prepare',
  'research',
  'contact',
  'message',
  'email',
  'call',
  'reach out',
  'ask',
  'schedule',
  'book',
  'do',
  'run',
  'review',
  'add',
  'quantify',
  'connect',
  'follow up',
  'meet',
  'create',
  'draft',
  'present',
  'give',
  'volunteer',
  'list',
  'find',
  'set up',
  'go to',
];

/** Verbs that say a wish, not an action: "improve", "get better at". */
export const vagueVerbs = ['improve', 'work on', 'get better', 'be better', 'try', 'focus on'];

/** Objects that leave the action open: "do more", "practise things". */
export const vagueObjects = new Set([
  'better',
  'more',
  'harder',
  'good',
  'great',
  'things',
  'stuff',
  'something',
  'it',
  'myself',
  'well',
  'best',
  'my',
  'a',
  'an',
  'the',
  'some',
  'on',
  'at',
  'to',
  'for',
  'of',
  'down',
  'up',
  'out',
]);

export const numberWords: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  fifteen: 15,
  twenty: 20,
  thirty: 30,
  fifty: 50,
  hundred: 100,
  once: 1,
  twice: 2,
  dozen: 12,
  'a couple of': 2,
};

/** What a goal counts, and the most of it a person can do well in a week. */
export type Activity = { kind: string; words: RegExp; perWeek: number };

export const activities: Activity[] = [
  {
    kind: 'applications',
    words: /\b(appl(y|ies|ications?)|jobs?|roles?|positions?|openings?)\b/i,
    perWeek: 15,
  },
  {
    kind: 'mock interviews',
    words: /\b(mock|practice|practise)\s+interviews?\b|\binterviews?\b/i,
    perWeek: 5,
  },
  { kind: 'hours', words: /\b(hours?|hrs?)\b/i, perWeek: 25 },
  { kind: 'minutes', words: /\b(minutes?|mins?)\b/i, perWeek: 1500 },
  {
    kind: 'courses',
    words: /\b(courses?|certifications?|certificates?|bootcamps?)\b/i,
    perWeek: 0.5,
  },
  { kind: 'projects', words: /\b(projects?|case stud(y|ies)|apps?)\b/i, perWeek: 1 },
  { kind: 'books', words: /\bbooks?\b/i, perWeek: 1 },
  {
    kind: 'people',
    words:
      /\b(people|contacts?|connections?|messages?|recruiters?|mentors?|coffee chats?|emails?|former colleagues)\b/i,
    perWeek: 15,
  },
  {
    kind: 'exercises',
    words:
      /\b(problems?|exercises?|questions?|katas?|challenges?|answers?|stories|bullet points?|bullets)\b/i,
    perWeek: 40,
  },
];

/** For anything else we can count. */
export const defaultPerWeek = 20;
