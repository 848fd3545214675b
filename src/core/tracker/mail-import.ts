import { classifyEmail } from '../classify/classify.js';
import { extractParties } from '../classify/extract.js';
import type { EmailLabel, RejectionStage } from '../classify/types.js';
import { maxRejectionTextLength } from '../inputs.js';
import type { Application, MailMessage, MailStatus } from '../records.js';
import { stageRank, type Stage } from '../stages.js';
import { furthestStage } from '../timeline.js';
import { addApplication, changeStage } from './applications.js';
import { nowIso, type TrackerContext } from './context.js';
import { linkApplication, messageKey, type IncomingMail } from './mail-link.js';
import { logRejection } from './rejections.js';

export type { IncomingMail } from './mail-link.js';

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

const impliedStage: Record<RejectionStage, Stage | null> = {
  after_application: 'applied',
  after_screen: 'screen',
  after_interview: 'technical',
  after_final: 'final',
  unknown: null,
};

function receivedAtOf(ctx: TrackerContext, mail: IncomingMail): string {
  const date = mail.date ? new Date(mail.date) : null;
  return date && !Number.isNaN(date.getTime()) ? date.toISOString() : nowIso(ctx);
}

/** Changes the application the way a confident email says; true when something changed. */
async function applyEmail(
  ctx: TrackerContext,
  application: Application,
  message: MailMessage,
): Promise<boolean> {
  if (message.label === 'rejection') {
    const events = await ctx.store.events.listForApplication(ctx.userId, application.id);
    const implied = message.stage ? impliedStage[message.stage] : null;
    const isFurther = implied !== null && stageRank(implied) > stageRank(furthestStage(events));
    await logRejection(ctx, application.id, {
      text: message.bodyText.slice(0, maxRejectionTextLength) || message.subject || '(empty)',
      receivedAt: message.receivedAt,
      sender: message.sender.slice(0, 320) || null,
      isReapplyInvited: message.reapplyInvited,
      ...(isFurther ? { stageAtRejection: implied } : {}),
    });
    return true;
  }
  const target: Stage | null =
    message.label === 'offer'
      ? 'offer'
      : message.label === 'interview_invite' && application.stage === 'applied'
        ? 'screen'
        : null;
  if (target === null || stageRank(target) <= stageRank(application.stage)) return false;
  await changeStage(ctx, application.id, { stage: target, at: message.receivedAt });
  return true;
}

function describeMessage(ctx: TrackerContext, mail: IncomingMail): MailMessage {
  const email = { subject: mail.subject, from: mail.from, body: mail.text };
  const classified = classifyEmail(email);
  const parties = classified.label === 'other' ? null : extractParties(email);
  return {
    id: ctx.newId(),
    userId: ctx.userId,
    messageId: messageKey(mail),
    applicationId: null,
    receivedAt: receivedAtOf(ctx, mail),
    subject: mail.subject,
    sender: mail.from,
    label: classified.label,
    confidence: classified.confidence,
    stage: classified.stage,
    reapplyInvited: classified.reapplyInvited,
    company: parties?.company ?? null,
    role: parties?.role ?? null,
    contactName: parties?.contactName ?? null,
    bodyText: mail.text,
    status: 'skipped',
    createdAt: nowIso(ctx),
  };
}

class AlreadyImported extends Error {}

type Decision = {
  status: MailStatus;
  application: Application | null;
  isNew: boolean;
  reason: string | null;
};

async function decide(
  ctx: TrackerContext,
  message: MailMessage,
  mail: IncomingMail,
): Promise<Decision> {
  const review = (reason: string, application: Application | null = null): Decision => ({
    status: 'needs_review',
    application,
    isNew: false,
    reason,
  });
  const link = await linkApplication(ctx, mail, message);
  if (link.kind === 'ambiguous') return review(link.reason, link.application);
  const linked = link.kind === 'matched' ? link.application : null;
  if (message.confidence < applyThreshold)
    return review(`not sure it is ${message.label.replace('_', ' ')}`, linked);
  if (linked) return { status: 'applied', application: linked, isNew: false, reason: null };
  if (!message.company || !message.role)
    return review('the company or the role could not be read from the email');
  const created = await addApplication(
    ctx,
    { company: message.company, role: message.role },
    'email',
  );
  return { status: 'applied', application: created, isNew: true, reason: null };
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
  const result = (fields: Partial<MailImportResult>): MailImportResult => ({
    messageId: key,
    status: 'already_imported',
    label: null,
    applicationId: null,
    isApplicationCreated: false,
    isApplicationUpdated: false,
    reason: null,
    ...fields,
  });
  if ((await ctx.store.mail.findByMessageIds(ctx.userId, [key])).length > 0) return result({});
  return ctx.store
    .transaction(async (store) => {
      const inner: TrackerContext = { ...ctx, store };
      const message = describeMessage(inner, mail);
      if (message.label === 'other') {
        if (!(await store.mail.insertIfNew(message))) return result({});
        return result({ status: 'skipped', label: 'other' });
      }
      const decision = await decide(inner, message, mail);
      const application = decision.application;
      const isUpdated =
        decision.status === 'applied' && application !== null
          ? await applyEmail(inner, application, message)
          : false;
      const stored = {
        ...message,
        status: decision.status,
        applicationId: application?.id ?? null,
      };
      // Another import stored it meanwhile: undo what this one changed.
      if (!(await store.mail.insertIfNew(stored))) throw new AlreadyImported();
      return result({
        status: decision.status,
        label: message.label,
        applicationId: stored.applicationId,
        isApplicationCreated: decision.isNew,
        isApplicationUpdated: isUpdated && !decision.isNew,
        reason: decision.reason,
      });
    })
    .catch((error: unknown) => {
      if (error instanceof AlreadyImported) return result({});
      throw error;
    });
}
