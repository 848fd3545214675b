import { z } from 'zod';
import { notFound, ReboundError } from '../errors.js';
import {
  hintsFromAssessment,
  selfAssessmentSchema,
  type AssessmentHint,
} from '../insights/self-assessment.js';
import { coolOffEndsAt } from '../playbook/plan.js';
import type { Application, Rejection, SelfAssessment } from '../records.js';
import { validate } from '../validate.js';
import { makeEvent, requireApplication } from './applications.js';
import { nowIso, type TrackerContext } from './context.js';
import { getSettings } from './playbook.js';

export type SelfAssessmentView = {
  application: Application;
  rejection: Rejection;
  assessment: SelfAssessment | null;
  /** The look-back opens when the pause after the rejection ends. */
  opensAt: string;
  /** The same moment in the user's time zone, for people: "Mon 2 Mar, 13:00". */
  opensAtLocal: string;
  isOpen: boolean;
  /** What the answers point to, with a goal for each. */
  hints: AssessmentHint[];
};

export const selfAssessmentSaveSchema = z.object({
  answers: selfAssessmentSchema,
  /** Fill it in during the pause anyway. */
  isConfirmed: z.boolean({ error: 'isConfirmed must be true or false.' }).optional(),
});
export type SelfAssessmentSave = z.input<typeof selfAssessmentSaveSchema>;

async function requireRejection(ctx: TrackerContext, rejectionId: string): Promise<Rejection> {
  const rejection = (await ctx.store.rejections.list(ctx.userId)).find((r) => r.id === rejectionId);
  if (!rejection) throw notFound('a rejection with id', rejectionId);
  return rejection;
}

export async function getSelfAssessment(
  ctx: TrackerContext,
  rejectionId: string,
  now = ctx.now(),
): Promise<SelfAssessmentView> {
  const rejection = await requireRejection(ctx, rejectionId);
  const [application, assessment, settings] = await Promise.all([
    requireApplication(ctx, rejection.applicationId),
    ctx.store.selfAssessments.getForRejection(ctx.userId, rejectionId),
    getSettings(ctx),
  ]);
  const opensAt = coolOffEndsAt(rejection.receivedAt, settings);
  return {
    application,
    rejection,
    assessment,
    opensAt: opensAt.toISOString(),
    opensAtLocal: new Intl.DateTimeFormat('en-GB', {
      timeZone: settings.timeZone,
      weekday: 'short',
      day: 'numeric',
      month: 'short',
      hour: '2-digit',
      minute: '2-digit',
    }).format(opensAt),
    isOpen: now >= opensAt,
    hints: assessment ? hintsFromAssessment(assessment.answers) : [],
  };
}

/**
 * Saves the look-back for a rejection (one per rejection; saving again replaces it). During
 * the pause it asks for confirmation first: a little distance makes the answers fairer.
 * The first save marks the plan's look-back step done.
 */
export async function saveSelfAssessment(
  ctx: TrackerContext,
  rejectionId: string,
  input: SelfAssessmentSave,
): Promise<SelfAssessmentView> {
  const { answers, isConfirmed } = validate(selfAssessmentSaveSchema, input);
  const now = ctx.now();
  const view = await getSelfAssessment(ctx, rejectionId, now);
  if (!view.isOpen && isConfirmed !== true) {
    throw new ReboundError(
      'confirmation_required',
      `Your pause after this rejection runs until ${view.opensAtLocal}. The look-back is easier with a little distance; confirm if you want to fill it in now anyway.`,
    );
  }
  const at = nowIso(ctx);
  const assessment: SelfAssessment = {
    id: view.assessment?.id ?? ctx.newId(),
    userId: ctx.userId,
    rejectionId,
    applicationId: view.rejection.applicationId,
    answers,
    createdAt: view.assessment?.createdAt ?? at,
    updatedAt: at,
  };
  await ctx.store.transaction(async (store) => {
    await store.selfAssessments.upsert(assessment);
    if (!view.assessment) {
      await store.events.insert(
        makeEvent(ctx, view.rejection.applicationId, {
          type: 'step_done',
          step: 'self-assessment',
          at,
        }),
      );
    }
  });
  return { ...view, assessment, hints: hintsFromAssessment(answers) };
}
