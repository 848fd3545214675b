/** Finding the signature block: closings, footers and signature-like lines. */
import { FOOTER } from './body.js';
import { lc, tokensOf } from './text.js';
import { CORP, DEPT, DEPT_QUALIFIERS, isRoleHead, TITLE_WORDS } from './words.js';

const CLOSING =
  /^(?:(?:with\s+)?(?:best|kind|kindest|warm|warmest|many|sincere|heartfelt|respectful|cordial|friendly|good)\s*(?:regards|wishes|thanks|greetings)?|(?:with\s+)?(?:regards|wishes|gratitude|thanks|appreciation|sincere\s+apologies)|best\s+regards|thanks(?:\s+(?:again|so\s+much|a\s+lot|and\s+regards|&\s+regards|and\s+best|once\s+more))?|thank\s+you(?:\s+(?:again|very\s+much|so\s+much|and\s+regards|for\s+your\s+time))?|many\s+thanks|cheers(?:\s+\w+)?|sincerely(?:\s+yours)?|yours(?:\s+(?:sincerely|faithfully|truly|respectfully))?|respectfully(?:\s+yours)?|cordially|warmly|all\s+the\s+best|best\s+of\s+luck|good\s+luck|take\s+care|talk\s+(?:soon|then)|speak\s+soon|see\s+you(?:\s+soon)?|have\s+a\s+(?:great|good|nice)\s+\w+|wish(?:ing)?\s+you.*|(?:mit\s+)?(?:freundlichen|besten|vielen|herzlichen|liebe|viele|beste)\s+grü(?:ß|ss)en?|grü(?:ß|ss)e|(?:bien\s+)?cordialement|salutations.*|cordiali\s+saluti|distinti\s+saluti|saluti|un\s+saluto|(?:un\s+)?saludos?(?:\s+cordiales)?|atentamente|atenciosamente|abraços|um\s+abraço|pozdrawiam|z\s+poważaniem|trân\s+trọng|ngā\s+mihi|nga\s+mihi|kia\s+ora|asante.*|med\s+vennlig\s+hilsen.*|vänliga\s+hälsningar|met\s+vriendelijke\s+groet(?:en)?|regards.*|よろしくお願いします.*|敬具|此致.*)$/iu;

export function isClosing(line: string): boolean {
  const s = line
    .replace(/^[\s\-–—~]+/, '')
    .replace(/[\s,.!…]+$/, '')
    .trim();
  if (!s) return false;
  if (CLOSING.test(s)) return true;
  // Unknown closings: "With sincere apologies," "Wish you the best,"
  return /,\s*$/.test(line) && tokensOf(s).length <= 5 && !/^(?:hi|hello|dear|hey)\b/i.test(s);
}

/** Trailing lines that form the signature block (short lines, no sentences). */
export function signatureBlock(lines: string[]): string[] {
  const block: string[] = [];
  let i = withoutFooter(lines).length - 1;
  for (; i >= 0 && block.length < 8; i--) {
    const line = lines[i] ?? '';
    if (!line || isContactDetail(line)) continue;
    if (!isSigLike(line)) break;
    block.unshift(line);
    if (isClosing(line) && block.length > 1) break;
  }
  return block;
}

/** Phone numbers, addresses, links and mail addresses under a signature. */
function isContactDetail(line: string): boolean {
  if (line.length > 80) return false;
  const rest = line.replace(/https?:\/\/\S+|www\.\S+|\S+@\S+\.\S+/gi, ' ');
  return (
    (rest !== line && tokensOf(rest).length <= 3) ||
    /^(?:[a-z]{1,6}\.?\s*[:.]\s*)?\+?[\d\s().\-/]{7,}$/i.test(line) ||
    /^(?:tel|phone|mobile|mob|cell|fax|office|direct|m|t|p|e|w)\b\.?\s*[:.]/i.test(line) ||
    (/\d/.test(line) &&
      /,/.test(line) &&
      !/\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}+$/u.test(line.split(',')[0] ?? ''))
  );
}

/** The lines without the closing paragraphs that are footers, disclaimers or a P.S. */
export function withoutFooter(lines: string[]): string[] {
  let end = lines.length;
  for (;;) {
    while (end > 0 && !lines[end - 1]) end--;
    let start = end;
    while (start > 0 && lines[start - 1]) start--;
    if (start >= end) break;
    const para = lines.slice(start, end);
    const joined = para.join(' ');
    const footer =
      FOOTER.test(joined) ||
      /\b(?:confidential|intended (?:only )?for|intended recipient|legally privileged|VAT (?:no|number)|registered (?:in|office|address))\b/i.test(
        joined,
      ) ||
      /^(?:p\.?\s?s\.?|n\.?b\.?)[\s:]/i.test(para[0] ?? '') ||
      /^[-_=*~]{8,}$/.test(para[0] ?? '') ||
      para.every((l) => isContactDetail(l));
    // A footer paragraph may still hold the signature ("Best,\nAnna\nSent via X").
    if (!footer || para.some((l) => isClosing(l))) {
      // Drop the footer lines inside the last paragraph, keep the rest.
      while (
        end > start &&
        (FOOTER.test(lines[end - 1] ?? '') || isContactDetail(lines[end - 1] ?? ''))
      )
        end--;
      break;
    }
    end = start;
  }
  return lines.slice(0, end);
}

function isSigLike(line: string): boolean {
  if (line.length > 90) return false;
  if (/https?:\/\/|www\./i.test(line)) return false;
  if (
    /^(?:hi|hello|dear|hey|hiya|greetings|habari|hola|ciao|bonjour|hallo|oi|olá|kia ora)\b/i.test(
      line,
    )
  )
    return false;
  const n = tokensOf(line).length;
  if (n > 12) return false;
  if (isClosing(line)) return true;
  if (/[?:;]$/.test(line)) return false;
  if (/\.$/.test(line) && !/(?:\b\p{Lu}|\b(?:Inc|Ltd|Co|Corp|Jr|Sr|Dr))\.$/u.test(line))
    return false;
  if (n > 8 && !/[|,–—]/.test(line)) return false;
  return true;
}

/** Splits a signature line into its parts: "Name | Title | Company", "Title, Company". */
export function segments(line: string): string[] {
  return line
    .replace(/^[\s\-–—~•·*]+/, '')
    .split(
      /\s*[|•·]\s*|\s*,\s*|\s+[-–—]\s+|\s*[–—]\s*|\s+(?:at|@|via|through|on behalf of|powered by)\s+/,
    )
    .map((s) => s.trim())
    .filter(Boolean);
}

export function isTitleSegment(seg: string): boolean {
  const toks = tokensOf(seg)
    .map(lc)
    .filter((t) => !/^(?:&|and|of|for|at|de|the|in)$/.test(t));
  if (!toks.length) return false;
  if (toks.every((t) => DEPT.has(t) || DEPT_QUALIFIERS.has(t) || TITLE_WORDS.has(t))) return true;
  return toks.some((t) => isRoleHead(t) && !CORP.has(t));
}
