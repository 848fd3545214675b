import type { FeedbackTheme } from '../themes/index.js';
import type { Stage } from '../stages.js';

/** What a stalled step says needs work, and what to do about it this week. */
export type Remedy = {
  /** The step that stalls: the stage you reach but rarely move on from. */
  stage: Exclude<Stage, 'offer'>;
  focus: 'resume' | 'phone-screen' | 'technical' | 'final-round';
  title: string;
  /** One sentence: what to work on next and why. */
  headline: string;
  actions: string[];
  /** The feedback themes this work also answers, for relevance of goals. */
  themes: FeedbackTheme[];
};

// A "portfolio visits but no interviews" remedy would need visit counts, which Rebound
// does not record; rather than guess, the diagnosis leaves that signal out.
export const remedies: Record<Remedy['stage'], Remedy> = {
  applied: {
    stage: 'applied',
    focus: 'resume',
    title: 'Resume and cover letter',
    headline:
      'Few of your applications get a reply yet, so tailor your resume to each posting this week, with its keywords and numbers from your results.',
    actions: [
      'Tailor the resume and cover letter to each posting instead of sending one version.',
      'Use the words of the job description, so applicant tracking systems find them.',
      'Turn duties into results with numbers (time saved, users served, growth).',
      'Proofread once more, or ask a friend to.',
    ],
    themes: ['resume_presentation', 'experience_mismatch'],
  },
  screen: {
    stage: 'screen',
    focus: 'phone-screen',
    title: 'Phone screens',
    headline:
      'Your applications get replies but screens stall, so practise phone-screen answers this week.',
    actions: [
      'Prepare a two-minute story of who you are and why this role.',
      'Practise behavioural answers out loud with the situation, task, action and result.',
      'Research the company before each call and bring two questions of your own.',
    ],
    themes: ['communication', 'enthusiasm_motivation', 'preparation_company_research'],
  },
  technical: {
    stage: 'technical',
    focus: 'technical',
    title: 'Technical rounds',
    headline:
      'You reach technical rounds but few lead to a final, so practise technical problems out loud this week.',
    actions: [
      'Solve a few problems a week while explaining your thinking out loud.',
      'Do a mock technical interview with a peer or a practice service.',
      'Review the skills the postings ask for most and close one gap at a time.',
    ],
    themes: ['technical_skills', 'nervousness_confidence'],
  },
  final: {
    stage: 'final',
    focus: 'final-round',
    title: 'Final rounds',
    headline:
      'You reach final rounds, so your skills land; to turn them into offers, prepare stories and questions about fit this week.',
    actions: [
      'Prepare stories that show how you work with a team and handle disagreement.',
      'Research the team and the company’s plans, and prepare specific reasons you want this role.',
      'Ask the interviewers about what success looks like in the first months.',
    ],
    themes: ['culture_fit', 'enthusiasm_motivation', 'preparation_company_research'],
  },
};
