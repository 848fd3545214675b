import { parentPort, workerData } from 'node:worker_threads';
import { readMail, type MailReading } from '../core/tracker/mail-reading.js';
import { installChunkBlob } from './chunk-blob.js';
import { parseRawWith } from './mail-items.js';
import { parseMessageParts, type ParsedParts } from './parse-message-parts.js';
import { readMbox, type ReadMboxOptions } from './read-mbox.js';

// Runs in a worker thread: reads, parses and classifies an mbox while the main thread
// stores, so the two halves of an import use two cores. Messages cross in small batches and
// the main thread hands out credit, so only a few batches ever wait in memory.

export type WorkerRequest = { path: string; options: ReadMboxOptions };
export type WorkerItem = { source: string; checkpoint?: number } & (
  { mail: ParsedParts; reading: MailReading } | { problem: string }
);
export type WorkerBatch = { items: WorkerItem[]; isLast: boolean };

export const workerBatchSize = 50;

/**
 * The message with what the classifier makes of it. Mail not from an employer is stored
 * with its headers only, so its body (often most of the mailbox) does not cross at all.
 */
function withReading(mail: ParsedParts, at: { source: string; checkpoint?: number }): WorkerItem {
  const reading = readMail(mail);
  const kept = reading.label === 'other' ? { ...mail, text: '', rawHtml: null } : mail;
  return { ...at, mail: kept, reading };
}

async function run(port: NonNullable<typeof parentPort>, request: WorkerRequest) {
  let credit = 0;
  let wake: (() => void) | null = null;
  port.on('message', (granted: number) => {
    credit += granted;
    wake?.();
    wake = null;
  });
  const waitForCredit = () =>
    credit > 0 ? Promise.resolve() : new Promise<void>((resolve) => (wake = resolve));
  let batch: WorkerItem[] = [];
  const send = async (isLast: boolean) => {
    await waitForCredit();
    credit--;
    port.postMessage({ items: batch, isLast } satisfies WorkerBatch);
    batch = [];
  };
  const parsed = parseRawWith(readMbox(request.path, request.options), parseMessageParts);
  for await (const item of parsed) {
    batch.push('mail' in item ? withReading(item.mail, item) : item);
    if (batch.length >= workerBatchSize) await send(false);
  }
  await send(true);
}

if (parentPort) {
  installChunkBlob();
  await run(parentPort, workerData as WorkerRequest);
}
