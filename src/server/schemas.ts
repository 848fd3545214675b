import { z } from '@hono/zod-openapi';
import { stepKinds, stepStatuses } from '../core/playbook/steps.js';
import { eventTypes } from '../core/records.js';
import { outcomes, stages } from '../core/stages.js';

// Response shapes for the OpenAPI document and the typed client. Request shapes are the
// core's own input schemas (src/core/inputs.ts), so the rules live in one place.

const maybe = z.string().nullable();

export const applicationSchema = z
  .object({
    id: z.string(),
    userId: z.string(),
    company: z.string(),
    role: z.string(),
    postingUrl: maybe,
    source: maybe,
    location: maybe,
    appliedOn: maybe,
    notes: maybe,
    stage: z.enum(stages),
    outcome: z.enum(outcomes),
    fromSource: z.enum(['manual', 'spreadsheet', 'backup', 'email']),
    /** When it was filed away from the main list; null while shown. */
    filedAt: maybe,
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .openapi('Application');

export const timelineEntrySchema = z
  .object({
    id: z.string(),
    userId: z.string(),
    applicationId: z.string(),
    type: z.enum(eventTypes),
    stage: z.enum(stages).nullable(),
    outcome: z.enum(outcomes).nullable(),
    at: z.string(),
    detail: maybe,
    step: z.enum(stepKinds).nullable(),
    description: z.string(),
  })
  .openapi('TimelineEntry');

export const rejectionSchema = z
  .object({
    id: z.string(),
    userId: z.string(),
    applicationId: z.string(),
    receivedAt: z.string(),
    stageAtRejection: z.enum(stages),
    rawText: z.string(),
    sender: maybe,
    isReapplyInvited: z.boolean().nullable(),
    createdAt: z.string(),
  })
  .openapi('Rejection');

export const contactSchema = z
  .object({
    id: z.string(),
    userId: z.string(),
    name: z.string(),
    title: maybe,
    email: maybe,
    linkedinUrl: maybe,
    company: maybe,
    notes: maybe,
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .openapi('Contact');

export const applicationDetailSchema = z
  .object({
    application: applicationSchema,
    furthestStage: z.enum(stages),
    timeline: z.array(timelineEntrySchema),
    rejections: z.array(rejectionSchema),
    contacts: z.array(contactSchema),
  })
  .openapi('ApplicationDetail');

export const errorSchema = z
  .object({
    error: z.object({
      code: z.string(),
      message: z.string(),
      fields: z.array(z.object({ field: z.string(), message: z.string() })),
    }),
  })
  .openapi('Error');

export const idParams = z.object({ id: z.string().min(1) });

export const confirmQuery = z.object({
  confirm: z.enum(['true', 'false']).optional(),
});

export const errorResponses = {
  400: {
    description: 'Some input needs a fix; each bad field is named.',
    content: { 'application/json': { schema: errorSchema } },
  },
  404: {
    description: 'Nothing with that id.',
    content: { 'application/json': { schema: errorSchema } },
  },
} as const;

export const json = <S extends z.ZodType>(schema: S, description: string) => ({
  description,
  content: { 'application/json': { schema } },
});

export const planStepSchema = z
  .object({
    kind: z.enum(stepKinds),
    status: z.enum(stepStatuses),
    notBefore: z.string().nullable(),
    dueBy: z.string().nullable(),
    rationale: z.string(),
    blockedReason: z.string().optional(),
    doneAt: z.string().optional(),
  })
  .openapi('PlanStep');

export const planSchema = z
  .object({
    application: applicationSchema,
    rejection: rejectionSchema,
    coolOffEndsAt: z.string(),
    isCoolingOff: z.boolean(),
    steps: z.array(planStepSchema),
  })
  .openapi('Plan');

export const todayItemSchema = z
  .object({ application: applicationSchema, step: planStepSchema })
  .openapi('TodayItem');

export const nowQuery = z.object({
  now: z
    .string()
    .optional()
    .openapi({ description: 'Compute as if it were this time (ISO 8601); default now.' }),
});
