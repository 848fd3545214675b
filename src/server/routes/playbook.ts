import { createRoute, z } from '@hono/zod-openapi';
import { timestampSchema } from '../../core/inputs.js';
import {
  playbookSettingsPatchSchema,
  playbookSettingsSchema,
} from '../../core/playbook/settings.js';
import * as tracker from '../../core/tracker/index.js';
import type { TrackerContext } from '../../core/tracker/index.js';
import { validate } from '../../core/validate.js';
import { newRouter } from '../router.js';
import {
  errorResponses,
  idParams,
  json,
  nowQuery,
  planSchema,
  todayItemSchema,
} from '../schemas.js';

const tags = ['Playbook'];
const body = <S extends z.ZodType>(schema: S) => ({
  body: { content: { 'application/json': { schema } }, required: true },
});
const parseNow = (now: string | undefined) =>
  now === undefined ? undefined : new Date(validate(timestampSchema, now));

const plan = createRoute({
  method: 'get',
  path: '/applications/{id}/plan',
  tags,
  summary: 'The steps after the latest rejection, each with its window, status and reason',
  request: { params: idParams, query: nowQuery },
  responses: { 200: json(planSchema, 'The plan'), ...errorResponses },
});
const recordStep = createRoute({
  method: 'post',
  path: '/applications/{id}/steps',
  tags,
  summary:
    'Record a step as sent or skipped (refused for a second follow-up; needs confirmation during the pause)',
  request: { params: idParams, ...body(tracker.stepRecordSchema) },
  responses: {
    200: json(planSchema, 'The updated plan'),
    409: json(
      errorResponses[400].content['application/json'].schema,
      'Blocked, or needs confirmation',
    ),
    ...errorResponses,
  },
});
const feedback = createRoute({
  method: 'post',
  path: '/applications/{id}/feedback',
  tags,
  summary: 'Log feedback the employer gave',
  request: { params: idParams, ...body(tracker.feedbackInputSchema) },
  responses: { 200: json(planSchema, 'The updated plan'), ...errorResponses },
});
const today = createRoute({
  method: 'get',
  path: '/today',
  tags,
  summary: 'Every step due or overdue, the most urgent first',
  request: { query: nowQuery },
  responses: { 200: json(z.array(todayItemSchema), 'Today'), ...errorResponses },
});
const getSettings = createRoute({
  method: 'get',
  path: '/settings',
  tags,
  summary: 'Playbook settings: time zone, quiet hours, cool-off, LinkedIn account, sign-off',
  responses: { 200: json(playbookSettingsSchema, 'Settings') },
});
const patchSettings = createRoute({
  method: 'patch',
  path: '/settings',
  tags,
  summary: 'Change playbook settings',
  request: body(playbookSettingsPatchSchema),
  responses: { 200: json(playbookSettingsSchema, 'Settings'), ...errorResponses },
});

export function playbookRoutes(ctx: TrackerContext) {
  return newRouter()
    .openapi(plan, async (c) =>
      c.json(
        await tracker.getPlan(ctx, c.req.valid('param').id, parseNow(c.req.valid('query').now)),
        200,
      ),
    )
    .openapi(recordStep, async (c) =>
      c.json(await tracker.recordStep(ctx, c.req.valid('param').id, c.req.valid('json')), 200),
    )
    .openapi(feedback, async (c) =>
      c.json(await tracker.logFeedback(ctx, c.req.valid('param').id, c.req.valid('json')), 200),
    )
    .openapi(today, async (c) =>
      c.json(await tracker.getToday(ctx, parseNow(c.req.valid('query').now)), 200),
    )
    .openapi(getSettings, async (c) => c.json(await tracker.getSettings(ctx), 200))
    .openapi(patchSettings, async (c) =>
      c.json(await tracker.updateSettings(ctx, c.req.valid('json')), 200),
    );
}
