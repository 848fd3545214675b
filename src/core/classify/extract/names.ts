/** Company and person names: department stripping, honorifics, and the person-name test. */
import { isAllCaps, lc, tokensOf } from './text.js';
import {
  CORP,
  DEPT,
  DEPT_QUALIFIERS,
  HONORIFICS,
  LEADING_DEPT,
  MAIL_WORDS,
  NAME_PARTICLES,
  NOT_NAME,
  ROLE_HEADS,
  TITLE_WORDS,
  words,
} from './words.js';

/** Trims department words ("Kestrel Labs Careers" -> "Kestrel Labs"); "" when nothing is left. */
export function stripDept(name: string): string {
  let toks = tokensOf(
    name
      .replace(/^[-–—•·*\s]+|[\s,;:!·•-]+$/g, '')
      .replace(/(?<!\b(?:Inc|Ltd|Co|Corp|Bros|Pty|Pte|\p{Lu}))\.+$/u, ''),
  );
  while (toks.length && /^the$/i.test(toks[0] ?? '')) toks = toks.slice(1);
  let stripped = false;
  while (toks.length && DEPT.has(lc(toks[toks.length - 1] ?? ''))) {
    toks = toks.slice(0, -1);
    stripped = true;
  }
  if (stripped) {
    while (toks.length && DEPT_QUALIFIERS.has(lc(toks[toks.length - 1] ?? ''))) {
      toks = toks.slice(0, -1);
    }
  }
  // Leading departments: "Talent Team Acme" is rare, "HR Acme" happens.
  while (
    toks.length > 1 &&
    LEADING_DEPT.has(lc(toks[0] ?? '')) &&
    !toks.slice(1).every((t) => CORP.has(lc(t)))
  ) {
    toks = toks.slice(1);
  }
  while (toks.length && /^(?:&|and|of|de|at|from|the)$/i.test(toks[toks.length - 1] ?? '')) {
    toks = toks.slice(0, -1);
  }
  return toks.join(' ');
}

export function hasCorpWord(name: string): boolean {
  return tokensOf(name).some(
    (t, i, all) =>
      (i > 0 && CORP.has(lc(t))) || (i === 0 && all.length > 1 && LEADING_CORP.has(lc(t))),
  );
}

/** Words that open company names ("Studio Veneta", "Banco Alto", "Grupo Sol"). */
const LEADING_CORP = words(`
  studio studios bank banco banca grupo gruppo groupe group hotel hospital clinic university
  universidad universität université universidade college institute instituto istituto fundación
  fundação foundation museum agency atelier casa maison club società sociedad cabinet bureau
  laboratoire laboratorio
`);

function dropHonorific(s: string): string {
  let toks = tokensOf(s);
  const isHonorific = (t: string): boolean =>
    HONORIFICS.has(t.toLowerCase()) || HONORIFICS.has(lc(t)) || HONORIFICS.has(`${lc(t)}.`);
  while (toks.length > 1 && isHonorific(toks[0] ?? '')) toks = toks.slice(1);
  return toks.join(' ');
}

/** Job words that are also common surnames. */
const SURNAME_HEADS = words(`
  cook carpenter driver guard dealer pilot trader fellow master partner agent chef clerk steward
  coach broker plumber mason porter butler baker fisher hunter miller turner walker weaver cooper
  archer parker potter shepherd taylor smith marshal page reeve knight
`);

const CJK_NAME =
  /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]{2,4}(?:\s?[\p{Script=Han}\p{Script=Hangul}]{1,3})?$/u;
const NAME_TOKEN =
  /^(?:[\p{Lu}\p{Lt}][\p{Ll}\p{M}]*(?:[\p{Lu}][\p{Ll}\p{M}]{2,})?(?:['’][\p{Lu}\p{Ll}][\p{Ll}\p{M}]*)?(?:-[\p{Lu}\p{Ll}][\p{Ll}\p{M}]*(?:['’][\p{Lu}][\p{Ll}\p{M}]*)?)*|[\p{Lu}]\.|(?:O|D|L)['’][\p{Lu}][\p{Ll}\p{M}]+|(?:Mc|Mac)[\p{Lu}][\p{Ll}\p{M}]+|[\p{Lu}]{3,})$/u;

/** Cleans a candidate name: honorifics, pronouns, post-nominals and decorations removed. */
export function cleanName(raw: string): string {
  let s = raw
    .replace(/^[\s\-–—~•·*_>]+/, '')
    .replace(/[\s*_]+$/, '')
    .replace(/\s*\((?:she|he|they|ze|xe)\/[^)]*\)\s*/gi, ' ')
    .replace(/\s*\([^)]*\)\s*$/, '')
    .replace(/[,;:!]+$/, '')
    .trim();
  s = dropHonorific(s);
  return s.replace(/\s+/g, ' ').trim();
}

/** A line that reads as a person's name (2–5 words, or one word when `single` allows it). */
export function isPersonName(raw: string, single = false): boolean {
  const s = raw.trim();
  if (!s || s.length > 60) return false;
  if (CJK_NAME.test(s)) return true;
  if (/[\d@:/\\|()"“”<>=#$%]/.test(s)) return false;
  const toks = tokensOf(s);
  if (toks.length > 5) return false;
  let nameTokens = 0;
  let mixed = 0;
  for (const [i, t] of toks.entries()) {
    const low = t.toLowerCase();
    if (i > 0 && i < toks.length - 1 && NAME_PARTICLES.has(low)) continue;
    if (NAME_PARTICLES.has(low) && /^\p{Lu}/u.test(t) && i < toks.length - 1) {
      nameTokens++;
      continue;
    }
    if (!NAME_TOKEN.test(t)) return false;
    const bare = lc(t);
    // "Tim Cook", "Minnie Driver": a surname may be a job word, a first name may not.
    const surname = i > 0 && SURNAME_HEADS.has(bare);
    if (NOT_NAME.has(bare) || DEPT.has(bare) || (TITLE_WORDS.has(bare) && !surname)) return false;
    if (i > 0 && CORP.has(bare)) return false;
    if ((ROLE_HEADS.has(bare) && !surname) || MAIL_WORDS.has(bare)) return false;
    if (!isAllCaps(t) || t.length === 2) mixed++;
    nameTokens++;
  }
  if (mixed === 0 && nameTokens > 0 && !/^\p{Lu}\.$/u.test(toks[0] ?? '')) {
    // "TANAKA" alone or "IBM CLOUD": all capitals is a name only next to a normal word.
    return false;
  }
  if (toks.some((t) => /^\p{Lu}{2}$/u.test(t))) return false;
  if (nameTokens >= 2) return true;
  return single && nameTokens === 1 && toks.length === 1 && (toks[0]?.length ?? 0) >= 2;
}
