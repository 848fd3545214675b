import { z } from 'zod';
import { emailLabels, rejectionStages } from '../classify/types.js';
import { notFound, ReboundError } from '../errors.js';
import { mailStatuses, type MailMessage } from '../records.js';
import { outcomes, stages } from '../stages.js';
import { nowIso, type TrackerContext } from './context.js';

const stageAndOutcome = z.object({ stage: z.enum(stages), outcome: z.enum(outcomes) });

/** What a review decision changed, stored on the email (mail_messages.decision) for undo. */
export const storedDecisionSchema = z.object({
  action: z.enum(['accept', 'relabel', 'link', 'dismiss']),
  at: z.string(),
  /** The email as it was before the decision. */
  before: z.object({
    status: z.enum(mailStatuses),
    label: z.enum(emailLabels),
    stage: z.enum(rejectionStages).nullable(),
    reapplyInvited: z.boolean().nullable(),
    applicationId: z.string().nullable(),
  }),
  createdApplicationIds: z.array(z.string()),
  createdEventIds: z.array(z.string()),
  createdRejectionIds: z.array(z.string()),
  /** Applications that existed before: their stage and outcome before and after. */
  changedApplications: z.array(
    z.object({ id: z.string(), before: stageAndOutcome, after: stageAndOutcome }),
  ),
});
export type StoredDecision = z.infer<typeof storedDecisionSchema>;

export function readDecision(message: MailMessage): StoredDecision | null {
  const parsed = storedDecisionSchema.safeParse(message.decision);
  return parsed.success ? parsed.data : null;
}

/**
 * Refuses to delete an application the decision created once the user has added to it
 * (a stage change, a contact, feedback): undo must never lose the user's own work.
 */
async function requireUntouched(ctx: TrackerContext, decision: StoredDecision): Promise<void> {
  const ours = new Set(decision.createdEventIds);
  for (const id of decision.createdApplicationIds) {
    const events = await ctx.store.events.listForApplication(ctx.userId, id);
    if (events.some((e) => !ours.has(e.id))) {
      throw new ReboundError(
        'conflict',
        'The application this email created has changed since, so undoing would lose your changes. Edit or delete the application itself instead.',
      );
    }
  }
}

/**
 * Reverses the last review decision on an email.
 *
 * The rejection, events and applications the decision created are removed rather than
 * answered with compensating events. Events are the application's history, and these
 * recorded something that did not happen: the user is telling us the email was misread.
 * A "rejection logged" followed by "outcome reopened" would keep a rejection that never
 * came in the timeline, in the furthest stage reached and in the funnel. Only records the
 * decision itself created are removed (by id); anything the user did since stays.
 * Applications that existed before get their stage and outcome back, unless the user has
 * changed them since, in which case their change wins.
 */
export async function undoMailDecision(ctx: TrackerContext, id: string): Promise<MailMessage> {
  return ctx.store.transaction(async (store) => {
    const inner: TrackerContext = { ...ctx, store };
    const message = await store.mail.get(ctx.userId, id);
    if (!message) throw notFound('an imported email with id', id);
    const decision = readDecision(message);
    if (!decision) {
      throw new ReboundError('conflict', 'There is no decision on this email to undo.');
    }
    await requireUntouched(inner, decision);
    for (const applicationId of decision.createdApplicationIds) {
      await store.applications.delete(ctx.userId, applicationId);
    }
    await store.mail.deleteDecisionRecords(ctx.userId, {
      eventIds: decision.createdEventIds,
      rejectionIds: decision.createdRejectionIds,
    });
    for (const changed of decision.changedApplications) {
      const current = await store.applications.get(ctx.userId, changed.id);
      const isAsLeft =
        current?.stage === changed.after.stage && current.outcome === changed.after.outcome;
      if (current && isAsLeft) {
        await store.applications.update({ ...current, ...changed.before, updatedAt: nowIso(ctx) });
      }
    }
    // The application suggested before may be gone (deleted meanwhile): then no link.
    const suggested = decision.before.applicationId;
    const isSuggestedThere =
      suggested !== null && (await store.applications.get(ctx.userId, suggested)) !== null;
    const restored: MailMessage = {
      ...message,
      ...decision.before,
      applicationId: isSuggestedThere ? suggested : null,
      decision: null,
    };
    await store.mail.update(restored);
    return restored;
  });
}
