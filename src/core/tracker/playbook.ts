import { ReboundError } from '../errors.js';
import { timestampSchema } from '../inputs.js';
import { computePlan, coolOffEndsAt } from '../playbook/plan.js';
import {
  defaultPlaybookSettings,
  playbookSettingsPatchSchema,
  playbookSettingsSchema,
  type PlaybookSettings,
} from '../playbook/settings.js';
import {
  isMessageStep,
  stepKinds,
  stepLabels,
  type PlanStep,
  type StepKind,
} from '../playbook/steps.js';
import type { Application, Rejection } from '../records.js';
import { furthestStage } from '../timeline.js';
import { validate } from '../validate.js';
import { z } from 'zod';
import { makeEvent, requireApplication } from './applications.js';
import { nowIso, type TrackerContext } from './context.js';

export async function getSettings(ctx: TrackerContext): Promise<PlaybookSettings> {
  const defaults = defaultPlaybookSettings(ctx.defaultTimeZone);
  const stored = playbookSettingsSchema.safeParse({
    ...defaults,
    ...((await ctx.store.settings.get(ctx.userId)) as object | null),
  });
  return stored.success ? stored.data : defaults;
}

export async function updateSettings(
  ctx: TrackerContext,
  patch: unknown,
): Promise<PlaybookSettings> {
  const changes = validate(playbookSettingsPatchSchema, patch);
  const next = validate(playbookSettingsSchema, { ...(await getSettings(ctx)), ...changes });
  await ctx.store.settings.put(ctx.userId, next, nowIso(ctx));
  return next;
}

export type Plan = {
  application: Application;
  rejection: Rejection;
  coolOffEndsAt: string;
  isCoolingOff: boolean;
  steps: PlanStep[];
};

async function latestRejection(ctx: TrackerContext, application: Application): Promise<Rejection> {
  const rejections = await ctx.store.rejections.listForApplication(ctx.userId, application.id);
  const latest = rejections.at(-1);
  if (!latest) {
    throw new ReboundError(
      'invalid_input',
      `There is no rejection logged for ${application.role} at ${application.company} yet, so there is no plan. Log it first and the steps will appear.`,
    );
  }
  return latest;
}

export async function getPlan(
  ctx: TrackerContext,
  applicationId: string,
  now = ctx.now(),
): Promise<Plan> {
  const application = await requireApplication(ctx, applicationId);
  const rejection = await latestRejection(ctx, application);
  const [events, settings] = await Promise.all([
    ctx.store.events.listForApplication(ctx.userId, applicationId),
    getSettings(ctx),
  ]);
  const coolOffEnd = coolOffEndsAt(rejection.receivedAt, settings);
  return {
    application,
    rejection,
    coolOffEndsAt: coolOffEnd.toISOString(),
    isCoolingOff: now < coolOffEnd,
    steps: computePlan({ rejection, furthestStage: furthestStage(events), events, settings, now }),
  };
}

export const stepRecordSchema = z.object({
  kind: z.enum(stepKinds, { error: `Step must be one of: ${stepKinds.join(', ')}.` }),
  status: z.enum(['done', 'skipped']).default('done'),
  at: timestampSchema.optional(),
  /** Elements the sent draft carried (e.g. feedback_ask), so the plan knows what it covered. */
  includes: z
    .array(z.string().regex(/^[a-z_]+$/))
    .max(20)
    .default([]),
  /** The user chose to send during the cool-off, knowing why waiting helps. */
  isCoolOffOverridden: z.boolean().default(false),
});
export type StepRecord = z.input<typeof stepRecordSchema>;

function refuseDuringCoolOff(kind: StepKind, plan: Plan): void {
  const until = plan.coolOffEndsAt;
  throw new ReboundError(
    'confirmation_required',
    `You are still in the pause after this rejection (until ${until}). Messages written in the first hours often say more than we mean, and a reply sent tomorrow is just as welcome. If you have read it over calmly and still want to send it now, confirm to record "${stepLabels[kind].toLowerCase()}" as sent.`,
  );
}

/** Records a step as done (sent) or skipped, refusing what the playbook forbids. */
export async function recordStep(
  ctx: TrackerContext,
  applicationId: string,
  input: StepRecord,
): Promise<Plan> {
  const record = validate(stepRecordSchema, input);
  const plan = await getPlan(ctx, applicationId);
  if (record.kind === 'cool-off') {
    throw new ReboundError(
      'invalid_input',
      'The pause ends by itself; there is nothing to record.',
    );
  }
  const isFollowupSent = plan.steps.some(
    (s) => s.kind === 'feedback-followup' && s.status === 'done',
  );
  if (record.kind === 'feedback-followup' && record.status === 'done' && isFollowupSent) {
    throw new ReboundError(
      'step_blocked',
      'You have already followed up on your feedback request once. A second follow-up tends to close doors, so Rebound keeps it to one. If they write back, log the feedback and thank them.',
    );
  }
  const at = record.at ?? nowIso(ctx);
  if (
    record.status === 'done' &&
    isMessageStep(record.kind) &&
    plan.isCoolingOff &&
    !record.isCoolOffOverridden
  ) {
    refuseDuringCoolOff(record.kind, plan);
  }
  await ctx.store.events.insert(
    makeEvent(ctx, applicationId, {
      type: record.status === 'done' ? 'step_done' : 'step_skipped',
      step: record.kind,
      at,
      detail: record.includes.length > 0 ? record.includes.join(',') : null,
    }),
  );
  return getPlan(ctx, applicationId);
}

export const feedbackInputSchema = z.object({
  text: z
    .string({ error: 'Feedback must be text.' })
    .trim()
    .min(1, { error: 'Paste the feedback you received.' })
    .max(50_000, { error: 'Feedback is too long: keep it under 50,000 characters.' }),
  receivedAt: timestampSchema.optional(),
});

export async function logFeedback(
  ctx: TrackerContext,
  applicationId: string,
  input: z.input<typeof feedbackInputSchema>,
): Promise<Plan> {
  const valid = validate(feedbackInputSchema, input);
  await latestRejection(ctx, await requireApplication(ctx, applicationId));
  await ctx.store.events.insert(
    makeEvent(ctx, applicationId, {
      type: 'feedback_received',
      at: valid.receivedAt ?? nowIso(ctx),
      detail: valid.text.replaceAll(String.fromCharCode(0), ''),
    }),
  );
  return getPlan(ctx, applicationId);
}
