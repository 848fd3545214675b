import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { MailAccountView } from '../../core/records.js';
import type { MailImportReport } from '../../core/tracker/index.js';
import { fixtureEmail, useDovecot } from '../../mail/imap/dovecot.test-helpers.js';
import type { DovecotServer } from '../../mail/test-dovecot.js';
import { makeDataDir, runCli } from '../cli.test-helpers.js';

type ImapRun = { account: MailAccountView; isResynced: boolean; report: MailImportReport };

// The child process inherits the environment, as it would from the user's shell.
function setPassword(password: string | undefined): void {
  if (password === undefined) delete process.env.REBOUND_IMAP_PASSWORD;
  else process.env.REBOUND_IMAP_PASSWORD = password;
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name));
}

const args = (server: DovecotServer, ...more: string[]) => [
  ...['import', 'imap', '--host', server.host, '--port', String(server.port)],
  ...['--user', server.user, '--no-tls', ...more],
];

describe('rebound import imap', { timeout: 120_000 }, () => {
  const dovecot = useDovecot();
  afterEach(() => {
    setPassword(undefined);
  });

  it('imports a mailbox, remembers it, and the next run reads only new mail', async () => {
    const server = dovecot();
    server.deliver(fixtureEmail('06-quoted-printable-nonascii.eml'));
    server.deliver(fixtureEmail('11-multipart-mixed-offer-attachment.eml'));
    const dir = await makeDataDir();
    setPassword(server.password);
    const first = await runCli(dir, args(server, '--json'));
    expect(first.code).toBe(0);
    const run = JSON.parse(first.stdout) as ImapRun;
    expect(run.report).toMatchObject({ read: 2, unparsable: [] });
    expect(run.account).toMatchObject({ host: '127.0.0.1', folder: 'INBOX', lastUid: 2 });
    expect(Object.keys(run.account)).not.toContain('passwordCipher');
    expect(statSync(join(dir, 'secret.key')).mode & 0o777).toBe(0o600);

    // No password this time: the saved one is used, and only the new email is read.
    setPassword(undefined);
    server.deliver(fixtureEmail('07-base64-assessment.eml'));
    const second = await runCli(dir, args(server));
    expect(second.code).toBe(0);
    expect(second.stdout).toMatch(
      /^Read 1 new emails from INBOX \(jo on 127\.0\.0\.1\): 1 assessment\./,
    );
    expect(second.stderr).toBe('');
    for (const output of [first.stdout, first.stderr, second.stdout, second.stderr]) {
      expect(output).not.toContain(server.password);
    }
    // Nothing in the data directory (database files included) holds the password as typed.
    const holding = filesUnder(dir).filter((file) => readFileSync(file).includes(server.password));
    expect(holding).toEqual([]);
  });

  it('says plainly when the password is wrong or missing, and never prints it', async () => {
    const server = dovecot();
    const dir = await makeDataDir();
    setPassword('wrong-password-123');
    const wrong = await runCli(dir, args(server));
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toMatch(/refused the user name or password/);
    expect(wrong.stderr + wrong.stdout).not.toContain('wrong-password-123');

    setPassword(undefined);
    const missing = await runCli(dir, args(server));
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/set it in REBOUND_IMAP_PASSWORD, or run this in a terminal/);

    const noHost = await runCli(dir, ['import', 'imap', '--user', 'jo']);
    expect(noHost.code).toBe(2);
    expect(noHost.stderr).toMatch(/rebound import imap --host imap\.example\.com --user/);
  });
});
