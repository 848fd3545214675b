import { createRoute, z } from '@hono/zod-openapi';
import {
  applicationFilterSchema,
  applicationInputSchema,
  applicationPatchSchema,
  outcomeChangeSchema,
  rejectionInputSchema,
  stageChangeSchema,
} from '../../core/inputs.js';
import * as tracker from '../../core/tracker/index.js';
import type { TrackerContext } from '../../core/tracker/index.js';
import { newRouter } from '../router.js';
import {
  applicationDetailSchema,
  applicationSchema,
  confirmQuery,
  errorResponses,
  idParams,
  json,
  rejectionSchema,
  timelineEntrySchema,
} from '../schemas.js';

const tags = ['Applications'];
const body = <S extends z.ZodType>(schema: S) => ({
  body: { content: { 'application/json': { schema } }, required: true },
});

const list = createRoute({
  method: 'get',
  path: '/',
  tags,
  summary: 'List applications, newest activity first',
  request: { query: applicationFilterSchema },
  responses: { 200: json(z.array(applicationSchema), 'Applications'), ...errorResponses },
});
const create = createRoute({
  method: 'post',
  path: '/',
  tags,
  summary: 'Add an application',
  request: body(applicationInputSchema),
  responses: { 201: json(applicationSchema, 'The new application'), ...errorResponses },
});
const read = createRoute({
  method: 'get',
  path: '/{id}',
  tags,
  summary: 'An application with its furthest stage, timeline, rejections and contacts',
  request: { params: idParams },
  responses: { 200: json(applicationDetailSchema, 'The application'), ...errorResponses },
});
const update = createRoute({
  method: 'patch',
  path: '/{id}',
  tags,
  summary: 'Change an application’s details',
  request: { params: idParams, ...body(applicationPatchSchema) },
  responses: { 200: json(applicationSchema, 'The updated application'), ...errorResponses },
});
const remove = createRoute({
  method: 'delete',
  path: '/{id}',
  tags,
  summary: 'Delete an application and its history (needs ?confirm=true)',
  request: { params: idParams, query: confirmQuery },
  responses: {
    200: json(applicationSchema, 'The deleted application'),
    409: json(
      errorResponses[400].content['application/json'].schema,
      'Not confirmed; nothing was deleted',
    ),
    ...errorResponses,
  },
});
const stage = createRoute({
  method: 'post',
  path: '/{id}/stage',
  tags,
  summary: 'Move an application to a stage',
  request: { params: idParams, ...body(stageChangeSchema) },
  responses: { 200: json(applicationSchema, 'The application'), ...errorResponses },
});
const outcome = createRoute({
  method: 'post',
  path: '/{id}/outcome',
  tags,
  summary: 'Set how an application ended',
  request: { params: idParams, ...body(outcomeChangeSchema) },
  responses: { 200: json(applicationSchema, 'The application'), ...errorResponses },
});
const reject = createRoute({
  method: 'post',
  path: '/{id}/rejections',
  tags,
  summary: 'Log a rejection; the furthest stage is kept',
  request: { params: idParams, ...body(rejectionInputSchema) },
  responses: {
    201: json(z.object({ application: applicationSchema, rejection: rejectionSchema }), 'Logged'),
    ...errorResponses,
  },
});
const timeline = createRoute({
  method: 'get',
  path: '/{id}/timeline',
  tags,
  summary: 'What happened to an application, oldest first',
  request: { params: idParams },
  responses: { 200: json(z.array(timelineEntrySchema), 'Timeline'), ...errorResponses },
});

export function applicationRoutes(ctx: TrackerContext) {
  return newRouter()
    .openapi(list, async (c) =>
      c.json(await tracker.listApplications(ctx, c.req.valid('query')), 200),
    )
    .openapi(create, async (c) =>
      c.json(await tracker.addApplication(ctx, c.req.valid('json')), 201),
    )
    .openapi(read, async (c) =>
      c.json(await tracker.getApplicationDetail(ctx, c.req.valid('param').id), 200),
    )
    .openapi(update, async (c) =>
      c.json(
        await tracker.updateApplication(ctx, c.req.valid('param').id, c.req.valid('json')),
        200,
      ),
    )
    .openapi(remove, async (c) => {
      const isConfirmed = c.req.valid('query').confirm === 'true';
      return c.json(
        await tracker.deleteApplication(ctx, c.req.valid('param').id, { isConfirmed }),
        200,
      );
    })
    .openapi(stage, async (c) =>
      c.json(await tracker.changeStage(ctx, c.req.valid('param').id, c.req.valid('json')), 200),
    )
    .openapi(outcome, async (c) =>
      c.json(await tracker.setOutcome(ctx, c.req.valid('param').id, c.req.valid('json')), 200),
    )
    .openapi(reject, async (c) =>
      c.json(await tracker.logRejection(ctx, c.req.valid('param').id, c.req.valid('json')), 201),
    )
    .openapi(timeline, async (c) =>
      c.json((await tracker.getApplicationDetail(ctx, c.req.valid('param').id)).timeline, 200),
    );
}
