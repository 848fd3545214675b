import { createRoute, z } from '@hono/zod-openapi';
import { timestampSchema } from '../../core/inputs.js';
import * as tracker from '../../core/tracker/index.js';
import type { TrackerContext } from '../../core/tracker/index.js';
import { validate } from '../../core/validate.js';
import { newRouter } from '../router.js';
import { errorResponses, json, nowQuery } from '../schemas.js';
import { insightsSchema } from './insights-schemas.js';

const tags = ['Insights'];
const parseNow = (now: string | undefined) =>
  now === undefined ? undefined : new Date(validate(timestampSchema, now));

const insights = createRoute({
  method: 'get',
  path: '/insights',
  tags,
  summary:
    'The next step in one sentence, the diagnosis with its certainty, the funnel, themes over time, goals, the weekly target and chart specs',
  request: { query: nowQuery },
  responses: { 200: json(insightsSchema, 'Insights'), ...errorResponses },
});
const sankey = createRoute({
  method: 'get',
  path: '/insights/sankey.svg',
  tags,
  summary: 'The Sankey diagram of the search (Applied → Screen / No reply / Rejected … → Offer)',
  request: { query: nowQuery },
  responses: {
    200: {
      description: 'An SVG document',
      content: { 'image/svg+xml': { schema: z.string() } },
    },
    ...errorResponses,
  },
});

export function insightsRoutes(ctx: TrackerContext) {
  return newRouter()
    .openapi(insights, async (c) =>
      c.json(await tracker.getInsights(ctx, parseNow(c.req.valid('query').now)), 200),
    )
    .openapi(sankey, async (c) => {
      const svg = await tracker.getSankeySvg(ctx, parseNow(c.req.valid('query').now));
      return c.body(svg, 200, { 'content-type': 'image/svg+xml; charset=utf-8' });
    });
}
