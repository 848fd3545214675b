import type { z } from '@hono/zod-openapi';
import { createRoute } from '@hono/zod-openapi';
import * as tracker from '../../core/tracker/index.js';
import type { TrackerContext } from '../../core/tracker/index.js';
import { newRouter } from '../router.js';
import { errorResponses, idParams, json } from '../schemas.js';
import { filedApplicationSchema, selfAssessmentViewSchema } from './insights-schemas.js';

const body = <S extends z.ZodType>(schema: S) => ({
  body: { content: { 'application/json': { schema } }, required: true },
});
const conflict = json(
  errorResponses[400].content['application/json'].schema,
  'Still in the pause after the rejection: send isConfirmed to fill it in anyway',
);

const read = createRoute({
  method: 'get',
  path: '/rejections/{id}/self-assessment',
  tags: ['Self-assessment'],
  summary: 'The look-back for a rejection: answers (or null), when it opens, and what it points to',
  request: { params: idParams },
  responses: { 200: json(selfAssessmentViewSchema, 'The self-assessment'), ...errorResponses },
});
const save = createRoute({
  method: 'put',
  path: '/rejections/{id}/self-assessment',
  tags: ['Self-assessment'],
  summary: 'Save the look-back for a rejection (replaces an earlier one; every answer optional)',
  request: { params: idParams, ...body(tracker.selfAssessmentSaveSchema) },
  responses: {
    200: json(selfAssessmentViewSchema, 'The saved self-assessment'),
    409: conflict,
    ...errorResponses,
  },
});
const file = createRoute({
  method: 'post',
  path: '/applications/{id}/file',
  tags: ['Applications'],
  summary: 'File an ended application away from the main list (kept, and still counted)',
  request: { params: idParams },
  responses: { 200: json(filedApplicationSchema, 'The filed application'), ...errorResponses },
});
const unfile = createRoute({
  method: 'post',
  path: '/applications/{id}/unfile',
  tags: ['Applications'],
  summary: 'Bring a filed application back to the main list',
  request: { params: idParams },
  responses: { 200: json(filedApplicationSchema, 'The application'), ...errorResponses },
});

/** The self-assessment per rejection, and filing a handled application away. */
export function selfAssessmentRoutes(ctx: TrackerContext) {
  return newRouter()
    .openapi(read, async (c) =>
      c.json(await tracker.getSelfAssessment(ctx, c.req.valid('param').id), 200),
    )
    .openapi(save, async (c) =>
      c.json(
        await tracker.saveSelfAssessment(ctx, c.req.valid('param').id, c.req.valid('json')),
        200,
      ),
    )
    .openapi(file, async (c) =>
      c.json(await tracker.fileApplication(ctx, c.req.valid('param').id), 200),
    )
    .openapi(unfile, async (c) =>
      c.json(await tracker.unfileApplication(ctx, c.req.valid('param').id), 200),
    );
}
