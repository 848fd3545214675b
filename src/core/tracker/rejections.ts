import { rejectionInputSchema, type RejectionInput } from '../inputs.js';
import type { Application, Rejection } from '../records.js';
import { laterStage, stageRank } from '../stages.js';
import { furthestStage } from '../timeline.js';
import { validate } from '../validate.js';
import { makeEvent, requireApplication } from './applications.js';
import { nowIso, type TrackerContext } from './context.js';

export type LoggedRejection = { application: Application; rejection: Rejection };

/**
 * Records a rejection without losing how far the application got: the stage stays, the
 * outcome becomes "rejected", and a stage the user names that is further than what we
 * knew is recorded as reached.
 */
export async function logRejection(
  ctx: TrackerContext,
  applicationId: string,
  input: RejectionInput,
): Promise<LoggedRejection> {
  const valid = validate(rejectionInputSchema, input);
  const current = await requireApplication(ctx, applicationId);
  const events = await ctx.store.events.listForApplication(ctx.userId, applicationId);
  const known = furthestStage(events);
  const stageAtRejection = valid.stageAtRejection ?? known;
  const receivedAt = valid.receivedAt ?? nowIso(ctx);
  const rejection: Rejection = {
    id: ctx.newId(),
    userId: ctx.userId,
    applicationId,
    receivedAt,
    stageAtRejection,
    rawText: valid.text,
    sender: valid.sender,
    isReapplyInvited: valid.isReapplyInvited ?? null,
    createdAt: nowIso(ctx),
  };
  const isFurther = stageRank(stageAtRejection) > stageRank(known);
  const application: Application = {
    ...current,
    stage: laterStage(current.stage, stageAtRejection),
    outcome: 'rejected',
    updatedAt: nowIso(ctx),
  };
  await ctx.store.transaction(async (store) => {
    if (isFurther) {
      await store.events.insert(
        makeEvent(ctx, applicationId, {
          type: 'stage_changed',
          stage: stageAtRejection,
          at: receivedAt,
        }),
      );
    }
    await store.rejections.insert(rejection);
    await store.events.insert(
      makeEvent(ctx, applicationId, {
        type: 'rejection_logged',
        stage: stageAtRejection,
        outcome: 'rejected',
        at: receivedAt,
        detail: valid.sender,
      }),
    );
    await store.applications.update(application);
  });
  return { application, rejection };
}
