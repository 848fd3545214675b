import type { Diagnosis } from '../insights/diagnose.js';
import type { AssessmentHint } from '../insights/self-assessment.js';
import type { ThemeCount } from '../insights/themes-over-time.js';
import type { Stage } from '../stages.js';
import { themeLabels, type FeedbackTheme } from '../themes/index.js';
import { isSameGoal, type GoalLike } from './same-goal.js';

export type GoalSuggestion = {
  text: string;
  /** The feedback theme or funnel stage it answers (stored on the goal). */
  theme: string;
  /** Why Rebound suggests it, in one sentence. */
  reason: string;
  source: 'diagnosis' | 'feedback' | 'self-assessment';
  deadline: string;
};

// Each goal is small, counted and dated, so it passes the SMART check (suggest.test.ts).
const themeGoals: Record<Exclude<FeedbackTheme, 'other'>, string> = {
  experience_mismatch: 'Tailor my resume and cover letter to 3 postings by {deadline}',
  technical_skills: 'Finish 1 short online course on a skill the feedback named by {deadline}',
  communication: 'Practise 3 interview answers out loud and record them by {deadline}',
  nervousness_confidence: 'Do 2 mock interviews by {deadline}',
  enthusiasm_motivation:
    'Research 3 target companies and write specific reasons to join each by {deadline}',
  culture_fit: 'Write down 3 values my next team must share by {deadline}',
  resume_presentation:
    'Rewrite 5 resume bullets with numbers and keywords from the posting by {deadline}',
  portfolio: 'Add 1 case study to my portfolio by {deadline}',
  preparation_company_research: 'Prepare 5 questions for interviewers by {deadline}',
};

const stageGoals: Record<Exclude<Stage, 'offer'>, string> = {
  applied: 'Tailor my resume to 3 postings with their keywords by {deadline}',
  screen: 'Practise 3 phone-screen answers out loud by {deadline}',
  technical: 'Solve 6 technical problems out loud by {deadline}',
  final: 'Prepare 3 stories about teamwork for final rounds by {deadline}',
};

const months = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** "18 March 2026": a date chrono reads back exactly. */
export function spellDate(day: string): string {
  const [year, month, date] = day.split('-').map(Number);
  return `${date ?? 1} ${months[(month ?? 1) - 1] ?? ''} ${year ?? ''}`;
}

export type SuggestInput = {
  diagnosis: Pick<Diagnosis, 'bottleneck'> | null;
  themes: readonly ThemeCount[];
  hints: readonly AssessmentHint[];
  /** The open goals the user already has, so the same one is not suggested twice. */
  existing: readonly GoalLike[];
  /** YYYY-MM-DD: suggested goals are due two weeks from this day. */
  today: string;
};

/** Suggested goals: the bottleneck first, then the most frequent feedback themes, then the self-assessment. */
export function suggestGoals(input: SuggestInput): GoalSuggestion[] {
  const deadline = new Date(Date.parse(`${input.today}T00:00:00Z`) + 14 * 86_400_000)
    .toISOString()
    .slice(0, 10);
  const fill = (template: string) => template.replace('{deadline}', spellDate(deadline));
  const out: GoalSuggestion[] = [];
  const bottleneck = input.diagnosis?.bottleneck;
  if (bottleneck) {
    out.push({
      text: fill(stageGoals[bottleneck.from]),
      theme: bottleneck.from,
      reason: bottleneck.remedy.headline,
      source: 'diagnosis',
      deadline,
    });
  }
  for (const { theme, count } of input.themes.slice(0, 3)) {
    if (theme === 'other') continue;
    out.push({
      text: fill(themeGoals[theme]),
      theme,
      reason: `${themeLabels[theme]} came up in feedback ${count === 1 ? 'once' : `${count} times`}.`,
      source: 'feedback',
      deadline,
    });
  }
  for (const hint of input.hints) {
    out.push({
      text: fill(hint.goal),
      theme: hint.theme,
      reason: hint.reason,
      source: 'self-assessment',
      deadline,
    });
  }
  // The same goal with another date ("by Friday", "this week") is still the same goal.
  const reference = new Date(`${input.today}T00:00:00Z`);
  const kept: GoalLike[] = [...input.existing];
  return out.filter((s) => {
    if (kept.some((goal) => isSameGoal(goal, s, reference))) return false;
    kept.push(s);
    return true;
  });
}
