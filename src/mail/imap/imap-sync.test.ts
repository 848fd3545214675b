import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ImapFlow } from 'imapflow';
import { inspect } from 'node:util';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  listApplications,
  listMailImports,
  type TrackerContext,
} from '../../core/tracker/index.js';
import { openMemoryTracker } from '../../store/memory-tracker.test-helpers.js';
import type { OpenStore } from '../../store/open-store.js';
import { createCredentials } from '../credentials.js';
import type { DovecotServer } from '../test-dovecot.js';
import { fixtureEmail, useDovecot } from './dovecot.test-helpers.js';
import { ImapError } from './imap-errors.js';
import {
  connectMailAccount,
  listMailAccountFolders,
  listMailAccounts,
  syncMailAccount,
  type MailAccountDeps,
} from './mail-accounts.js';
import type { SyncProgress } from './imap-sync.js';

const quick = { connectionTimeout: 3_000, greetingTimeout: 3_000, socketTimeout: 10_000 };

const firstBatch = [
  '01-html-only-tracking-script.eml',
  '06-quoted-printable-nonascii.eml',
  '07-base64-assessment.eml',
  '11-multipart-mixed-offer-attachment.eml',
];

/** Every message's flags, as another client sees them (\Recent is per session, so left out). */
async function flagsOnServer(server: DovecotServer): Promise<string[][]> {
  const client = new ImapFlow({
    ...{ host: server.host, port: server.port, secure: false, logger: false },
    auth: { user: server.user, pass: server.password },
  });
  await client.connect();
  const lock = await client.getMailboxLock('INBOX', { readOnly: true });
  try {
    const messages = await client.fetchAll('1:*', { uid: true, flags: true }, { uid: true });
    return messages.map((m) => [...(m.flags ?? [])].filter((flag) => flag !== '\\Recent'));
  } finally {
    lock.release();
    await client.logout();
  }
}

/** Everything written to stdout, stderr or the console while `work` runs. */
async function captureOutput(work: () => Promise<void>): Promise<string[]> {
  const seen: string[] = [];
  const write = (chunk: unknown) => {
    seen.push(String(chunk));
    return true;
  };
  const log = (...parts: unknown[]) => {
    seen.push(parts.map((part) => inspect(part)).join(' '));
  };
  const spies = [
    vi.spyOn(process.stdout, 'write').mockImplementation(write),
    vi.spyOn(process.stderr, 'write').mockImplementation(write),
    ...(['log', 'info', 'warn', 'error', 'debug'] as const).map((method) =>
      vi.spyOn(console, method).mockImplementation(log),
    ),
  ];
  try {
    await work();
  } finally {
    for (const spy of spies) spy.mockRestore();
  }
  return seen;
}

function expectImapError(error: unknown, problem: string): ImapError {
  expect(error).toBeInstanceOf(ImapError);
  expect((error as ImapError).problem).toBe(problem);
  return error as ImapError;
}

