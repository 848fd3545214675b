import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeDataDir, runCli } from './cli.test-helpers.js';

const raw = join(import.meta.dirname, '..', '..', 'fixtures', 'emails', 'raw');

describe('rebound classify', { timeout: 120_000 }, () => {
  it('classifies raw .eml files, one JSON object each', async () => {
    const dir = await makeDataDir();
    const files = ['10-final-round-rejection.eml', '07-base64-assessment.eml'].map((f) =>
      join(raw, f),
    );
    const result = await runCli(dir, ['classify', ...files, '--json']);
    expect(result.code).toBe(0);
    const lines = result.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    const expected = JSON.parse(
      readFileSync(join(raw, '10-final-round-rejection.expected.json'), 'utf8'),
    ) as Record<string, unknown>;
    expect(lines[0]).toMatchObject({
      source: files[0],
      label: 'rejection',
      stage: 'after_final',
      reapplyInvited: true,
      company: expected.company,
    });
    expect(lines[1]).toMatchObject({ label: 'assessment', stage: null, reapplyInvited: null });
  });

  it('reads pasted text on stdin and JSON Lines in one process', async () => {
    const dir = await makeDataDir();
    const pasted = await runCli(
      dir,
      ['classify', '--json'],
      'Thank you for your application. We have received it and will be in touch if there is a match.',
    );
    expect(JSON.parse(pasted.stdout)).toMatchObject({ source: '-', label: 'application_received' });
    const batch = await runCli(
      dir,
      ['classify', '--jsonl'],
      [
        JSON.stringify({ id: 'a', text: 'Sadly we went with another candidate for the QA role.' }),
        'nope',
      ].join('\n'),
    );
    const lines = batch.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines[0]).toMatchObject({ id: 'a', label: 'rejection' });
    expect(lines[1]).toMatchObject({
      id: null,
      error: expect.stringContaining('not valid JSON') as unknown,
    });
  });
});
