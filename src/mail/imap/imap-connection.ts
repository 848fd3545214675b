import { ImapFlow } from 'imapflow';
import { fromImap, ImapCallFailed, toImapError, type ImapTarget } from './imap-errors.js';

export type ImapLogin = ImapTarget & { user: string; password: string };

/** How long to wait, in milliseconds, before telling the user the server is not answering. */
export type ImapTimeouts = {
  connectionTimeout: number;
  greetingTimeout: number;
  socketTimeout: number;
};

// imapflow waits 90 s to connect and 5 min on a silent socket; a person waits less.
export const defaultImapTimeouts: ImapTimeouts = {
  connectionTimeout: 15_000,
  greetingTimeout: 10_000,
  socketTimeout: 60_000,
};

export type ImapFolder = { path: string; name: string; specialUse: string | null };

/** The usual port for each way of connecting. */
export function defaultImapPort(tls: boolean): number {
  return tls ? 993 : 143;
}

/**
 * Logs in, runs `work`, and always logs out. Failures of the server (the login, and commands
 * wrapped in fromImap) come out as plain ImapErrors. imapflow's logger is off: nothing of the
 * session (which includes the login) is ever printed.
 */
export async function withImap<T>(
  login: ImapLogin,
  work: (client: ImapFlow) => Promise<T>,
  timeouts: ImapTimeouts = defaultImapTimeouts,
): Promise<T> {
  const client = new ImapFlow({
    host: login.host,
    port: login.port,
    // Without TLS from the start, imapflow still upgrades with STARTTLS when offered.
    secure: login.tls,
    auth: { user: login.user, pass: login.password },
    logger: false,
    disableAutoIdle: true,
    clientInfo: { name: 'Rebound' },
    ...timeouts,
  });
  // A socket error after a failed command is emitted too; without a listener it would crash.
  client.on('error', () => {});
  try {
    await client.connect();
  } catch (error) {
    client.close();
    throw toImapError(error, login);
  }
  try {
    return await work(client);
  } catch (error) {
    throw error instanceof ImapCallFailed ? toImapError(error.original, login) : error;
  } finally {
    await client.logout().catch(() => {
      client.close();
    });
  }
}

/** Folders that can hold mail, in the server's order. */
export async function listImapFolders(client: ImapFlow): Promise<ImapFolder[]> {
  const folders = await fromImap(client.list());
  return folders
    .filter((folder) => !folder.flags.has('\\Noselect') && !folder.flags.has('\\NonExistent'))
    .map((folder) => ({
      path: folder.path,
      name: folder.name,
      specialUse: folder.specialUse ?? null,
    }));
}
