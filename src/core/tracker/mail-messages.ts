import { classifyEmail } from '../classify/classify.js';
import type { EmailLabel, RejectionStage } from '../classify/types.js';
import type { MailMessage, MailStatus } from '../records.js';
import { requireApplication } from './applications.js';
import type { TrackerContext } from './context.js';
import { readDecision } from './mail-decision.js';
import { applyThreshold } from './mail-import.js';
import { requireMailMessage } from './mail-review.js';

/** An imported email as the app lists it: no body, just enough to recognise it. */
export type MailSummary = {
  id: string;
  receivedAt: string;
  subject: string;
  sender: string;
  label: EmailLabel;
  confidence: number;
  stage: RejectionStage | null;
  status: MailStatus;
  company: string | null;
  role: string | null;
  applicationId: string | null;
  /** True when the last decision on it can be undone. */
  canUndo: boolean;
};

/** One email in full, for reading: the sanitized HTML (never the raw) and the plain text. */
export type MailDetail = MailSummary & {
  reapplyInvited: boolean | null;
  contactName: string | null;
  text: string;
  sanitizedHtml: string | null;
};

/** A review item: the email, the application it probably belongs to, and why it waits. */
export type ReviewItem = MailSummary & {
  suggestedApplication: { id: string; company: string; role: string } | null;
  reason: string;
  /** The phrases that led to its label, so the user sees why; empty when none stand out. */
  cues: string[];
};

export function summarizeMail(message: MailMessage): MailSummary {
  return {
    id: message.id,
    receivedAt: message.receivedAt,
    subject: message.subject,
    sender: message.sender,
    label: message.label,
    confidence: message.confidence,
    stage: message.stage,
    status: message.status,
    company: message.company,
    role: message.role,
    applicationId: message.applicationId,
    canUndo: readDecision(message) !== null,
  };
}

/** Why an email waits, in words for the user (the import's reasons, read back). */
function reasonFor(message: MailMessage): string {
  if (message.confidence < applyThreshold) {
    return `We're not sure this is ${message.label.replace('_', ' ')}.`;
  }
  if (message.applicationId) {
    return `It names ${message.company ?? 'the company'} but no role, so it may be about this application.`;
  }
  return "We couldn't tell which of your applications it is about.";
}

/**
 * The classifier's cues for the stored label, read again from the email (they are not
 * stored). None when today's classifier reads the email differently: cues for another label
 * would only confuse.
 */
function cuesFor(message: MailMessage): string[] {
  const email = { subject: message.subject, from: message.sender, body: message.bodyText };
  const classified = classifyEmail(email);
  return classified.label === message.label ? classified.cues : [];
}

/** Emails waiting for the user to decide, oldest first. */
export async function listReviewQueue(ctx: TrackerContext): Promise<ReviewItem[]> {
  const waiting = await ctx.store.mail.list(ctx.userId, { status: 'needs_review' });
  const items: ReviewItem[] = [];
  for (const message of waiting) {
    const application = message.applicationId
      ? await ctx.store.applications.get(ctx.userId, message.applicationId)
      : null;
    items.push({
      ...summarizeMail(message),
      suggestedApplication: application
        ? { id: application.id, company: application.company, role: application.role }
        : null,
      reason: reasonFor(message),
      cues: cuesFor(message),
    });
  }
  return items;
}

export async function getMailDetail(ctx: TrackerContext, id: string): Promise<MailDetail> {
  const message = await requireMailMessage(ctx, id);
  return {
    ...summarizeMail(message),
    reapplyInvited: message.reapplyInvited,
    contactName: message.contactName,
    text: message.bodyText,
    sanitizedHtml: message.bodyHtml ?? null,
  };
}

/** The emails linked to one application, oldest first, for its timeline. */
export async function listApplicationMail(
  ctx: TrackerContext,
  applicationId: string,
): Promise<MailSummary[]> {
  await requireApplication(ctx, applicationId);
  const messages = await ctx.store.mail.list(ctx.userId, { applicationId });
  return messages.map(summarizeMail);
}
