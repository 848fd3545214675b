import type { ApplicationFilter } from './inputs.js';
import type {
  Application,
  ApplicationContact,
  ApplicationEvent,
  Contact,
  Goal,
  GoalEntry,
  MailAccount,
  MailImport,
  MailMessage,
  MailStatus,
  Rejection,
  SelfAssessment,
  UserId,
} from './records.js';

/** Everything a user has, in one document: what export writes and import reads back. */
export type Backup = {
  format: 'rebound-backup';
  version: 1;
  exportedAt: string;
  applications: Application[];
  events: ApplicationEvent[];
  rejections: Rejection[];
  contacts: Contact[];
  applicationContacts: ApplicationContact[];
  /** Imported emails; left out when there are none, and older backups have none. */
  mailMessages?: MailMessage[];
  /** Goals, their journals and self-assessments; left out when there are none (older backups). */
  goals?: Goal[];
  goalEntries?: GoalEntry[];
  selfAssessments?: SelfAssessment[];
};

export type BackupRecords = Omit<Backup, 'format' | 'version' | 'exportedAt'>;

export type MailMessageFilter = { status?: MailStatus; applicationId?: string };

/** The store the core needs. The embedded database and PostgreSQL both implement it. */
export type ReboundStore = {
  /** Runs `work` atomically: all its writes land, or none do. */
  transaction<T>(work: (store: ReboundStore) => Promise<T>): Promise<T>;
  applications: {
    insert(application: Application): Promise<void>;
    update(application: Application): Promise<void>;
    get(userId: UserId, id: string): Promise<Application | null>;
    list(userId: UserId, filter: ApplicationFilter): Promise<Application[]>;
    /** Removes the application with its events, rejections and contact links. */
    delete(userId: UserId, id: string): Promise<boolean>;
  };
  events: {
    insert(event: ApplicationEvent): Promise<void>;
    listForApplication(userId: UserId, applicationId: string): Promise<ApplicationEvent[]>;
    listForApplications(userId: UserId, applicationIds: string[]): Promise<ApplicationEvent[]>;
    /** Every event of the user, oldest first (for the funnel across all applications). */
    listForUser(userId: UserId): Promise<ApplicationEvent[]>;
  };
  rejections: {
    insert(rejection: Rejection): Promise<void>;
    listForApplication(userId: UserId, applicationId: string): Promise<Rejection[]>;
    /** Every rejection of the user, oldest first. */
    list(userId: UserId): Promise<Rejection[]>;
  };
  settings: {
    /** The stored settings document, or null before the user changed any. */
    get(userId: UserId): Promise<unknown>;
    put(userId: UserId, data: unknown, updatedAt: string): Promise<void>;
  };
  contacts: {
    insert(contact: Contact): Promise<void>;
    update(contact: Contact): Promise<void>;
    get(userId: UserId, id: string): Promise<Contact | null>;
    list(userId: UserId): Promise<Contact[]>;
    delete(userId: UserId, id: string): Promise<boolean>;
    link(link: ApplicationContact): Promise<boolean>;
    unlink(userId: UserId, applicationId: string, contactId: string): Promise<boolean>;
    listForApplication(userId: UserId, applicationId: string): Promise<Contact[]>;
  };
  mail: {
    /** Stores the message unless one with its Message-ID is there; true when it was new. */
    insertIfNew(message: MailMessage): Promise<boolean>;
    /** The stored messages among these Message-IDs (for idempotence and thread links). */
    findByMessageIds(userId: UserId, messageIds: string[]): Promise<MailMessage[]>;
    /** Messages waiting for the user to decide, oldest first. */
    listNeedingReview(userId: UserId): Promise<MailMessage[]>;
    /** Stores each message whose Message-ID is not there yet, in one go; returns how many were new. */
    insertManyIfNew(messages: MailMessage[]): Promise<number>;
    get(userId: UserId, id: string): Promise<MailMessage | null>;
    update(message: MailMessage): Promise<void>;
    /** Messages by status and/or application, oldest first. */
    list(userId: UserId, filter: MailMessageFilter): Promise<MailMessage[]>;
    /** Removes events and rejections by id: what a review decision created, when it is undone. */
    deleteDecisionRecords(
      userId: UserId,
      records: { eventIds: string[]; rejectionIds: string[] },
    ): Promise<void>;
  };
  mailImports: {
    start(run: MailImport): Promise<void>;
    /** Records how far a run got: the resume offset and the report so far. */
    updateOffset(
      userId: UserId,
      id: string,
      resumeOffset: number | null,
      report: unknown,
    ): Promise<void>;
    finish(userId: UserId, id: string, finishedAt: string, report: unknown): Promise<void>;
    /** The most recent run for this source, finished or not. */
    findBySourceKey(userId: UserId, sourceKey: string): Promise<MailImport | null>;
    /** The latest runs, newest first. */
    listRecent(userId: UserId, limit: number): Promise<MailImport[]>;
  };
  mailAccounts: {
    insert(account: MailAccount): Promise<void>;
    get(userId: UserId, id: string): Promise<MailAccount | null>;
    /** Oldest first. */
    list(userId: UserId): Promise<MailAccount[]>;
    /** Connection details and the encrypted password, after the user reconnected. */
    update(account: MailAccount): Promise<void>;
    /** Records how far the folder has been read, so an interrupted sync resumes there. */
    updateSyncState(
      userId: UserId,
      id: string,
      state: { uidValidity: string | null; lastUid: number | null; updatedAt: string },
    ): Promise<void>;
    delete(userId: UserId, id: string): Promise<boolean>;
  };
  selfAssessments: {
    /** Stores the one self-assessment of a rejection, replacing an earlier one. */
    upsert(assessment: SelfAssessment): Promise<void>;
    getForRejection(userId: UserId, rejectionId: string): Promise<SelfAssessment | null>;
    /** Oldest first. */
    list(userId: UserId): Promise<SelfAssessment[]>;
  };
  goals: {
    insert(goal: Goal): Promise<void>;
    update(goal: Goal): Promise<void>;
    get(userId: UserId, id: string): Promise<Goal | null>;
    /** Oldest first. */
    list(userId: UserId): Promise<Goal[]>;
    /** Removes the goal with its journal. */
    delete(userId: UserId, id: string): Promise<boolean>;
  };
  goalEntries: {
    insert(entry: GoalEntry): Promise<void>;
    /** The journal entries of these goals (all of the user's when none are named), oldest first. */
    list(userId: UserId, goalIds?: string[]): Promise<GoalEntry[]>;
  };
  backup: {
    read(userId: UserId): Promise<BackupRecords>;
    /** Inserts records whose id is not there yet; returns how many were new. */
    write(records: BackupRecords): Promise<number>;
  };
};

/** Time and ids come from outside so every rule is repeatable in tests. */
export type Clock = () => Date;
export type IdSource = () => string;
