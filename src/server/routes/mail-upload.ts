import { createWriteStream } from 'node:fs';
import { mkdtemp, open, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { ReadableStream as WebReadableStream } from 'node:stream/web';
import { ReboundError } from '../../core/errors.js';
import { looksLikeRfc822 } from '../../mail/parse-message.js';

/** A whole mailbox export can be large; this route alone takes up to this much. */
export const maxUploadBytes = 512 * 1024 * 1024;

export type UploadKind = 'eml' | 'mbox';

export type SavedUpload = { path: string; bytes: number; remove: () => Promise<void> };

/** Answered with 413 by the route; an invalid_input error everywhere else. */
export class UploadTooLarge extends ReboundError {
  constructor() {
    super(
      'invalid_input',
      'That upload is more than 512 MB. Split the mailbox (most mail programs can export one folder at a time), or import it with the command line: rebound import mbox FILE.',
    );
  }
}

function tooLarge(): UploadTooLarge {
  return new UploadTooLarge();
}

/**
 * Streams a request body to a temporary file, so a large mailbox never sits in memory,
 * and stops as soon as it passes the limit.
 */
export async function saveUpload(
  body: ReadableStream<Uint8Array> | null,
  declaredLength: number | null,
): Promise<SavedUpload> {
  if (declaredLength !== null && declaredLength > maxUploadBytes) throw tooLarge();
  if (body === null) {
    throw new ReboundError(
      'invalid_input',
      'The upload was empty. Send the .eml or .mbox file as the request body.',
    );
  }
  const dir = await mkdtemp(join(tmpdir(), 'rebound-upload-'));
  const path = join(dir, 'upload');
  const remove = () => rm(dir, { recursive: true, force: true });
  let bytes = 0;
  const count = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      bytes += chunk.length;
      done(bytes > maxUploadBytes ? tooLarge() : null, chunk);
    },
  });
  try {
    await pipeline(
      Readable.fromWeb(body as WebReadableStream<Uint8Array>),
      count,
      createWriteStream(path),
    );
  } catch (error) {
    await remove();
    throw error;
  }
  return { path, bytes, remove };
}

/** The first bytes of a file, to tell an mbox from a single email. */
async function readHead(path: string): Promise<string> {
  const file = await open(path);
  try {
    const buffer = Buffer.alloc(4000);
    const { bytesRead } = await file.read(buffer, 0, buffer.length, 0);
    return buffer.subarray(0, bytesRead).toString('latin1');
  } finally {
    await file.close();
  }
}

/**
 * What the upload is: as the caller says (?kind=, or the content type), else from its
 * first line: an mbox starts with a "From " line, an email with its headers.
 */
export async function detectKind(
  upload: SavedUpload,
  said: UploadKind | undefined,
  contentType: string | null,
): Promise<UploadKind> {
  if (said) return said;
  const type = (contentType ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
  if (type === 'application/mbox') return 'mbox';
  if (type === 'message/rfc822') return 'eml';
  const head = await readHead(upload.path);
  if (head.startsWith('From ')) return 'mbox';
  if (looksLikeRfc822(head)) return 'eml';
  throw new ReboundError(
    'invalid_input',
    "This doesn't look like an email (.eml) or a mailbox export (.mbox). Export the mail again from your mail program, or say which it is with ?kind=eml or ?kind=mbox.",
  );
}
