import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import type { RawMessage } from './mail-items.js';

// latin1 maps every byte to one character and back, so message bytes survive untouched
// whatever charset each message uses.
const encoding = 'latin1';

function toMessage(path: string, number: number, lines: string[]): RawMessage {
  return { source: `${path}#${number}`, raw: Buffer.from(lines.join('\n'), encoding) };
}

/**
 * The messages of an mbox file, one at a time, so memory stays flat however large the file.
 * A message starts at a line beginning "From "; ">From " lines in bodies are unescaped.
 * A truncated last message is still handed over; the parser decides what it can read.
 */
export async function* readMbox(path: string): AsyncGenerator<RawMessage> {
  const stream = createReadStream(path, { encoding });
  const lines = createInterface({ input: stream, crlfDelay: Infinity });
  let current: string[] | null = null;
  let number = 0;
  try {
    for await (const line of lines) {
      if (line.startsWith('From ')) {
        if (current) yield toMessage(path, number, current);
        current = [];
        number++;
      } else if (current) {
        current.push(/^>+From /.test(line) ? line.slice(1) : line);
      }
    }
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    yield {
      source: path,
      problem:
        code === 'ENOENT' ? 'there is no such file' : `it can't be read (${code ?? String(error)})`,
    };
    return;
  }
  if (current) yield toMessage(path, number, current);
  else if (number === 0)
    yield { source: path, problem: 'it is not an mbox file (no "From " line)' };
}
