import type { MailItem } from '../core/tracker/index.js';
import { looksLikeRfc822 } from './parse-message-parts.js';

/**
 * One raw message as a reader found it, named for the report (a path, or file#number).
 * `checkpoint` is where a reader that can resume would start again after this message.
 */
export type RawMessage = { source: string; checkpoint?: number } & (
  { raw: Uint8Array } | { problem: string }
);

function describeParseError(error: unknown): string {
  const reason = error instanceof Error ? error.message : String(error);
  return `it can't be parsed (${reason.slice(0, 200)})`;
}

type Parsed<T> = { source: string; checkpoint?: number } & ({ mail: T } | { problem: string });

/** Parses raw messages with `parse`; one that isn't an email becomes a problem, not a throw. */
export async function* parseRawWith<T>(
  messages: AsyncIterable<RawMessage>,
  parse: (raw: Uint8Array) => Promise<T>,
): AsyncGenerator<Parsed<T>> {
  for await (const message of messages) {
    const at = message.checkpoint === undefined ? {} : { checkpoint: message.checkpoint };
    if ('problem' in message) {
      yield message;
      continue;
    }
    if (message.raw.length === 0) {
      yield { source: message.source, ...at, problem: 'it is empty' };
      continue;
    }
    const head = new TextDecoder().decode(message.raw.subarray(0, 4000));
    if (!looksLikeRfc822(head)) {
      yield { source: message.source, ...at, problem: 'it does not start with email headers' };
      continue;
    }
    try {
      yield { source: message.source, ...at, mail: await parse(message.raw) };
    } catch (error) {
      yield { source: message.source, ...at, problem: describeParseError(error) };
    }
  }
}

/** Parses raw messages as they stream in, ready to import. */
export async function* parseRawMessages(
  messages: AsyncIterable<RawMessage>,
): AsyncGenerator<MailItem> {
  // Loaded here: the mbox parsing thread uses parseRawWith and never needs the sanitizer.
  const { parseMessage } = await import('./parse-message.js');
  yield* parseRawWith(messages, parseMessage);
}
