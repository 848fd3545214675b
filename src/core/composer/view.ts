import { isStage, type Stage } from '../stages.js';
import {
  cleanEmail,
  cleanPhone,
  cleanRecipient,
  cleanSkills,
  cleanText,
  cleanUrl,
  listWords,
} from './clean.js';
import { tones, type ComposerContext, type LinkedinAccount, type Tone } from './types.js';

/**
 * The context, cleaned and turned into ready-made phrases, so that every wording block
 * reads naturally whatever the user left empty ("the position", "your team", no name).
 */
export type View = {
  tone: Tone;
  account: LinkedinAccount;
  seed: number;
  /** Name for a friendly greeting (first name) and for a formal one (full name). */
  first: string | null;
  full: string | null;
  role: string | null;
  company: string | null;
  stage: Stage | null;
  /** True when at least one conversation took place (screen or later). */
  isInterviewed: boolean;
  detail: string | null;
  skills: string[];
  feedbackSummary: string | null;
  wantsFeedback: boolean;
  /** Undefined when the user did not say. */
  futureInterest: boolean | undefined;
  sender: string | null;
  contactLines: string[];
};

export function buildView(context: ComposerContext): View {
  const recipient = cleanRecipient(context.recipientName);
  const stage = isStage(context.stage) ? context.stage : null;
  const seed = typeof context.seed === 'number' && Number.isFinite(context.seed) ? context.seed : 1;
  return {
    tone: tones.find((tone) => tone === context.tone) ?? 'warm',
    account: context.linkedinAccount === 'premium' ? 'premium' : 'free',
    seed: Math.trunc(seed),
    first: recipient?.first ?? null,
    full: recipient?.full ?? null,
    role: cleanRole(context.role),
    company: cleanText(context.company, 200),
    stage,
    isInterviewed: stage !== null && stage !== 'applied',
    detail: cleanDetail(context.detail),
    skills: cleanSkills(context.skills),
    feedbackSummary: cleanDetail(context.feedbackSummary),
    wantsFeedback: context.wantsFeedback === true,
    futureInterest:
      typeof context.futureInterest === 'boolean' ? context.futureInterest : undefined,
    sender: cleanText(context.senderName, 200),
    contactLines: [
      cleanUrl(context.linkedinUrl),
      cleanPhone(context.phone),
      cleanEmail(context.email),
    ].filter((line): line is string => line !== null),
  };
}

function cleanRole(value: unknown): string | null {
  const role = cleanText(value, 200)?.replace(/^(?:the|a|an) /i, '') ?? null;
  return role === '' ? null : role;
}

/** A detail is a phrase that goes mid-sentence: no final stop, a lower-case article. */
function cleanDetail(value: unknown): string | null {
  const detail = cleanText(value, 500, 'phrase');
  if (detail === null) return null;
  return isSentence(detail)
    ? detail
    : detail.replace(/^(The|A|An|Our|Your|My|This|That) /, (word) => word.toLowerCase());
}

/** True when the user wrote a full sentence ("I loved the demo") rather than a phrase. */
export function isSentence(text: string): boolean {
  return /^(?:i|i'm|i've|we|it|it's|you|they|there)(?![\p{L}\p{N}])/iu.test(text);
}

export function capitalize(text: string): string {
  const [first = '', ...rest] = Array.from(text);
  return first.toUpperCase() + rest.join('');
}

// Ready-made phrases. Each one reads well with or without the value it is built from.

/** "the Frontend Developer role", "the Summer Internship", or "the position". */
export function roleText(v: View): string {
  if (v.role === null) return 'the position';
  return /(?:role|position|job|opening|internship|post)$/i.test(v.role)
    ? `the ${v.role}`
    : `the ${v.role} role`;
}

/** "the Frontend Developer role at Acme", "the position at Acme", "the position". */
export function roleAt(v: View): string {
  return v.company === null ? roleText(v) : `${roleText(v)} at ${v.company}`;
}

/** "Acme" or "your team". */
export const companyOrTeam = (v: View): string => v.company ?? 'your team';

/** "at Acme" or "on your team". */
export const atCompany = (v: View): string =>
  v.company === null ? 'on your team' : `at ${v.company}`;

/** "with Acme" or "with your team". */
export const withCompany = (v: View): string => `with ${companyOrTeam(v)}`;

/** "everyone at Acme" or "the team". */
export const everyone = (v: View): string =>
  v.company === null ? 'the team' : `everyone at ${v.company}`;

/** The conversation that took place, by stage: "our call", "the technical interview". */
export function meeting(v: View): string {
  if (v.stage === 'screen') return 'our call';
  if (v.stage === 'technical') return 'the technical interview';
  if (v.stage === 'final') return 'the final round';
  return 'our conversations';
}

/** "my skills in React and TypeScript" or "my skills". */
export const mySkills = (v: View): string =>
  v.skills.length === 0 ? 'my skills' : `my skills in ${listWords(v.skills)}`;

/** "my next interviews" after an interview, otherwise "my next applications". */
export const nextStep = (v: View): string =>
  v.isInterviewed ? 'my next interviews' : 'my next applications';

/** The detail as a sentence subject, or the user's own sentence. */
export const detailSubject = (v: View): string => capitalize(v.detail ?? '');
