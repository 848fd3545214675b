import { createRoute, z } from '@hono/zod-openapi';
import { ReboundError } from '../../core/errors.js';
import type { TrackerContext } from '../../core/tracker/index.js';
import type { Credentials } from '../../mail/credentials.js';
import { mailAccountInputSchema } from '../../mail/imap/mail-account-input.js';
import * as accounts from '../../mail/imap/mail-accounts.js';
import { newRouter } from '../router.js';
import { confirmQuery, errorResponses, errorSchema, idParams, json } from '../schemas.js';

const tags = ['Mail accounts'];

// The password goes in, never out: no response shape has a field for it.
const mailAccountSchema = z
  .object({
    id: z.string(),
    userId: z.string(),
    host: z.string(),
    port: z.number(),
    username: z.string(),
    tls: z.boolean(),
    folder: z.string(),
    uidValidity: z.string().nullable(),
    lastUid: z.number().nullable(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .openapi('MailAccount');

const folderSchema = z
  .object({ path: z.string(), name: z.string(), specialUse: z.string().nullable() })
  .openapi('MailFolder');

const syncSchema = z
  .object({
    account: mailAccountSchema,
    isResynced: z.boolean(),
    report: z.object({
      read: z.number(),
      employerByLabel: z.record(z.string(), z.number()),
      applicationsCreated: z.number(),
      applicationsUpdated: z.number(),
      needsReview: z.number(),
      alreadyImported: z.number(),
      skipped: z.number(),
      unparsable: z.array(z.object({ source: z.string(), reason: z.string() })),
      unparsableCount: z.number().optional(),
    }),
  })
  .openapi('MailSync');

const syncBody = z.object({
  folder: z
    .string({ error: 'Folder must be text.' })
    .trim()
    .min(1, { error: 'Folder must not be empty; leave it out to keep the current one.' })
    .optional(),
});

const body = <S extends z.ZodType>(schema: S, required = true) => ({
  body: { content: { 'application/json': { schema } }, required },
});

const list = createRoute({
  method: 'get',
  path: '/mail/accounts',
  tags,
  summary: 'Connected mailboxes (never with their passwords)',
  responses: { 200: json(z.array(mailAccountSchema), 'Mail accounts') },
});
const connect = createRoute({
  method: 'post',
  path: '/mail/accounts',
  tags,
  summary: 'Connect a mailbox: checks the login and the folder, stores the password encrypted',
  request: body(mailAccountInputSchema),
  responses: { 201: json(mailAccountSchema, 'The connected account'), ...errorResponses },
});
const folders = createRoute({
  method: 'get',
  path: '/mail/accounts/{id}/folders',
  tags,
  summary: 'The folders of a connected mailbox, to choose which one to import',
  request: { params: idParams },
  responses: { 200: json(z.array(folderSchema), 'Folders'), ...errorResponses },
});
const sync = createRoute({
  method: 'post',
  path: '/mail/accounts/{id}/sync',
  tags,
  summary: 'Import what arrived since the last sync (read-only: nothing changes on the server)',
  request: { params: idParams, ...body(syncBody, false) },
  responses: { 200: json(syncSchema, 'The import report'), ...errorResponses },
});
const remove = createRoute({
  method: 'delete',
  path: '/mail/accounts/{id}',
  tags,
  summary: 'Forget a mailbox and its password (needs ?confirm=true); imported emails stay',
  request: { params: idParams, query: confirmQuery },
  responses: {
    200: json(mailAccountSchema, 'The removed account'),
    409: json(errorSchema, 'Not confirmed; nothing was removed'),
    ...errorResponses,
  },
});

/** For an app started without a key source: connecting a mailbox says why it can't. */
export const credentialsUnavailable: Credentials = {
  seal: () => Promise.reject(keyMissing()),
  open: () => Promise.reject(keyMissing()),
};

function keyMissing(): ReboundError {
  return new ReboundError(
    'invalid_input',
    'This server was started without a secret key for mail passwords. Start it with `rebound start`, or set REBOUND_SECRET_KEY.',
  );
}

export function mailAccountRoutes(ctx: TrackerContext, deps: accounts.MailAccountDeps) {
  return newRouter()
    .openapi(list, async (c) => c.json(await accounts.listMailAccounts(ctx), 200))
    .openapi(connect, async (c) =>
      c.json(await accounts.connectMailAccount(ctx, deps, c.req.valid('json')), 201),
    )
    .openapi(folders, async (c) =>
      c.json(await accounts.listMailAccountFolders(ctx, deps, c.req.valid('param').id), 200),
    )
    .openapi(sync, async (c) => {
      const { folder } = c.req.valid('json');
      const options = folder === undefined ? {} : { folder };
      const result = await accounts.syncMailAccount(ctx, deps, c.req.valid('param').id, options);
      return c.json(
        { account: result.account, isResynced: result.isResynced, report: result.report },
        200,
      );
    })
    .openapi(remove, async (c) => {
      const isConfirmed = c.req.valid('query').confirm === 'true';
      return c.json(
        await accounts.deleteMailAccount(ctx, c.req.valid('param').id, { isConfirmed }),
        200,
      );
    });
}
