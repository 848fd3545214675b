import { readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import { z } from 'zod';
import { ReboundError } from '../core/errors.js';
import { toFieldProblems } from '../core/validate.js';

const configSchema = z.object({
  dataDir: z.string().min(1),
  /** A PostgreSQL server; when absent the embedded database in dataDir is used. Secret. */
  databaseUrl: z
    .string()
    .regex(/^postgres(ql)?:\/\//, {
      error: 'DATABASE_URL must start with postgres:// or postgresql://',
    })
    .optional(),
  port: z.coerce
    .number({ error: 'The port must be a number.' })
    .int()
    .min(0)
    .max(65535, { error: 'The port must be between 0 and 65535.' }),
  host: z.string().min(1),
  /** REBOUND_SECRET_KEY: the key that encrypts stored mail passwords. Secret. */
  secretKey: z
    .string()
    .regex(/^(?:[0-9a-fA-F]{64}|[A-Za-z0-9+/]{43}=?)$/, {
      error:
        'REBOUND_SECRET_KEY must be 32 bytes written as 64 hex digits or as base64 (make one with: openssl rand -base64 32).',
    })
    .optional(),
});
export type Config = z.output<typeof configSchema>;

export type ConfigFlags = Partial<{ dataDir: string; port: string | number; host: string }>;

const defaults = { port: 5178, host: '127.0.0.1' };

function readConfigFile(dataDir: string): Record<string, unknown> {
  const path = join(dataDir, 'config.json');
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    return {};
  }
  try {
    const parsed: unknown = JSON.parse(text);
    return typeof parsed === 'object' && parsed !== null ? (parsed as Record<string, unknown>) : {};
  } catch {
    throw new ReboundError('invalid_input', `${path} is not valid JSON. Fix it or remove it.`);
  }
}

const defined = (entries: Record<string, unknown>) =>
  Object.fromEntries(
    Object.entries(entries).filter(([, value]) => value !== undefined && value !== ''),
  );

/**
 * The only reader of the environment. Precedence: flag > environment > config file
 * (config.json in the data directory) > default. With nothing set, Rebound runs on the
 * embedded database in ~/.rebound, on loopback only.
 */
export function loadConfig(flags: ConfigFlags = {}, env: NodeJS.ProcessEnv = process.env): Config {
  const dataDir = resolve(flags.dataDir ?? env.REBOUND_DATA_DIR ?? join(homedir(), '.rebound'));
  const merged = {
    ...defaults,
    ...defined(readConfigFile(dataDir)),
    ...defined({ databaseUrl: env.DATABASE_URL, port: env.REBOUND_PORT, host: env.REBOUND_HOST }),
    ...defined({ secretKey: env.REBOUND_SECRET_KEY }),
    ...defined({ port: flags.port, host: flags.host }),
    dataDir,
  };
  const result = configSchema.safeParse(merged);
  if (!result.success) {
    const fields = toFieldProblems(result.error);
    throw new ReboundError('invalid_input', fields.map((f) => f.message).join(' '), fields);
  }
  return result.data;
}

/** The IMAP password for `rebound import imap` when the user put it in the environment. Secret. */
export function imapPasswordFromEnv(env: NodeJS.ProcessEnv = process.env): string | null {
  return env.REBOUND_IMAP_PASSWORD || null;
}
