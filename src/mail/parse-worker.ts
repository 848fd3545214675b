import { parentPort, workerData } from 'node:worker_threads';
import { parseRawWith } from './mail-items.js';
import { parseMessageParts, type ParsedParts } from './parse-message.js';
import { readMbox, type ReadMboxOptions } from './read-mbox.js';

// Runs in a worker thread: reads and parses an mbox while the main thread classifies and
// stores, so the two halves of an import use two cores. Messages cross in small batches and
// the main thread hands out credit, so only a few batches ever wait in memory.

export type WorkerRequest = { path: string; options: ReadMboxOptions };
export type WorkerItem = { source: string; checkpoint?: number } & (
  { mail: ParsedParts } | { problem: string }
);
export type WorkerBatch = { items: WorkerItem[]; isLast: boolean };

export const workerBatchSize = 50;

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
    batch.push(item);
    if (batch.length >= workerBatchSize) await send(false);
  }
  await send(true);
}

if (parentPort) await run(parentPort, workerData as WorkerRequest);
