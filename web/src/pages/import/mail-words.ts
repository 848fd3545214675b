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

/** The label inside a sentence: "Rebound thinks this is an offer". */
export const labelPhrases: Record<EmailLabel, string> = {
  rejection: 'a rejection',
  application_received: 'a confirmation that your application arrived',
  interview_invite: 'an interview invitation',
  assessment: 'an assessment or test',
  offer: 'an offer',
  other: 'not about an application',
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

/** One cue as a reader would say it: a quoted phrase, or the model's overall reading. */
function plainCue(cue: string): string {
  const phrase = /^"(.+)"$/.exec(cue.trim());
  if (phrase) return `“${phrase[1] ?? ''}”`;
  if (/^model\b/i.test(cue.trim())) return 'the overall wording';
  return cue;
}

/** The classifier's cues as one plain sentence. */
export function cueSentence(cues: readonly string[]): string {
  if (cues.length === 0) return 'Nothing in the wording stood out clearly.';
  const words = [...new Set(cues.map(plainCue))].slice(0, 4);
  const last = words.pop() ?? '';
  return `What it went by: ${words.length > 0 ? `${words.join(', ')} and ${last}` : last}.`;
}

export function isEmailLabel(value: string): value is EmailLabel {
  return (emailLabels as readonly string[]).includes(value);
}
