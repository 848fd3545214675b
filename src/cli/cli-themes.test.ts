import { describe, expect, it } from 'vitest';
import { makeDataDir, runCli, runJson } from './cli.test-helpers.js';

type Report = {
  themes: {
    theme: string;
    confidence: number;
    evidence: { start: number; end: number; text: string };
  }[];
  actions: { theme: string; title: string; detail: string }[];
};

const feedback =
  'Hi Sam,\n\nThe panel liked your energy. However, your answers were long and hard to follow, and you seemed nervous.\n\nBest, Ana';

describe('rebound themes and rebound feedback', { timeout: 120_000 }, () => {
  it('lists the themes with their evidence and what to do, for people and as JSON', async () => {
    const dir = await makeDataDir();
    const human = await runCli(dir, ['themes'], feedback);
    expect(human.code).toBe(0);
    expect(human.stdout).toContain('Communication');
    expect(human.stdout).toContain('hard to follow');
    expect(human.stdout).toContain('mock interview');

    const report = await runJson<Report>(dir, ['themes', '-'], feedback);
    expect(report.themes.map((t) => t.theme).sort()).toEqual([
      'communication',
      'nervousness_confidence',
    ]);
    for (const { evidence } of report.themes) {
      expect(feedback.slice(evidence.start, evidence.end)).toBe(evidence.text);
    }
    expect(report.actions.length).toBeGreaterThanOrEqual(4);

    const empty = await runCli(dir, ['themes'], '  \n');
    expect(empty.code).toBe(2);
    expect(empty.stderr).toMatch(/feedback is empty/);
    expect((await runCli(dir, ['themes', 'no-such-file.txt'])).stderr).toMatch(/no such file/);
  });

  it('reads JSON Lines in one process and keeps going after a bad line', async () => {
    const dir = await makeDataDir();
    const input = [
      JSON.stringify({ id: 'a', text: 'We went with someone with more experience in retail.' }),
      '{not json',
      JSON.stringify({ id: 'c' }),
      JSON.stringify({ id: 'd', text: 'The role has been filled. Best of luck!' }),
    ].join('\n');
    const result = await runCli(dir, ['themes', '--jsonl'], input);
    const lines = result.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Partial<Report> & { id?: unknown; error?: string });
    expect(lines).toHaveLength(4);
    expect(lines[0]?.id).toBe('a');
    expect(lines[0]?.themes?.map((t) => t.theme)).toEqual(['experience_mismatch']);
    expect(lines[1]?.error).toMatch(/not valid JSON/);
    expect(lines[2]).toMatchObject({ id: 'c', error: expect.stringMatching(/"text"/) as string });
    expect(lines[3]?.themes?.map((t) => t.theme)).toEqual(['other']);
    expect(result.code).toBe(1);
  });

  it('records feedback on a rejected application and shows what it points to', async () => {
    const dir = await makeDataDir();
    const app = await runJson<{ id: string }>(dir, [
      'add',
      '--company',
      'Blue Fjord',
      '--role',
      'Data Analyst',
      '--stage',
      'final',
    ]);
    const before = await runCli(dir, ['feedback', app.id, '--text', feedback]);
    expect(before.code).toBe(2);
    expect(before.stderr).toMatch(/no rejection logged/);

    await runCli(dir, ['reject', app.id, '--text', 'We will not move forward.']);
    const recorded = await runCli(dir, ['feedback', app.id, '-'], feedback);
    expect(recorded.code).toBe(0);
    expect(recorded.stdout).toContain('Recorded the feedback');
    expect(recorded.stdout).toContain('Nerves and confidence');

    const json = await runJson<Report & { applicationId: string }>(dir, [
      'feedback',
      app.id,
      '--text',
      'Your CV had several typos.',
    ]);
    expect(json.applicationId).toBe(app.id);
    expect(json.themes.map((t) => t.theme)).toEqual(['resume_presentation']);

    const twice = await runCli(dir, ['feedback', app.id, '--text', 'x', '--file', 'f.txt']);
    expect(twice.code).toBe(2);
    expect(twice.stderr).toMatch(/Give the feedback once/);
  });
});
