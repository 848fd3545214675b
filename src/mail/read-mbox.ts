import { createReadStream } from 'node:fs';
import type { RawMessage } from './mail-items.js';

const newline = 0x0a;
const fromLine = Buffer.from('From ');
const separator = Buffer.from('\nFrom ');
const escapedFrom = Buffer.from('>From ');
const maxJunkLine = 1 << 20;

/**
 * Removes one ">" from each line that reads ">From ", ">>From "…: mail programs add it so
 * a body line starting "From " does not look like the start of the next message.
 */
export function unescapeFromLines(raw: Buffer): Buffer {
  const kept: Buffer[] = [];
  let copiedUpTo = 0;
  for (let i = raw.indexOf(escapedFrom); i >= 0; i = raw.indexOf(escapedFrom, i + 1)) {
    let lineStart = i;
    while (lineStart > 0 && raw[lineStart - 1] === 0x3e) lineStart--;
    if (lineStart > 0 && raw[lineStart - 1] !== newline) continue;
    kept.push(raw.subarray(copiedUpTo, lineStart));
    copiedUpTo = lineStart + 1;
  }
  if (kept.length === 0) return raw;
  kept.push(raw.subarray(copiedUpTo));
  return Buffer.concat(kept);
}

/** The message without the blank line mbox writers put before the next "From " line. */
function withoutFinalNewline(raw: Buffer): Buffer {
  let end = raw.length;
  if (raw[end - 1] === newline) end--;
  if (raw[end - 1] === 0x0d) end--;
  return raw.subarray(0, end);
}

function toMessage(path: string, number: number, parts: Buffer[], checkpoint: number): RawMessage {
  const raw = unescapeFromLines(withoutFinalNewline(Buffer.concat(parts)));
  return { source: `${path}#${number}`, raw, checkpoint };
}

function describeReadError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'there is no such file';
  if (code === 'EISDIR') return 'it is a folder, not an mbox file';
  return `it can't be read (${code ?? String(error)})`;
}

export type ReadMboxOptions = {
  /** Start at this byte offset: the start of a "From " line a previous run stopped before. */
  fromOffset?: number;
  /** Message numbers in sources continue from here when resuming (the count already read). */
  firstNumber?: number;
  /** How to name the file in the report (an upload's name rather than its temporary path). */
  name?: string;
};

/**
 * The messages of an mbox file, one at a time, read in chunks: memory holds one chunk and
 * the message being read, however large the file. A message starts at a line beginning
 * "From "; its bytes are handed over untouched (whatever their charset) apart from the
 * ">From " unescaping. Each message carries `checkpoint`, the byte offset just after it,
 * where a later run can resume. A truncated last message is still handed over; the parser
 * decides what it can read.
 */
export async function* readMbox(
  path: string,
  options: ReadMboxOptions = {},
): AsyncGenerator<RawMessage> {
  const start = options.fromOffset ?? 0;
  const name = options.name ?? path;
  let number = options.firstNumber ?? 0;
  let buffer: Buffer = Buffer.alloc(0);
  let bufferOffset = start;
  let parts = null as Buffer[] | null;
  let sawAnything = false;
  let isInsideLongLine = false;
  try {
    for await (const chunk of createReadStream(path, { start, highWaterMark: 1 << 20 })) {
      buffer = buffer.length > 0 ? Buffer.concat([buffer, chunk as Buffer]) : (chunk as Buffer);
      sawAnything = true;
      let pos = 0;
      for (;;) {
        if (parts === null) {
          // Before the first message (or junk before it): look for a whole "From " line.
          const end = buffer.indexOf(newline, pos);
          if (end < 0) {
            // A line this long is not a "From " line; drop it rather than hold it.
            if (buffer.length - pos > maxJunkLine) {
              isInsideLongLine = true;
              pos = buffer.length;
            }
            break;
          }
          if (isInsideLongLine) isInsideLongLine = false;
          else if (buffer.subarray(pos, pos + 5).equals(fromLine)) {
            parts = [];
            number++;
          }
          pos = end + 1;
          continue;
        }
        // `pos` is always at a line start here.
        const at = buffer.subarray(pos, pos + 5).equals(fromLine)
          ? pos
          : buffer.indexOf(separator, pos);
        const next = at < 0 ? -1 : at === pos ? pos : at + 1;
        if (next < 0) {
          // Keep whole lines; a partial last line may be the start of a "From " line.
          const lastNewline = buffer.lastIndexOf(newline);
          if (lastNewline >= pos) {
            parts.push(buffer.subarray(pos, lastNewline + 1));
            pos = lastNewline + 1;
          }
          break;
        }
        parts.push(buffer.subarray(pos, next));
        yield toMessage(name, number, parts, bufferOffset + next);
        parts = null;
        pos = next;
      }
      buffer = buffer.subarray(pos);
      bufferOffset += pos;
    }
  } catch (error) {
    yield { source: name, problem: describeReadError(error) };
    return;
  }
  if (parts !== null) {
    parts.push(buffer);
    yield toMessage(name, number, parts, bufferOffset + buffer.length);
  } else if (start === 0 && number === (options.firstNumber ?? 0)) {
    yield {
      source: name,
      problem: sawAnything
        ? 'it is not an mbox file (no line starts with "From ")'
        : 'the file is empty',
    };
  }
}
