import type { DraftKind } from '../../composer/types.js';
import type { Finding } from '../types.js';

const emailKinds: readonly DraftKind[] = [
  'reply',
  'feedback-request',
  'feedback-followup',
  'reaffirm',
  'checkin',
  'feedback-thanks',
];
const thanksKinds: readonly DraftKind[] = [
  'reply',
  'feedback-request',
  'feedback-thanks',
  'linkedin',
];
const askKinds: readonly DraftKind[] = ['feedback-request', 'feedback-followup'];

const greeting =
  /^\s*(hi|hello|hey|dear|good (morning|afternoon|evening|day)|greetings|hallo|hola|to whom)\b/i;
const thanks =
  /\b(thank|thanks|grateful|gratitude|appreciate|appreciated|appreciating|appreciation|cheers)\b/i;
const signOffWord =
  /\b(regards|best|sincerely|thanks|thank you|cheers|warmly|wishes|take care|yours|respectfully|gratefully|cordially|all the best|kind|warm)\b/i;
const ask =
  /\b(feedback|pointers?|tips?|advice|insights?|suggestions?|input|thoughts|areas?\b[^.?!\n]{0,20}\b(improve|work on|develop|strengthen)|what i (could|can|might|should) (improve|do better|work on|strengthen|change)|how i (could|can|might) (improve|do better|strengthen|grow)|improve|strengthen|learn from)\b/i;
const request =
  /(\?|\b(would|could|can|if you|grateful|appreciate|welcome|glad|happy to hear|love to hear|i'd value|i would value|any chance|possible|mind)\b)/i;

function missing(
  rule: string,
  message: string,
  suggestion: string,
  text: string,
  atEnd = false,
): Finding {
  const at = atEnd ? text.trimEnd().length : 0;
  const end = atEnd
    ? at
    : Math.min(text.length, Math.max(1, text.indexOf('\n') > 0 ? text.indexOf('\n') : text.length));
  return {
    rule,
    category: 'missing_elements',
    severity: 'warning',
    message,
    start: atEnd ? Math.max(0, at - 1) : 0,
    end: atEnd ? at : end,
    excerpt: text.slice(atEnd ? Math.max(0, at - 1) : 0, atEnd ? at : end),
    suggestion,
  };
}

function hasSignOff(text: string): boolean {
  const lines = text
    .trim()
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
  const tail = lines.slice(-3);
  if (tail.some((line) => signOffWord.test(line) && line.split(/\s+/).length <= 8)) return true;
  const last = lines.at(-1) ?? '';
  // A name on its own line ("Priya", "— Sam O.") also signs the message.
  return (
    lines.length > 1 && /^[-–—~\s]*[\p{Lu}][\p{L}.'-]*(\s+[\p{Lu}][\p{L}.'-]*){0,3}\.?$/u.test(last)
  );
}

/** What every message of this kind needs: a greeting, thanks, a sign-off, and for a feedback request an actual ask. */
export function findMissingElements(text: string, kind: DraftKind | undefined): Finding[] {
  if (!kind || text.trim() === '') return [];
  const findings: Finding[] = [];
  if (emailKinds.includes(kind) && !greeting.test(text)) {
    findings.push(
      missing(
        'missing-greeting',
        'There is no greeting. Starting with their name makes the note feel written for them.',
        'Start with "Hi Ana," or, if you have no name, "Hello,".',
        text,
      ),
    );
  }
  if (thanksKinds.includes(kind) && !thanks.test(text)) {
    findings.push(
      missing(
        'missing-thanks',
        'There is no thank-you. Thanks for their time is the heart of this message.',
        'Add a line such as "Thank you for your time and for letting me know."',
        text,
      ),
    );
  }
  if (askKinds.includes(kind) && !(ask.test(text) && request.test(text))) {
    findings.push(
      missing(
        'missing-ask',
        'This does not actually ask for anything, so there is nothing for them to answer.',
        'Ask gently: "If you have a moment, I would be grateful for any pointers on what I could strengthen."',
        text,
      ),
    );
  }
  if (emailKinds.includes(kind) && !hasSignOff(text)) {
    findings.push(
      missing(
        'missing-sign-off',
        'There is no sign-off with your name.',
        'End with "Best regards," and your name on the next line.',
        text,
        true,
      ),
    );
  }
  return findings;
}
