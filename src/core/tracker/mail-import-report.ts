import type { EmailLabel } from '../classify/types.js';
import { isReboundError } from '../errors.js';
import type { ReboundStore } from '../ports.js';
import type { MailMessage } from '../records.js';
import type { TrackerContext } from './context.js';
import { rememberApplications, withinSavepoint } from './mail-batch-store.js';
import {
  AlreadyImported,
  carryOutPlan,
  describeMessage,
  placeEmployerEmail,
  planEmployerEmail,
  plannedMessage,
  resultFor,
  type EmployerPlan,
  type IncomingMail,
  type MailImportResult,
  type MailReading,
} from './mail-import.js';

/**
 * One item a mail reader hands over: a parsed email, or why it could not be read.
 * `checkpoint` is where a resumable reader (mbox) would start again after this item.
 * `reading` is readMail(mail) when the reader worked it out already (in its own thread);
 * then mail not from an employer may come without its body.
 */
export type MailItem = { source: string; checkpoint?: number } & (
  { mail: IncomingMail; reading?: MailReading } | { problem: string }
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
  /**
   * How many could not be read in all (more than are listed when there were many). Always
   * set by this importer; optional so reports stored before it existed still read.
   */
  unparsableCount?: number;
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
  report.unparsableCount = (report.unparsableCount ?? 0) + 1;
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

/** One employer email that changes applications, in its own savepoint: a failure undoes it alone. */
async function placeOne(
  ctx: TrackerContext,
  item: Prepared,
  plan: EmployerPlan,
  report: MailImportReport,
  forgetRemembered: () => void,
) {
  try {
    count(
      report,
      await ctx.store.transaction((store) =>
        placeEmployerEmail({ ...ctx, store: withinSavepoint(store) }, item.message, plan),
      ),
    );
  } catch (error) {
    // The savepoint undid this email's writes; what was remembered of them is wrong now.
    forgetRemembered();
    if (error instanceof AlreadyImported) report.alreadyImported++;
    else if (isReboundError(error)) noteUnparsable(report, item.source, error.message);
    else throw error;
  }
}

/** Why an optimistic batch is given up and stored again email by email. */
class RetryCarefully extends Error {}

/**
 * Emails waiting to be stored with one insert: those that need nothing but storing (mail not
 * from employers, emails for review, confirmations of what is known) and, on the optimistic
 * pass, applied emails too, whose changes are already written.
 */
function pendingInserts(store: ReboundStore, report: MailImportReport, isCareful: boolean) {
  let pending: { message: MailMessage; result: MailImportResult }[] = [];
  return {
    add(message: MailMessage, result: MailImportResult) {
      pending.push({ message, result });
    },
    async flush() {
      if (pending.length === 0) return;
      const inserted = await store.mail.insertManyIfNew(pending.map((p) => p.message));
      // Only another import racing this one can have stored some of them meanwhile. On the
      // optimistic pass an applied email among them must not keep its changes: start again.
      if (inserted === pending.length) for (const p of pending) count(report, p.result);
      else if (!isCareful) throw new RetryCarefully();
      else report.alreadyImported += pending.length;
      pending = [];
    },
  };
}

function hasThreadHeaders(mail: IncomingMail): boolean {
  return mail.inReplyTo !== null || mail.references.length > 0;
}

/** Sorts out what each item is, and drops the ones already stored (or repeated in the batch). */
async function prepareBatch(
  ctx: TrackerContext,
  items: MailItem[],
  report: MailImportReport,
): Promise<Prepared[]> {
  const prepared: Prepared[] = [];
  for (const item of items) {
    report.read++;
    if ('problem' in item) noteUnparsable(report, item.source, item.problem);
    else
      prepared.push({
        source: item.source,
        mail: item.mail,
        message: describeMessage(ctx, item.mail, item.reading),
      });
  }
  const keys = prepared.map((p) => p.message.messageId);
  const stored = await ctx.store.mail.findByMessageIds(ctx.userId, keys);
  const seen = new Set(stored.map((m) => m.messageId));
  return prepared.filter((p) => {
    const isNew = !seen.has(p.message.messageId);
    seen.add(p.message.messageId);
    if (!isNew) report.alreadyImported++;
    return isNew;
  });
}

/**
 * Stores one batch in one transaction. Emails that change applications are applied one by
 * one, in order; the rest are stored together. A reply is linked by its thread, so what is
 * waiting is stored before one is looked at.
 *
 * First optimistically, without a savepoint per email (two queries each, on every applied
 * email). If any email fails, the whole batch rolls back and is stored again carefully, each
 * applied email in its own savepoint, so one bad email costs only itself.
 */
async function storeBatch(
  ctx: TrackerContext,
  fresh: Prepared[],
  report: MailImportReport,
  checkpoint: number | undefined,
  options: MailImportOptions & { isCareful: boolean },
): Promise<void> {
  await ctx.store.transaction(async (txStore) => {
    const remembered = rememberApplications(txStore);
    const store = remembered.store;
    const inner: TrackerContext = { ...ctx, store };
    const pending = pendingInserts(store, report, options.isCareful);
    for (const item of fresh) {
      const { message } = item;
      if (message.label === 'other') {
        pending.add(message, resultFor(message.messageId, { status: 'skipped', label: 'other' }));
        continue;
      }
      if (hasThreadHeaders(item.mail)) await pending.flush();
      const plan = await planEmployerEmail(inner, message, item.mail);
      if (plan.hasChanges) {
        if (options.isCareful) await placeOne(inner, item, plan, report, remembered.forget);
        else await placeOptimistically(inner, item, plan, pending);
        continue;
      }
      const stored = plannedMessage(message, plan);
      pending.add(
        stored,
        resultFor(message.messageId, {
          status: plan.status,
          label: message.label,
          applicationId: stored.applicationId,
          reason: plan.reason,
        }),
      );
    }
    await pending.flush();
    if (checkpoint !== undefined) await options.onCheckpoint?.(store, checkpoint, report);
  });
}

/** Applies an employer email; the email itself waits with the others for one insert. */
async function placeOptimistically(
  ctx: TrackerContext,
  item: Prepared,
  plan: EmployerPlan,
  pending: ReturnType<typeof pendingInserts>,
) {
  try {
    const flat = { ...ctx, store: withinSavepoint(ctx.store) };
    const { stored, result } = await carryOutPlan(flat, item.message, plan);
    pending.add(stored, result);
  } catch (error) {
    if (error instanceof AlreadyImported || isReboundError(error)) throw new RetryCarefully();
    throw error;
  }
}

async function importBatch(
  ctx: TrackerContext,
  items: MailItem[],
  report: MailImportReport,
  options: MailImportOptions,
): Promise<void> {
  const fresh = await prepareBatch(ctx, items, report);
  const checkpoint = items.findLast((item) => item.checkpoint !== undefined)?.checkpoint;
  const before = structuredClone(report);
  try {
    await storeBatch(ctx, fresh, report, checkpoint, { ...options, isCareful: false });
  } catch (error) {
    if (!(error instanceof RetryCarefully)) throw error;
    Object.assign(report, structuredClone(before));
    await storeBatch(ctx, fresh, report, checkpoint, { ...options, isCareful: true });
  }
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
