import { createRoute, z } from '@hono/zod-openapi';
import * as tracker from '../../core/tracker/index.js';
import type { TrackerContext } from '../../core/tracker/index.js';
import { newRouter } from '../router.js';
import { confirmQuery, errorResponses, idParams, json } from '../schemas.js';
import { goalSchema, goalSuggestionSchema, smartCheckSchema } from './insights-schemas.js';

const tags = ['Goals'];
const body = <S extends z.ZodType>(schema: S) => ({
  body: { content: { 'application/json': { schema } }, required: true },
});
const conflict = json(errorResponses[400].content['application/json'].schema, 'Not confirmed');

const list = createRoute({
  method: 'get',
  path: '/goals',
  tags,
  summary: 'Goals with their journal, progress and SMART check; open ones first',
  responses: { 200: json(z.array(goalSchema), 'Goals') },
});
const create = createRoute({
  method: 'post',
  path: '/goals',
  tags,
  summary: 'Add a goal (deadline as YYYY-MM-DD or words like "next Friday")',
  request: body(tracker.goalInputSchema),
  responses: { 201: json(goalSchema, 'The new goal'), ...errorResponses },
});
const check = createRoute({
  method: 'post',
  path: '/goals/check',
  tags,
  summary: 'Which SMART letters a goal text meets, and why',
  request: body(tracker.goalCheckSchema),
  responses: { 200: json(smartCheckSchema, 'The check'), ...errorResponses },
});
const suggestions = createRoute({
  method: 'get',
  path: '/goals/suggestions',
  tags,
  summary: 'Goals suggested by the bottleneck, the feedback themes and the self-assessments',
  responses: { 200: json(z.array(goalSuggestionSchema), 'Suggestions') },
});
const read = createRoute({
  method: 'get',
  path: '/goals/{id}',
  tags,
  summary: 'One goal with its journal',
  request: { params: idParams },
  responses: { 200: json(goalSchema, 'The goal'), ...errorResponses },
});
const progress = createRoute({
  method: 'post',
  path: '/goals/{id}/entries',
  tags,
  summary: 'Log progress: a note, an amount toward the target, or both',
  request: { params: idParams, ...body(tracker.goalProgressSchema) },
  responses: { 201: json(goalSchema, 'The goal with the new entry'), ...errorResponses },
});
const complete = createRoute({
  method: 'post',
  path: '/goals/{id}/complete',
  tags,
  summary: 'Mark a goal done',
  request: { params: idParams },
  responses: { 200: json(goalSchema, 'The completed goal'), ...errorResponses },
});
const remove = createRoute({
  method: 'delete',
  path: '/goals/{id}',
  tags,
  summary: 'Delete a goal and its journal (needs ?confirm=true)',
  request: { params: idParams, query: confirmQuery },
  responses: {
    200: json(goalSchema.omit({ entries: true, progress: true, check: true }), 'The deleted goal'),
    409: conflict,
    ...errorResponses,
  },
});

export function goalRoutes(ctx: TrackerContext) {
  return newRouter()
    .openapi(list, async (c) => c.json(await tracker.listGoals(ctx), 200))
    .openapi(create, async (c) => c.json(await tracker.addGoal(ctx, c.req.valid('json')), 201))
    .openapi(check, async (c) => c.json(await tracker.checkGoal(ctx, c.req.valid('json')), 200))
    .openapi(suggestions, async (c) => c.json(await tracker.getGoalSuggestions(ctx), 200))
    .openapi(read, async (c) => c.json(await tracker.getGoal(ctx, c.req.valid('param').id), 200))
    .openapi(progress, async (c) =>
      c.json(await tracker.logGoalProgress(ctx, c.req.valid('param').id, c.req.valid('json')), 201),
    )
    .openapi(complete, async (c) =>
      c.json(await tracker.completeGoal(ctx, c.req.valid('param').id), 200),
    )
    .openapi(remove, async (c) => {
      const isConfirmed = c.req.valid('query').confirm === 'true';
      return c.json(await tracker.deleteGoal(ctx, c.req.valid('param').id, { isConfirmed }), 200);
    });
}
