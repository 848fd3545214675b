import { describe, expect, it } from 'vitest';
import { makeDataDir, runCli } from './cli.test-helpers.js';

type Result = {
  id: unknown;
  verdict: string;
  findings: { category: string; start: number; end: number; excerpt: string }[];
};

describe('rebound review', { timeout: 120_000 }, () => {
  it('exits 0 for a ready draft and 1 for one to hold, with the spans in JSON', async () => {
    const dir = await makeDataDir();
    const good = await runCli(
      dir,
      ['review', '--kind', 'reply', '--json'],
      'Hi Ana,\n\nThank you for letting me know, and for your time.\n\nBest regards,\nSam',
    );
    expect(good.code).toBe(0);
    expect(JSON.parse(good.stdout)).toMatchObject({ verdict: 'ready', findings: [] });

    const text = 'Hi Ana,\n\nThank you. I demand a full explanation!!\n\nSam';
    const bad = await runCli(dir, ['review', '-', '--kind', 'reply', '--json'], text);
    expect(bad.code).toBe(1);
    const review = JSON.parse(bad.stdout) as Result;
    expect(review.verdict).toBe('hold');
    for (const f of review.findings) expect(text.slice(f.start, f.end)).toBe(f.excerpt);
    expect(review.findings.map((f) => f.category)).toEqual(
      expect.arrayContaining(['demanding_reasons', 'anger_blame']),
    );
  });

  it('prints findings like a linter, and exits 2 on a usage error', async () => {
    const dir = await makeDataDir();
    const human = await runCli(
      dir,
      ['review', '--kind', 'reply'],
      'Hi Ana,\n\nThanks for the oppertunity.\n\nSam',
    );
    expect(human.code).toBe(1);
    expect(human.stdout).toContain('3:16  warning  spelling');
    expect(human.stdout).toContain('^^^^^^^^^^^');
    expect(human.stdout).toContain('opportunity');
    expect((await runCli(dir, ['review', '--kind', 'poem'], 'Hi')).code).toBe(2);
  });

  it('reviews JSON Lines in one process, one result line per input', async () => {
    const dir = await makeDataDir();
    const input = [
      JSON.stringify({
        id: 'a',
        text: 'Hi Ana, thank you for your time. Best, Sam',
        kind: 'reply',
      }),
      JSON.stringify({
        id: 'b',
        text: 'Could you please reconsider my application?',
        kind: 'reply',
      }),
      'not json',
    ].join('\n');
    const result = await runCli(dir, ['review', '--jsonl'], input);
    const lines = result.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Result & { error?: string });
    expect(lines.map((l) => l.id)).toEqual(['a', 'b', null]);
    expect(lines[0]?.verdict).toBe('ready');
    expect(lines[1]?.verdict).toBe('hold');
    expect(lines[2]?.error).toMatch(/not valid JSON/);
    expect(result.code).toBe(1);
  });
});
