/** Small string helpers and the capitalised-run patterns the extractor builds on. */
const FOLD_MAP: Record<string, string> = {
  ø: 'o',
  Ø: 'o',
  ł: 'l',
  Ł: 'l',
  æ: 'ae',
  Æ: 'ae',
  œ: 'oe',
  Œ: 'oe',
  ß: 'ss',
  đ: 'd',
  Đ: 'd',
  ı: 'i',
  þ: 'th',
  Þ: 'th',
  ð: 'd',
};

/** Lower-case ASCII letters and digits only: for comparing names with addresses. */
export function fold(s: string): string {
  return s
    .replace(/[øØłŁæÆœŒßđĐıþÞð]/g, (c) => FOLD_MAP[c] ?? c)
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}

export const keyOf = (s: string): string => s.toLowerCase().replace(/\s+/g, ' ').trim();
export const tokensOf = (s: string): string[] => s.split(/\s+/).filter(Boolean);
export const lc = (s: string): string => s.toLowerCase().replace(/[.,;:!?]+$/, '');

/** A capitalised token: "Kestrel", "AI", "3D", "iOS", "O'Brien", "Node.js", "C++". */
const TOKEN = String.raw`(?:(?:St|Ste|Mt|Ft)\.(?=[ \t]\p{Lu})|[\p{Lu}\p{Lt}\d][\p{L}\p{M}\d'’+#]*(?:[.\-/][\p{L}\p{M}\d+#]+)*|\p{Ll}{1,6}\p{Lu}[\p{L}\p{M}\d]*)`;
/**
 * A run of capitalised tokens, joined by &, "of", "and" and similar. Every joint matches one
 * way only (hyphens live inside TOKEN, never between): ambiguous joints backtrack exponentially.
 */
export const CAPRUN = String.raw`(?<![\p{L}\p{M}\d'’.\-/])${TOKEN}(?:(?:[ \t]+(?:\+|and|of|de|del|da|di|du|der|den|van|von|y|et|und|für|la|le)[ \t]+|[ \t]+|[ \t]*&[ \t]*)${TOKEN}){0,6}(?:(?<=\b(?:Inc|Ltd|Co|Corp|Bros|Pty|Pte|\p{Lu}))\.)?`;

export const CAPRUN_LINE = new RegExp(`^${CAPRUN}$`, 'u');

export const isUpperStart = (t: string): boolean => /^[\p{Lu}\p{Lt}]/u.test(t);
export const isAllCaps = (t: string): boolean => /^[\p{Lu}\d&.'’-]+$/u.test(t) && /\p{Lu}/u.test(t);

export function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export function subjectSegments(subject: string): string[] {
  return subject
    .split(/\s+[-–—|]\s+|\s*[–—|]\s*|:\s+/)
    .map((s) => s.trim())
    .filter(Boolean);
}
