import { normalise, sentencesOf, type Span } from '../review/text-units.js';

/** How a heading frames the lines under it: "Strengths:" praises, "Areas of concern:" criticises. */
export type Framing = 'praise' | 'concern' | 'none';

/** A clause of the feedback: the smallest stretch that carries one opinion. */
export type Clause = Span & { sentence: Span; framing: Framing };

const praiseHeading =
  /^\s*[-*•]?\s*(strengths?|positives?|pros|what went well|highlights|what we liked|good)\b[^:\n]{0,30}:\s*$/i;
const concernHeading =
  /^\s*[-*•]?\s*(areas? (of|for) (concern|improvement|development)|areas? to (improve|work on|develop)|concerns?|weaknesses|cons|development areas?|what (could|to) improve|to work on|gaps?)\b[^:\n]{0,30}:\s*$/i;

// Where one opinion ends and another may begin: "good X, but Y", "X; however Y", "X - Y".
// Not at colons: "Coding: struggled with recursion" keeps its topic with its verdict.
const boundary =
  /,?\s*\b(?:but|however|although|though|whereas|while|whilst|that said|unfortunately|sadly|on the other hand)\b,?|,\s*yet\b,?|;|\s[-–—]\s|,\s(?=and\b)|\s(?=and (the|your|you|it|they|we|there|this|that|his|her|their|our|in)\b)/gi;

function splitClauses(sentence: Span): Span[] {
  const spans: Span[] = [];
  let from = 0;
  const push = (to: number) => {
    const raw = sentence.text.slice(from, to);
    const lead = raw.length - raw.trimStart().length;
    const text = raw.trim();
    if (/[\p{L}]/u.test(text)) {
      const start = sentence.start + from + lead;
      spans.push({ start, end: start + text.length, text });
    }
  };
  for (const match of sentence.text.matchAll(boundary)) {
    push(match.index);
    from = match.index + match[0].length;
  }
  push(sentence.text.length);
  return spans;
}

/**
 * The clauses of a feedback text with offsets into the original, each knowing the heading it
 * sits under. Lines stay under a heading until a blank line or the next heading.
 */
export function clausesOf(text: string): Clause[] {
  const plain = normalise(text);
  const clauses: Clause[] = [];
  let framing: Framing = 'none';
  let lastEnd = 0;
  for (const sentence of sentencesOf(plain)) {
    if (/\n\s*\n/.test(plain.slice(lastEnd, sentence.start))) framing = 'none';
    lastEnd = sentence.end;
    const line = plain.slice(
      plain.lastIndexOf('\n', sentence.start - 1) + 1,
      plain.indexOf('\n', sentence.end) === -1 ? plain.length : plain.indexOf('\n', sentence.end),
    );
    if (praiseHeading.test(line)) {
      framing = 'praise';
      continue;
    }
    if (concernHeading.test(line)) {
      framing = 'concern';
      continue;
    }
    for (const clause of splitClauses(sentence)) clauses.push({ ...clause, sentence, framing });
  }
  return clauses;
}
