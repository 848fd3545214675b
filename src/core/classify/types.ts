export const emailLabels = [
  'rejection',
  'application_received',
  'interview_invite',
  'assessment',
  'offer',
  'other',
] as const;
export type EmailLabel = (typeof emailLabels)[number];

export const rejectionStages = [
  'after_application',
  'after_screen',
  'after_interview',
  'after_final',
  'unknown',
] as const;
export type RejectionStage = (typeof rejectionStages)[number];

/** An email as the classifier needs it: plain text only (the mail edge turns HTML into text). */
export type EmployerEmail = { subject: string; from: string; body: string };

export type Classification = {
  label: EmailLabel;
  /** 0–1: how sure, from the margin between the best and the next label. */
  confidence: number;
  /** The phrases that decided it, for the user and for debugging. */
  cues: string[];
  /** For rejections only; null otherwise. */
  stage: RejectionStage | null;
  reapplyInvited: boolean | null;
  company: string | null;
  role: string | null;
  contactName: string | null;
};
