import { z } from 'zod';
import { ReboundError } from '../errors.js';
import type { Backup, BackupRecords } from '../ports.js';
import { eventTypes } from '../records.js';
import { outcomes, stages } from '../stages.js';
import { toFieldProblems } from '../validate.js';
import { nowIso, type TrackerContext } from './context.js';

const id = z.string().min(1);
const when = z.string().min(1);
const maybe = z.string().nullable();

const backupSchema = z.object({
  format: z.literal('rebound-backup', { error: 'This file is not a Rebound backup.' }),
  version: z.literal(1, { error: 'This backup comes from a newer Rebound; update Rebound first.' }),
  exportedAt: when,
  applications: z.array(
    z.object({
      id,
      userId: id,
      company: z.string(),
      role: z.string(),
      postingUrl: maybe,
      source: maybe,
      location: maybe,
      appliedOn: maybe,
      notes: maybe,
      stage: z.enum(stages),
      outcome: z.enum(outcomes),
      fromSource: z.enum(['manual', 'spreadsheet', 'backup', 'email']),
      createdAt: when,
      updatedAt: when,
    }),
  ),
  events: z.array(
    z.object({
      id,
      userId: id,
      applicationId: id,
      type: z.enum(eventTypes),
      stage: z.enum(stages).nullable(),
      outcome: z.enum(outcomes).nullable(),
      at: when,
      detail: maybe,
    }),
  ),
  rejections: z.array(
    z.object({
      id,
      userId: id,
      applicationId: id,
      receivedAt: when,
      stageAtRejection: z.enum(stages),
      rawText: z.string(),
      sender: maybe,
      isReapplyInvited: z.boolean().nullable(),
      createdAt: when,
    }),
  ),
  contacts: z.array(
    z.object({
      id,
      userId: id,
      name: z.string(),
      title: maybe,
      email: maybe,
      linkedinUrl: maybe,
      company: maybe,
      notes: maybe,
      createdAt: when,
      updatedAt: when,
    }),
  ),
  applicationContacts: z.array(
    z.object({ userId: id, applicationId: id, contactId: id, createdAt: when }),
  ),
});

export async function exportBackup(ctx: TrackerContext): Promise<Backup> {
  const records = await ctx.store.backup.read(ctx.userId);
  return { format: 'rebound-backup', version: 1, exportedAt: nowIso(ctx), ...records };
}

export type BackupImportReport = { read: number; imported: number; alreadyThere: number };

function countRecords(records: BackupRecords): number {
  return (
    records.applications.length +
    records.events.length +
    records.rejections.length +
    records.contacts.length +
    records.applicationContacts.length
  );
}

/**
 * Restores a backup for the current user. Records already present (same id) are left as
 * they are, so importing the same file twice changes nothing.
 */
export async function importBackup(
  ctx: TrackerContext,
  document: unknown,
): Promise<BackupImportReport> {
  const parsed = backupSchema.safeParse(document);
  if (!parsed.success) {
    const fields = toFieldProblems(parsed.error).slice(0, 10);
    const first = fields[0];
    throw new ReboundError(
      'invalid_backup',
      `This backup can't be read${first ? ` (${first.field}: ${first.message})` : ''}. Nothing was imported.`,
      fields,
    );
  }
  const mine = <T extends { userId: string }>(rows: T[]): T[] =>
    rows.map((row) => ({ ...row, userId: ctx.userId }));
  const records: BackupRecords = {
    applications: mine(parsed.data.applications),
    events: mine(parsed.data.events),
    rejections: mine(parsed.data.rejections),
    contacts: mine(parsed.data.contacts),
    applicationContacts: mine(parsed.data.applicationContacts),
  };
  const imported = await ctx.store.transaction((store) => store.backup.write(records));
  const read = countRecords(records);
  return { read, imported, alreadyThere: read - imported };
}
