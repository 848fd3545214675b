import type { ReviewCategory, Severity, Verdict } from '../../../../src/core/review/index.js';

/** The verdict in calm words: what it means and what to do, never a grade. */
export const verdictLabels: Record<Verdict, { title: string; detail: string }> = {
  ready: {
    title: 'Ready to send',
    detail: 'It reads kindly and clearly. Send it whenever you are ready.',
  },
  revise: {
    title: 'Worth a second look',
    detail: 'A small change or two would help. The notes below say where and why.',
  },
  hold: {
    title: 'Hold this one for now',
    detail:
      'Something here could be read in a way you may regret later. That is understandable after news like this; the notes below show what to soften.',
  },
};

/** How much a finding matters, said in words so colour is never the only cue. */
export const severityLabels: Record<Severity, string> = {
  error: 'Important',
  warning: 'Worth fixing',
  suggestion: 'A thought',
};

export const severityRank: Record<Severity, number> = { error: 0, warning: 1, suggestion: 2 };

/** What kind of thing the reviewer noticed, in the reader's terms. */
export const categoryLabels: Record<ReviewCategory, string> = {
  anger_blame: 'Sounds upset',
  begging: 'Sounds like pleading',
  demanding_reasons: 'Asks them to justify',
  comparison: 'Compares you with others',
  threat_public: 'Could read as a threat',
  defensive: 'Sounds defensive',
  self_deprecation: 'Too hard on yourself',
  passive_aggressive: 'Could read as sarcastic',
  repeated_followup: 'Another follow-up',
  placeholder: 'A blank to fill in',
  missing_elements: 'Something missing',
  length: 'Length',
  spelling: 'Spelling',
};
