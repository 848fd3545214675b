import { z } from 'zod';
import { isCalendarDate } from '../dates.js';
import { ReboundError } from '../errors.js';
import { timestampSchema, withoutNul } from '../inputs.js';
import type { Backup, BackupRecords } from '../ports.js';
import { stepKinds } from '../playbook/steps.js';
import { emailLabels, rejectionStages } from '../classify/types.js';
import { selfAssessmentSchema } from '../insights/self-assessment.js';
import { eventTypes, mailStatuses } from '../records.js';
import { outcomes, stages } from '../stages.js';
import { toFieldProblems } from '../validate.js';
import { nowIso, type TrackerContext } from './context.js';

const id = z.string().min(1);
const when = timestampSchema;
const str = z.string().transform(withoutNul);
const maybe = str.nullable();
const calendarDay = z
  .string()
  .refine(isCalendarDate, { error: 'must be a date written YYYY-MM-DD' })
  .nullable();

const backupSchema = z.object({
  format: z.literal('rebound-backup', { error: 'This file is not a Rebound backup.' }),
  version: z.literal(1, { error: 'This backup comes from a newer Rebound; update Rebound first.' }),
  exportedAt: when,
  applications: z.array(
    z.object({
      id,
      userId: id,
      company: str,
      role: str,
      postingUrl: maybe,
      source: maybe,
      location: maybe,
      appliedOn: calendarDay,
      notes: maybe,
      stage: z.enum(stages),
      outcome: z.enum(outcomes),
      fromSource: z.enum(['manual', 'spreadsheet', 'backup', 'email']),
      filedAt: when.nullable().default(null),
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
      step: z.enum(stepKinds).nullable().default(null),
    }),
  ),
  rejections: z.array(
    z.object({
      id,
      userId: id,
      applicationId: id,
      receivedAt: when,
      stageAtRejection: z.enum(stages),
      rawText: str,
      sender: maybe,
      isReapplyInvited: z.boolean().nullable(),
      createdAt: when,
    }),
  ),
  contacts: z.array(
    z.object({
      id,
      userId: id,
      name: str,
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
  mailMessages: z
    .array(
      z.object({
        id,
        userId: id,
        messageId: id,
        applicationId: id.nullable(),
        receivedAt: when,
        subject: str,
        sender: str,
        label: z.enum(emailLabels),
        confidence: z.number().min(0).max(1),
        stage: z.enum(rejectionStages).nullable(),
        reapplyInvited: z.boolean().nullable(),
        company: maybe,
        role: maybe,
        contactName: maybe,
        bodyText: str,
        status: z.enum(mailStatuses),
        // Older backups predate these; the review queue re-validates a decision when it is undone.
        bodyHtml: str.nullable().optional(),
        decision: z.unknown().optional(),
        createdAt: when,
      }),
    )
    .default([]),
  goals: z
    .array(
      z.object({
        id,
        userId: id,
        text: str,
        theme: maybe,
        target: z.number().int().nullable(),
        deadline: calendarDay,
        origin: z.enum(['user', 'suggested']),
        completedAt: when.nullable(),
        createdAt: when,
        updatedAt: when,
      }),
    )
    .default([]),
  goalEntries: z
    .array(
      z.object({
        id,
        userId: id,
        goalId: id,
        at: when,
        note: maybe,
        amount: z.number().int().nullable(),
      }),
    )
    .default([]),
  selfAssessments: z
    .array(
      z.object({
        id,
        userId: id,
        rejectionId: id,
        applicationId: id,
        answers: selfAssessmentSchema,
        createdAt: when,
        updatedAt: when,
      }),
    )
    .default([]),
});

/** Every event, rejection and link must point at an application (and contact) that exists. */
async function requireKnownReferences(ctx: TrackerContext, records: BackupRecords): Promise<void> {
  const applicationIds = new Set(records.applications.map((a) => a.id));
  const contactIds = new Set(records.contacts.map((c) => c.id));
  const references = [
    ...records.events.map((e) => ({
      what: `event ${e.id}`,
      applicationId: e.applicationId,
      contactId: null,
    })),
    ...records.rejections.map((r) => ({
      what: `rejection ${r.id}`,
      applicationId: r.applicationId,
      contactId: null,
    })),
    ...records.applicationContacts.map((l) => ({
      what: 'a contact link',
      applicationId: l.applicationId,
      contactId: l.contactId,
    })),
  ];
  for (const ref of references) {
    if (!applicationIds.has(ref.applicationId)) {
      if (!(await ctx.store.applications.get(ctx.userId, ref.applicationId))) {
        throw new ReboundError(
          'invalid_backup',
          `This backup is incomplete: ${ref.what} belongs to application ${ref.applicationId}, which is neither in the file nor in Rebound. Nothing was imported.`,
        );
      }
      applicationIds.add(ref.applicationId);
    }
    if (ref.contactId !== null && !contactIds.has(ref.contactId)) {
      if (!(await ctx.store.contacts.get(ctx.userId, ref.contactId))) {
        throw new ReboundError(
          'invalid_backup',
          `This backup is incomplete: ${ref.what} names contact ${ref.contactId}, which is neither in the file nor in Rebound. Nothing was imported.`,
        );
      }
      contactIds.add(ref.contactId);
    }
  }
}

/**
 * Goals, their journals and self-assessments join the records when the backup has any; a
 * journal entry or self-assessment must point at a goal or rejection that exists.
 */
async function addLearningRecords(
  ctx: TrackerContext,
  records: BackupRecords,
  learned: Required<Pick<BackupRecords, 'goals' | 'goalEntries' | 'selfAssessments'>>,
): Promise<void> {
  const goalIds = new Set(learned.goals.map((g) => g.id));
  for (const entry of learned.goalEntries) {
    if (goalIds.has(entry.goalId)) continue;
    if (!(await ctx.store.goals.get(ctx.userId, entry.goalId))) {
      throw new ReboundError(
        'invalid_backup',
        `This backup is incomplete: journal entry ${entry.id} belongs to goal ${entry.goalId}, which is neither in the file nor in Rebound. Nothing was imported.`,
      );
    }
    goalIds.add(entry.goalId);
  }
  const rejectionIds = new Set(records.rejections.map((r) => r.id));
  if (learned.selfAssessments.some((a) => !rejectionIds.has(a.rejectionId))) {
    for (const rejection of await ctx.store.rejections.list(ctx.userId))
      rejectionIds.add(rejection.id);
  }
  const orphan = learned.selfAssessments.find((a) => !rejectionIds.has(a.rejectionId));
  if (orphan) {
    throw new ReboundError(
      'invalid_backup',
      `This backup is incomplete: self-assessment ${orphan.id} belongs to rejection ${orphan.rejectionId}, which is neither in the file nor in Rebound. Nothing was imported.`,
    );
  }
  if (learned.goals.length > 0) records.goals = learned.goals;
  if (learned.goalEntries.length > 0) records.goalEntries = learned.goalEntries;
  if (learned.selfAssessments.length > 0) records.selfAssessments = learned.selfAssessments;
}

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
    records.applicationContacts.length +
    (records.mailMessages?.length ?? 0) +
    (records.goals?.length ?? 0) +
    (records.goalEntries?.length ?? 0) +
    (records.selfAssessments?.length ?? 0)
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
  await requireKnownReferences(ctx, records);
  // An email whose application is gone stays imported, unlinked, as the database would leave it.
  const applicationIds = new Set(records.applications.map((a) => a.id));
  const mailMessages = [];
  for (const message of mine(parsed.data.mailMessages)) {
    const isKnown =
      message.applicationId === null ||
      applicationIds.has(message.applicationId) ||
      (await ctx.store.applications.get(ctx.userId, message.applicationId)) !== null;
    mailMessages.push(isKnown ? message : { ...message, applicationId: null });
  }
  if (mailMessages.length > 0) records.mailMessages = mailMessages;
  await addLearningRecords(ctx, records, {
    goals: mine(parsed.data.goals),
    goalEntries: mine(parsed.data.goalEntries),
    selfAssessments: mine(parsed.data.selfAssessments),
  });
  const imported = await ctx.store.transaction((store) => store.backup.write(records));
  const read = countRecords(records);
  return { read, imported, alreadyThere: read - imported };
}
