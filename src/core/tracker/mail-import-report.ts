import type { EmailLabel } from '../classify/types.js';
import { isReboundError } from '../errors.js';
import type { ReboundStore } from '../ports.js';
import type { MailMessage } from '../records.js';
import type { TrackerContext } from './context.js';
import {
  AlreadyImported,
  describeMessage,
  placeEmployerEmail,
  type IncomingMail,
  type MailImportResult,
} from './mail-import.js';

/**
 * One item a mail reader hands over: a parsed email, or why it could not be read.
 * `checkpoint` is where a resumable reader (mbox) would start again after this item.
 */
export type MailItem = { source: string; checkpoint?: number } & (
  { mail: IncomingMail } | { problem: string }
);

export type MailImportReport = {
  read: number;
  /** Employer emails by what they are; non-employer mail is counted in `skipped`. */
  employerByLabel: Partial<Record<Exclude<EmailLabel, 'other'>, number>>;
  applicationsCreated: number;
  applicationsUpdated: number;
  needsReview: number;
  alreadyImported: number;
  skipped: number;
  /** Messages that could not be read, with why; only the first ones are listed. */
  unparsable: { source: string; reason: string }[];
  /** How many could not be read in all (more than are listed when there were many). */
  unparsableCount: number;
  /** Set when this run picked up an interrupted import of the same file at this byte. */
  resumedFromOffset?: number;
  /** Set when the same file was already imported in full, so nothing was read again. */
  alreadyFinishedAt?: string;
};

/** Enough examples to see what went wrong without a huge mailbox filling memory. */
export const maxListedUnparsable = 200;

export function emptyMailReport(): MailImportReport {
  return {
    read: 0,
    employerByLabel: {},
    applicationsCreated: 0,
    applicationsUpdated: 0,
    needsReview: 0,
    alreadyImported: 0,
    skipped: 0,
    unparsable: [],
    unparsableCount: 0,
  };
}

export function noteUnparsable(report: MailImportReport, source: string, reason: string): void {
  report.unparsableCount++;
  if (report.unparsable.length < maxListedUnparsable) report.unparsable.push({ source, reason });
}

function count(report: MailImportReport, result: MailImportResult): void {
  if (result.status === 'already_imported') report.alreadyImported++;
  if (result.status === 'skipped') report.skipped++;
  if (result.status === 'needs_review') report.needsReview++;
  if (result.label !== null && result.label !== 'other') {
    report.employerByLabel[result.label] = (report.employerByLabel[result.label] ?? 0) + 1;
  }
  if (result.isApplicationCreated) report.applicationsCreated++;
  if (result.isApplicationUpdated) report.applicationsUpdated++;
}

export type MailImportOptions = {
  /** Called after each batch is stored. */
  onProgress?: (report: MailImportReport) => void;
  /**
   * Called inside the transaction that stored a batch, with the last checkpoint in it, so
   * "how far we got" lands together with the messages it covers.
   */
  onCheckpoint?: (
    store: ReboundStore,
    checkpoint: number,
    report: MailImportReport,
  ) => Promise<void>;
  /** Messages stored per transaction. */
  batchSize?: number;
};

type Prepared = { source: string; message: MailMessage; mail: IncomingMail };

/** One employer email in its own savepoint: a failure undoes that email only. */
async function placeOne(ctx: TrackerContext, item: Prepared, report: MailImportReport) {
  try {
    count(
      report,
      await ctx.store.transaction((store) =>
        placeEmployerEmail({ ...ctx, store }, item.message, item.mail),
      ),
    );
  } catch (error) {
    if (error instanceof AlreadyImported) report.alreadyImported++;
    else if (isReboundError(error)) noteUnparsable(report, item.source, error.message);
    else throw error;
  }
}

/**
 * Stores one batch in one transaction: mail that is not from employers in a single insert,
 * employer emails one by one (they may create applications and log rejections).
 */
async function importBatch(
  ctx: TrackerContext,
  items: MailItem[],
  report: MailImportReport,
  options: MailImportOptions,
): Promise<void> {
  const prepared: Prepared[] = [];
  for (const item of items) {
    report.read++;
    if ('problem' in item) noteUnparsable(report, item.source, item.problem);
    else
      prepared.push({
        source: item.source,
        mail: item.mail,
        message: describeMessage(ctx, item.mail),
      });
  }
  const keys = prepared.map((p) => p.message.messageId);
  const seen = new Set(
    (await ctx.store.mail.findByMessageIds(ctx.userId, keys)).map((m) => m.messageId),
  );
  const fresh = prepared.filter((p) => {
    const isNew = !seen.has(p.message.messageId);
    seen.add(p.message.messageId);
    if (!isNew) report.alreadyImported++;
    return isNew;
  });
  const checkpoint = items.findLast((item) => item.checkpoint !== undefined)?.checkpoint;
  await ctx.store.transaction(async (store) => {
    const inner: TrackerContext = { ...ctx, store };
    const others = fresh.filter((p) => p.message.label === 'other').map((p) => p.message);
    const inserted = others.length > 0 ? await store.mail.insertManyIfNew(others) : 0;
    report.skipped += inserted;
    report.alreadyImported += others.length - inserted;
    for (const item of fresh) {
      if (item.message.label !== 'other') await placeOne(inner, item, report);
    }
    if (checkpoint !== undefined) await options.onCheckpoint?.(store, checkpoint, report);
  });
  options.onProgress?.(report);
}

/**
 * Imports a stream of emails in batches. A message that can't be read or imported is
 * reported in `unparsable` and the import goes on.
 *
 * Items are read a batch ahead of storing. Passing just a progress callback keeps the
 * older contract: batches of one, so when the next item is asked for, the previous one is
 * stored (the IMAP sync records its place that way).
 */
export async function importMessages(
  ctx: TrackerContext,
  items: AsyncIterable<MailItem> | Iterable<MailItem>,
  optionsOrProgress: MailImportOptions | ((report: MailImportReport) => void) = {},
  report: MailImportReport = emptyMailReport(),
): Promise<MailImportReport> {
  const options: MailImportOptions =
    typeof optionsOrProgress === 'function'
      ? { onProgress: optionsOrProgress, batchSize: 1 }
      : optionsOrProgress;
  const batchSize = options.batchSize ?? 200;
  let batch: MailItem[] = [];
  for await (const item of items) {
    batch.push(item);
    if (batch.length >= batchSize) {
      await importBatch(ctx, batch, report, options);
      batch = [];
    }
  }
  if (batch.length > 0) await importBatch(ctx, batch, report, options);
  return report;
}
