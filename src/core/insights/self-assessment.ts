import { z } from 'zod';
import { withoutNul } from '../inputs.js';
import type { FeedbackTheme } from '../themes/index.js';

// The guided look-back after a rejection. Every answer is optional: a half-filled form is
// still worth keeping, and "not sure" (null) is an honest answer.

const yesNo = (label: string) =>
  z
    .boolean({ error: `${label}: answer yes (true), no (false) or leave it empty (null).` })
    .nullable()
    .default(null);

const note = (label: string, max: number) =>
  z
    .string({ error: `${label} must be text.` })
    .transform(withoutNul)
    .pipe(
      z
        .string()
        .trim()
        .max(max, { error: `${label} is too long: keep it under ${max} characters.` }),
    );

const list = (label: string) =>
  z
    .array(note(label, 300), { error: `${label} must be a list of short notes.` })
    .max(20, { error: `${label}: 20 items at most; keep the ones that matter most.` })
    .default([])
    .transform((items) => items.filter((item) => item !== ''));

export const selfAssessmentSchema = z.object({
  materials: z
    .object({
      isTailored: yesNo('Tailored to the posting'),
      isTypoChecked: yesNo('Checked for typos'),
      hasQuantifiedAchievements: yesNo('Achievements with numbers'),
    })
    .prefault({}),
  preparation: z
    .object({
      isCompanyResearched: yesNo('Company researched'),
      hasAskedQuestions: yesNo('Asked questions of your own'),
    })
    .prefault({}),
  interview: z
    .object({
      wentWell: list('Questions that went well'),
      wentBadly: list('Questions that went badly'),
      areExamplesStrong: yesNo('Examples were strong'),
      nerves: z
        .number({ error: 'Nerves must be a number from 1 (calm) to 5 (very nervous).' })
        .int({ error: 'Nerves must be a whole number from 1 to 5.' })
        .min(1, { error: 'Nerves must be from 1 (calm) to 5 (very nervous).' })
        .max(5, { error: 'Nerves must be from 1 (calm) to 5 (very nervous).' })
        .nullable()
        .default(null),
    })
    .prefault({}),
  skillsMissing: list('Skills missing'),
  roleFit: z
    .object({
      fit: z
        .enum(['yes', 'partly', 'no'], { error: 'Role fit must be yes, partly or no.' })
        .nullable()
        .default(null),
      note: note('Role fit note', 2000)
        .nullable()
        .default(null)
        .transform((value) => (value === '' ? null : value)),
    })
    .prefault({}),
});

export type SelfAssessmentInput = z.input<typeof selfAssessmentSchema>;
export type SelfAssessmentAnswers = z.output<typeof selfAssessmentSchema>;

/** Something the answers say is worth working on, with the goal it suggests. */
export type AssessmentHint = {
  theme: FeedbackTheme;
  /** Why, in the user's own answers. */
  reason: string;
  /** A SMART goal text, with {deadline} to fill in. */
  goal: string;
};

/** What the answers point to, most concrete first. */
export function hintsFromAssessment(answers: SelfAssessmentAnswers): AssessmentHint[] {
  const hints: AssessmentHint[] = [];
  const { materials, preparation, interview, roleFit } = answers;
  if (materials.isTailored === false) {
    hints.push({
      theme: 'resume_presentation',
      reason: 'You said the application was not tailored to the posting.',
      goal: 'Tailor my resume to 3 postings by {deadline}',
    });
  }
  if (materials.hasQuantifiedAchievements === false) {
    hints.push({
      theme: 'resume_presentation',
      reason: 'You said your achievements had no numbers.',
      goal: 'Rewrite 5 resume bullets with numbers by {deadline}',
    });
  }
  if (materials.isTypoChecked === false) {
    hints.push({
      theme: 'resume_presentation',
      reason: 'You did not get to check for typos.',
      goal: 'Proofread my resume and cover letter 2 times by {deadline}',
    });
  }
  if (interview.nerves !== null && interview.nerves >= 4) {
    hints.push({
      theme: 'nervousness_confidence',
      reason: `You rated your nerves ${interview.nerves} of 5.`,
      goal: 'Do 2 mock interviews by {deadline}',
    });
  }
  if (interview.areExamplesStrong === false || interview.wentBadly.length > 0) {
    hints.push({
      theme: 'communication',
      reason: 'Some answers or examples did not land the way you wanted.',
      goal: 'Write 3 STAR stories and practise them out loud by {deadline}',
    });
  }
  if (preparation.isCompanyResearched === false) {
    hints.push({
      theme: 'preparation_company_research',
      reason: 'You said you had little time to research the company.',
      goal: 'Research 3 target companies and note specific reasons to join by {deadline}',
    });
  }
  if (preparation.hasAskedQuestions === false) {
    hints.push({
      theme: 'preparation_company_research',
      reason: 'You did not get to ask questions of your own.',
      goal: 'Prepare 5 questions for interviewers by {deadline}',
    });
  }
  for (const skill of answers.skillsMissing.slice(0, 2)) {
    hints.push({
      theme: 'technical_skills',
      reason: `You noted a missing skill: ${skill}.`,
      goal: `Study ${skill} for 3 hours a week`,
    });
  }
  if (roleFit.fit === 'no') {
    hints.push({
      theme: 'culture_fit',
      reason: 'You felt the role did not fit your long-term goals.',
      goal: 'Write down 3 values my next role must match by {deadline}',
    });
  }
  return hints;
}
