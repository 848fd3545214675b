import type { EmailLabel } from '../classify/types.js';
import type { Application, MailMessage, MailStatus } from '../records.js';
import { addApplication } from './applications.js';
import { nowIso, type TrackerContext } from './context.js';
import { applyEmail, wouldChange } from './mail-apply.js';
import { linkApplication, messageKey, type IncomingMail } from './mail-link.js';
import { partiesOf, readMail, type MailReading } from './mail-reading.js';

export type { IncomingMail } from './mail-link.js';
export { readMail, type MailReading } from './mail-reading.js';

/** At or above this confidence an email changes the tracker; below it waits for review. */
export const applyThreshold = 0.75;

export type MailImportResult = {
  messageId: string;
  status: MailStatus | 'already_imported';
  label: EmailLabel | null;
  applicationId: string | null;
  isApplicationCreated: boolean;
  isApplicationUpdated: boolean;
  /** Why the email waits for review, in words for the user. */
  reason: string | null;
};

function receivedAtOf(ctx: TrackerContext, mail: IncomingMail): string {
  const date = mail.date ? new Date(mail.date) : null;
  return date && !Number.isNaN(date.getTime()) ? date.toISOString() : nowIso(ctx);
}

/**
 * The email as the record to store. Mail that is not from an employer keeps only its
 * headers: Rebound needs its Message-ID to skip it next time, not the user's private
 * correspondence.
 */
export function describeMessage(
  ctx: TrackerContext,
  mail: IncomingMail,
  reading: MailReading = readMail(mail),
): MailMessage {
  const { key, ...classified } = reading;
  const isEmployer = classified.label !== 'other';
  const parties = partiesOf(mail, reading);
  return {
    id: ctx.newId(),
    userId: ctx.userId,
    messageId: key,
    applicationId: null,
    receivedAt: receivedAtOf(ctx, mail),
    subject: mail.subject,
    sender: mail.from,
    ...classified,
    company: parties.company,
    role: parties.role,
    contactName: parties.contactName,
    bodyText: isEmployer ? mail.text : '',
    bodyHtml: isEmployer ? (mail.sanitizedHtml ?? null) : null,
    status: 'skipped',
    createdAt: nowIso(ctx),
  };
}

/** What importing an employer email will do, worked out before anything is written. */
export type EmployerPlan = {
  status: MailStatus;
  application: Application | null;
  /** The application to create from the email first, when none matches. */
  toCreate: { company: string; role: string } | null;
  reason: string | null;
  /** False when storing the email is all there is to do (review, or nothing to change). */
  hasChanges: boolean;
};

export async function planEmployerEmail(
  ctx: TrackerContext,
  message: MailMessage,
  mail: IncomingMail,
): Promise<EmployerPlan> {
  const review = (reason: string, application: Application | null = null): EmployerPlan => ({
    status: 'needs_review',
    application,
    toCreate: null,
    reason,
    hasChanges: false,
  });
  const link = await linkApplication(ctx, mail, message);
  if (link.kind === 'ambiguous') return review(link.reason, link.application);
  const linked = link.kind === 'matched' ? link.application : null;
  if (message.confidence < applyThreshold)
    return review(`not sure it is ${message.label.replace('_', ' ')}`, linked);
  if (linked) {
    const hasChanges = wouldChange(linked, message);
    return { status: 'applied', application: linked, toCreate: null, reason: null, hasChanges };
  }
  if (!message.company || !message.role)
    return review('the company or the role could not be read from the email');
  const toCreate = { company: message.company, role: message.role };
  return { status: 'applied', application: null, toCreate, reason: null, hasChanges: true };
}

/** The email as stored once its plan is carried out. */
export function plannedMessage(message: MailMessage, plan: EmployerPlan): MailMessage {
  return { ...message, status: plan.status, applicationId: plan.application?.id ?? null };
}

/** Another import stored the same email meanwhile; the caller undoes this one's writes. */
export class AlreadyImported extends Error {}

export function resultFor(key: string, fields: Partial<MailImportResult> = {}): MailImportResult {
  return {
    messageId: key,
    status: 'already_imported',
    label: null,
    applicationId: null,
    isApplicationCreated: false,
    isApplicationUpdated: false,
    reason: null,
    ...fields,
  };
}

/**
 * Carries out an employer email's plan, all but storing the email: creates its application
 * if needed and applies it when confident. Returns the email as it is to be stored.
 */
export async function carryOutPlan(
  ctx: TrackerContext,
  message: MailMessage,
  plan: EmployerPlan,
): Promise<{ stored: MailMessage; result: MailImportResult }> {
  const created = plan.toCreate ? await addApplication(ctx, plan.toCreate, 'email') : null;
  const application = created ?? plan.application;
  const isUpdated =
    plan.status === 'applied' && application !== null
      ? await applyEmail(ctx, application, message)
      : false;
  const stored = plannedMessage(message, { ...plan, application });
  const result = resultFor(message.messageId, {
    status: plan.status,
    label: message.label,
    applicationId: stored.applicationId,
    isApplicationCreated: created !== null,
    isApplicationUpdated: isUpdated && created === null,
    reason: plan.reason,
  });
  return { stored, result };
}

/**
 * Carries out an employer email's plan and stores it. Run it inside a transaction: it
 * throws AlreadyImported when the email got in first some other way, so its writes roll back.
 */
export async function placeEmployerEmail(
  ctx: TrackerContext,
  message: MailMessage,
  plan: EmployerPlan,
): Promise<MailImportResult> {
  const { stored, result } = await carryOutPlan(ctx, message, plan);
  if (!(await ctx.store.mail.insertIfNew(stored))) throw new AlreadyImported();
  return result;
}

/**
 * Imports one email: skips one already seen, stores a non-employer email as skipped,
 * links an employer email to its application (or creates one) and, when confident, logs
 * the rejection or moves the stage. Everything for one email lands together or not at all.
 */
export async function importMessage(
  ctx: TrackerContext,
  mail: IncomingMail,
): Promise<MailImportResult> {
  const key = messageKey(mail);
  if ((await ctx.store.mail.findByMessageIds(ctx.userId, [key])).length > 0) return resultFor(key);
  return ctx.store
    .transaction(async (store) => {
      const inner: TrackerContext = { ...ctx, store };
      const message = describeMessage(inner, mail);
      if (message.label !== 'other') {
        return placeEmployerEmail(inner, message, await planEmployerEmail(inner, message, mail));
      }
      if (!(await store.mail.insertIfNew(message))) return resultFor(key);
      return resultFor(key, { status: 'skipped', label: 'other' });
    })
    .catch((error: unknown) => {
      if (error instanceof AlreadyImported) return resultFor(key);
      throw error;
    });
}
