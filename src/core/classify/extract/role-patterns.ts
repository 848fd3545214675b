/** Job titles: the phrase patterns that name a role, and cleaning a captured title. */
import { anyCase, ci } from './candidates.js';
import { escapeRe, lc, tokensOf } from './text.js';
import { DEPT, isRoleHead, NOT_NAME, words } from './words.js';

const ROLE_TOKEN = String.raw`(?:[\p{Lu}\p{Lt}\d][\p{L}\p{M}\d'’+#]*(?:[.\-][\p{L}\p{M}\d+#]+)*|\p{Ll}{1,6}\p{Lu}[\p{L}\p{M}\d]*|[.][\p{Lu}][\p{L}]*)`;
export const ROLE_RUN = String.raw`(?<![\p{L}\p{M}\d'’.\-/])${ROLE_TOKEN}(?:(?:[ \t]+(?:of|and|de)[ \t]+|[ \t]*[&/][ \t]*|[ \t]+[-–][ \t]+|[ \t]+)${ROLE_TOKEN}){0,8}(?:[ \t]+\([^()\n]{1,40}\))?`;
export const R = `(${ROLE_RUN})`;

const ROLE_NOUNS = anyCase(
  String.raw`(?:position|role|roles|opening|job|vacancy|post|spot|programme|program|scheme|internship|apprenticeship|opportunity|search|process|requisition|req|application|applications|candidacy|assessment|(?:phone\s+|video\s+|recruiter\s+|technical\s+|first\s+|second\s+|final\s+)?(?:interview|interviews|screen|call|round|stage|loop|panel)|onsite|take-home|test|task|exercise|offer|hire|team\s+role|track|intake|cohort|seat|contract|gig|recruitment|hiring|shortlist|pipeline|candidates|applicants|vacancies|positions|openings)`,
);

export const ROLE_PATTERNS: { re: RegExp; weight: number; needHead: boolean; name: string }[] = [
  {
    re: ci`\b(?:the|a|an|our|your|this|that|for|my|all|every|any)\s+(?:new\s+|open\s+|current\s+|vacant\s+)?${R}\s+${ROLE_NOUNS}\b`,
    weight: 3,
    needHead: false,
    name: 'the-R-role',
  },
  {
    re: ci`\b(?:position|post|role|title|vacancy|job|opening|function)\s+(?:of|as|for)\s+(?:an?\s+|the\s+)?${R}`,
    weight: 3,
    needHead: false,
    name: 'position-of',
  },
  {
    re: ci`\b(?:the|for)\s+(?:position|role|post|vacancy|job)\s*:?\s+${R}`,
    weight: 2,
    needHead: false,
    name: 'position-R',
  },
  {
    re: ci`\b(?:application|applications|applying|applied|apply|candidacy|candidature|interest|interview|interviews|interviewing|screen|screening|call|chat|conversation|assessment|test|take-home|task|exercise|challenge|offer|considered|consideration|shortlisted|selected|hiring|recruitment|process|onsite|round|stage|loop|presentation|meeting|references?|feedback|decision)\s+(?:for|to|as)\s+(?:the\s+|an?\s+)?${R}`,
    weight: 2.5,
    needHead: true,
    name: 'app-for',
  },
  {
    re: ci`\b(?:as|be|become|be\s+our|join\s+us\s+as|hire\s+you\s+as)\s+(?:an?\s+|our\s+|the\s+)?(?:new\s+|next\s+)?${R}`,
    weight: 1.5,
    needHead: true,
    name: 'as-R',
  },
  {
    re: ci`\bfor\s+(?:the\s+|an?\s+|our\s+)?${R}`,
    weight: 1.5,
    needHead: true,
    name: 'for-R',
  },
  {
    re: ci`\b(?:hiring|recruiting|seeking|looking\s+for|searching\s+for)\s+(?:an?\s+|our\s+|the\s+)?(?:new\s+|next\s+)?${R}`,
    weight: 2,
    needHead: true,
    name: 'hiring-R',
  },
  {
    re: ci`\b(?:including|such\s+as|namely)\s+(?:the\s+)?${R}`,
    weight: 1.5,
    needHead: true,
    name: 'including-R',
  },
  {
    re: ci`\b(?:assessment|application|interview|test|offer|task|challenge|exercise)\s+\(${R}\)`,
    weight: 2,
    needHead: true,
    name: 'paren-R',
  },
  {
    re: ci`(?:^|\n)\s*(?:re|ref|position|role|job(?:\s+title)?|vacancy|post)\s*:\s*${R}`,
    weight: 2.5,
    needHead: false,
    name: 're-line',
  },
];

