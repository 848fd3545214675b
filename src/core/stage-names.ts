import type { Outcome, Stage } from './stages.js';

/** What a free-text status from a spreadsheet or a command line means for an application. */
export type StatusMeaning = { stage: Stage; outcome: Outcome };

type Pattern = { test: RegExp; meaning: StatusMeaning };

const open = (stage: Stage): StatusMeaning => ({ stage, outcome: 'open' });

// Order matters: the first match wins, so outcomes that mention a stage come first
// ("rejected after final round" is a rejection at the final stage).
const patterns: Pattern[] = [
  { test: /\b(accepted|signed)\b/, meaning: { stage: 'offer', outcome: 'offer_accepted' } },
  {
    test: /\b(declined|turned down) (the )?offer|offer (declined|turned down)/,
    meaning: { stage: 'offer', outcome: 'offer_declined' },
  },
  { test: /\b(ghost(ed)?|no (reply|response|answer)|silence)\b/, meaning: open('applied') },
  { test: /\bwithdr[ae]wn?\b|\bwithdrew\b/, meaning: { stage: 'applied', outcome: 'withdrawn' } },
  { test: /\b(offer|offered)\b/, meaning: open('offer') },
  { test: /\b(final|onsite|on-site|on site|last round|panel)\b/, meaning: open('final') },
  {
    test: /\b(technical|tech|coding|take[- ]?home|assessment|assignment|challenge|system design|pairing|live code)\b/,
    meaning: open('technical'),
  },
  {
    test: /\b(screen(ing)?|phone|recruiter|hr|intro(ductory)? call|first (call|round)|interview(ing|ed)?)\b/,
    meaning: open('screen'),
  },
  {
    test: /\b(applied|application|submitted|sent|pending|waiting|open|in progress|new)\b/,
    meaning: open('applied'),
  },
];

const rejectionWords =
  /\b(reject(ed|ion)?|declined|turned down|not selected|unsuccessful|no offer|closed)\b/;
const ghostWords = /\b(ghost(ed)?|no (reply|response|answer))\b/;

/**
 * Reads a status such as "Phone screen", "Rejected after onsite" or "Ghosted".
 * Returns null when the text says nothing we recognise, so the caller can name the
 * value and ask the user to fix it rather than guessing.
 */
export function parseStatusName(raw: string): StatusMeaning | null {
  const text = raw.trim().toLowerCase().replace(/[_]+/g, ' ');
  if (text === '') return null;
  // Decisions the candidate made about an offer read before any rejection wording.
  for (const { test, meaning } of patterns.slice(0, 2)) if (test.test(text)) return meaning;
  const isRejected = rejectionWords.test(text);
  const isGhosted = ghostWords.test(text);
  const stageText = text.replace(rejectionWords, ' ');
  for (const { test, meaning } of patterns) {
    if (!test.test(stageText)) continue;
    if (isGhosted) return { stage: meaning.stage, outcome: 'ghosted' };
    if (isRejected && meaning.outcome === 'open')
      return { stage: meaning.stage, outcome: 'rejected' };
    return meaning;
  }
  if (isRejected) return { stage: 'applied', outcome: 'rejected' };
  if (isGhosted) return { stage: 'applied', outcome: 'ghosted' };
  return null;
}
