/**
 * Who and what an employer email is about: the company, the role and the human who signs.
 *
 * Each field comes from several candidate generators (phrases in the body and subject, the
 * signature block, the From header). Candidates carry weights, the same name found twice adds
 * up, a shorter form merges into a fuller one ("Hadley Brook" into "Hadley Brook Accounting"),
 * and names that belong to the mail platform (an ATS, a job board, a test vendor) are dropped.
 * Every value is returned exactly as the email writes it.
 */

import { cleanBody } from './extract/body.js';
import { addCand, type Cand, findAll } from './extract/candidates.js';
import {
  AGENCY,
  cleanCompany,
  CO,
  COMPANY_PATTERNS,
  findVendors,
  JOB_BOARD,
} from './extract/company.js';
import { fuller, inviterName, profileCardName } from './extract/contact.js';
import { analyseSender, domainMatches } from './extract/from-header.js';
import { extractRole } from './extract/role.js';
import { ROLE_RUN, roleHasHead } from './extract/role-patterns.js';
import { readSignature } from './extract/signature.js';
import { isTitleSegment, withoutFooter } from './extract/signature-block.js';
import { CAPRUN_LINE, fold, subjectSegments, tokensOf } from './extract/text.js';
import { best, mergePrefixes, tally } from './extract/voting.js';

export type EmailParts = { subject: string; from: string; body: string };
export type Parties = { company: string | null; role: string | null; contactName: string | null };

export function extractParties(email: EmailParts): Parties {
  const cleaned = cleanBody(email.body);
  const fromRaw = cleaned.from ?? email.from;
  const rawSubject = cleaned.subject ?? email.subject;
  // In a reply thread the subject names what the thread began with, not always this message.
  const replyThread = /^\s*(?:re|aw|antw|sv|vs|odp|r)\s*(?:\[\d+\])?\s*:/i.test(rawSubject);
  const subject = rawSubject
    .replace(/^(?:\s*(?:re|fwd?|aw|wg|tr|rv|sv|vs|antw|odp|r)\s*(?:\[\d+\])?\s*:\s*)+/i, '')
    .trim();
  const lines = cleaned.lines;
  const text = cleaned.text;
  const whole = `${subject}\n${text}`;

  if (JOB_BOARD.test(`${subject}\n${withoutFooter(lines).join('\n')}`)) {
    return { company: null, role: null, contactName: null };
  }

  const sender = analyseSender(fromRaw);
  const vendors = findVendors(whole, sender);

  // ---- company candidates from the body, the subject and the From header
  const companyCands: Cand[] = [];
  for (const p of COMPANY_PATTERNS) {
    for (const [src, weightScale] of [
      [text, 1],
      [subject, 0.9],
    ] as const) {
      for (const f of findAll(src, p.re)) {
        // "with Nikhil, our Head of Analytics": a person in apposition.
        if (/^,\s+(?:our|my|the|who|one\s+of)\b/i.test(src.slice(f.end))) continue;
        const c = cleanCompany(f.text);
        if (c) addCand(companyCands, c, p.weight * weightScale, p.name);
      }
    }
  }
  // "Payroll Specialist at Mirabel Insurance": a job title, then its employer.
  const roleAt = new RegExp(String.raw`(${ROLE_RUN})[ \t]+(?:at|with|for)[ \t]+${CO}`, 'gu');
  for (const [src, scale] of [
    [text, 1],
    [subject, 0.9],
  ] as const) {
    for (const m of src.matchAll(roleAt)) {
      const [, role = '', co = ''] = m;
      if (!roleHasHead(role) || /^,\s+(?:our|my|the|who)\b/i.test(src.slice(m.index + m[0].length)))
        continue;
      const c = cleanCompany(co);
      if (c) addCand(companyCands, c, 2 * scale, 'title-at');
    }
  }
  for (const seg of subjectSegments(subject)) {
    if (!CAPRUN_LINE.test(seg)) continue;
    const c = cleanCompany(seg);
    if (c && !isTitleSegment(c) && tokensOf(c).length <= 4)
      addCand(companyCands, c, 0.5, 'subject');
  }
  const tag = /^\[([^\]]{2,40})\]/.exec(subject);
  if (tag?.[1]) {
    const c = cleanCompany(tag[1]);
    if (c) addCand(companyCands, c, 1.5, 'subject-tag');
  }
  if (sender.company) addCand(companyCands, sender.company, 2.5, 'from');

  // A platform's own mailbox while the body names an employer: the sender is the platform.
  if (
    sender.company &&
    (sender.platformLike || domainMatches(fold(sender.company), sender.domain))
  ) {
    const own = fold(sender.company);
    const others = companyCands.filter(
      (c) =>
        c.source !== 'from' &&
        fold(c.text) !== own &&
        (sender.platformLike || c.source === 'acts' || c.source === 'behalf'),
    );
    if (tally(others).some((t) => t.score >= 1.5)) vendors.push(sender.company);
  }
  const inviter = inviterName(
    text,
    companyCands.filter((c) => c.source !== 'acts').map((c) => c.text),
  );
  const preliminary = companyCands
    .filter((c) => !inviter || fold(c.text) !== fold(inviter))
    .map((c) => c.text);

  // ---- signature
  const sig = readSignature(lines, sender, preliminary);
  for (const c of sig.companies) addCand(companyCands, c, 2.5, 'signature');

  // ---- contact
  let contactName = sig.name;
  if (!contactName) contactName = inviter ?? profileCardName(lines);
  if (contactName && sender.person) contactName = fuller(contactName, sender.person);

  // ---- company choice
  const vendorKeys = vendors.map(fold).filter(Boolean);
  const isVendor = (name: string): boolean => {
    const f = fold(name);
    return vendorKeys.some((v) => v === f || (f.startsWith(v) && v.length >= 4));
  };
  const personKeys = [contactName, sender.person].filter((x): x is string => !!x).map(fold);
  const filtered = companyCands.filter(
    (c) =>
      !isVendor(c.text) &&
      !personKeys.some((p) => p && (fold(c.text) === p || p.startsWith(fold(c.text)))),
  );
  // Agency outreach: the agency's own name is not the employer; a named client would be.
  const agency = AGENCY.test(whole);
  const employerCands = agency
    ? filtered.filter(
        (c) =>
          c.source !== 'from' &&
          c.source !== 'signature' &&
          !(sender.domain && domainMatches(fold(c.text), sender.domain)),
      )
    : filtered;
  let tallied = mergePrefixes(tally(employerCands), 'longer');
  for (const t of tallied) {
    if (sender.domain && fold(t.text) && domainMatches(fold(t.text), sender.domain))
      t.score += 0.75;
  }
  tallied = tallied.filter((t) => t.text.length >= 2);
  const viaPlatform =
    !!sender.vendor || (!!sender.company && isVendor(sender.company)) || sender.platformLike;
  const company = best(tallied, viaPlatform ? 0.75 : 1.5)?.text ?? null;

  // ---- role
  const role = extractRole(
    subject,
    replyThread,
    text,
    [company, sender.company].filter((x): x is string => !!x),
  );

  if (contactName && company && fold(contactName) === fold(company)) contactName = null;
  return { company, role, contactName };
}
