// Shared set-up for tests against a real IMAP server: a fresh dovecot for each test.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach } from 'vitest';
import { dovecotTestPlan, startTestDovecot, type DovecotServer } from '../test-dovecot.js';

const plan = dovecotTestPlan();
if (plan.mode === 'skip') console.warn(`Skipping the IMAP tests: ${plan.reason}`);

/** Why the IMAP tests are skipped here, or null when they run (or must fail, on CI). */
export const dovecotSkipReason = plan.mode === 'skip' ? plan.reason : null;

/** Starts dovecot before each test and stops it after; call the result inside a test. */
export function useDovecot(): () => DovecotServer {
  let server: DovecotServer | null = null;
  beforeEach(async (context) => {
    if (plan.mode === 'skip') context.skip(plan.reason);
    if (plan.mode === 'fail') throw new Error(plan.reason);
    server = await startTestDovecot();
  }, 30_000);
  afterEach(async () => {
    await server?.stop();
    server = null;
  });
  return () => {
    if (server === null) throw new Error('dovecot is not running: call this inside a test.');
    return server;
  };
}

const rawFolder = join(import.meta.dirname, '..', '..', '..', 'fixtures', 'emails', 'raw');

/** One of our fixture emails (fixtures/emails/raw), as the bytes a server would store. */
export function fixtureEmail(name: string): Buffer {
  return readFileSync(join(rawFolder, name));
}
