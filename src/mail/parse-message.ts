import PostalMime from 'postal-mime';
import { htmlToText } from './html-text.js';

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
  html: string | null;
};

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

/** Parses a raw message (RFC 822 / MIME); pasted text without headers is taken as the body. */
export async function parseMessage(raw: Uint8Array | string): Promise<ParsedMessage> {
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
      text: body,
      html: null,
    };
  }
  const email = await PostalMime.parse(raw, { attachmentEncoding: 'arraybuffer' });
  const from = email.from && 'address' in email.from ? email.from : undefined;
  const html = email.html ?? null;
  return {
    messageId: email.messageId ?? null,
    inReplyTo: email.inReplyTo ?? null,
    references: (email.references ?? '').split(/\s+/).filter(Boolean),
    date: email.date ?? null,
    subject: email.subject ?? '',
    from: formatSender(from),
    fromAddress: from?.address ?? null,
    text: email.text?.trim() ? email.text : html ? htmlToText(html) : '',
    html,
  };
}
