/** Company names: cleaning, the phrase patterns that name an employer, platforms and agencies. */
import { ci, findAll } from './candidates.js';
import type { Sender } from './from-header.js';
import { stripDept } from './names.js';
import { CAPRUN, fold, isUpperStart, lc, tokensOf } from './text.js';
import { CORP, DEPT, DEPT_QUALIFIERS, NOT_NAME, ROLE_HEADS, words } from './words.js';

/** Cleans a captured company name; "" when it is not one. */
export function cleanCompany(raw: string): string {
  let s = raw
    .replace(/[’']s$/u, '')
    .replace(/[’']$/u, '')
    .replace(/[\s,;:!?]+$/, '');
  // Keep the period of "Inc." and "S.A.", drop a sentence's full stop.
  if (/\.$/.test(s) && !/(?:\b(?:Inc|Ltd|Co|Corp|Bros|Pty|Pte|Jr|Sr)|\.\p{L})\.$/u.test(s)) {
    s = s.slice(0, -1);
  }
  s = stripDept(s);
  let toks = tokensOf(s);
  // Leading sentence words: "Today Tidewell has ...".
  while (toks.length > 1 && NOT_NAME.has(lc(toks[0] ?? '')) && !CORP.has(lc(toks[1] ?? ''))) {
    toks = toks.slice(1);
  }
  s = toks.join(' ');
  if (!s) return '';
  if (!isUpperStart(s) && !/^\p{Ll}+\p{Lu}/u.test(s) && !/^\d/.test(s)) return '';
  if (/^\d+$/.test(s)) return '';
  const low = toks.map(lc);
  if (low.length === 1 && (NOT_NAME.has(low[0] ?? '') || DEPT.has(low[0] ?? ''))) return '';
  if (low.every((w) => NOT_NAME.has(w) || DEPT.has(w) || DEPT_QUALIFIERS.has(w))) return '';
  // A job title is not a company.
  if (low.some((w) => ROLE_HEADS.has(w) && !CORP.has(w))) return '';
  return s;
}

export const CO = `(${CAPRUN})`;

/** Phrases that name the employer right after (or before) a fixed wording, with weights. */
export const COMPANY_PATTERNS: { re: RegExp; weight: number; name: string }[] = [
  {
    re: ci`\b(?:position|role|job|opening|vacancy|post|opportunity|opportunities|internship|placement|programme|program|scheme|roles|positions|openings|vacancies|career|careers|team|graduate|apprenticeship|process|candidacy|application|applications|interview|interviews|offer)\s+(?:here\s+)?at\s+${CO}`,
    weight: 2,
    name: 'role-at',
  },
  {
    re: ci`\b(?:position|role|job|opening|vacancy|post|opportunity|opportunities|internship|placement|career|careers|process|candidacy|application|applications|interview|interviews|interviewing|offer)\s+with\s+${CO}`,
    weight: 1,
    name: 'role-with',
  },
  {
    re: ci`\binterest(?:ed)?\s+(?:in|for)\s+(?:(?:joining|working\s+(?:at|for|with))\s+)?${CO}`,
    weight: 2,
    name: 'interest-in',
  },
  {
    re: ci`\b(?:applying|applied|apply|application|applications|candidacy|submission)\s+(?:to|at|with)\s+${CO}`,
    weight: 2,
    name: 'apply-to',
  },
  {
    re: ci`\b(?:joining|join|joined|thinking\s+of|considering|choosing|chose|welcome\s+to|working\s+(?:at|for|with)|work\s+(?:at|for|with)|career\s+at|future\s+at|journey\s+(?:at|with))\s+${CO}`,
    weight: 1.5,
    name: 'join',
  },
  { re: ci`\bon\s+behalf\s+of\s+${CO}`, weight: 2.5, name: 'behalf' },
  { re: ci`\bclient\s*,?\s+${CO}`, weight: 2, name: 'client' },
  {
    re: ci`\b(?:our|the)\s+(?:company|firm|organi[sz]ation|business|employer|client|group|studio|agency|bank|practice|school|university|hospital)\s*,?\s+${CO}`,
    weight: 2,
    name: 'our-company',
  },
  {
    re: ci`\b(?:sent|submitted|forwarded|delivered)\s+to\s+${CO}`,
    weight: 1.5,
    name: 'sent-to',
  },
  { re: ci`\b(?:we|us|everyone|everybody|all|here)\s+at\s+${CO}`, weight: 2, name: 'we-at' },
  {
    re: new RegExp(
      String.raw`${CO}[’']s[ \t]+(?:[a-z]+[ \t]+)?(?:team|hiring|recruiting|recruitment|talent|careers|people|hr|offices?|interview|application|process)\b`,
      'gu',
    ),
    weight: 1.5,
    name: 'possessive',
  },
  {
    re: ci`\b(?:message|email|e-mail|update|news|note|invitation|invite|response|reply|feedback|decision|greetings)\s+from\s+${CO}`,
    weight: 1.5,
    name: 'message-from',
  },
  {
    re: ci`${CO}\s+is\s+an?\s+(?:equal|inclusive|diverse)`,
    weight: 2,
    name: 'eeo',
  },
  {
    re: ci`${CO}\s+(?:has|have|had)\s+(?:just\s+)?(?:invited|asked|requested|sent|shared|reviewed|received|decided|chosen|paused|selected|made|extended|offered|closed|filled|updated|moved)`,
    weight: 2,
    name: 'acts',
  },
  {
    re: ci`${CO}\s+(?:would\s+like|is\s+(?:pleased|delighted|happy|excited|hiring|looking)|are\s+(?:pleased|delighted|happy|excited)|wants\s+to|invites\s+you|is\s+inviting)`,
    weight: 2,
    name: 'acts',
  },
  {
    re: ci`\byour\s+${CO}\s+(?:application|interview|interviews|assessment|offer|candidacy|onsite|process|test|challenge|journey|role|position|screening|recruitment|hiring)`,
    weight: 2,
    name: 'your-x',
  },
  {
    re: ci`\b(?:assessment|test|interview|interviews|interviewing|screening|checks?|challenge|questionnaire|conversation|call|meeting|onsite|superday|day)\s+(?:for|at)\s+${CO}`,
    weight: 1.5,
    name: 'test-for',
  },
  // Weaker: "the Treasury team" is a department as often as it is the employer.
  { re: ci`\bthe\s+${CO}\s+(?:[a-z]+\s+)?team\b`, weight: 1.25, name: 'the-team' },
  {
    re: new RegExp(
      String.raw`(?<!\b(?:[Oo]ur|[Tt]he|[Yy]our|[Mm]y|[Aa]|[Tt]his|[Tt]hat)[ \t]+)(?!(?:The|Our|Your|My|This|That|A)\b)${CO}[ \t]+(?:[a-z]+[ \t]+)?team\b`,
      'gu',
    ),
    weight: 1,
    name: 'x-team',
  },
  {
    re: ci`\b(?:from|at|with|about)\s+${CO}`,
    weight: 0.75,
    name: 'prep',
  },
];

/** Wordings that name the mail platform rather than the employer. */
const VENDOR_PATTERNS: { re: RegExp; strong: boolean }[] = [
  {
    re: ci`\b(?:powered\s+by|sent\s+(?:via|through|using|with)|via|through|using)\s+${CO}`,
    strong: true,
  },
  {
    re: ci`\byour\s+${CO}\s+(?:candidate\s+|job\s+seeker\s+|applicant\s+)?(?:account|profile|dashboard|portal|results|password|login|inbox|app|plus|premium|settings)\b`,
    strong: true,
  },
  { re: ci`\b(?:upgrade\s+to|sign\s+in\s+to|log\s+in\s+to|download)\s+${CO}`, strong: true },
  {
    re: ci`${CO}\s+(?:account|dashboard|candidate\s+account|help\s+cent(?:er|re))\b`,
    strong: true,
  },
  {
    re: ci`${CO}\s+(?:[—–-]\s+)?(?:applications|jobs|hiring|assessments|interviews|recruiting)\s+made\s+\w+`,
    strong: true,
  },
  { re: ci`\bon\s+${CO}(?![’']s)`, strong: false },
];

/** Mailboxes of automated senders. */
export const AUTOMATED_LOCAL = words(`
  noreply no-reply donotreply do-not-reply do_not_reply no_reply notifications notification alerts
  alert mailer system automated bot invitations invitation invites invite recommendations digest newsletter news
  updates assessments sign documents security
`);

export const JOB_BOARD =
  /\b(?:jobs?\s+you\s+(?:saved|may\s+(?:be\s+interested|like))|you\s+may\s+(?:also\s+)?be\s+interested\s+in|new\s+jobs?\s+(?:for|matching|in|near)|jobs?\s+matching|job\s+alerts?|your\s+(?:weekly|daily)\s+(?:digest|jobs)|weekly\s+digest|profile\s+was\s+viewed|recommended\s+(?:jobs|for\s+you)|jobs?\s+recommendations?|this\s+week\s+on|read\s+the\s+issue|newsletter)\b/i;

export const AGENCY =
  /\b(?:my|our|a)\s+client\b(?![-\s]+(?:services?|success|support|relations|facing|side|base|list|portal|manager|partner|experience|team|work|projects?|accounts?)\b)|\b(?:role|position|opportunity|search)\s+(?:i|we)(?:'m|’m|\s+am|'re|\s+are)\s+(?:working\s+on|recruiting\s+for|handling)|\b(?:i|we)(?:'m|’m|\s+am|'re|\s+are)\s+(?:working|partnering)\s+with\s+an?\s+(?:[a-z-]+\s+){0,3}(?:scale-?up|start-?up|company|client|business|firm|organi[sz]ation|team)\b|\bcame\s+across\s+your\s+profile\b/iu;

export function findVendors(whole: string, sender: Sender): string[] {
  const out: string[] = [];
  if (sender.vendor) out.push(stripDept(sender.vendor) || sender.vendor);
  const own = sender.company && !sender.platformLike ? fold(sender.company) : '';
  for (const { re, strong } of VENDOR_PATTERNS) {
    for (const f of findAll(whole, re)) {
      const v = stripDept(f.text.replace(/[’']s$/, '').replace(/[.,;:!?]+$/, ''));
      if (!v || tokensOf(v).length > 3) continue;
      // "on Acme's careers site" from Acme itself does not make Acme a platform.
      if (!strong && own && fold(v) === own) continue;
      out.push(v);
    }
  }
  return out;
}
