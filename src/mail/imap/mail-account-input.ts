import { z } from 'zod';

const hostPattern = /^[A-Za-z0-9.-]+$|^\[?[0-9A-Fa-f:]+\]?$/;

/** What a person types to connect a mailbox. The password is checked but never echoed. */
export const mailAccountInputSchema = z.object({
  host: z
    .string({ error: 'Server must be text, for example imap.example.com.' })
    .trim()
    .min(1, { error: 'Server is required, for example imap.example.com.' })
    .max(253, { error: 'Server is too long for a host name.' })
    // An empty server is already named by min(1); one message per problem.
    .refine((host) => host === '' || hostPattern.test(host), {
      error: 'Server must be a host name such as imap.example.com.',
    }),
  port: z.coerce
    .number({ error: 'Port must be a number, usually 993 (TLS) or 143.' })
    .int({ error: 'Port must be a whole number, usually 993 (TLS) or 143.' })
    .min(1, { error: 'Port must be between 1 and 65535.' })
    .max(65535, { error: 'Port must be between 1 and 65535.' })
    .optional(),
  username: z
    .string({ error: 'User name must be text.' })
    .trim()
    .min(1, { error: 'User name is required (often your email address).' })
    .max(320, { error: 'User name is too long.' }),
  password: z
    .string({ error: 'Password must be text.' })
    .min(1, { error: 'Password is required.' })
    .max(1000, { error: 'Password is too long.' }),
  tls: z.boolean({ error: 'TLS must be true or false.' }).default(true),
  folder: z
    .string({ error: 'Folder must be text.' })
    .trim()
    .min(1, { error: 'Folder must not be empty; leave it out to use INBOX.' })
    .max(1000, { error: 'Folder is too long.' })
    .default('INBOX'),
});

export type MailAccountInput = z.input<typeof mailAccountInputSchema>;
