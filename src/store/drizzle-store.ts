import {
  and,
  asc,
  desc,
  eq,
  getTableColumns,
  ilike,
  inArray,
  isNull,
  or,
  type SQL,
} from 'drizzle-orm';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import type { ApplicationFilter } from '../core/inputs.js';
import type { BackupRecords, ReboundStore } from '../core/ports.js';
import type { UserId } from '../core/records.js';
import { learnSections, readLearnBackup, writeLearnBackup } from './drizzle-learn.js';
import * as t from './schema.js';

// The write-order column stays inside the store; records don't carry it.
const { seq: eventSeq, ...eventColumns } = getTableColumns(t.applicationEvents);

export type Database = PgDatabase<PgQueryResultHKT, typeof t>;

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

function applicationConditions(userId: UserId, filter: ApplicationFilter): SQL[] {
  const conditions: (SQL | undefined)[] = [eq(t.applications.userId, userId)];
  if (filter.stage) conditions.push(eq(t.applications.stage, filter.stage));
  if (filter.outcome) conditions.push(eq(t.applications.outcome, filter.outcome));
  // Filed-away applications are hidden only when the caller asks (the user's list does).
  if (filter.filed === false) conditions.push(isNull(t.applications.filedAt));
  if (filter.company) {
    conditions.push(ilike(t.applications.company, `%${escapeLike(filter.company)}%`));
  }
  if (filter.q) {
    const pattern = `%${escapeLike(filter.q)}%`;
    conditions.push(
      or(
        ilike(t.applications.company, pattern),
        ilike(t.applications.role, pattern),
        ilike(t.applications.notes, pattern),
        ilike(t.applications.location, pattern),
      ),
    );
  }
  return conditions.filter((c): c is SQL => c !== undefined);
}

/** Inserts in chunks so a large backup stays under PostgreSQL's parameter limit. */
async function insertNew(
  db: Database,
  table: Parameters<Database['insert']>[0],
  rows: Record<string, unknown>[],
): Promise<number> {
  let inserted = 0;
  for (let i = 0; i < rows.length; i += 500) {
    const chunk = rows.slice(i, i + 500);
    const result = await db.insert(table).values(chunk).onConflictDoNothing().returning();
    inserted += result.length;
  }
  return inserted;
}

async function readBackup(db: Database, userId: UserId): Promise<BackupRecords> {
  const records: BackupRecords = {
    applications: await db
      .select()
      .from(t.applications)
      .where(eq(t.applications.userId, userId))
      .orderBy(asc(t.applications.createdAt), asc(t.applications.id)),
    events: await db
      .select(eventColumns)
      .from(t.applicationEvents)
      .where(eq(t.applicationEvents.userId, userId))
      .orderBy(asc(t.applicationEvents.at), asc(eventSeq)),
    rejections: await db
      .select()
      .from(t.rejections)
      .where(eq(t.rejections.userId, userId))
      .orderBy(asc(t.rejections.receivedAt), asc(t.rejections.id)),
    contacts: await db
      .select()
      .from(t.contacts)
      .where(eq(t.contacts.userId, userId))
      .orderBy(asc(t.contacts.createdAt), asc(t.contacts.id)),
    applicationContacts: await db
      .select()
      .from(t.applicationContacts)
      .where(eq(t.applicationContacts.userId, userId))
      .orderBy(
        asc(t.applicationContacts.createdAt),
        asc(t.applicationContacts.applicationId),
        asc(t.applicationContacts.contactId),
      ),
  };
  const mailMessages = await db
    .select()
    .from(t.mailMessages)
    .where(eq(t.mailMessages.userId, userId))
    .orderBy(asc(t.mailMessages.receivedAt), asc(t.mailMessages.id));
  const learned = await readLearnBackup(db, userId);
  return mailMessages.length > 0
    ? { ...records, mailMessages, ...learned }
    : { ...records, ...learned };
}

async function writeBackup(db: Database, records: BackupRecords): Promise<number> {
  return (
    (await insertNew(db, t.applications, records.applications)) +
    (await insertNew(db, t.contacts, records.contacts)) +
    (await insertNew(db, t.applicationEvents, records.events)) +
    (await insertNew(db, t.rejections, records.rejections)) +
    (await insertNew(db, t.applicationContacts, records.applicationContacts)) +
    (await insertNew(db, t.mailMessages, records.mailMessages ?? [])) +
    (await writeLearnBackup(records, (table, rows) => insertNew(db, table, rows)))
  );
}

