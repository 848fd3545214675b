import { sql } from 'drizzle-orm';
import { emailLabels, rejectionStages } from '../core/classify/types.js';
import { stepKinds } from '../core/playbook/steps.js';
import { eventTypes, mailStatuses } from '../core/records.js';
import { outcomes, stages } from '../core/stages.js';
import {
  bigint,
  bigserial,
  boolean,
  customType,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  uniqueIndex,
} from 'drizzle-orm/pg-core';

// Every table carries user_id so a multi-user server needs no schema change.
// Times are stored as timestamptz and returned as ISO strings.
// node-postgres hands back Date objects and PGlite hands back text such as
// "2026-03-14 09:30:00+00"; both become the same ISO string here.
const isoTimestamp = customType<{ data: string; driverData: string | Date }>({
  dataType: () => 'timestamp with time zone',
  toDriver: (value) => value,
  fromDriver: (value) =>
    value instanceof Date
      ? value.toISOString()
      : new Date(value.replace(' ', 'T').replace(/([+-]\d{2})$/, '$1:00')).toISOString(),
});
const at = (name: string) => isoTimestamp(name).notNull();

export const users = pgTable('users', {
  id: text('id').primaryKey(),
  name: text('name').notNull(),
  createdAt: at('created_at').default(sql`now()`),
});

export const applications = pgTable(
  'applications',
  {
    id: text('id').primaryKey(),
    userId: text('user_id')
      .notNull()
      .references(() => users.id),
    company: text('company').notNull(),
    role: text('role').notNull(),
    postingUrl: text('posting_url'),
    source: text('source'),
    location: text('location'),
    appliedOn: text('applied_on'),
    notes: text('notes'),
    stage: text('stage', { enum: stages }).notNull(),
    outcome: text('outcome', { enum: outcomes }).notNull(),
    fromSource: text('from_source', {
      enum: ['manual', 'spreadsheet', 'backup', 'email'],
    }).notNull(),
    /** Set when the user files a handled rejection away from the main view; null while shown. */
    filedAt: isoTimestamp('filed_at'),
    createdAt: at('created_at'),
    updatedAt: at('updated_at'),
  },
  (t) => [index('applications_user_updated').on(t.userId, t.updatedAt)],
);

export const applicationEvents = pgTable(
  'application_events',
  {
    id: text('id').primaryKey(),
    userId: text('user_id')
      .notNull()
      .references(() => users.id),
    applicationId: text('application_id')
      .notNull()
      .references(() => applications.id, { onDelete: 'cascade' }),
    type: text('type', { enum: eventTypes }).notNull(),
    stage: text('stage', { enum: stages }),
    outcome: text('outcome', { enum: outcomes }),
    at: at('at'),
    detail: text('detail'),
    step: text('step', { enum: stepKinds }),
    /** Write order, so events at the same instant keep the order they happened in. */
    seq: bigserial('seq', { mode: 'number' }).notNull(),
  },
  (t) => [index('application_events_application').on(t.applicationId, t.at, t.seq)],
);

export const rejections = pgTable(
  'rejections',
  {
    id: text('id').primaryKey(),
    userId: text('user_id')
      .notNull()
      .references(() => users.id),
    applicationId: text('application_id')
      .notNull()
      .references(() => applications.id, { onDelete: 'cascade' }),
    receivedAt: at('received_at'),
    stageAtRejection: text('stage_at_rejection', { enum: stages }).notNull(),
    rawText: text('raw_text').notNull(),
    sender: text('sender'),
    isReapplyInvited: boolean('is_reapply_invited'),
    createdAt: at('created_at'),
  },
  (t) => [index('rejections_application').on(t.applicationId)],
);

export const contacts = pgTable('contacts', {
  id: text('id').primaryKey(),
  userId: text('user_id')
    .notNull()
    .references(() => users.id),
  name: text('name').notNull(),
  title: text('title'),
  email: text('email'),
  linkedinUrl: text('linkedin_url'),
  company: text('company'),
  notes: text('notes'),
  createdAt: at('created_at'),
  updatedAt: at('updated_at'),
});

export const applicationContacts = pgTable(
  'application_contacts',
  {
    userId: text('user_id')
      .notNull()
      .references(() => users.id),
    applicationId: text('application_id')
      .notNull()
      .references(() => applications.id, { onDelete: 'cascade' }),
    contactId: text('contact_id')
      .notNull()
      .references(() => contacts.id, { onDelete: 'cascade' }),
    createdAt: at('created_at'),
  },
  (t) => [primaryKey({ columns: [t.applicationId, t.contactId] })],
);

/** The playbook settings of each user, as one validated document. */
export const settings = pgTable('settings', {
  userId: text('user_id')
    .primaryKey()
    .references(() => users.id),
  data: jsonb('data').notNull(),
  updatedAt: at('updated_at'),
});

