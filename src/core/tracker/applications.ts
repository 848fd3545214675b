import { notFound, ReboundError } from '../errors.js';
import {
  applicationFilterSchema,
  applicationInputSchema,
  applicationPatchSchema,
  outcomeChangeSchema,
  stageChangeSchema,
  type ApplicationInput,
  type ApplicationPatch,
} from '../inputs.js';
import type { Application, ApplicationEvent, Contact, Rejection } from '../records.js';
import { type Outcome, type Stage } from '../stages.js';
import { describeEvent, furthestStage, sortTimeline } from '../timeline.js';
import { validate } from '../validate.js';
import { nowIso, type TrackerContext } from './context.js';

export type TimelineEntry = ApplicationEvent & { description: string };

export type ApplicationDetail = {
  application: Application;
  furthestStage: Stage;
  timeline: TimelineEntry[];
  rejections: Rejection[];
  contacts: Contact[];
};

export async function requireApplication(ctx: TrackerContext, id: string): Promise<Application> {
  const application = await ctx.store.applications.get(ctx.userId, id);
  if (!application) throw notFound('an application with id', id);
  return application;
}

export function makeEvent(
  ctx: TrackerContext,
  applicationId: string,
  fields: Pick<ApplicationEvent, 'type'> & Partial<ApplicationEvent>,
): ApplicationEvent {
  return {
    id: ctx.newId(),
    userId: ctx.userId,
    applicationId,
    stage: null,
    outcome: null,
    at: nowIso(ctx),
    detail: null,
    step: null,
    ...fields,
  };
}

export async function addApplication(
  ctx: TrackerContext,
  input: ApplicationInput,
  fromSource: Application['fromSource'] = 'manual',
): Promise<Application> {
  const valid = validate(applicationInputSchema, input);
  const at = nowIso(ctx);
  const application: Application = {
    id: ctx.newId(),
    userId: ctx.userId,
    ...valid,
    outcome: 'open',
    fromSource,
    filedAt: null,
    createdAt: at,
    updatedAt: at,
  };
  await ctx.store.transaction(async (store) => {
    await store.applications.insert(application);
    await store.events.insert(
      makeEvent(ctx, application.id, { type: 'created', stage: application.stage, at }),
    );
  });
  return application;
}

export async function updateApplication(
  ctx: TrackerContext,
  id: string,
  patch: ApplicationPatch,
): Promise<Application> {
  const valid = validate(applicationPatchSchema, patch);
  const current = await requireApplication(ctx, id);
  const updated: Application = { ...current, ...valid, updatedAt: nowIso(ctx) };
  await ctx.store.applications.update(updated);
  return updated;
}

export async function changeStage(
  ctx: TrackerContext,
  id: string,
  change: { stage: Stage; at?: string },
): Promise<Application> {
  const { stage, at } = validate(stageChangeSchema, change);
  const current = await requireApplication(ctx, id);
  if (current.stage === stage) return current;
  const updated: Application = { ...current, stage, updatedAt: nowIso(ctx) };
  await ctx.store.transaction(async (store) => {
    await store.applications.update(updated);
    await store.events.insert(
      makeEvent(ctx, id, { type: 'stage_changed', stage, at: at ?? nowIso(ctx) }),
    );
  });
  return updated;
}

export async function setOutcome(
  ctx: TrackerContext,
  id: string,
  change: { outcome: Outcome; at?: string },
): Promise<Application> {
  const { outcome, at } = validate(outcomeChangeSchema, change);
  const current = await requireApplication(ctx, id);
  if (current.outcome === outcome) return current;
  const updated: Application = { ...current, outcome, updatedAt: nowIso(ctx) };
  await ctx.store.transaction(async (store) => {
    await store.applications.update(updated);
    await store.events.insert(
      makeEvent(ctx, id, { type: 'outcome_changed', outcome, at: at ?? nowIso(ctx) }),
    );
  });
  return updated;
}

export async function getApplicationDetail(
  ctx: TrackerContext,
  id: string,
): Promise<ApplicationDetail> {
  const application = await requireApplication(ctx, id);
  const [events, rejections, contacts] = await Promise.all([
    ctx.store.events.listForApplication(ctx.userId, id),
    ctx.store.rejections.listForApplication(ctx.userId, id),
    ctx.store.contacts.listForApplication(ctx.userId, id),
  ]);
  const timeline = sortTimeline(events).map((event) => ({
    ...event,
    description: describeEvent(event),
  }));
  return { application, furthestStage: furthestStage(events), timeline, rejections, contacts };
}

export async function listApplications(ctx: TrackerContext, filter: unknown = {}) {
  return ctx.store.applications.list(ctx.userId, validate(applicationFilterSchema, filter));
}

/**
 * Deleting loses the history for good, so it happens only when the caller says the user
 * confirmed; otherwise the error tells them what would go.
 */
export async function deleteApplication(
  ctx: TrackerContext,
  id: string,
  options: { isConfirmed: boolean },
): Promise<Application> {
  const detail = await getApplicationDetail(ctx, id);
  const { application } = detail;
  if (!options.isConfirmed) {
    throw new ReboundError(
      'confirmation_required',
      `Deleting ${application.role} at ${application.company} also removes its ${detail.timeline.length} timeline entries and ${detail.rejections.length} logged rejections. Confirm to delete, or export a backup first.`,
    );
  }
  await ctx.store.applications.delete(ctx.userId, id);
  return application;
}
