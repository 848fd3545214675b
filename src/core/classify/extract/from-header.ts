/** Reading the From header: who sent the mail, for which company, through which platform. */
import { AUTOMATED_LOCAL, cleanCompany } from './company.js';
import { cleanName, hasCorpWord, isPersonName, stripDept } from './names.js';
import { fold, tokensOf } from './text.js';
import { MAIL_WORDS } from './words.js';

export type Sender = {
  display: string;
  local: string;
  domain: string;
  /** The employer named in the From header, if any. */
  company: string | null;
  /** A platform named in the From header ("via Workday", "Greenhouse on behalf of ..."). */
  vendor: string | null;
  /** The From display name when it is a person. */
  person: string | null;
  /** The sender looks like a platform's own mailbox ("HireFlow <no-reply@hire-flow>"). */
  platformLike: boolean;
};

function parseFrom(from: string): { display: string; local: string; domain: string } {
  const trimmed = from.trim();
  const angle = /^(.*?)<\s*([^<>\s]+)\s*>\s*$/.exec(trimmed);
  let display = '';
  let address = trimmed;
  if (angle) {
    display = angle[1] ?? '';
    address = angle[2] ?? '';
  } else {
    const paren = /^(\S+@\S+)\s*\((.*)\)\s*$/.exec(trimmed);
    if (paren) {
      address = paren[1] ?? '';
      display = paren[2] ?? '';
    } else if (!trimmed.includes('@')) {
      display = trimmed;
      address = '';
    }
  }
  display = display
    .trim()
    .replace(/^["'“”]+|["'“”]+$/g, '')
    .trim();
  const at = address.lastIndexOf('@');
  const local = at >= 0 ? address.slice(0, at).toLowerCase() : '';
  const host = at >= 0 ? address.slice(at + 1).toLowerCase() : '';
  const labels = host.split('.').filter(Boolean);
  // The registrable label: "mail.hire-flow.example" -> "hire-flow".
  const domain = labels.length >= 2 ? (labels[labels.length - 2] ?? '') : (labels[0] ?? '');
  return { display, local, domain };
}

export function domainMatches(name: string, domain: string): boolean {
  const d = domain.replace(/[^a-z0-9]/g, '');
  if (!d || !name) return false;
  return (
    d === name || (d.length >= 4 && name.startsWith(d)) || (name.length >= 4 && d.startsWith(name))
  );
}

export function analyseSender(fromRaw: string): Sender {
  const { display, local, domain } = parseFrom(fromRaw);
  const sender: Sender = {
    display,
    local,
    domain,
    company: null,
    vendor: null,
    person: null,
    platformLike: false,
  };
  if (!display) return sender;

  let name = display;
  let m =
    /^(.+?)\s+(?:via|through|powered\s+by)\s+(.+)$/i.exec(name) ??
    /^(.+?)\s*\((?:via\s+)?(.+)\)$/i.exec(name);
  if (m) {
    name = m[1] ?? name;
    sender.vendor = m[2] ?? null;
  }
  m = /^(.+?)\s+on\s+behalf\s+of\s+(.+)$/i.exec(name);
  if (m) {
    sender.vendor = m[1] ?? null;
    name = m[2] ?? name;
  }
  // "Careers at Acme", "Talent Team | Acme".
  m = /^(.+?)\s+(?:at|from|@|\||-|–|—)\s+(.+)$/i.exec(name);
  if (m && !stripDept(m[1] ?? '') && cleanCompany(m[2] ?? '')) {
    sender.company = cleanCompany(m[2] ?? '');
    return sender;
  }
  // "Anna at Acme", "Anna from Acme", "Anna | Acme".
  if (m && isPersonName(cleanName(m[1] ?? ''), true) && !isPersonName(m[2] ?? '')) {
    sender.person = cleanName(m[1] ?? '');
    const c = cleanCompany(m[2] ?? '');
    if (c) sender.company = c;
    return sender;
  }

  const stripped = stripDept(name);
  const deptStripped = stripped !== name.trim();
  const person = cleanName(name);
  const f = fold(stripped);
  const localParts = local.split(/[._\-+]/).filter(Boolean);
  const nameToks = tokensOf(person)
    .map(fold)
    .filter((t) => t.length >= 2);
  const letters = local.replace(/[^a-z]/g, '');
  const firstTok = nameToks[0] ?? '';
  const lastTok = nameToks[nameToks.length - 1] ?? '';
  // "anna.schmidt", "anna", "schmidt", "aschmidt", "annas".
  const localHasName =
    nameToks.some((t) => localParts.includes(t) || (t.length >= 3 && letters.startsWith(t))) ||
    (nameToks.length >= 2 &&
      (letters === firstTok.charAt(0) + lastTok || letters === firstTok + lastTok.charAt(0)));
  const genericLocal = localParts.some((p) => MAIL_WORDS.has(p)) || MAIL_WORDS.has(local);

  if (
    !deptStripped &&
    isPersonName(person) &&
    !hasCorpWord(person) &&
    (localHasName || (!genericLocal && !domainMatches(f, domain)))
  ) {
    sender.person = person;
    return sender;
  }
  if (!deptStripped && isPersonName(person, true) && localHasName && !domainMatches(f, domain)) {
    sender.person = person;
    return sender;
  }
  const c = cleanCompany(stripped);
  if (c) sender.company = c;
  sender.platformLike =
    !!c &&
    domainMatches(fold(c), domain) &&
    (localParts.some((p) => AUTOMATED_LOCAL.has(p)) || AUTOMATED_LOCAL.has(local));
  return sender;
}
