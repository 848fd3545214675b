import { createRoute, z } from '@hono/zod-openapi';
import { emailLabels, rejectionStages } from '../../core/classify/types.js';
import { mailStatuses } from '../../core/records.js';
import * as tracker from '../../core/tracker/index.js';
import type { MailItem, TrackerContext } from '../../core/tracker/index.js';
import type { RawMessage } from '../../mail/mail-items.js';
import { parseRawMessages } from '../../mail/mail-items.js';
import { readEml } from '../../mail/read-eml.js';
import { readMbox } from '../../mail/read-mbox.js';
import { errorBody } from '../errors.js';
import { newRouter } from '../router.js';
import { errorResponses, idParams, json } from '../schemas.js';
import { detectKind, saveUpload, UploadTooLarge } from './mail-upload.js';

const tags = ['Mail'];

const reportSchema = z
  .object({
    read: z.number(),
    employerByLabel: z.record(z.string(), z.number()),
    applicationsCreated: z.number(),
    applicationsUpdated: z.number(),
    needsReview: z.number(),
    alreadyImported: z.number(),
    skipped: z.number(),
    unparsable: z.array(z.object({ source: z.string(), reason: z.string() })),
    unparsableCount: z.number().optional(),
    resumedFromOffset: z.number().optional(),
    alreadyFinishedAt: z.string().optional(),
  })
  .openapi('MailImportReport');

const importRunSchema = z
  .object({
    id: z.string(),
    kind: z.string(),
    startedAt: z.string(),
    finishedAt: z.string().nullable(),
    report: reportSchema,
  })
  .openapi('MailImportRun');

const mailSummarySchema = z
  .object({
    id: z.string(),
    receivedAt: z.string(),
    subject: z.string(),
    sender: z.string(),
    label: z.enum(emailLabels),
    confidence: z.number(),
    stage: z.enum(rejectionStages).nullable(),
    status: z.enum(mailStatuses),
    company: z.string().nullable(),
    role: z.string().nullable(),
    applicationId: z.string().nullable(),
    canUndo: z.boolean(),
  })
  .openapi('MailSummary');

const reviewItemSchema = mailSummarySchema
  .extend({
    suggestedApplication: z
      .object({ id: z.string(), company: z.string(), role: z.string() })
      .nullable(),
    reason: z.string(),
    cues: z.array(z.string()),
  })
  .openapi('MailReviewItem');

const mailDetailSchema = mailSummarySchema
  .extend({
    reapplyInvited: z.boolean().nullable(),
    contactName: z.string().nullable(),
    text: z.string(),
    /** Sanitized at import: no scripts, handlers, forms or remote images. Never the raw HTML. */
    sanitizedHtml: z.string().nullable(),
  })
  .openapi('MailDetail');

const importQuery = z.object({
  kind: z
    .enum(['eml', 'mbox'], { error: 'Kind must be "eml" (one email) or "mbox" (a mailbox).' })
    .optional(),
  name: z.string().max(200).optional(),
});

const importRoute = createRoute({
  method: 'post',
  path: '/mail/import',
  tags,
  summary: 'Import one raw email (.eml) or a mailbox (.mbox) sent as the request body',
  request: { query: importQuery },
  responses: {
    200: json(reportSchema.extend({ importId: z.string().nullable() }), 'The import report'),
    413: json(errorResponses[400].content['application/json'].schema, 'More than 512 MB'),
    ...errorResponses,
  },
});
const importsRoute = createRoute({
  method: 'get',
  path: '/mail/imports',
  tags,
  summary: 'The latest imports with their reports, newest first',
  responses: { 200: json(z.array(importRunSchema), 'Import runs') },
});
const reviewRoute = createRoute({
  method: 'get',
  path: '/mail/review',
  tags,
  summary: 'Emails waiting for the user to decide, oldest first',
  responses: { 200: json(z.array(reviewItemSchema), 'The review queue') },
});
const decisionRoute = createRoute({
  method: 'post',
  path: '/mail/messages/{id}/decision',
  tags,
  summary: 'Accept, relabel, link or dismiss an email waiting for review',
  request: {
    params: idParams,
    body: {
      content: { 'application/json': { schema: tracker.reviewDecisionSchema } },
      required: true,
    },
  },
  responses: { 200: json(mailSummarySchema, 'The email after the decision'), ...errorResponses },
});
const undoRoute = createRoute({
  method: 'post',
  path: '/mail/messages/{id}/undo',
  tags,
  summary: 'Undo the last decision on an email',
  request: { params: idParams },
  responses: { 200: json(mailSummarySchema, 'The email as it was before'), ...errorResponses },
});
const messageRoute = createRoute({
  method: 'get',
  path: '/mail/messages/{id}',
  tags,
  summary: 'One imported email: sender, date, label, sanitized HTML and text',
  request: { params: idParams },
  responses: { 200: json(mailDetailSchema, 'The email'), ...errorResponses },
});
const applicationMailRoute = createRoute({
  method: 'get',
  path: '/applications/{id}/mail',
  tags,
  summary: 'The emails linked to an application, oldest first',
  request: { params: idParams },
  responses: { 200: json(z.array(mailSummarySchema), 'Emails'), ...errorResponses },
});

/** Names each message by the upload, not the temporary file it was saved to. */
async function* renamed(messages: AsyncIterable<RawMessage>, name: string) {
  for await (const message of messages) yield { ...message, source: name };
}

function lengthOf(header: string | undefined): number | null {
  const n = header === undefined ? Number.NaN : Number(header);
  return Number.isFinite(n) ? n : null;
}

export function mailRoutes(ctx: TrackerContext) {
  return newRouter()
    .openapi(importRoute, async (c) => {
      const query = c.req.valid('query');
      const saved = await saveUpload(c.req.raw.body, lengthOf(c.req.header('content-length'))).then(
        (upload) => ({ upload }),
        (error: unknown) => {
          if (error instanceof UploadTooLarge) return { tooLarge: error };
          throw error;
        },
      );
      if ('tooLarge' in saved)
        return c.json(errorBody('invalid_input', saved.tooLarge.message, []), 413);
      const { upload } = saved;
      try {
        const kind = await detectKind(upload, query.kind, c.req.header('content-type') ?? null);
        const name = query.name ?? (kind === 'mbox' ? 'upload.mbox' : 'upload.eml');
        const items = (): AsyncIterable<MailItem> =>
          parseRawMessages(
            kind === 'mbox'
              ? readMbox(upload.path, { name })
              : renamed(readEml([upload.path]), name),
          );
        const source = { kind, sourceKey: `upload:${name}:${upload.bytes}`, isResumable: false };
        return c.json(await tracker.runMailImport(ctx, source, items), 200);
      } finally {
        await upload.remove();
      }
    })
    .openapi(importsRoute, async (c) => c.json(await tracker.listMailImports(ctx), 200))
    .openapi(reviewRoute, async (c) => c.json(await tracker.listReviewQueue(ctx), 200))
    .openapi(decisionRoute, async (c) => {
      const message = await tracker.decideOnMail(ctx, c.req.valid('param').id, c.req.valid('json'));
      return c.json(tracker.summarizeMail(message), 200);
    })
    .openapi(undoRoute, async (c) =>
      c.json(
        tracker.summarizeMail(await tracker.undoMailDecision(ctx, c.req.valid('param').id)),
        200,
      ),
    )
    .openapi(messageRoute, async (c) =>
      c.json(await tracker.getMailDetail(ctx, c.req.valid('param').id), 200),
    )
    .openapi(applicationMailRoute, async (c) =>
      c.json(await tracker.listApplicationMail(ctx, c.req.valid('param').id), 200),
    );
}
