import { notFound, ReboundError } from '../../core/errors.js';
import type { ReboundStore } from '../../core/ports.js';
import type { MailAccount, MailAccountView } from '../../core/records.js';
import { emptyMailReport, nowIso, type TrackerContext } from '../../core/tracker/index.js';
import { validate } from '../../core/validate.js';
import type { Credentials } from '../credentials.js';
import { fromImap } from './imap-errors.js';
import {
  defaultImapPort,
  listImapFolders,
  withImap,
  type ImapFolder,
  type ImapLogin,
  type ImapTimeouts,
} from './imap-connection.js';
import { syncFolder, type FolderState, type FolderSync, type SyncProgress } from './imap-sync.js';
import { mailAccountInputSchema, type MailAccountInput } from './mail-account-input.js';

/** What the mail account services need besides the tracker: the key, and patience. */
export type MailAccountDeps = { credentials: Credentials; timeouts?: ImapTimeouts };

export type MailAccountSync = FolderSync & { account: MailAccountView };

/** The account without its secret: the only shape that leaves the server. */
export function toAccountView(account: MailAccount): MailAccountView {
  return {
    id: account.id,
    userId: account.userId,
    host: account.host,
    port: account.port,
    username: account.username,
    tls: account.tls,
    folder: account.folder,
    uidValidity: account.uidValidity,
    lastUid: account.lastUid,
    createdAt: account.createdAt,
    updatedAt: account.updatedAt,
  };
}

function loginOf(account: MailAccount, password: string): ImapLogin {
  const { host, port, tls, folder } = account;
  return { host, port, tls, folder, user: account.username, password };
}

async function requireAccount(ctx: TrackerContext, id: string): Promise<MailAccount> {
  const account = await ctx.store.mailAccounts.get(ctx.userId, id);
  if (!account) throw notFound('the mail account', id);
  return account;
}

/** The account already saved for this mailbox (same server, port and user), if any. */
export async function findMailAccount(
  ctx: TrackerContext,
  mailbox: { host: string; port: number; username: string },
): Promise<MailAccount | null> {
  const accounts = await ctx.store.mailAccounts.list(ctx.userId);
  const host = mailbox.host.toLowerCase();
  return (
    accounts.find(
      (a) =>
        a.host.toLowerCase() === host && a.port === mailbox.port && a.username === mailbox.username,
    ) ?? null
  );
}

/**
 * Checks the login and that the folder exists, then saves the account with its password
 * encrypted. Connecting a mailbox that is already saved updates it; choosing another folder
 * starts that folder from its first message.
 */
export async function connectMailAccount(
  ctx: TrackerContext,
  deps: MailAccountDeps,
  input: MailAccountInput,
): Promise<MailAccountView> {
  const fields = validate(mailAccountInputSchema, input);
  const port = fields.port ?? defaultImapPort(fields.tls);
  const login: ImapLogin = { ...fields, port, user: fields.username };
  await withImap(
    login,
    async (client) => {
      // STATUS fails with NONEXISTENT for a missing folder, without opening it.
      await fromImap(client.status(fields.folder, { messages: true }));
    },
    deps.timeouts,
  );
  const passwordCipher = await deps.credentials.seal(fields.password);
  const now = nowIso(ctx);
  const existing = await findMailAccount(ctx, { ...fields, port });
  const details = { host: fields.host, port, username: fields.username, tls: fields.tls };
  if (existing) {
    const isSameFolder = existing.folder === fields.folder;
    const updated: MailAccount = {
      ...existing,
      ...details,
      folder: fields.folder,
      passwordCipher,
      uidValidity: isSameFolder ? existing.uidValidity : null,
      lastUid: isSameFolder ? existing.lastUid : null,
      updatedAt: now,
    };
    await ctx.store.mailAccounts.update(updated);
    return toAccountView(updated);
  }
  const account: MailAccount = {
    id: ctx.newId(),
    userId: ctx.userId,
    ...details,
    folder: fields.folder,
    passwordCipher,
    uidValidity: null,
    lastUid: null,
    createdAt: now,
    updatedAt: now,
  };
  await ctx.store.mailAccounts.insert(account);
  return toAccountView(account);
}

async function startImportRun(ctx: TrackerContext, sourceKey: string): Promise<string> {
  const id = ctx.newId();
  await ctx.store.mailImports.start({
    ...{ id, userId: ctx.userId, kind: 'imap', sourceKey, resumeOffset: null },
    ...{ report: emptyMailReport(), startedAt: nowIso(ctx), finishedAt: null },
  });
  return id;
}

export async function listMailAccounts(ctx: TrackerContext): Promise<MailAccountView[]> {
  return (await ctx.store.mailAccounts.list(ctx.userId)).map(toAccountView);
}

export async function listMailAccountFolders(
  ctx: TrackerContext,
  deps: MailAccountDeps,
  id: string,
): Promise<ImapFolder[]> {
  const account = await requireAccount(ctx, id);
  const password = await deps.credentials.open(account.passwordCipher);
  return withImap(loginOf(account, password), listImapFolders, deps.timeouts);
}

/** Imports what arrived in the account's folder since the last sync (another folder if given). */
export async function syncMailAccount(
  ctx: TrackerContext,
  deps: MailAccountDeps,
  id: string,
  options: {
    folder?: string;
    onProgress?: (progress: SyncProgress) => void;
    batchSize?: number;
  } = {},
): Promise<MailAccountSync> {
  let account = await requireAccount(ctx, id);
  if (options.folder !== undefined && options.folder !== account.folder) {
    const fresh = { folder: options.folder, uidValidity: null, lastUid: null };
    account = { ...account, ...fresh, updatedAt: nowIso(ctx) };
    await ctx.store.mailAccounts.update(account);
  }
  const password = await deps.credentials.open(account.passwordCipher);
  const saveState = async (store: ReboundStore, state: FolderState) => {
    const updatedAt = nowIso(ctx);
    await store.mailAccounts.updateSyncState(ctx.userId, id, { ...state, updatedAt });
    account = { ...account, ...state, updatedAt };
  };
  const state = { uidValidity: account.uidValidity, lastUid: account.lastUid };
  const sync = await withImap(
    loginOf(account, password),
    async (client) => {
      // Listed with the file imports; a run left unfinished shows the sync was interrupted.
      const run = await startImportRun(ctx, `imap:${id}:${account.folder}`);
      const done = await syncFolder(ctx, client, account.folder, state, {
        saveState,
        ...(options.onProgress ? { onProgress: options.onProgress } : {}),
        ...(options.batchSize ? { batchSize: options.batchSize } : {}),
      });
      await ctx.store.mailImports.finish(ctx.userId, run, nowIso(ctx), done.report);
      return done;
    },
    deps.timeouts,
  );
  return { ...sync, account: toAccountView(account) };
}

export async function deleteMailAccount(
  ctx: TrackerContext,
  id: string,
  options: { isConfirmed: boolean },
): Promise<MailAccountView> {
  const account = await requireAccount(ctx, id);
  if (!options.isConfirmed) {
    throw new ReboundError(
      'confirmation_required',
      `Removing ${account.username} on ${account.host} forgets its saved password. The emails already imported stay. Confirm to remove it.`,
    );
  }
  await ctx.store.mailAccounts.delete(ctx.userId, id);
  return toAccountView(account);
}
