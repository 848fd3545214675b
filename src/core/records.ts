import type { EmailLabel, RejectionStage } from './classify/types.js';
import type { SelfAssessmentAnswers } from './insights/self-assessment.js';
import type { StepKind } from './playbook/steps.js';
import type { Outcome, Stage } from './stages.js';

/** The id of the person whose data this is. One local user unless a server runs many. */
export type UserId = string;

export const localUserId: UserId = 'local';

export type Application = {
  id: string;
  userId: UserId;
  company: string;
  role: string;
  postingUrl: string | null;
  source: string | null;
  location: string | null;
  /** Calendar date, YYYY-MM-DD. */
  appliedOn: string | null;
  notes: string | null;
  /** Where the application is now. The furthest stage ever reached comes from the events. */
  stage: Stage;
  outcome: Outcome;
  fromSource: 'manual' | 'spreadsheet' | 'backup' | 'email';
  /** When the user filed this handled application away from the main view; null while shown. */
  filedAt: string | null;
  createdAt: string;
  updatedAt: string;
};

export const eventTypes = [
  'created',
  'stage_changed',
  'outcome_changed',
  'rejection_logged',
  'contact_linked',
  'contact_unlinked',
  'step_done',
  'step_skipped',
  'feedback_received',
] as const;
export type EventType = (typeof eventTypes)[number];

/** Something that happened to an application, with the time it happened. Never rewritten. */
export type ApplicationEvent = {
  id: string;
  userId: UserId;
  applicationId: string;
  type: EventType;
  stage: Stage | null;
  outcome: Outcome | null;
  at: string;
  /** Human detail: a contact's name, feedback text, or for step_done the draft elements sent. */
  detail: string | null;
  /** For step_done and step_skipped: which step. */
  step: StepKind | null;
};

export type Rejection = {
  id: string;
  userId: UserId;
  applicationId: string;
  receivedAt: string;
  /** The furthest stage reached when the rejection came. */
  stageAtRejection: Stage;
  rawText: string;
  sender: string | null;
  /** null when the email doesn't say. */
  isReapplyInvited: boolean | null;
  createdAt: string;
};

export type Contact = {
  id: string;
  userId: UserId;
  name: string;
  title: string | null;
  email: string | null;
  linkedinUrl: string | null;
  company: string | null;
  notes: string | null;
  createdAt: string;
  updatedAt: string;
};

export type ApplicationContact = {
  userId: UserId;
  applicationId: string;
  contactId: string;
  createdAt: string;
};

/** An IMAP mailbox the user connected, and how far its folder has been read. */
export type MailAccount = {
  id: string;
  userId: UserId;
  host: string;
  port: number;
  username: string;
  /** TLS from the first byte (usually port 993); otherwise STARTTLS when the server offers it. */
  tls: boolean;
  folder: string;
  /** The password, AES-256-GCM encrypted. Never leaves the server: see MailAccountView. */
  passwordCipher: string;
  /** The folder's UIDVALIDITY when it was last read; a new one means every UID changed. */
  uidValidity: string | null;
  /** The highest UID imported from the folder so far. */
  lastUid: number | null;
  createdAt: string;
  updatedAt: string;
};

/** A mail account as the API and the CLI show it: without the secret. */
export type MailAccountView = Omit<MailAccount, 'passwordCipher'>;

export const mailStatuses = ['applied', 'needs_review', 'dismissed', 'skipped'] as const;
export type MailStatus = (typeof mailStatuses)[number];

/** One imported email: what the classifier saw in it and what Rebound did with it. */
export type MailMessage = {
  id: string;
  userId: UserId;
  /** The Message-ID header, or a stable hash of date, sender, subject and body without one. */
  messageId: string;
  applicationId: string | null;
  receivedAt: string;
  subject: string;
  sender: string;
  label: EmailLabel;
  confidence: number;
  /** The stage a rejection implies, or null. */
  stage: RejectionStage | null;
  reapplyInvited: boolean | null;
  company: string | null;
  role: string | null;
  contactName: string | null;
  bodyText: string;
  status: MailStatus;
  /** The email's HTML after sanitizing at import (never the raw HTML); null for plain text. */
  bodyHtml?: string | null;
  /**
   * What the last review decision changed, so it can be undone. Stored as JSON and read
   * back through the review queue's own schema (src/core/tracker/mail-review.ts).
   */
  decision?: unknown;
  createdAt: string;
};

/** One import run of a file or mailbox: how far it got (to resume) and what it found. */
export type MailImport = {
  id: string;
  userId: UserId;
  /** 'eml' | 'mbox' | 'imap' */
  kind: string;
  /** A stable key for the source, e.g. an mbox's absolute path, size and modification time. */
  sourceKey: string;
  /** For an mbox: the byte offset after the last message fully stored. */
  resumeOffset: number | null;
  /** The import report so far (a MailImportReport), as JSON. */
  report: unknown;
  startedAt: string;
  finishedAt: string | null;
};

/** The guided look-back after one rejection (answers validated by selfAssessmentSchema). */
export type SelfAssessment = {
  id: string;
  userId: UserId;
  rejectionId: string;
  applicationId: string;
  answers: SelfAssessmentAnswers;
  createdAt: string;
  updatedAt: string;
};

/** A goal the user set, or accepted from a suggestion. */
export type Goal = {
  id: string;
  userId: UserId;
  text: string;
  /** The feedback theme or funnel stage it answers, when known. */
  theme: string | null;
  /** The number it counts to, when it has one. */
  target: number | null;
  /** Calendar date, YYYY-MM-DD. */
  deadline: string | null;
  origin: 'user' | 'suggested';
  completedAt: string | null;
  createdAt: string;
  updatedAt: string;
};

/** One step of progress on a goal: the goal's journal. */
export type GoalEntry = {
  id: string;
  userId: UserId;
  goalId: string;
  at: string;
  note: string | null;
  amount: number | null;
};
