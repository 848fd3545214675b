import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { MailImportReport } from '../core/tracker/index.js';
import { makeDataDir, runCli, runJson } from './cli.test-helpers.js';

const folder = join(import.meta.dirname, '..', '..', 'fixtures', 'emails', 'raw');
const emlCount = readdirSync(folder).filter((name) => name.endsWith('.eml')).length;

describe('rebound import eml', { timeout: 120_000 }, () => {
  it('imports a folder of emails once; the second run finds them all imported', async () => {
    const dir = await makeDataDir();
    const first = await runJson<MailImportReport>(dir, ['import', 'eml', folder]);
    expect(first.read).toBe(emlCount);
    expect(first.unparsable).toEqual([]);
    expect(first.applicationsCreated).toBeGreaterThan(0);
    const second = await runJson<MailImportReport>(dir, ['import', 'eml', folder]);
    expect(second).toMatchObject({
      read: emlCount,
      alreadyImported: emlCount,
      applicationsCreated: 0,
      applicationsUpdated: 0,
      needsReview: 0,
    });
    const list = await runJson<unknown[]>(dir, ['list']);
    expect(list).toHaveLength(first.applicationsCreated);
  });

  it('prints a report for people and says what a missing mbox argument should be', async () => {
    const dir = await makeDataDir();
    const human = await runCli(dir, [
      'import',
      'eml',
      join(folder, '10-final-round-rejection.eml'),
    ]);
    expect(human.code).toBe(0);
    expect(human.stdout).toMatch(/Read 1 emails: 1 rejection\./);
    expect(human.stderr).toBe('');
    const missing = await runCli(dir, ['import', 'mbox']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/rebound import mbox FILE/);
  });
});
