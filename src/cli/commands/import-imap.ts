import type { Command } from 'commander';
import type { ImapFlags } from './import-imap-options.js';
import { ReboundError } from '../../core/errors.js';
import type { MailAccountView } from '../../core/records.js';
import type { TrackerContext } from '../../core/tracker/index.js';
import { defaultImapPort } from '../../mail/imap/imap-connection.js';
import { ImapError } from '../../mail/imap/imap-errors.js';
import type { SyncProgress } from '../../mail/imap/imap-sync.js';
import {
  connectMailAccount,
  findMailAccount,
  syncMailAccount,
  type MailAccountDeps,
  type MailAccountSync,
} from '../../mail/imap/mail-accounts.js';
import { imapPasswordFromEnv } from '../../server/config.js';
import { printData } from '../output.js';
import { withTracker, type GlobalOptions } from '../session.js';

export type { ImapFlags } from './import-imap-options.js';
export { addImapOptions } from './import-imap-options.js';

const usage = 'rebound import imap --host imap.example.com --user you@example.com';

/** Reads a line from the terminal without showing it. */
function askHidden(question: string): Promise<string> {
  const stdin = process.stdin;
  process.stderr.write(question);
  stdin.setRawMode(true);
  stdin.setEncoding('utf8');
  stdin.resume();
  return new Promise((resolve, reject) => {
    let typed: string[] = [];
    const finish = () => {
      stdin.off('data', onData);
      stdin.setRawMode(false);
      stdin.pause();
      process.stderr.write('\n');
    };
    const onData = (chunk: string) => {
      for (const char of chunk) {
        if (char === '\r' || char === '\n') {
          finish();
          resolve(typed.join(''));
          return;
        }
        if (char === '\u0003' || char === '\u0004') {
          finish();
          reject(new ReboundError('invalid_input', 'Stopped; nothing was imported.'));
          return;
        }
        typed = char === '\u007f' || char === '\b' ? typed.slice(0, -1) : [...typed, char];
      }
    };
    stdin.on('data', onData);
  });
}

async function readPassword(flags: { user: string; host: string }): Promise<string> {
  if (!process.stdin.isTTY || !process.stderr.isTTY) {
    throw new ReboundError(
      'invalid_input',
      'Rebound needs the mail password: set it in REBOUND_IMAP_PASSWORD, or run this in a terminal to be asked for it.',
      [{ field: 'password', message: 'Password is required.' }],
    );
  }
  const password = await askHidden(`Password for ${flags.user} on ${flags.host}: `);
  if (password === '')
    throw new ReboundError('invalid_input', 'No password given; nothing was imported.');
  return password;
}

function showProgress({ done, total }: SyncProgress): void {
  if (!process.stderr.isTTY) return;
  process.stderr.write(`\rImporting… ${done} of ${total} new emails`);
}

function describeSync(sync: MailAccountSync): string {
  const { report, account } = sync;
  const labels = Object.entries(report.employerByLabel)
    .map(([label, n]) => `${n} ${label.replace('_', ' ')}`)
    .join(', ');
  const where = `${account.folder} (${account.username} on ${account.host})`;
  if (report.read === 0 && !sync.isResynced) {
    return `No new emails in ${where} since the last import.`;
  }
  const lines = [
    `Read ${report.read} new emails from ${where}${labels ? `: ${labels}` : ''}.`,
    `Applications created: ${report.applicationsCreated}; updated: ${report.applicationsUpdated}.`,
  ];
  if (sync.isResynced) {
    lines.unshift('The server renumbered this folder, so it was read again from the start.');
  }
  if (report.needsReview > 0) lines.push(`${report.needsReview} need your review.`);
  if (report.alreadyImported > 0) lines.push(`${report.alreadyImported} were already imported.`);
  if (report.skipped > 0) lines.push(`${report.skipped} were not from employers and were skipped.`);
  for (const item of report.unparsable) lines.push(`Could not read ${item.source}: ${item.reason}`);
  const more = (report.unparsableCount ?? 0) - report.unparsable.length;
  if (more > 0) lines.push(`…and ${more} more that could not be read.`);
  return lines.join('\n');
}

type Mailbox = { host: string; port: number; username: string; tls: boolean; folder?: string };

/** The saved account for this mailbox, connected anew when a password is given. */
async function accountFor(
  ctx: TrackerContext,
  deps: MailAccountDeps,
  mailbox: Mailbox,
): Promise<MailAccountView> {
  const saved = await findMailAccount(ctx, mailbox);
  const fromEnv = imapPasswordFromEnv();
  if (saved && fromEnv === null) {
    if (saved.tls === mailbox.tls) return saved;
    const changed = { ...saved, tls: mailbox.tls, updatedAt: ctx.now().toISOString() };
    await ctx.store.mailAccounts.update(changed);
    return changed;
  }
  const password = fromEnv ?? (await readPassword({ user: mailbox.username, host: mailbox.host }));
  return connectMailAccount(ctx, deps, { ...mailbox, password });
}

/** `rebound import imap --host H [--port P] --user U [--folder F] [--tls|--no-tls]`. */
export async function importImap(
  program: Command,
  paths: string[],
  flags: ImapFlags,
): Promise<void> {
  if (paths.length > 0 || !flags.host || !flags.user) {
    throw new ReboundError('invalid_input', `Name the mail server and the user: ${usage}`);
  }
  const port = flags.port === undefined ? undefined : Number(flags.port);
  if (port !== undefined && (!Number.isInteger(port) || port < 1 || port > 65535)) {
    throw new ReboundError(
      'invalid_input',
      'The port must be a number from 1 to 65535, usually 993 or 143.',
    );
  }
  const tls = flags.tls ?? port !== 143;
  const mailbox: Mailbox = {
    ...{ host: flags.host, port: port ?? defaultImapPort(tls), username: flags.user, tls },
    ...(flags.folder === undefined ? {} : { folder: flags.folder }),
  };
  const sync = await withTracker(program.opts<GlobalOptions>(), async (ctx, rebound) => {
    const deps: MailAccountDeps = { credentials: rebound.credentials };
    const account = await accountFor(ctx, deps, mailbox);
    try {
      return await syncMailAccount(ctx, deps, account.id, {
        ...(flags.folder === undefined ? {} : { folder: flags.folder }),
        onProgress: showProgress,
      });
    } catch (error) {
      if (
        error instanceof ImapError &&
        error.problem === 'login_refused' &&
        imapPasswordFromEnv() === null
      ) {
        throw new ReboundError(
          'invalid_input',
          `The mail server refused the saved password for ${account.username}. If it changed, give the new one: REBOUND_IMAP_PASSWORD=… ${usage}`,
        );
      }
      throw error;
    }
  });
  if (process.stderr.isTTY && sync.report.read > 0) process.stderr.write('\n');
  printData(
    { account: sync.account, isResynced: sync.isResynced, report: sync.report },
    flags,
    () => describeSync(sync),
  );
}
