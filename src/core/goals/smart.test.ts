import { describe, expect, it } from 'vitest';
import { checkSmartGoal, type SmartContext, type SmartLetter } from './smart.js';

// Wednesday 4 March 2026.
const reference = new Date('2026-03-04T12:00:00Z');
const withFeedback: SmartContext = {
  reference,
  themes: ['communication', 'resume_presentation'],
  bottleneck: 'screen',
};
const fresh: SmartContext = { reference };

type Example = [text: string, context: SmartContext, met: string];

// Our own goals, the way people type them, with the letters each should meet.
const examples: Example[] = [
  ['Apply to 3 tailored jobs by Friday', withFeedback, 'SMART'],
  ['Send 3 tailored applications a week', withFeedback, 'SMART'],
  ['Rewrite 5 resume bullets with numbers by Sunday', withFeedback, 'SMART'],
  ['Practise 2 phone-screen answers out loud every day', withFeedback, 'SMART'],
  ['Give 1 talk at the local meetup by 30 April', withFeedback, 'SMART'],
  ['Proofread my cover letter twice before 10 March', withFeedback, 'SMART'],
  ['Apply to 50 jobs this week', withFeedback, 'SMT'],
  ['Apply to 50 jobs this week', fresh, 'SMRT'],
  ['Complete 3 online courses in a week', withFeedback, 'SMT'],
  ['Do 2 mock interviews in 3 days', fresh, 'SMART'],
  ['Message 5 former colleagues on LinkedIn by next Monday', fresh, 'SMART'],
  ['Finish 1 SQL course by the end of April', fresh, 'SMART'],
  ['Solve 10 coding problems in two weeks', fresh, 'SMART'],
  ['Solve 10 coding problems in two weeks', withFeedback, 'SMAT'],
  ['Get better at interviews', fresh, 'R'],
  ['Improve my resume', withFeedback, 'R'],
  ['Be more confident', fresh, ''],
  ['Network more', fresh, 'R'],
  ['Apply to jobs', fresh, 'SR'],
  ['Apply to 5 jobs', fresh, 'SMR'],
  ['Apply to jobs by Friday', fresh, 'SRT'],
  ['Read 2 books about negotiation this month', fresh, 'SMAT'],
  ['Practise the elevator pitch 3 times this week', withFeedback, 'SMART'],
  ['Build 1 portfolio project by 2026-04-15', fresh, 'SMART'],
  ['Write 20 STAR stories by tomorrow', withFeedback, 'SMRT'],
  ['Study 10 hours a week for the AWS certification', fresh, 'SMART'],
  ['Study 60 hours this week', fresh, 'SMRT'],
  ['Attend two networking events in the next month', fresh, 'SMART'],
  ['Tailor my CV to 4 postings by 1 March 2026', fresh, 'SMRT'],
  ['Run 5 km every morning', fresh, 'SMT'],
  ['Update my LinkedIn profile headline by Friday', withFeedback, 'SRT'],
];

const letters = (met: readonly SmartLetter[]) => met.join('');

describe('SMART checker on our examples', () => {
  it.each(examples)('"%s"', (text, context, expected) => {
    const check = checkSmartGoal(text, context);
    expect(letters(check.met), check.letters.map((l) => `${l.letter}: ${l.why}`).join('\n')).toBe(
      expected,
    );
    expect(check.letters.map((l) => l.letter)).toEqual(['S', 'M', 'A', 'R', 'T']);
  });

  it('reads the number and the deadline, not the date digits as the count', () => {
    const check = checkSmartGoal('Apply to 3 jobs by March 31', fresh);
    expect(check).toMatchObject({ target: 3, deadline: '2026-03-31', activity: 'applications' });
  });

  it('ends "this week" on Sunday and "this month" on its last day', () => {
    expect(checkSmartGoal('Send 2 applications this week', fresh).deadline).toBe('2026-03-08');
    expect(checkSmartGoal('Send 8 applications this month', fresh).deadline).toBe('2026-03-31');
  });

  it('says why a letter is missing and how to meet it', () => {
    const check = checkSmartGoal('Apply to 50 jobs this week', withFeedback);
    const achievable = check.letters.find((l) => l.letter === 'A');
    expect(achievable?.why).toMatch(/is a lot to do well; about \d+ would be realistic/);
    const vague = checkSmartGoal('Improve my resume', withFeedback).letters[0];
    expect(vague?.why).toMatch(/^"Improve" says what you hope for/);
  });

  it('takes a deadline given beside the text', () => {
    const check = checkSmartGoal('Apply to 3 jobs', { ...fresh, deadline: '2026-03-11' });
    expect(check.met).toEqual(['S', 'M', 'A', 'R', 'T']);
    expect(check.deadline).toBe('2026-03-11');
  });

  it('names the theme a goal works on', () => {
    expect(checkSmartGoal('Give 1 talk at the meetup by Friday', withFeedback).theme).toBe(
      'communication',
    );
  });
});
