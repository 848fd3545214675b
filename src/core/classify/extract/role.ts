/** Choosing the role an email is about. */
import { addCand, type Cand, findAll } from './candidates.js';
import { cleanRole, LOWER_ROLE_JUNK, R, ROLE_PATTERNS, roleHasHead } from './role-patterns.js';
import { fold, subjectSegments, tokensOf } from './text.js';
import { best, mergePrefixes, tally } from './voting.js';
import { isRoleHead } from './words.js';

export function extractRole(
  subject: string,
  replyThread: boolean,
  text: string,
  companies: string[],
): string | null {
  const cands: Cand[] = [];
  const consider = (raw: string, w: number, needHead: boolean, source: string): void => {
    const weight = source === 'subject' && replyThread ? w * 0.6 : w;
    const r = cleanRole(raw, companies);
    if (!r) return;
    if (needHead && !roleHasHead(r)) return;
    if (companies.some((c) => fold(c) === fold(r))) return;
    addCand(cands, r, roleHasHead(r) ? weight : weight * 0.5, source);
  };
  for (const p of ROLE_PATTERNS) {
    for (const f of findAll(text, p.re)) {
      consider(f.text, p.weight, p.needHead, p.name);
      // "Software Engineer, Infrastructure." at the end of a sentence.
      const tail = /^,\s+([\p{Lu}][\p{L}]+)(?=[.!\n]|$)/u.exec(text.slice(f.end));
      if (tail && p.needHead)
        consider(`${f.text}, ${tail[1] ?? ''}`, p.weight + 0.25, true, p.name);
    }
    for (const f of findAll(subject, p.re)) consider(f.text, p.weight, p.needHead, 'subject');
  }
  // Titles written in lower case: "the data analyst position".
  const lower =
    /\b(?:the|a|an|our|your|this|that)\s+((?:[a-z][a-z-]*\s+){0,4}[a-z][a-z-]*)\s+(?:position|role|job|opening|vacancy|post)\b/g;
  for (const m of `${subject}\n${text}`.matchAll(lower)) {
    let toks = tokensOf(m[1] ?? '');
    if (!isRoleHead(toks[toks.length - 1] ?? '')) continue;
    while (toks.length > 1 && LOWER_ROLE_JUNK.has(toks[0] ?? '')) toks = toks.slice(1);
    if (toks.length === 1 && LOWER_ROLE_JUNK.has(toks[0] ?? '')) continue;
    consider(toks.join(' '), 1.5, true, 'lower');
  }
  for (const seg of subjectSegments(subject)) {
    const m = new RegExp(String.raw`^${R}(?:\s+[\p{Ll}][\p{Ll}\s]*)?$`, 'u').exec(seg);
    if (m?.[1]) {
      consider(m[1], 2, true, 'subject');
      const comma = /^([^,]+),\s*[\p{Lu}][\p{L}]+$/u.exec(m[1]);
      if (comma?.[1]) consider(comma[1], 2, true, 'subject');
    }
  }
  // A quoted document title: "Offer Letter – Customer Success Associate".
  for (const q of text.matchAll(/["“]([^"”\n]{3,80})["”]/gu)) {
    for (const seg of subjectSegments(q[1] ?? '').slice(1)) {
      const m = new RegExp(String.raw`^${R}$`, 'u').exec(seg);
      if (m?.[1]) consider(m[1], 1.5, true, 'quoted');
    }
  }
  const top = best(mergePrefixes(tally(cands), 'shorter-on-comma'), 1.5);
  return top?.text ?? null;
}
