import { parseMessageParts, type ParsedMessage, type ParsedParts } from './parse-message-parts.js';
import { sanitizeEmailHtml } from './sanitize-email-html.js';

export {
  looksLikeRfc822,
  maxTextChars,
  parseMessageParts,
  type ParsedMessage,
  type ParsedParts,
} from './parse-message-parts.js';

/**
 * The message with its HTML sanitized on first use: sanitizing costs more than parsing,
 * and only employer emails keep their HTML. The raw HTML is not a property of the result.
 */
export function withSanitizedHtml(parts: ParsedParts): ParsedMessage {
  const { rawHtml, ...fields } = parts;
  let sanitized: string | null | undefined;
  return {
    ...fields,
    get sanitizedHtml() {
      sanitized ??= rawHtml ? sanitizeEmailHtml(rawHtml) || null : null;
      return sanitized;
    },
  };
}

export async function parseMessage(raw: Uint8Array | string): Promise<ParsedMessage> {
  return withSanitizedHtml(await parseMessageParts(raw));
}
