import { z } from 'zod';
import { emailLabels } from '../classify/types.js';
import { notFound, ReboundError } from '../errors.js';
import type { Application, MailMessage } from '../records.js';
import { validate } from '../validate.js';
import { addApplication, requireApplication } from './applications.js';
import { nowIso, type TrackerContext } from './context.js';
import { applyEmail, recordChanges } from './mail-apply.js';
import { linkApplication } from './mail-link.js';
import { readDecision, storedDecisionSchema, type StoredDecision } from './mail-decision.js';

/** What the user can decide about an email in the review queue. */
export const reviewDecisionSchema = z.discriminatedUnion('action', [
  /** Apply it as classified: link (or create) its application and log what it says. */
  z.object({ action: z.literal('accept') }),
  /** Correct the label; with `apply`, apply it with the new label straight away. */
  z.object({
    action: z.literal('relabel'),
    label: z.enum(emailLabels, { error: 'Label must be one of: ' + emailLabels.join(', ') + '.' }),
    apply: z.boolean().optional(),
  }),
  /** Apply it to this application instead of the one suggested. */
  z.object({
    action: z.literal('link'),
    applicationId: z.string({ error: 'Application id is needed to link an email.' }).min(1),
  }),
  /** Not about a job search after all: keep it out of the tracker. */
  z.object({ action: z.literal('dismiss') }),
]);
export type ReviewDecision = z.input<typeof reviewDecisionSchema>;

export async function requireMailMessage(ctx: TrackerContext, id: string): Promise<MailMessage> {
  const message = await ctx.store.mail.get(ctx.userId, id);
  if (!message) throw notFound('an imported email with id', id);
  return message;
}

/** The application an accepted email is about: the suggested one, a match, or a new one. */
async function applicationFor(ctx: TrackerContext, message: MailMessage): Promise<Application> {
  if (message.applicationId) {
    const suggested = await ctx.store.applications.get(ctx.userId, message.applicationId);
    if (suggested) return suggested;
  }
  const mail = {
    messageId: message.messageId,
    inReplyTo: null,
    references: [],
    date: message.receivedAt,
    subject: message.subject,
    from: message.sender,
    text: message.bodyText,
  };
  const link = await linkApplication(ctx, mail, message);
  if (link.kind === 'matched') return link.application;
  if (!message.company || !message.role) {
    throw new ReboundError(
      'invalid_input',
      "This email doesn't say clearly which company and role it is about. Link it to one of your applications instead, or dismiss it.",
    );
  }
  return addApplication(ctx, { company: message.company, role: message.role }, 'email');
}

async function applyTo(
  ctx: TrackerContext,
  message: MailMessage,
  application: Application | null,
): Promise<MailMessage> {
  if (message.label === 'other') return { ...message, status: 'dismissed' };
  const target = application ?? (await applicationFor(ctx, message));
  await applyEmail(ctx, target, message);
  return { ...message, status: 'applied', applicationId: target.id };
}

async function carryOut(
  ctx: TrackerContext,
  message: MailMessage,
  decision: z.output<typeof reviewDecisionSchema>,
): Promise<MailMessage> {
  switch (decision.action) {
    case 'accept':
      return applyTo(ctx, message, null);
    case 'link':
      return applyTo(ctx, message, await requireApplication(ctx, decision.applicationId));
    case 'dismiss':
      return { ...message, status: 'dismissed' };
    case 'relabel': {
      const isRejection = decision.label === 'rejection';
      const relabelled: MailMessage = {
        ...message,
        label: decision.label,
        stage: isRejection ? (message.stage ?? 'unknown') : null,
        reapplyInvited: isRejection ? message.reapplyInvited : null,
      };
      return decision.apply ? applyTo(ctx, relabelled, null) : relabelled;
    }
  }
}

/**
 * Carries out the user's decision on an email waiting for review, and notes on the email
 * exactly what it changed (its previous state, the records it created, the applications as
 * they were), so `undoMailDecision` can put everything back.
 */
export async function decideOnMail(
  ctx: TrackerContext,
  id: string,
  input: unknown,
): Promise<MailMessage> {
  const decision = validate(reviewDecisionSchema, input);
  return ctx.store.transaction(async (txStore) => {
    const message = await requireMailMessage({ ...ctx, store: txStore }, id);
    if (readDecision(message)) {
      throw new ReboundError(
        'conflict',
        'You already decided about this email. Undo that decision first to decide again.',
      );
    }
    if (message.status !== 'needs_review') {
      throw new ReboundError(
        'conflict',
        'This email is not waiting for review, so there is nothing to decide.',
      );
    }
    const { store, changes } = recordChanges(txStore);
    const recorded: TrackerContext = { ...ctx, store };
    const after = await carryOut(recorded, message, decision);
    const left = await Promise.all(
      changes.applicationsBefore.map((a) => txStore.applications.get(ctx.userId, a.id)),
    );
    const stored: StoredDecision = {
      action: decision.action,
      at: nowIso(ctx),
      before: {
        status: message.status,
        label: message.label,
        stage: message.stage,
        reapplyInvited: message.reapplyInvited,
        applicationId: message.applicationId,
      },
      createdApplicationIds: changes.createdApplicationIds,
      createdEventIds: changes.createdEventIds,
      createdRejectionIds: changes.createdRejectionIds,
      changedApplications: changes.applicationsBefore.map((before, i) => ({
        id: before.id,
        before: { stage: before.stage, outcome: before.outcome },
        after: {
          stage: left[i]?.stage ?? before.stage,
          outcome: left[i]?.outcome ?? before.outcome,
        },
      })),
    };
    const updated: MailMessage = { ...after, decision: storedDecisionSchema.parse(stored) };
    await txStore.mail.update(updated);
    return updated;
  });
}
