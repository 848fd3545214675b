import { randomBytes } from 'node:crypto';
import { chmodSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isReboundError } from '../core/errors.js';
import { loadConfig } from '../server/config.js';
import {
  createCredentials,
  loadSecretKey,
  openPassword,
  parseSecretKey,
  sealPassword,
} from './credentials.js';

const password = 'hunter2-päss-🔑';
const freshDir = () => mkdtempSync(join(tmpdir(), 'rebound-key-'));

function caught(work: () => unknown): Error {
  try {
    work();
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected an error');
}

describe('mail password encryption', () => {
  it('opens what it sealed, and never stores the password as it was', () => {
    const key = randomBytes(32);
    const sealed = sealPassword(key, password);
    expect(sealed).toMatch(/^v1:[A-Za-z0-9+/]+=*$/);
    expect(sealed).not.toContain(password);
    expect(Buffer.from(sealed.slice(3), 'base64').toString('latin1')).not.toContain('hunter2');
    expect(openPassword(key, sealed)).toBe(password);
    // A fresh nonce each time: the same password never looks the same twice.
    expect(sealPassword(key, password)).not.toBe(sealed);
  });

  it('refuses a changed ciphertext or another key, without showing either', () => {
    const key = randomBytes(32);
    const sealed = sealPassword(key, password);
    const tampered = sealed.slice(0, -4) + (sealed.endsWith('AAAA') ? 'BBBB' : 'AAAA');
    for (const [useKey, cipher] of [
      [key, tampered],
      [randomBytes(32), sealed],
      [key, 'not a cipher'],
    ] as const) {
      const error = caught(() => openPassword(useKey, cipher));
      expect(isReboundError(error)).toBe(true);
      expect(error.message).toMatch(/cannot be unlocked with this secret key/);
      expect(error.message).not.toContain(password);
    }
  });
});

describe('the secret key', () => {
  it('is created on first use as an owner-only key file, then read back', async () => {
    const dir = freshDir();
    const credentials = createCredentials({ dataDir: dir });
    const sealed = await credentials.seal(password);
    const path = join(dir, 'secret.key');
    expect(statSync(path).mode & 0o777).toBe(0o600);
    expect(parseSecretKey(readFileSync(path, 'utf8'), 'key')).toHaveLength(32);
    // Another process (a later CLI run) opens it with the same file.
    expect(await createCredentials({ dataDir: dir }).open(sealed)).toBe(password);
  });

  it('refuses a key file others can read, and says how to fix it', () => {
    const dir = freshDir();
    loadSecretKey({ dataDir: dir });
    const path = join(dir, 'secret.key');
    chmodSync(path, 0o644);
    const error = caught(() => loadSecretKey({ dataDir: dir }));
    expect(error.message).toContain(`chmod 600 ${path}`);
    chmodSync(path, 0o600);
    expect(loadSecretKey({ dataDir: dir })).toHaveLength(32);
  });

  it('takes REBOUND_SECRET_KEY in hex or base64 over the key file', () => {
    const dir = freshDir();
    const key = randomBytes(32);
    expect(loadSecretKey({ dataDir: dir, envKey: key.toString('hex') })).toEqual(key);
    expect(loadSecretKey({ dataDir: dir, envKey: key.toString('base64') })).toEqual(key);
    expect(() => statSync(join(dir, 'secret.key'))).toThrow();
  });

  it('refuses a key of the wrong size, in the config and in the key file', () => {
    const dir = freshDir();
    const short = randomBytes(16).toString('hex');
    const config = caught(() => loadConfig({ dataDir: dir }, { REBOUND_SECRET_KEY: short }));
    expect(config.message).toMatch(/REBOUND_SECRET_KEY must be 32 bytes/);
    expect(config.message).not.toContain(short);
    const env = randomBytes(32).toString('base64');
    expect(loadConfig({ dataDir: dir }, { REBOUND_SECRET_KEY: env }).secretKey).toBe(env);
    writeFileSync(join(dir, 'secret.key'), 'too short\n', { mode: 0o600 });
    expect(caught(() => loadSecretKey({ dataDir: dir })).message).toMatch(/not a usable key/);
  });
});
