import type { Stage } from '../stages.js';

/** The drafts the composer writes, one per step of the playbook. */
export const draftKinds = [
  'reply',
  'feedback-request',
  'feedback-followup',
  'reaffirm',
  'linkedin',
  'checkin',
  'feedback-thanks',
] as const;
export type DraftKind = (typeof draftKinds)[number];

/** The parts a draft can hold, in the order they are listed in `Draft.elements`. */
export const draftElements = [
  'greeting',
  'thanks',
  'acknowledgement',
  'detail',
  'feedback_ask',
  'future_interest',
  'connect_offer',
  'good_wishes',
  'sign_off',
  'contact',
] as const;
export type DraftElement = (typeof draftElements)[number];

export type Tone = 'warm' | 'formal' | 'brief';
export const tones = ['warm', 'formal', 'brief'] as const satisfies readonly Tone[];

export type LinkedinAccount = 'free' | 'premium';
export const linkedinAccounts = ['free', 'premium'] as const satisfies readonly LinkedinAccount[];

/** LinkedIn's limit on a connection note, in characters. */
export const linkedinNoteLimits: Record<LinkedinAccount, number> = { free: 200, premium: 300 };

export type ComposerContext = {
  recipientName?: string | null;
  role?: string | null;
  company?: string | null;
  stage?: Stage | null;
  /** One specific positive detail from the process, e.g. "the pairing session on the billing service". */
  detail?: string | null;
  skills?: string[] | null;
  /** Adds a low-pressure feedback ask to a reply. */
  wantsFeedback?: boolean;
  /**
   * Interest in future roles at the company. Replies, LinkedIn notes and feedback thanks
   * mention it only when true; check-ins unless false; a reaffirm note always does.
   */
  futureInterest?: boolean;
  senderName?: string | null;
  linkedinUrl?: string | null;
  phone?: string | null;
  email?: string | null;
  linkedinAccount?: LinkedinAccount;
  tone?: Tone;
  /** Picks the wording variants; the same seed always gives the same draft. Default 1. */
  seed?: number;
  /** For feedback-thanks: what the feedback was about, e.g. "explaining trade-offs". */
  feedbackSummary?: string | null;
};

export type Draft = {
  kind: DraftKind;
  /** Null for a LinkedIn note, which has no subject. */
  subject: string | null;
  body: string;
  /** Characters as people count them: code points, `[...body].length`. */
  chars: number;
  words: number;
  /** The elements present in the body, in the order of `draftElements`. */
  elements: DraftElement[];
  /** The LinkedIn note limit for the account; null for emails. */
  limit: number | null;
};

export const draftKindLabels: Record<DraftKind, string> = {
  reply: 'Reply',
  'feedback-request': 'Feedback request',
  'feedback-followup': 'Feedback follow-up',
  reaffirm: 'Reaffirm interest',
  linkedin: 'LinkedIn note',
  checkin: 'Check-in',
  'feedback-thanks': 'Thank-you for feedback',
};

export function isDraftKind(value: unknown): value is DraftKind {
  return typeof value === 'string' && (draftKinds as readonly string[]).includes(value);
}