describe('IMAP sync against a real dovecot', { timeout: 60_000 }, () => {
  const dovecot = useDovecot();
  let ctx: TrackerContext;
  let opened: OpenStore;
  let deps: MailAccountDeps;

  beforeEach(async () => {
    ({ ctx, opened } = await openMemoryTracker());
    const dataDir = mkdtempSync(join(tmpdir(), 'rebound-imap-'));
    deps = { credentials: createCredentials({ dataDir }), timeouts: quick };
  });
  afterEach(() => opened.close());

  const connect = (server: DovecotServer, overrides: Record<string, unknown> = {}) =>
    connectMailAccount(ctx, deps, {
      ...{ host: server.host, port: server.port, tls: false },
      ...{ username: server.user, password: server.password },
      ...overrides,
    });

  it('imports our emails into applications, then only the one that arrived since', async () => {
    const server = dovecot();
    for (const name of firstBatch) server.deliver(fixtureEmail(name));
    const account = await connect(server);
    const progress: SyncProgress[] = [];
    const first = await syncMailAccount(ctx, deps, account.id, {
      onProgress: (p) => progress.push({ ...p }),
    });
    expect(first.report).toMatchObject({ read: 4, unparsable: [] });
    // All four are from employers; which label each gets is the classifier's own test.
    const labels = Object.values(first.report.employerByLabel);
    expect(labels.reduce((sum, n) => sum + n, 0)).toBe(4);
    expect(first.report.employerByLabel.rejection).toBeGreaterThan(0);
    expect(first.report.applicationsCreated + first.report.needsReview).toBeGreaterThan(0);
    expect(progress.at(-1)).toMatchObject({ done: 4, total: 4 });
    const companies = (await listApplications(ctx, {})).map((a) => a.company).sort();
    expect(companies).toContain('Vellichor Books');
    expect(first.account.lastUid).toBe(4);

    server.deliver(fixtureEmail('08-iso-8859-1-rejection.eml'));
    const second = await syncMailAccount(ctx, deps, account.id);
    expect(second.report).toMatchObject({ read: 1, employerByLabel: { rejection: 1 } });
    expect(second.report.alreadyImported).toBe(0);
    expect(second.account.lastUid).toBe(5);

    const third = await syncMailAccount(ctx, deps, account.id);
    expect(third.report.read).toBe(0);
    expect(third.isResynced).toBe(false);
    // Each sync is listed with the other imports, newest first.
    const runs = await listMailImports(ctx);
    expect(runs.map((run) => [run.kind, run.report.read, run.finishedAt !== null])).toEqual([
      ['imap', 0, true],
      ['imap', 1, true],
      ['imap', 4, true],
    ]);
  });

  it('leaves the mailbox as it was: no message marked read, none moved', async () => {
    const server = dovecot();
    for (const name of firstBatch) server.deliver(fixtureEmail(name));
    const before = await flagsOnServer(server);
    const account = await connect(server);
    await syncMailAccount(ctx, deps, account.id);
    expect(before).toEqual([[], [], [], []]);
    expect(await flagsOnServer(server)).toEqual(before);
  });

  it('reads a renumbered folder (new UIDVALIDITY) again without duplicating anything', async () => {
    const server = dovecot();
    for (const name of firstBatch) server.deliver(fixtureEmail(name));
    const account = await connect(server);
    const first = await syncMailAccount(ctx, deps, account.id);
    const applications = await listApplications(ctx, {});
    await server.changeUidValidity(4242);
    const again = await syncMailAccount(ctx, deps, account.id);
    expect(again.isResynced).toBe(true);
    expect(again.account.uidValidity).toBe('4242');
    expect(again.report).toMatchObject({
      read: 4,
      alreadyImported: 4,
      applicationsCreated: 0,
      applicationsUpdated: 0,
    });
    expect(first.account.uidValidity).not.toBe('4242');
    expect(await listApplications(ctx, {})).toEqual(applications);
  });

  it('resumes an interrupted sync after the last batch it stored', async () => {
    const server = dovecot();
    for (const name of [...firstBatch, '08-iso-8859-1-rejection.eml']) {
      server.deliver(fixtureEmail(name));
    }
    const account = await connect(server);
    const interrupted = syncMailAccount(ctx, deps, account.id, {
      batchSize: 2,
      onProgress: ({ done }) => {
        if (done === 2) throw new Error('the connection dropped');
      },
    });
    await expect(interrupted).rejects.toThrow();
    expect((await listMailAccounts(ctx))[0]?.lastUid).toBe(2);
    const rest = await syncMailAccount(ctx, deps, account.id);
    expect(rest.report).toMatchObject({ read: 3, alreadyImported: 0 });
    expect(rest.account.lastUid).toBe(5);
  });

  it('says plainly when the password is wrong, and saves nothing', async () => {
    const server = dovecot();
    const error = await connect(server, { password: 'not it' }).catch((e: unknown) => e);
    const refused = expectImapError(error, 'login_refused');
    expect(refused.message).toMatch(/refused the user name or password/);
    expect(refused.message).not.toContain('not it');
    expect(refused.fields).toEqual([{ field: 'password', message: refused.message }]);
    expect(await listMailAccounts(ctx)).toEqual([]);
  });

  it('names a missing folder and a TLS mismatch', async () => {
    const server = dovecot();
    const missing = await connect(server, { folder: 'Applications' }).catch((e: unknown) => e);
    expect(expectImapError(missing, 'folder_missing').message).toMatch(/no folder "Applications"/);
    const tls = await connect(server, { tls: true }).catch((e: unknown) => e);
    expect(expectImapError(tls, 'tls_mismatch').message).toMatch(/--no-tls/);
  });

  it('lists the folders to choose from, and syncs another folder when asked', async () => {
    const server = dovecot();
    const account = await connect(server);
    expect(await listMailAccountFolders(ctx, deps, account.id)).toEqual([
      { path: 'INBOX', name: 'INBOX', specialUse: '\\Inbox' },
    ]);
    const missing = await syncMailAccount(ctx, deps, account.id, { folder: 'Archive' }).catch(
      (e: unknown) => e,
    );
    expectImapError(missing, 'folder_missing');
  });

  it('prints, logs and throws nothing that holds the password', async () => {
    const server = dovecot();
    server.deliver(fixtureEmail('07-base64-assessment.eml'));
    const errors: unknown[] = [];
    const seen = await captureOutput(async () => {
      const account = await connect(server);
      await syncMailAccount(ctx, deps, account.id);
      await listMailAccountFolders(ctx, deps, account.id);
      errors.push(
        await connect(server, { password: `${server.password}!` }).catch((e: unknown) => e),
      );
      errors.push(await connect(server, { tls: true }).catch((e: unknown) => e));
    });
    const thrown = errors.map((error) => `${inspect(error)} ${JSON.stringify(error)}`);
    // The stored record, cipher included, as the database holds it.
    const stored = await ctx.store.mailAccounts.list(ctx.userId);
    expect(stored).toHaveLength(1);
    for (const text of [...seen, ...thrown, JSON.stringify(stored)]) {
      expect(text).not.toContain(server.password);
    }
  });

  it('says the server cannot be reached when nothing listens on the port', async () => {
    const server = dovecot();
    await server.stop();
    const error = await connect(server).catch((e: unknown) => e);
    expect(expectImapError(error, 'unreachable').message).toMatch(
      /could not reach a mail server at 127\.0\.0\.1:\d+/,
    );
  });
});