/** Imported emails, one row per Message-ID, so importing a mailbox twice adds nothing. */
export const mailMessages = pgTable(
  'mail_messages',
  {
    id: text('id').primaryKey(),
    userId: text('user_id')
      .notNull()
      .references(() => users.id),
    messageId: text('message_id').notNull(),
    applicationId: text('application_id').references(() => applications.id, {
      onDelete: 'set null',
    }),
    receivedAt: at('received_at'),
    subject: text('subject').notNull(),
    sender: text('sender').notNull(),
    label: text('label', { enum: emailLabels }).notNull(),
    confidence: doublePrecision('confidence').notNull(),
    stage: text('stage', { enum: rejectionStages }),
    reapplyInvited: boolean('reapply_invited'),
    company: text('company'),
    role: text('role'),
    contactName: text('contact_name'),
    bodyText: text('body_text').notNull(),
    status: text('status', { enum: mailStatuses }).notNull(),
    /** The email's HTML after sanitizing at import; the raw HTML is never stored. */
    bodyHtml: text('body_html'),
    /** What the last review-queue decision changed, so it can be undone. */
    decision: jsonb('decision'),
    createdAt: at('created_at'),
  },
  (t) => [
    uniqueIndex('mail_messages_user_message').on(t.userId, t.messageId),
    index('mail_messages_user_status').on(t.userId, t.status),
  ],
);

/** One import run (files or a mailbox): where it got to, so an interrupted run resumes, and its report. */
export const mailImports = pgTable(
  'mail_imports',
  {
    id: text('id').primaryKey(),
    userId: text('user_id')
      .notNull()
      .references(() => users.id),
    /** 'eml' | 'mbox' | 'imap' */
    kind: text('kind').notNull(),
    /** A stable key for the source: a file's path and size, or account and folder. */
    sourceKey: text('source_key').notNull(),
    /** For an mbox: the byte offset after the last message fully stored. */
    resumeOffset: bigint('resume_offset', { mode: 'number' }),
    report: jsonb('report'),
    startedAt: at('started_at'),
    finishedAt: isoTimestamp('finished_at'),
  },
  (t) => [index('mail_imports_user_source').on(t.userId, t.sourceKey)],
);

/** An IMAP mailbox the user connected. The password is stored only encrypted. */
export const mailAccounts = pgTable('mail_accounts', {
  id: text('id').primaryKey(),
  userId: text('user_id')
    .notNull()
    .references(() => users.id),
  host: text('host').notNull(),
  port: integer('port').notNull(),
  username: text('username').notNull(),
  tls: boolean('tls').notNull(),
  folder: text('folder').notNull(),
  /** AES-256-GCM ciphertext of the password (iv, tag and data, base64). */
  passwordCipher: text('password_cipher').notNull(),
  uidValidity: text('uid_validity'),
  lastUid: bigint('last_uid', { mode: 'number' }),
  createdAt: at('created_at'),
  updatedAt: at('updated_at'),
});

/** The guided self-assessment a user fills in after a rejection, one per rejection. */
export const selfAssessments = pgTable(
  'self_assessments',
  {
    id: text('id').primaryKey(),
    userId: text('user_id')
      .notNull()
      .references(() => users.id),
    rejectionId: text('rejection_id')
      .notNull()
      .references(() => rejections.id, { onDelete: 'cascade' }),
    applicationId: text('application_id')
      .notNull()
      .references(() => applications.id, { onDelete: 'cascade' }),
    answers: jsonb('answers').notNull(),
    createdAt: at('created_at'),
    updatedAt: at('updated_at'),
  },
  (t) => [uniqueIndex('self_assessments_rejection').on(t.rejectionId)],
);

/** SMART goals the user set or accepted from a suggestion. */
export const goals = pgTable(
  'goals',
  {
    id: text('id').primaryKey(),
    userId: text('user_id')
      .notNull()
      .references(() => users.id),
    text: text('text').notNull(),
    /** The feedback theme or funnel stage the goal answers, when known. */
    theme: text('theme'),
    target: integer('target'),
    /** Calendar date, YYYY-MM-DD. */
    deadline: text('deadline'),
    origin: text('origin', { enum: ['user', 'suggested'] }).notNull(),
    completedAt: isoTimestamp('completed_at'),
    createdAt: at('created_at'),
    updatedAt: at('updated_at'),
  },
  (t) => [index('goals_user').on(t.userId, t.createdAt)],
);

/** The journal of a goal: each step of progress the user logged. */
export const goalEntries = pgTable(
  'goal_entries',
  {
    id: text('id').primaryKey(),
    userId: text('user_id')
      .notNull()
      .references(() => users.id),
    goalId: text('goal_id')
      .notNull()
      .references(() => goals.id, { onDelete: 'cascade' }),
    at: at('at'),
    note: text('note'),
    amount: integer('amount'),
  },
  (t) => [index('goal_entries_goal').on(t.goalId, t.at)],
);
