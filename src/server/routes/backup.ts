import { createRoute, z } from '@hono/zod-openapi';
import * as tracker from '../../core/tracker/index.js';
import type { TrackerContext } from '../../core/tracker/index.js';
import { newRouter } from '../router.js';
import { errorResponses, json } from '../schemas.js';

const tags = ['Backup'];

const exportRoute = createRoute({
  method: 'get',
  path: '/export',
  tags,
  summary: 'Everything, as one backup document',
  responses: { 200: json(z.looseObject({ format: z.literal('rebound-backup') }), 'The backup') },
});
const importRoute = createRoute({
  method: 'post',
  path: '/import',
  tags,
  summary: 'Restore a backup; records already present are left as they are',
  request: {
    body: { content: { 'application/json': { schema: z.looseObject({}) } }, required: true },
  },
  responses: {
    200: json(
      z.object({ read: z.number(), imported: z.number(), alreadyThere: z.number() }),
      'What was restored',
    ),
    ...errorResponses,
  },
});

export function backupRoutes(ctx: TrackerContext) {
  return newRouter()
    .openapi(exportRoute, async (c) => c.json(await tracker.exportBackup(ctx), 200))
    .openapi(importRoute, async (c) =>
      c.json(await tracker.importBackup(ctx, c.req.valid('json')), 200),
    );
}
