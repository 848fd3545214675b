import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { MailItem } from '../core/tracker/index.js';
import { withSanitizedHtml } from './parse-message.js';
import type { WorkerBatch, WorkerRequest } from './parse-worker.js';
import type { ReadMboxOptions } from './read-mbox.js';

/**
 * Batches the worker may have parsed ahead of the import: bounded, so memory stays flat. Two
 * keep both threads busy; four held employer mail long enough to age into the old generation
 * and raised the peak by about 30 MB.
 */
const creditAhead = 2;

// The thread keeps little alive between messages (one batch, the classifier's tables); a
// small young generation is collected more often and keeps the process's peak lower.
const resourceLimits = { maxYoungGenerationSizeMb: 8 };

// Built code has parse-worker.js beside this file. From the sources there is only the .ts:
// the worker then registers tsx (a dev dependency, as when running `npm run rebound`) first.
function startWorker(request: WorkerRequest): Worker {
  const built = new URL('./parse-worker.js', import.meta.url);
  if (existsSync(fileURLToPath(built)))
    return new Worker(built, { workerData: request, resourceLimits });
  const source = new URL('./parse-worker.ts', import.meta.url).href;
  const boot = `import('tsx/esm/api').then((tsx) => { tsx.register(); return import(${JSON.stringify(source)}); })`;
  return new Worker(boot, { eval: true, workerData: request, resourceLimits });
}

/**
 * The parsed messages of an mbox, read, parsed and classified in a worker thread so that
 * this runs beside storing. Same items, same order, same checkpoints as
 * parseRawMessages(readMbox(path)), each with its reading (readMail); mail that is not from
 * an employer comes without its body, which is not stored anyway.
 */
export async function* parseMboxInWorker(
  path: string,
  options: ReadMboxOptions = {},
): AsyncGenerator<MailItem> {
  const worker = startWorker({ path, options });
  const waiting: WorkerBatch[] = [];
  // Set from the worker's events; an object so the loop below reads their latest values.
  const state: { failure: Error | null; hasExited: boolean } = { failure: null, hasExited: false };
  let wake: (() => void) | null = null;
  const notify = () => {
    wake?.();
    wake = null;
  };
  worker.on('message', (batch: WorkerBatch) => {
    waiting.push(batch);
    notify();
  });
  worker.on('error', (error) => {
    state.failure = error;
    notify();
  });
  worker.on('exit', () => {
    state.hasExited = true;
    notify();
  });
  worker.postMessage(creditAhead);
  try {
    for (;;) {
      const batch = waiting.shift();
      if (!batch) {
        if (state.failure) throw state.failure;
        if (state.hasExited)
          throw new Error('The mailbox reader stopped before the end of the file.');
        await new Promise<void>((resolve) => (wake = resolve));
        continue;
      }
      worker.postMessage(1);
      for (const item of batch.items) {
        yield 'mail' in item ? { ...item, mail: withSanitizedHtml(item.mail) } : item;
      }
      if (batch.isLast) return;
    }
  } finally {
    await worker.terminate();
  }
}
