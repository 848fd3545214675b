import { z } from 'zod';
import { emailLabels } from '../classify/types.js';
import type { MailImport } from '../records.js';
import { nowIso, type TrackerContext } from './context.js';
import {
  emptyMailReport,
  importMessages,
  type MailImportReport,
  type MailItem,
} from './mail-import-report.js';

/** Where the mail comes from, named so a later run of the same source can be recognised. */
export type MailSource = {
  kind: 'eml' | 'mbox' | 'imap' | 'upload';
  /** For an mbox file: its absolute path, size and modification time. */
  sourceKey: string;
  /** True when the reader can start again at a byte offset (an mbox file on disk). */
  isResumable: boolean;
};

/** Where to start reading: the byte offset, and how many messages were read before it. */
export type ResumePoint = { offset: number; read: number };

export type MailImportRun = MailImportReport & { importId: string | null };

const employerLabels = emailLabels.filter((label) => label !== 'other');

// A stored report is JSON from our own earlier run (or a backup); read it defensively.
const storedReportSchema = z
  .object({
    read: z.number(),
    employerByLabel: z.partialRecord(z.enum(employerLabels), z.number()),
    applicationsCreated: z.number(),
    applicationsUpdated: z.number(),
    needsReview: z.number(),
    alreadyImported: z.number(),
    skipped: z.number(),
    unparsable: z.array(z.object({ source: z.string(), reason: z.string() })),
    unparsableCount: z.number(),
  })
  .partial();

/** A stored run's report, with zeros for anything missing or unreadable. */
export function readStoredReport(run: MailImport): MailImportReport {
  const parsed = storedReportSchema.safeParse(run.report);
  return { ...emptyMailReport(), ...(parsed.success ? parsed.data : {}) };
}

/**
 * Imports a source as one recorded run. An mbox whose earlier run was interrupted resumes
 * from the byte after the last message that run stored; the messages are idempotent by
 * Message-ID anyway, so the offset only saves re-reading. An mbox already imported in full
 * and unchanged since (same path, size and time) is not read again: nothing new can be in it.
 */
export async function runMailImport(
  ctx: TrackerContext,
  source: MailSource,
  openItems: (from: ResumePoint) => AsyncIterable<MailItem>,
  options: { onProgress?: (report: MailImportReport) => void; batchSize?: number } = {},
): Promise<MailImportRun> {
  const previous = source.isResumable
    ? await ctx.store.mailImports.findBySourceKey(ctx.userId, source.sourceKey)
    : null;
  if (previous?.finishedAt) {
    return { ...emptyMailReport(), alreadyFinishedAt: previous.finishedAt, importId: previous.id };
  }
  let report = emptyMailReport();
  let from: ResumePoint = { offset: 0, read: 0 };
  let importId: string;
  if (previous) {
    importId = previous.id;
    report = readStoredReport(previous);
    from = { offset: previous.resumeOffset ?? 0, read: report.read };
    report.resumedFromOffset = from.offset;
  } else {
    importId = ctx.newId();
    await ctx.store.mailImports.start({
      id: importId,
      userId: ctx.userId,
      kind: source.kind,
      sourceKey: source.sourceKey,
      resumeOffset: null,
      report,
      startedAt: nowIso(ctx),
      finishedAt: null,
    });
  }
  const final = await importMessages(
    ctx,
    openItems(from),
    {
      ...options,
      onCheckpoint: (store, checkpoint, sofar) =>
        store.mailImports.updateOffset(ctx.userId, importId, checkpoint, sofar),
    },
    report,
  );
  await ctx.store.mailImports.finish(ctx.userId, importId, nowIso(ctx), final);
  return { ...final, importId };
}

/** The latest import runs with their reports, newest first. */
export async function listMailImports(ctx: TrackerContext, limit = 20) {
  const runs = await ctx.store.mailImports.listRecent(ctx.userId, limit);
  return runs.map((run) => ({
    id: run.id,
    kind: run.kind,
    startedAt: run.startedAt,
    finishedAt: run.finishedAt,
    report: readStoredReport(run),
  }));
}
