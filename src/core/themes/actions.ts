import type { FeedbackTheme, ThemeAction } from './types.js';

type Advice = Omit<ThemeAction, 'theme'>;

// Two or three concrete steps per theme, in our words, from PRODUCT.md's list.
const advice: Record<FeedbackTheme, Advice[]> = {
  experience_mismatch: [
    {
      title: 'Tailor your resume and cover letter to each posting',
      detail:
        'Put the experience the posting asks for first, in its words, so the match is easy to see.',
    },
    {
      title: 'Fill the gap a step at a time',
      detail:
        'A short course, a volunteer project or a stretch task at work can give you the missing experience to point to.',
    },
    {
      title: 'Check the level you aim for',
      detail:
        'Read a few postings one level closer to your experience; a near match often leads to the role you want next.',
    },
  ],
  technical_skills: [
    {
      title: 'Pick the one skill that came up and practise it',
      detail:
        'A focused course, a certification or a small project of your own, a little every week.',
    },
    {
      title: 'Rehearse the kind of test you met',
      detail:
        'Time yourself on practice exercises like the one in the interview and say your reasoning out loud.',
    },
  ],
  communication: [
    {
      title: 'Answer first, then the story',
      detail:
        'Give the short answer, then one example as situation, action and result. Two minutes is plenty.',
    },
    {
      title: 'Practise speaking to a group',
      detail:
        'Present at a team meeting or join a public speaking group such as a local club; record yourself and listen back once.',
    },
    {
      title: 'Explain it to someone outside your field',
      detail: 'If a friend can follow your example without jargon, an interviewer can too.',
    },
  ],
  nervousness_confidence: [
    {
      title: 'Do a mock interview or two',
      detail:
        'With a friend, a mentor or a careers service; the second time in the chair is always calmer.',
    },
    {
      title: 'Have a calming routine ready',
      detail:
        'Slow breathing for a minute before you join, water nearby, and a pause before each answer is fine.',
    },
    {
      title: 'Write down three things you did well',
      detail: 'Say "I" when you describe them. Owning your part is not bragging.',
    },
  ],
  enthusiasm_motivation: [
    {
      title: 'Find your reasons for this company',
      detail:
        'Read about its product, people and plans, and note two specific things that make you want to work there.',
    },
    {
      title: 'Prepare your "why this role" answer',
      detail: 'Link one thing in the role to something you enjoy doing and want to do more of.',
    },
  ],
  culture_fit: [
    {
      title: 'Ask how the team works',
      detail:
        'Before applying and in the interview, learn the pace, the size and how decisions are made, to see if it suits you.',
    },
    {
      title: 'Share examples of working with others',
      detail:
        'Prepare a story about a disagreement you resolved and one about helping a colleague.',
    },
    {
      title: 'Refine the places you apply to',
      detail:
        'Some teams will suit the way you like to work better. Write down what you need and look for it.',
    },
  ],
  resume_presentation: [
    {
      title: 'Show results with numbers',
      detail:
        'Turn duties into accomplishments: what changed because of you, by how much, for whom.',
    },
    {
      title: 'Use the words from the posting',
      detail:
        'Applicant tracking systems and busy readers look for the keywords in the job description.',
    },
    {
      title: 'Read it once more for typos',
      detail:
        'Read it aloud or ask a friend; check the company name, dates and titles match everywhere.',
    },
  ],
  portfolio: [
    {
      title: 'Show finished work with outcomes',
      detail:
        'Three complete projects beat ten sketches: the problem, what you did and what came of it.',
    },
    {
      title: 'Match the portfolio to the role',
      detail: 'Put the work closest to the job first, and check that every link opens.',
    },
  ],
  preparation_company_research: [
    {
      title: 'Research the company before each interview',
      detail:
        'Its product, customers, recent news and the job description; try the product if you can.',
    },
    {
      title: 'Bring two or three good questions',
      detail: 'Ask about the team, the first months in the role or a challenge they mentioned.',
    },
  ],
  other: [
    {
      title: 'Ask for a little more feedback',
      detail:
        'A short, friendly note asking for one thing you could improve sometimes gets a useful answer.',
    },
    {
      title: 'Keep going with a few tailored applications',
      detail:
        'Many decisions come down to a close call. A few careful applications each week keep your search moving.',
    },
  ],
};

export function actionsFor(theme: FeedbackTheme): ThemeAction[] {
  return advice[theme].map((a) => ({ theme, ...a }));
}