/** The store on any PostgreSQL: embedded (PGlite) or a server (node-postgres). */
export function createDrizzleStore(db: Database): ReboundStore {
  const application = (userId: UserId, id: string) =>
    and(eq(t.applications.userId, userId), eq(t.applications.id, id));
  const contact = (userId: UserId, id: string) =>
    and(eq(t.contacts.userId, userId), eq(t.contacts.id, id));
  const mailMessage = (userId: UserId, id: string) =>
    and(eq(t.mailMessages.userId, userId), eq(t.mailMessages.id, id));
  const mailImport = (userId: UserId, id: string) =>
    and(eq(t.mailImports.userId, userId), eq(t.mailImports.id, id));
  return {
    transaction: (work) => db.transaction((tx) => work(createDrizzleStore(tx as Database))),
    applications: {
      insert: async (row) => {
        await db.insert(t.applications).values(row);
      },
      update: async (row) => {
        await db.update(t.applications).set(row).where(application(row.userId, row.id));
      },
      get: async (userId, id) =>
        (await db.select().from(t.applications).where(application(userId, id)))[0] ?? null,
      list: (userId, filter) =>
        db
          .select()
          .from(t.applications)
          .where(and(...applicationConditions(userId, filter)))
          .orderBy(desc(t.applications.updatedAt), desc(t.applications.id)),
      delete: async (userId, id) =>
        (await db.delete(t.applications).where(application(userId, id)).returning()).length > 0,
    },
    events: {
      insert: async (row) => {
        await db.insert(t.applicationEvents).values(row);
      },
      listForApplication: (userId, applicationId) =>
        db
          .select(eventColumns)
          .from(t.applicationEvents)
          .where(
            and(
              eq(t.applicationEvents.userId, userId),
              eq(t.applicationEvents.applicationId, applicationId),
            ),
          )
          .orderBy(asc(t.applicationEvents.at), asc(eventSeq)),
      listForApplications: async (userId, applicationIds) =>
        applicationIds.length === 0
          ? []
          : db
              .select(eventColumns)
              .from(t.applicationEvents)
              .where(
                and(
                  eq(t.applicationEvents.userId, userId),
                  inArray(t.applicationEvents.applicationId, applicationIds),
                ),
              )
              .orderBy(asc(t.applicationEvents.at), asc(eventSeq)),
      // Through the user's applications, so both indexes serve it (events have none on user_id).
      listForUser: (userId) =>
        db
          .select(eventColumns)
          .from(t.applicationEvents)
          .where(
            and(
              eq(t.applicationEvents.userId, userId),
              inArray(
                t.applicationEvents.applicationId,
                db
                  .select({ id: t.applications.id })
                  .from(t.applications)
                  .where(eq(t.applications.userId, userId)),
              ),
            ),
          )
          .orderBy(asc(t.applicationEvents.at), asc(eventSeq)),
    },
    rejections: {
      insert: async (row) => {
        await db.insert(t.rejections).values(row);
      },
      listForApplication: (userId, applicationId) =>
        db
          .select()
          .from(t.rejections)
          .where(
            and(eq(t.rejections.userId, userId), eq(t.rejections.applicationId, applicationId)),
          )
          .orderBy(asc(t.rejections.receivedAt)),
      list: (userId) =>
        db
          .select()
          .from(t.rejections)
          .where(eq(t.rejections.userId, userId))
          .orderBy(asc(t.rejections.receivedAt), asc(t.rejections.id)),
    },
    settings: {
      get: async (userId) =>
        (await db.select().from(t.settings).where(eq(t.settings.userId, userId)))[0]?.data ?? null,
      put: async (userId, data, updatedAt) => {
        await db
          .insert(t.settings)
          .values({ userId, data, updatedAt })
          .onConflictDoUpdate({ target: t.settings.userId, set: { data, updatedAt } });
      },
    },
    contacts: {
      insert: async (row) => {
        await db.insert(t.contacts).values(row);
      },
      update: async (row) => {
        await db.update(t.contacts).set(row).where(contact(row.userId, row.id));
      },
      get: async (userId, id) =>
        (await db.select().from(t.contacts).where(contact(userId, id)))[0] ?? null,
      list: (userId) =>
        db
          .select()
          .from(t.contacts)
          .where(eq(t.contacts.userId, userId))
          .orderBy(asc(t.contacts.name)),
      delete: async (userId, id) =>
        (await db.delete(t.contacts).where(contact(userId, id)).returning()).length > 0,
      link: async (row) =>
        (await db.insert(t.applicationContacts).values(row).onConflictDoNothing().returning())
          .length > 0,
      unlink: async (userId, applicationId, contactId) =>
        (
          await db
            .delete(t.applicationContacts)
            .where(
              and(
                eq(t.applicationContacts.userId, userId),
                eq(t.applicationContacts.applicationId, applicationId),
                eq(t.applicationContacts.contactId, contactId),
              ),
            )
            .returning()
        ).length > 0,
      listForApplication: async (userId, applicationId) =>
        (
          await db
            .select({ contact: t.contacts })
            .from(t.applicationContacts)
            .innerJoin(t.contacts, eq(t.contacts.id, t.applicationContacts.contactId))
            .where(
              and(
                eq(t.applicationContacts.userId, userId),
                eq(t.applicationContacts.applicationId, applicationId),
              ),
            )
            .orderBy(asc(t.applicationContacts.createdAt))
        ).map((row) => row.contact),
    },
    mail: {
      insertIfNew: async (row) =>
        (
          await db
            .insert(t.mailMessages)
            .values(row)
            .onConflictDoNothing()
            .returning({ id: t.mailMessages.id })
        ).length > 0,
      findByMessageIds: async (userId, messageIds) =>
        messageIds.length === 0
          ? []
          : db
              .select()
              .from(t.mailMessages)
              .where(
                and(
                  eq(t.mailMessages.userId, userId),
                  inArray(t.mailMessages.messageId, messageIds),
                ),
              )
              .orderBy(asc(t.mailMessages.receivedAt)),
      listNeedingReview: (userId) =>
        db
          .select()
          .from(t.mailMessages)
          .where(and(eq(t.mailMessages.userId, userId), eq(t.mailMessages.status, 'needs_review')))
          .orderBy(asc(t.mailMessages.receivedAt), asc(t.mailMessages.id)),
      insertManyIfNew: async (rows) => {
        // Only ids come back: echoing every body through the database protocol cost as much
        // as the insert.
        let inserted = 0;
        for (let i = 0; i < rows.length; i += 500) {
          const chunk = rows.slice(i, i + 500);
          inserted += (
            await db
              .insert(t.mailMessages)
              .values(chunk)
              .onConflictDoNothing()
              .returning({ id: t.mailMessages.id })
          ).length;
        }
        return inserted;
      },
      get: async (userId, id) =>
        (await db.select().from(t.mailMessages).where(mailMessage(userId, id)))[0] ?? null,
      update: async (row) => {
        await db.update(t.mailMessages).set(row).where(mailMessage(row.userId, row.id));
      },
      list: (userId, filter) =>
        db
          .select()
          .from(t.mailMessages)
          .where(
            and(
              eq(t.mailMessages.userId, userId),
              filter.status ? eq(t.mailMessages.status, filter.status) : undefined,
              filter.applicationId
                ? eq(t.mailMessages.applicationId, filter.applicationId)
                : undefined,
            ),
          )
          .orderBy(asc(t.mailMessages.receivedAt), asc(t.mailMessages.id)),
      deleteDecisionRecords: async (userId, records) => {
        if (records.eventIds.length > 0) {
          await db
            .delete(t.applicationEvents)
            .where(
              and(
                eq(t.applicationEvents.userId, userId),
                inArray(t.applicationEvents.id, records.eventIds),
              ),
            );
        }
        if (records.rejectionIds.length > 0) {
          await db
            .delete(t.rejections)
            .where(
              and(eq(t.rejections.userId, userId), inArray(t.rejections.id, records.rejectionIds)),
            );
        }
      },
    },
    mailImports: {
      start: async (row) => {
        await db.insert(t.mailImports).values(row);
      },
      updateOffset: async (userId, id, resumeOffset, report) => {
        await db.update(t.mailImports).set({ resumeOffset, report }).where(mailImport(userId, id));
      },
      finish: async (userId, id, finishedAt, report) => {
        await db.update(t.mailImports).set({ finishedAt, report }).where(mailImport(userId, id));
      },
      findBySourceKey: async (userId, sourceKey) =>
        (
          await db
            .select()
            .from(t.mailImports)
            .where(and(eq(t.mailImports.userId, userId), eq(t.mailImports.sourceKey, sourceKey)))
            .orderBy(desc(t.mailImports.startedAt), desc(t.mailImports.id))
            .limit(1)
        )[0] ?? null,
      listRecent: (userId, limit) =>
        db
          .select()
          .from(t.mailImports)
          .where(eq(t.mailImports.userId, userId))
          .orderBy(desc(t.mailImports.startedAt), desc(t.mailImports.id))
          .limit(limit),
    },
    mailAccounts: {
      insert: async (row) => {
        await db.insert(t.mailAccounts).values(row);
      },
      get: async (userId, id) =>
        (
          await db
            .select()
            .from(t.mailAccounts)
            .where(and(eq(t.mailAccounts.userId, userId), eq(t.mailAccounts.id, id)))
        )[0] ?? null,
      list: (userId) =>
        db
          .select()
          .from(t.mailAccounts)
          .where(eq(t.mailAccounts.userId, userId))
          .orderBy(asc(t.mailAccounts.createdAt), asc(t.mailAccounts.id)),
      update: async (row) => {
        await db
          .update(t.mailAccounts)
          .set(row)
          .where(and(eq(t.mailAccounts.userId, row.userId), eq(t.mailAccounts.id, row.id)));
      },
      updateSyncState: async (userId, id, state) => {
        await db
          .update(t.mailAccounts)
          .set(state)
          .where(and(eq(t.mailAccounts.userId, userId), eq(t.mailAccounts.id, id)));
      },
      delete: async (userId, id) =>
        (
          await db
            .delete(t.mailAccounts)
            .where(and(eq(t.mailAccounts.userId, userId), eq(t.mailAccounts.id, id)))
            .returning()
        ).length > 0,
    },
    ...learnSections(db),
    backup: {
      read: (userId) => readBackup(db, userId),
      write: (records) => writeBackup(db, records),
    },
  };
}
