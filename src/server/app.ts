import { serveStatic } from '@hono/node-server/serve-static';
import { bodyLimit } from 'hono/body-limit';
import { except } from 'hono/combine';
import { existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { TrackerContext } from '../core/tracker/index.js';
import { errorBody, respondToError } from './errors.js';
import { newRouter } from './router.js';
import { applicationRoutes } from './routes/applications.js';
import { backupRoutes } from './routes/backup.js';
import { contactRoutes } from './routes/contacts.js';
import { dictionaryRoutes } from './routes/dictionaries.js';
import { draftRoutes } from './routes/drafts.js';
import { goalRoutes } from './routes/goals.js';
import { insightsRoutes } from './routes/insights.js';
import { selfAssessmentRoutes } from './routes/self-assessments.js';
import { playbookRoutes } from './routes/playbook.js';
import { mailRoutes } from './routes/mail.js';
import { credentialsUnavailable, mailAccountRoutes } from './routes/mail-accounts.js';
import type { MailAccountDeps } from '../mail/imap/mail-accounts.js';

const maxBodyBytes = 16 * 1024 * 1024;

/** The HTTP API, and the web app when its built files are given. */
export function createApp(
  ctx: TrackerContext,
  options: { webRoot?: string; mailAccounts?: MailAccountDeps } = {},
) {
  const mailAccounts = options.mailAccounts ?? { credentials: credentialsUnavailable };
  const app = newRouter();
  // A mailbox upload streams to a file with its own, larger limit (routes/mail-upload.ts);
  // buffering it here to check its size or its UTF-8 would hold the whole mailbox in memory.
  const isMailUpload = (path: string) => path === '/api/mail/import';
  const generalLimit = bodyLimit({
    maxSize: maxBodyBytes,
    onError: (c) =>
      c.json(
        errorBody(
          'invalid_input',
          'That is more than 16 MB. Paste just the email you received, not a whole mailbox.',
        ),
        413,
      ),
  });
  app.use('/api/*', except('/api/mail/import', generalLimit));
  app.use('/api/*', async (c, next) => {
    const isWrite = c.req.method === 'POST' || c.req.method === 'PATCH' || c.req.method === 'PUT';
    if (isWrite && !isMailUpload(c.req.path)) {
      try {
        new TextDecoder('utf-8', { fatal: true }).decode(await c.req.arrayBuffer());
      } catch {
        return c.json(
          errorBody(
            'invalid_input',
            'The request contains bytes that are not UTF-8 text. Save or paste the text as UTF-8 and try again.',
          ),
          400,
        );
      }
    }
    await next();
  });
  app.onError(respondToError);

  const api = newRouter()
    .get('/health', (c) => c.json({ isHealthy: true }))
    .route('/applications', applicationRoutes(ctx))
    .route('/', contactRoutes(ctx))
    .route('/', backupRoutes(ctx))
    .route('/', playbookRoutes(ctx))
    .route('/', draftRoutes(ctx))
    .route('/', insightsRoutes(ctx))
    .route('/', goalRoutes(ctx))
    .route('/', selfAssessmentRoutes(ctx))
    .route('/', mailAccountRoutes(ctx, mailAccounts))
    .route('/', mailRoutes(ctx));
  // OpenAPIHono extends Hono; route() merges its OpenAPI definitions into the document.
  // eslint-disable-next-line @typescript-eslint/no-unsafe-class-instance-assignment
  const routes = app.route('/api', api);
  app.doc31('/api/openapi.json', {
    openapi: '3.1.0',
    info: {
      title: 'Rebound API',
      version: '1',
      description:
        'Applications, stages, rejections and contacts. Errors share one shape: { error: { code, message, fields } }.',
    },
  });
  // eslint-disable-next-line @typescript-eslint/no-unsafe-class-instance-assignment -- an OpenAPIHono sub-router, as above
  app.route('/api/dictionaries', dictionaryRoutes());
  app.all('/api/*', (c) =>
    c.json(errorBody('not_found', `There is no API route ${c.req.method} ${c.req.path}.`), 404),
  );

  const { webRoot } = options;
  if (webRoot && existsSync(join(webRoot, 'index.html'))) {
    const root = relative(process.cwd(), webRoot) || '.';
    app.use('/*', serveStatic({ root }));
    // Client-side routes (/applications/123) get the app shell.
    app.get('*', serveStatic({ root, path: 'index.html' }));
  }
  return routes;
}

export type AppType = ReturnType<typeof createApp>;
