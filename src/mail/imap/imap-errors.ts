import { ReboundError, isReboundError } from '../../core/errors.js';

/** Why talking to a mail server failed, for the UI to choose what to point at. */
export type ImapProblem =
  | 'login_refused'
  | 'unreachable'
  | 'tls_mismatch'
  | 'certificate'
  | 'folder_missing'
  | 'timeout'
  | 'server_error';

/** A mail server problem in plain words. It never carries the password or the server's raw text. */
export class ImapError extends ReboundError {
  readonly problem: ImapProblem;

  constructor(problem: ImapProblem, message: string, field: string) {
    super('invalid_input', message, [{ field, message }]);
    this.name = 'ImapError';
    this.problem = problem;
  }
}

/** An error from a command on the mail server connection, still to be put in plain words. */
export class ImapCallFailed extends Error {
  readonly original: unknown;

  constructor(original: unknown) {
    super('A command to the mail server failed.');
    this.name = 'ImapCallFailed';
    this.original = original;
  }
}

/**
 * Marks a failure as the mail server's, so it is explained as one; anything else that fails
 * during a sync (the database, a bug) keeps its own error and is reported as it is.
 */
export function fromImap<T>(call: Promise<T>): Promise<T> {
  return call.catch((error: unknown) => {
    throw new ImapCallFailed(error);
  });
}

export type ImapTarget = { host: string; port: number; tls: boolean; folder?: string };

// What imapflow and Node attach to their errors; every field may be missing.
type ErrorDetails = {
  code?: unknown;
  authenticationFailed?: unknown;
  serverResponseCode?: unknown;
  mailboxMissing?: unknown;
  message?: unknown;
};

const timeoutCodes = new Set([
  'CONNECT_TIMEOUT',
  'GREETING_TIMEOUT',
  'UPGRADE_TIMEOUT',
  'ETIMEOUT',
  'ETIMEDOUT',
  'LockTimeout',
]);
const unreachableCodes = new Set([
  'ECONNREFUSED',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ECONNRESET',
  'NoConnection',
  'EConnectionClosed',
]);

function describe(target: ImapTarget): string {
  return `${target.host}:${target.port}`;
}

function classify(details: ErrorDetails, target: ImapTarget): ImapError | null {
  const code = typeof details.code === 'string' ? details.code : '';
  const message = typeof details.message === 'string' ? details.message : '';
  const where = describe(target);
  if (
    details.authenticationFailed === true ||
    details.serverResponseCode === 'AUTHENTICATIONFAILED'
  ) {
    return new ImapError(
      'login_refused',
      'The mail server refused the user name or password. Check both (some providers need an app password rather than your usual one) and try again.',
      'password',
    );
  }
  if (
    details.mailboxMissing === true ||
    details.serverResponseCode === 'NONEXISTENT' ||
    code === 'NotFound'
  ) {
    return new ImapError(
      'folder_missing',
      `There is no folder "${target.folder ?? 'INBOX'}" in this mailbox. Pick one from the folder list (the name is case-sensitive).`,
      'folder',
    );
  }
  if (code.startsWith('ERR_SSL') || /wrong version number|packet length too long/i.test(message)) {
    return new ImapError(
      'tls_mismatch',
      target.tls
        ? `${where} did not answer with TLS. This port may expect a plain connection: try --no-tls, or the TLS port (usually 993).`
        : `${where} expects TLS. Turn TLS on (--tls), or use the plain IMAP port (usually 143).`,
      'tls',
    );
  }
  if (/CERT|SELF_SIGNED|UNABLE_TO_VERIFY|ERR_TLS_CERT/.test(code)) {
    return new ImapError(
      'certificate',
      `The certificate of ${where} could not be verified, so Rebound did not send your password. Check the server name, or ask your mail provider.`,
      'host',
    );
  }
  if (timeoutCodes.has(code)) {
    return new ImapError(
      'timeout',
      target.tls
        ? `${where} did not answer in time. Check the server name and port, and your connection.`
        : `${where} did not answer in time. Check the server name and port; if the port expects TLS (usually 993), turn TLS on.`,
      'host',
    );
  }
  if (
    unreachableCodes.has(code) ||
    code === 'ClosedAfterConnectText' ||
    code === 'ClosedAfterConnectTLS'
  ) {
    return new ImapError(
      'unreachable',
      `Rebound could not reach a mail server at ${where}. Check the server name and port, and that you are online.`,
      'host',
    );
  }
  return null;
}

/**
 * Turns what imapflow or the socket threw into a plain ImapError. The server's own words
 * are left out: some servers echo the command, and a command may hold the password.
 */
export function toImapError(error: unknown, target: ImapTarget): ReboundError {
  if (isReboundError(error)) return error;
  const details: ErrorDetails = typeof error === 'object' && error !== null ? error : {};
  const known = classify(details, target);
  if (known) return known;
  const code = details.code;
  // A library error code is safe to show and helps a report; the message may not be.
  const hint = typeof code === 'string' && /^[A-Za-z_]{2,40}$/.test(code) ? ` (${code})` : '';
  return new ImapError(
    'server_error',
    `The mail server at ${describe(target)} answered in a way Rebound did not expect${hint}. Nothing was changed in your mailbox; try again later.`,
    'host',
  );
}
