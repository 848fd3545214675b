import { emailLabels, type EmailLabel } from '../../../../src/core/classify/types.js';
import type { RejectionStage } from '../../../../src/core/classify/types.js';

// How the inbox names what the classifier found, in the words a person would use.

export { emailLabels };

export const labelNames: Record<EmailLabel, string> = {
  rejection: 'Rejection',
  application_received: 'Application received',
  interview_invite: 'Interview invitation',
  assessment: 'Assessment or test',
  offer: 'Offer',
  other: 'Not about an application',
};

/** The plural for the import report ("2 rejections"). */
export const labelCounts: Record<Exclude<EmailLabel, 'other'>, [string, string]> = {
  rejection: ['rejection', 'rejections'],
  application_received: ['application confirmation', 'application confirmations'],
  interview_invite: ['interview invitation', 'interview invitations'],
  assessment: ['assessment', 'assessments'],
  offer: ['offer', 'offers'],
};

export const stageWords: Record<RejectionStage, string> = {
  after_application: 'after the application',
  after_screen: 'after a first call',
  after_interview: 'after an interview',
  after_final: 'after the final round',
  unknown: 'at a stage the email does not say',
};

/** "fairly sure (62%)": the number, and what it means for someone who never saw a model. */
export function confidenceWords(confidence: number): string {
  const percent = Math.round(confidence * 100);
  const words = confidence >= 0.75 ? 'quite sure' : confidence >= 0.5 ? 'fairly sure' : 'unsure';
  return `${words} (${String(percent)}%)`;
}

/** The classifier's cues as one plain sentence. */
export function cueSentence(cues: readonly string[]): string {
  if (cues.length === 0) return 'Nothing in the wording stood out clearly.';
  const quoted = cues.slice(0, 4).map((cue) => `“${cue}”`);
  const list =
    quoted.length === 1
      ? quoted[0]
      : `${quoted.slice(0, -1).join(', ')} and ${quoted[quoted.length - 1] ?? ''}`;
  return `What it noticed: ${list ?? ''}.`;
}

export function isEmailLabel(value: string): value is EmailLabel {
  return (emailLabels as readonly string[]).includes(value);
}
