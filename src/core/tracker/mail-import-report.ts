import type { EmailLabel } from '../classify/types.js';
import { isReboundError } from '../errors.js';
import type { ReboundStore } from '../ports.js';
import type { Application, MailMessage } from '../records.js';
import type { TrackerContext } from './context.js';
import {
  AlreadyImported,
  describeMessage,
  placeEmployerEmail,
  planEmployerEmail,
  plannedMessage,
  resultFor,
  type EmployerPlan,
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

/**
 * Inside the savepoint of one email, the services' own transactions need no savepoint of
 * their own: if anything fails, the email's savepoint undoes all of it. Two queries fewer
 * per service call, on the path every applied email takes.
 */
function withinSavepoint(store: ReboundStore): ReboundStore {
  const flat: ReboundStore = { ...store, transaction: (work) => work(flat) };
  return flat;
}

/** One employer email that changes applications, in its own savepoint: a failure undoes it alone. */
async function placeOne(
  ctx: TrackerContext,
  item: Prepared,
  plan: EmployerPlan,
  report: MailImportReport,
) {
  try {
    count(
      report,
      await ctx.store.transaction((store) =>
        placeEmployerEmail({ ...ctx, store: withinSavepoint(store) }, item.message, plan),
      ),
    );
  } catch (error) {
    if (error instanceof AlreadyImported) report.alreadyImported++;
    else if (isReboundError(error)) noteUnparsable(report, item.source, error.message);
    else throw error;
  }
}

/**
 * Emails that need nothing but storing (mail not from employers, emails for review,
 * confirmations of what is known) wait here and go in with one insert.
 */
function pendingInserts(store: ReboundStore, report: MailImportReport) {
  let pending: { message: MailMessage; result: MailImportResult }[] = [];
  return {
    add(message: MailMessage, result: MailImportResult) {
      pending.push({ message, result });
    },
    async flush() {
      if (pending.length === 0) return;
      const inserted = await store.mail.insertManyIfNew(pending.map((p) => p.message));
      // All or most went in; another import racing this one is the only way some did not.
      if (inserted === pending.length) for (const p of pending) count(report, p.result);
      else report.alreadyImported += pending.length;
      pending = [];
    },
  };
}

/**
 * The same store, remembering application lists until an application is added or removed.
 * Linking looks up the company of every employer email; in a mailbox most of them name the
 * same few companies, and nothing changes between most lookups.
 */
function rememberApplicationLists(store: ReboundStore): ReboundStore {
  const lists = new Map<string, Application[]>();
  const forget =
    <A extends unknown[], R>(write: (...args: A) => Promise<R>) =>
    (...args: A): Promise<R> => {
      lists.clear();
      return write(...args);
    };
  const wrap = (inner: ReboundStore): ReboundStore => ({
    ...inner,
    transaction: (work) => inner.transaction((tx) => work(wrap(tx))),
    applications: {
      ...inner.applications,
      insert: forget((row: Application) => inner.applications.insert(row)),
      delete: forget((userId: string, id: string) => inner.applications.delete(userId, id)),
      // Logging a rejection or moving a stage keeps the name: patch the remembered copies
      // instead of forgetting them all.
      update: async (row) => {
        await inner.applications.update(row);
        for (const [key, list] of lists) {
          const index = list.findIndex((a) => a.id === row.id);
          const known = list[index];
          if (!known) continue;
          if (known.company !== row.company || known.role !== row.role) lists.delete(key);
          else list[index] = row;
        }
      },
      list: async (userId, filter) => {
        const key = JSON.stringify([userId, filter]);
        const known = lists.get(key);
        if (known) return known;
        const found = await inner.applications.list(userId, filter);
        lists.set(key, found);
        return found;
      },
    },
  });
  return wrap(store);
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
        message: describeMessage(ctx, item.mail),
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
 */
async function importBatch(
  ctx: TrackerContext,
  items: MailItem[],
  report: MailImportReport,
  options: MailImportOptions,
): Promise<void> {
  const fresh = await prepareBatch(ctx, items, report);
  const checkpoint = items.findLast((item) => item.checkpoint !== undefined)?.checkpoint;
  await ctx.store.transaction(async (txStore) => {
    const store = rememberApplicationLists(txStore);
    const inner: TrackerContext = { ...ctx, store };
    const pending = pendingInserts(store, report);
    for (const item of fresh) {
      const { message } = item;
      if (message.label === 'other') {
        pending.add(message, resultFor(message.messageId, { status: 'skipped', label: 'other' }));
        continue;
      }
      if (hasThreadHeaders(item.mail)) await pending.flush();
      const plan = await planEmployerEmail(inner, message, item.mail);
      if (plan.hasChanges) {
        await placeOne(inner, item, plan, report);
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
