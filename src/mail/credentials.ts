import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { chmodSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ReboundError } from '../core/errors.js';

/** Where the key that encrypts mail passwords comes from: the environment, else a key file. */
export type SecretKeySource = { dataDir: string; envKey?: string | undefined };

/** Seals and opens stored mail passwords. The key is read (or created) on first use. */
export type Credentials = {
  seal(password: string): Promise<string>;
  open(cipher: string): Promise<string>;
};

const keyFileName = 'secret.key';
const keyBytes = 32;
const ivBytes = 12;
const tagBytes = 16;
const cipherPrefix = 'v1:';

/** 32 bytes written as 64 hex digits or as base64; anything else is refused. */
export function parseSecretKey(text: string, where: string): Buffer {
  const trimmed = text.trim();
  const key = /^[0-9a-fA-F]{64}$/.test(trimmed)
    ? Buffer.from(trimmed, 'hex')
    : /^[A-Za-z0-9+/]+={0,2}$/.test(trimmed)
      ? Buffer.from(trimmed, 'base64')
      : null;
  if (key?.length !== keyBytes) {
    throw new ReboundError(
      'invalid_input',
      `${where} is not a usable key: it must hold 32 bytes as 64 hex digits or as base64 (make one with: openssl rand -base64 32).`,
    );
  }
  return key;
}

function readKeyFile(path: string): Buffer {
  // Group or others able to read the key could read every stored password with it.
  if ((statSync(path).mode & 0o077) !== 0) {
    throw new ReboundError(
      'invalid_input',
      `The key file ${path} can be read by other users of this computer, so Rebound won't use it. Make it private with: chmod 600 ${path}`,
    );
  }
  return parseSecretKey(readFileSync(path, 'utf8'), `The key file ${path}`);
}

function createKeyFile(path: string): Buffer {
  const key = randomBytes(keyBytes);
  try {
    // 'wx' fails if another process created it first; then that one's key is the key.
    writeFileSync(path, `${key.toString('base64')}\n`, { mode: 0o600, flag: 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return readKeyFile(path);
    throw error;
  }
  chmodSync(path, 0o600);
  return key;
}

/** The key from REBOUND_SECRET_KEY, else from `secret.key` in the data directory (made once). */
export function loadSecretKey(source: SecretKeySource): Buffer {
  if (source.envKey) return parseSecretKey(source.envKey, 'REBOUND_SECRET_KEY');
  mkdirSync(source.dataDir, { recursive: true });
  const path = join(source.dataDir, keyFileName);
  try {
    return readKeyFile(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    return createKeyFile(path);
  }
}

/** AES-256-GCM with a fresh nonce: `v1:` then base64 of nonce, tag and ciphertext. */
export function sealPassword(key: Buffer, password: string): string {
  const iv = randomBytes(ivBytes);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  const data = Buffer.concat([cipher.update(password, 'utf8'), cipher.final()]);
  return cipherPrefix + Buffer.concat([iv, cipher.getAuthTag(), data]).toString('base64');
}

export function openPassword(key: Buffer, sealed: string): string {
  const bytes = sealed.startsWith(cipherPrefix)
    ? Buffer.from(sealed.slice(cipherPrefix.length), 'base64')
    : Buffer.alloc(0);
  try {
    if (bytes.length < ivBytes + tagBytes) throw new Error('too short');
    const decipher = createDecipheriv('aes-256-gcm', key, bytes.subarray(0, ivBytes));
    decipher.setAuthTag(bytes.subarray(ivBytes, ivBytes + tagBytes));
    return Buffer.concat([
      decipher.update(bytes.subarray(ivBytes + tagBytes)),
      decipher.final(),
    ]).toString('utf8');
  } catch {
    throw new ReboundError(
      'invalid_input',
      'The saved mail password cannot be unlocked with this secret key (was the key changed or the key file replaced?). Connect the mailbox again to save the password anew.',
      [{ field: 'password', message: 'Enter the mail password again.' }],
    );
  }
}

export function createCredentials(source: SecretKeySource): Credentials {
  let key: Buffer | null = null;
  const currentKey = () => (key ??= loadSecretKey(source));
  return {
    seal: (password) => Promise.resolve().then(() => sealPassword(currentKey(), password)),
    open: (sealed) => Promise.resolve().then(() => openPassword(currentKey(), sealed)),
  };
}
