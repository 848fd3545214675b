/** The contact name outside the signature: inviters, profile cards, the fuller form. */
import { findAll } from './candidates.js';
import { cleanName, hasCorpWord, isPersonName } from './names.js';
import { isTitleSegment } from './signature-block.js';
import { CAPRUN, fold, tokensOf } from './text.js';

/** "Dmitri Volkov has invited you to ..." on scheduling and calendar mail. */
export function inviterName(text: string, companies: string[]): string | null {
  const re = new RegExp(
    String.raw`(${CAPRUN})\s+(?:has\s+)?(?:invited|would\s+like\s+to\s+invite|wants\s+to\s+(?:meet|chat|talk))\s+you`,
    'gu',
  );
  for (const f of findAll(text, re)) {
    const n = cleanName(f.text);
    if (isPersonName(n) && !hasCorpWord(n) && !companies.some((c) => fold(c) === fold(n))) return n;
  }
  return null;
}

/** A name line followed by "Title at Company" (a contact card from a network). */
export function profileCardName(lines: string[]): string | null {
  const content = lines.filter(Boolean);
  for (let i = 0; i + 1 < content.length && i < 4; i++) {
    const name = cleanName(content[i] ?? '');
    const next = content[i + 1] ?? '';
    if (
      isPersonName(name) &&
      /\s(?:at|@)\s+\p{Lu}/u.test(next) &&
      isTitleSegment(next.split(/\s(?:at|@)\s/)[0] ?? '')
    ) {
      return name;
    }
  }
  return null;
}

/** The fullest consistent form: "Zoë" and "Zoë Brandt" give "Zoë Brandt". */
export function fuller(signed: string, display: string): string {
  const s = tokensOf(signed).map(fold);
  const d = tokensOf(display).map(fold);
  if (d.length > s.length && s.every((t) => d.includes(t))) return display;
  return signed;
}
