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
// A separate feedback request or a LinkedIn note can be warm without the word "thanks";
// a reply to the rejection and a thank-you for feedback cannot.
const thanksKinds: readonly DraftKind[] = ['reply', 'feedback-thanks'];
const askKinds: readonly DraftKind[] = ['feedback-request'];

const greeting =
  /^\s*(subject:[^\n]*\n\s*)?(hi|hello|hey|hiya|dear|good (morning|afternoon|evening|day)|greetings|hallo|hola|bonjour|namaste|to whom|respected)\b/i;
const thanks =
  /\b(thank\w*|grateful|gratitude|appreciat\w*|cheers|enjoyed|(great|nice|lovely|good|a pleasure|wonderful) (meeting|talking|speaking|chatting|to meet|to talk|to speak|to chat))\b/i;
const signOffWord =
  /\b(regards|best|sincerely|thanks|thank you|thanking you|cheers|warmly|wishes|take care|yours|respectfully|gratefully|cordially|all the best|kind|warm)\b/i;
const ask =
  /\b(feedback|pointers?|tips?|advice|insights?|suggestions?|input|thoughts|comments?|notes|observations|impressions|remarks|guidance|areas?\b[^.?!\n]{0,20}\b(improve|work on|develop|strengthen)|i\s+(could|can|might|should|may|need to)\s+(have\s+)?(done|do|improve|work on|strengthen|change|grow|handled|approached|prepared|focus on|practi[sc]e)|improve|strengthen|learn from|do better|done better|differently|grow|growth|develop)\b/i;
const request =
  /(\?|\b((would|could|can|might|will) you|if you (could|can|have|are able|would|ever|get|find)|(grateful|appreciate|thankful|obliged)\b[^.!?\n]{0,30}\b(for|if)|(love|like|glad|keen|happy|eager) to (hear|know|learn|get|receive)|please (share|let|send|tell)|kindly|i (request|wonder)|any chance|(is|would) it (be )?possible|do you have|whether|if there's anything|anything you (can|could) share|(useful|helpful|valuable) to (hear|know|learn|understand))\b)/i;
// Sign-off words in either case, then a capitalised name: "…Best, Sam". (Not /i: the name must be capitalised.)
const inlineSignOff =
  /\b([Rr]egards|[Bb]est|[Ss]incerely|[Tt]hanks|[Tt]hank you|[Cc]heers|[Ww]armly|[Ww]ishes|[Tt]ake care|[Yy]ours|[Rr]espectfully|[Gg]ratefully|[Cc]ordially)\b[^.!?\n]{0,25}[,.!\s–—-]\s*[\p{Lu}][\p{L}.'-]*(\s+[\p{Lu}][\p{L}.'-]*){0,3}\.?\s*$/u;

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
  const tail = text.trim().slice(-80);
  if (inlineSignOff.test(tail)) return true;
  // "…in case it got buried. Lwazi": a name after the last sentence signs it too.
  if (/[.!?]\s+[\p{Lu}][\p{L}'-]+\.?\s*$/u.test(tail)) return true;
  const lines = text
    .trim()
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)
    // Contact lines (a link, a phone number, an address) follow the sign-off.
    .filter(
      (line, index) =>
        index === 0 ||
        !/^(https?:\/\/|www\.|\+?[\d ()./-]{6,}$|[^\s@]+@[^\s@]+$|(mob|tel|phone|m|t)[.:]?\s)/i.test(
          line,
        ),
    );
  const lastLines = lines.slice(1).slice(-3);
  if (lastLines.some((line) => signOffWord.test(line) && line.split(/\s+/).length <= 8))
    return true;
  const last = lines.at(-1) ?? '';
  // A name on its own line ("Priya", "— Sam O.") also signs the message.
  return (
    lines.length > 1 && /^[-–—~\s]*[\p{Lu}][\p{L}.'-]*(\s+[\p{Lu}][\p{L}.'-]*){0,3}\.?$/u.test(last)
  );
}

/** What every message of this kind needs: a greeting, thanks, a sign-off, and for a feedback request an actual ask. */
export function findMissingElements(text: string, kind: DraftKind | undefined): Finding[] {
  if (text.trim() === '') {
    return [
      {
        rule: 'empty',
        category: 'missing_elements',
        severity: 'warning',
        message: 'There is nothing here yet.',
        start: 0,
        end: text.length,
        excerpt: text,
        suggestion: 'Start from the draft Rebound wrote for you, then make it yours.',
      },
    ];
  }
  if (!kind) return [];
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
  if (askKinds.includes(kind) && !(ask.test(text) || request.test(text))) {
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
