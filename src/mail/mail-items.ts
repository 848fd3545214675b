import type { MailItem } from '../core/tracker/index.js';
import { looksLikeRfc822, parseMessage } from './parse-message.js';

/** One raw message as a reader found it, named for the report (a path, or file#number). */
export type RawMessage = { source: string; raw: Uint8Array } | { source: string; problem: string };

/** Parses raw messages as they stream in; one that isn't an email becomes a problem, not a throw. */
export async function* parseRawMessages(
  messages: AsyncIterable<RawMessage>,
): AsyncGenerator<MailItem> {
  for await (const message of messages) {
    if ('problem' in message) {
      yield message;
      continue;
    }
    const head = new TextDecoder().decode(message.raw.slice(0, 4000));
    if (!looksLikeRfc822(head)) {
      yield { source: message.source, problem: 'it does not start with email headers' };
      continue;
    }
    try {
      yield { source: message.source, mail: await parseMessage(message.raw) };
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      yield { source: message.source, problem: `it can't be parsed (${reason})` };
    }
  }
}
