import { readFile } from 'node:fs/promises';
import { ReboundError } from '../core/errors.js';

async function readBytes(path: string): Promise<Uint8Array> {
  if (path === '-') {
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks);
  }
  try {
    return await readFile(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason =
      code === 'ENOENT'
        ? 'there is no such file'
        : code === 'EISDIR'
          ? 'it is a folder'
          : `it can't be read (${code ?? 'unknown error'})`;
    throw new ReboundError('invalid_input', `Can't open ${path}: ${reason}.`);
  }
}

export { readBytes };

/** A text file (or stdin for "-") that must be UTF-8; says so plainly when it isn't. */
export async function readText(path: string): Promise<string> {
  const bytes = await readBytes(path);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const where = path === '-' ? 'The text on standard input' : path;
    throw new ReboundError(
      'invalid_input',
      `${where} is not UTF-8 text. Save it as UTF-8 and try again.`,
    );
  }
}