export function roleHasHead(role: string): boolean {
  const toks = tokensOf(role.replace(/\([^)]*\)/g, ' ')).map((t) =>
    t.toLowerCase().replace(/[.,;:!?]+$/, ''),
  );
  return toks.some(isRoleHead);
}

const ROLE_LEADING_JUNK = words(`
  the a an our your this that new open current my his her their its we i you thank thanks hi
  hello dear please unfortunately congratulations great good re fwd fw update regarding following
  dream exciting
`);

/** Words before a lower-case title that are not part of it. */
export const LOWER_ROLE_JUNK = words(`
  exciting new open current same above following advertised vacant remote permanent temporary
  full-time part-time fixed-term contract your our this that great interesting challenging
  available posted listed mentioned relevant specific particular other another any each every
  previous recent latest junior-level entry-level and or of for in at
`);

/** Cleans a captured role; "" when it is not one. */
export function cleanRole(raw: string, companies: string[]): string {
  let s = raw.trim().replace(/[\s,;:!?.]+$/, '');
  // Parentheticals that are not part of the title: references, locations, work modes.
  s = s.replace(/\s*\(([^()]*)\)\s*$/, (m, inner: string) => {
    const keep =
      /^[\p{Lu}\d]/u.test(inner) &&
      tokensOf(inner).length <= 4 &&
      !/\d{3,}|\b(?:ref|reference|req|requisition|id|job|no|number|remote|hybrid|on-?site|m\/f|f\/m|w\/m|m\/w|d\/f|full[- ]time|part[- ]time|contract|temporary|permanent|fixed|maternity|cover)\b/i.test(
        inner,
      ) &&
      !/^(?:[A-Z]{2,}-?\d+)$/.test(inner);
    return keep ? m.trimEnd() : '';
  });
  s = s.replace(/\s*[-–—]\s*(?:remote|hybrid|on-?site|full[- ]time|part[- ]time)\b.*$/i, '');
  // "Requisition 44821 - Lab Technician II", "R-1023: Analyst", "Analyst – Ref 77".
  s = s.replace(
    /^(?:(?:job|req|requisition|ref|reference|vacancy|position|posting)\.?\s*(?:id|no\.?|number|#)?\s*[:#]?\s*)?#?[A-Z]{0,4}[-#]?\d[\w-]*\s*[-–—:|]\s*/i,
    '',
  );
  s = s.replace(
    /\s*[-–—:|]\s*(?:(?:job|req|requisition|ref|reference)\.?\s*(?:id|no\.?|#)?\s*[:#]?\s*)?#?[A-Z]{0,4}-?\d[\w-]*$/i,
    '',
  );
  let toks = tokensOf(s);
  while (toks.length && ROLE_LEADING_JUNK.has(lc(toks[0] ?? ''))) toks = toks.slice(1);
  s = toks.join(' ');
  for (const c of companies) {
    if (c && s.toLowerCase().startsWith(c.toLowerCase() + ' ')) s = s.slice(c.length + 1);
    const tail = new RegExp(String.raw`\s+(?:at|with|@)\s+${escapeRe(c)}$`, 'i');
    s = s.replace(tail, '');
  }
  // "Data Engineer in Bergen" -> "Data Engineer".
  s = s.replace(/\s+in\s+[\p{Lu}][\p{L}\s]*$/u, '');
  s = s.replace(/\s+(?:for|of|and|&|de|in)$/i, '');
  s = s.trim();
  if (!s) return '';
  toks = tokensOf(s);
  if (toks.length > 9) return '';
  const low = toks.map(lc);
  if (!/\p{L}/u.test(s)) return '';
  if (low.every((w) => NOT_NAME.has(w) || DEPT.has(w))) return '';
  if (low.some((w) => /^(?:team|talent|recruiting|careers|hr)$/.test(w)) && !roleHasHead(s))
    return '';
  return s;
}
