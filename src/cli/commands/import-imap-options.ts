import type { Command } from 'commander';

// Apart from the IMAP client, so registering `rebound import` loads nothing heavy.

export type ImapFlags = {
  host?: string;
  port?: string;
  user?: string;
  folder?: string;
  tls?: boolean;
  json?: boolean;
};

/** The flags of `rebound import imap`, on the shared `import` command. */
export function addImapOptions(command: Command): Command {
  return command
    .option('--host <host>', 'for imap: the mail server, e.g. imap.example.com')
    .option('--port <port>', 'for imap: the port (default 993 with TLS, 143 without)')
    .option('--user <user>', 'for imap: the user name, often your email address')
    .option('--folder <folder>', 'for imap: the folder to read (default INBOX)')
    .option('--tls', 'for imap: TLS from the start (the default)')
    .option('--no-tls', 'for imap: plain connection, upgraded with STARTTLS when offered')
    .addHelpText(
      'after',
      '\nFor imap, the password comes from REBOUND_IMAP_PASSWORD or is asked for on a terminal.\n' +
        'It is saved encrypted, so later runs of the same mailbox need neither and read only new mail.',
    );
}
