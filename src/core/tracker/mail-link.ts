import type { Application } from '../records.js';
import type { TrackerContext } from './context.js';

/** An email as the import needs it; the mail edge's parsed message fits this shape. */
export type IncomingMail = {
  messageId: string | null;
  inReplyTo: string | null;
  references: string[];
  date: string | null;
  subject: string;
  from: string;
  text: string;
  /** The HTML part, already sanitized at the mail edge; never raw HTML. */
  sanitizedHtml?: string | null;
};

/** Message-IDs compare without their angle brackets and case. */
export function normalizeMessageId(id: string): string {
  return id.trim().replace(/^<|>$/g, '').toLowerCase();
}

/** A 53-bit string hash (cyrb53): stable across runs and platforms, no IO needed. */
function hashText(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}

/** The Message-ID, or for a message without one a stable id from what it says. */
export function messageKey(mail: IncomingMail): string {
  if (mail.messageId?.trim()) return normalizeMessageId(mail.messageId);
  const text = [mail.date ?? '', mail.from, mail.subject, mail.text.replace(/\r\n/g, '\n')];
  return `hash:${hashText(text.join('\u0000'))}`;
}

/** Company and role names compare case-insensitively, ignoring punctuation and spacing. */
export function nameKey(name: string): string {
  return name
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

export type LinkResult =
  | { kind: 'matched'; application: Application; via: 'thread' | 'company_role' }
  | { kind: 'ambiguous'; application: Application | null; reason: string }
  | { kind: 'none' };

async function linkByThread(ctx: TrackerContext, mail: IncomingMail): Promise<Application | null> {
  const ids = [mail.inReplyTo, ...mail.references]
    .filter((id): id is string => Boolean(id?.trim()))
    .map(normalizeMessageId);
  const earlier = await ctx.store.mail.findByMessageIds(ctx.userId, ids);
  for (const message of earlier.reverse()) {
    if (message.applicationId === null) continue;
    const application = await ctx.store.applications.get(ctx.userId, message.applicationId);
    if (application) return application;
  }
  return null;
}

/**
 * Finds the application an email is about: by thread first, then by company and role.
 * Company alone never links; a company with one application and no role in the email is
 * offered for review instead.
 */
export async function linkApplication(
  ctx: TrackerContext,
  mail: IncomingMail,
  parties: { company: string | null; role: string | null },
): Promise<LinkResult> {
  const threaded = await linkByThread(ctx, mail);
  if (threaded) return { kind: 'matched', application: threaded, via: 'thread' };
  if (!parties.company) return { kind: 'none' };
  const company = nameKey(parties.company);
  // Narrow in the database by the company's longest plain-ASCII word (the database folds
  // case reliably only for those), then compare whole names here: listing every application
  // per email made a large import slow down as it went.
  const word = company
    .split(' ')
    .filter((w) => /^[a-z0-9]+$/.test(w))
    .reduce((a, b) => (b.length > a.length ? b : a), '');
  const candidates = await ctx.store.applications.list(ctx.userId, word ? { company: word } : {});
  const atCompany = candidates.filter((a) => nameKey(a.company) === company);
  if (parties.role) {
    const role = nameKey(parties.role);
    const same = atCompany.find((a) => nameKey(a.role) === role);
    return same ? { kind: 'matched', application: same, via: 'company_role' } : { kind: 'none' };
  }
  if (atCompany.length === 1) {
    return {
      kind: 'ambiguous',
      application: atCompany[0] ?? null,
      reason: `the email names ${parties.company} but no role; it may be about your one application there`,
    };
  }
  return atCompany.length > 1
    ? {
        kind: 'ambiguous',
        application: null,
        reason: `the email names ${parties.company} but no role, and you applied there more than once`,
      }
    : { kind: 'none' };
}
