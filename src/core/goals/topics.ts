import type { Stage } from '../stages.js';
import { themeLabels, type FeedbackTheme } from '../themes/index.js';

/** Words that show a goal works on a feedback theme. */
export const themeWords: Record<FeedbackTheme, RegExp> = {
  experience_mismatch:
    /\b(experience|volunteer\w*|internships?|freelanc\w*|side projects?|tailor\w*|postings?|job descriptions?)\b/i,
  technical_skills:
    /\b(courses?|certif\w*|algorithms?|data structures|leetcode|coding|code|system design|sql|python|javascript|typescript|technical|skills?|problems?|katas?|tutorials?|learn\w*|study)\b/i,
  communication:
    /\b(speak\w*|present\w*|toastmasters|explain\w*|communicat\w*|talks?|out loud|elevator pitch)\b/i,
  nervousness_confidence:
    /\b(mock interviews?|practice interviews?|relax\w*|breath\w*|nerves?|nervous\w*|confiden\w*|meditat\w*|rehears\w*)\b/i,
  enthusiasm_motivation:
    /\b(research\w*|reasons?|why (this|the) (company|role)|motivat\w*|mission|enthusias\w*)\b/i,
  culture_fit: /\b(values?|culture|team ?work|target roles?|fit)\b/i,
  resume_presentation:
    /\b(resumes?|résumés?|cvs?|cover letters?|tailor\w*|keywords?|quantif\w*|bullet( points?)?|proofread\w*|typos?|linkedin profile|numbers)\b/i,
  portfolio: /\b(portfolio|case stud(y|ies)|github|demos?|projects?)\b/i,
  preparation_company_research:
    /\b(research\w*|questions?|compan(y|ies)|prepar\w*|star stories|stories)\b/i,
  other: /(?!)/,
};

/** Words that show a goal works on a stalled step of the funnel. */
export const stageWords: Record<Exclude<Stage, 'offer'>, RegExp> = {
  applied:
    /\b(resumes?|cvs?|cover letters?|tailor\w*|keywords?|quantif\w*|applications?|apply|postings?)\b/i,
  screen:
    /\b(phone[- ]?screens?|screening|screens?|behaviou?ral|star|elevator pitch|introduc\w*|recruiter calls?|stories)\b/i,
  technical:
    /\b(technical|coding|algorithms?|system design|leetcode|problems?|mock (technical )?interviews?|katas?)\b/i,
  final: /\b(final[- ]rounds?|finals?|onsites?|stories|culture|fit|questions?|values?)\b/i,
};

export const stageTopicLabels: Record<Exclude<Stage, 'offer'>, string> = {
  applied: 'getting replies to applications',
  screen: 'phone screens',
  technical: 'technical rounds',
  final: 'final rounds',
};

/** Words any job-search goal tends to use, for when there is no feedback or funnel yet. */
export const jobSearchWords =
  /\b(appl(y|ications?)|interviews?|resumes?|cvs?|cover letters?|linkedin|network\w*|portfolio|skills?|courses?|jobs?|roles?|recruiters?|contacts?|mentors?|coach|hiring|companies|company|practi[cs]e|coding|technical|certif\w*|stud(y|ying)|learn\w*)\b/i;

export function themeLabel(theme: FeedbackTheme): string {
  return themeLabels[theme].toLowerCase();
}
