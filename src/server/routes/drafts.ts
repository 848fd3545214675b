import { createRoute, z } from '@hono/zod-openapi';
import {
  composeDraft,
  composerContextSchema,
  draftElements,
  draftKinds,
} from '../../core/composer/index.js';
import * as tracker from '../../core/tracker/index.js';
import type { TrackerContext } from '../../core/tracker/index.js';
import { validate } from '../../core/validate.js';
import { newRouter } from '../router.js';
import { errorResponses, idParams, json } from '../schemas.js';

const tags = ['Drafts'];

const draftSchema = z
  .object({
    kind: z.enum(draftKinds),
    subject: z.string().nullable(),
    body: z.string(),
    chars: z.number(),
    words: z.number(),
    elements: z.array(z.enum(draftElements)),
    limit: z.number().nullable(),
  })
  .openapi('Draft');

const forApplication = createRoute({
  method: 'post',
  path: '/applications/{id}/drafts',
  tags,
  summary: 'A draft for one step, written for this application’s contact, role and stage',
  request: {
    params: idParams,
    body: {
      content: { 'application/json': { schema: tracker.draftOptionsSchema } },
      required: true,
    },
  },
  responses: { 200: json(draftSchema, 'The draft'), ...errorResponses },
});

const compose = createRoute({
  method: 'post',
  path: '/compose',
  tags,
  summary: 'The composer on its own: a draft from a context you give',
  request: {
    body: {
      content: {
        'application/json': {
          schema: z.object({
            kind: z.enum(draftKinds),
            context: composerContextSchema.default({}),
          }),
        },
      },
      required: true,
    },
  },
  responses: { 200: json(draftSchema, 'The draft'), ...errorResponses },
});

export function draftRoutes(ctx: TrackerContext) {
  return newRouter()
    .openapi(forApplication, async (c) =>
      c.json(
        await tracker.composeForApplication(ctx, c.req.valid('param').id, c.req.valid('json')),
        200,
      ),
    )
    .openapi(compose, (c) => {
      const { kind, context } = c.req.valid('json');
      return c.json(composeDraft(kind, validate(composerContextSchema, context)), 200);
    });
}
