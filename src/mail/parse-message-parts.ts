import PostalMime from 'postal-mime';
import { htmlToText } from './html-text.js';

// Parsing without sanitizing, so the mbox parsing thread does not load the sanitizer: the
// main thread sanitizes the HTML of the mail it keeps (see parse-message.ts).

/** What Rebound keeps of a message: enough to classify, link and show it, never attachments. */
export type ParsedMessage = {
  messageId: string | null;
  inReplyTo: string | null;
  references: string[];
  date: string | null;
  subject: string;
  from: string;
  fromAddress: string | null;
  /** Plain text; from the HTML part when the message has no text part. */
  text: string;
  /** The HTML part after sanitizing (see sanitize-email-html.ts); the raw HTML is not kept. */
  sanitizedHtml: string | null;
};

// Employer emails are short; a longer body is a newsletter, a log or a pasted thread, and
// what decides its meaning sits at the top. Capping keeps one huge message from costing
// more than its own size in the classifier and the database.
export const maxTextChars = 100_000;
const maxHtmlChars = 400_000;

const headerStart = /^(?:[\x21-\x39\x3b-\x7e]+:[^\n]*\n)+/;

/** True when the bytes start like an RFC 822 message (header lines), not pasted body text. */
export function looksLikeRfc822(text: string): boolean {
  const head = text.slice(0, 2000).replace(/\r\n/g, '\n');
  return (
    headerStart.test(head) &&
    /^(from|subject|date|message-id|received|return-path|mime-version|to|delivered-to):/im.test(
      head,
    )
  );
}

function formatSender(from: { name?: string; address?: string } | undefined): string {
  if (!from) return '';
  if (from.name && from.address) return `${from.name} <${from.address}>`;
  return from.name ?? from.address ?? '';
}

/** A parsed message before its HTML is sanitized: what crosses from a parsing thread. */
export type ParsedParts = Omit<ParsedMessage, 'sanitizedHtml'> & { rawHtml: string | null };

/** Parses a raw message (RFC 822 / MIME); pasted text without headers is taken as the body. */
export async function parseMessageParts(raw: Uint8Array | string): Promise<ParsedParts> {
  const asText = typeof raw === 'string' ? raw : new TextDecoder().decode(raw.slice(0, 4000));
  if (!looksLikeRfc822(asText)) {
    const body = typeof raw === 'string' ? raw : new TextDecoder().decode(raw);
    return {
      messageId: null,
      inReplyTo: null,
      references: [],
      date: null,
      subject: '',
      from: '',
      fromAddress: null,
      text: body.slice(0, maxTextChars),
      rawHtml: null,
    };
  }
  const email = await PostalMime.parse(raw, { attachmentEncoding: 'arraybuffer' });
  const from = email.from && 'address' in email.from ? email.from : undefined;
  // Cut before sanitizing, so the sanitizer closes whatever the cut left open.
  const html = email.html ? email.html.slice(0, maxHtmlChars) : null;
  const text = email.text?.trim() ? email.text : html ? htmlToText(html) : '';
  return {
    messageId: email.messageId ?? null,
    inReplyTo: email.inReplyTo ?? null,
    references: (email.references ?? '').split(/\s+/).filter(Boolean),
    date: email.date ?? null,
    subject: email.subject ?? '',
    from: formatSender(from),
    fromAddress: from?.address ?? null,
    text: text.slice(0, maxTextChars),
    rawHtml: html,
  };
}
