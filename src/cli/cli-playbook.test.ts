import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeDataDir, runCli, runJson } from './cli.test-helpers.js';

type Plan = { steps: { kind: string; status: string; notBefore: string | null }[] };

describe('rebound plan, today, draft, compose and sent', { timeout: 180_000 }, () => {
  it('walks a rejection from plan to a sent reply, and refuses a second follow-up', async () => {
    const dir = await makeDataDir();
    const app = await runJson<{ id: string }>(dir, [
      'add',
      '--company',
      'Blue Fjord',
      '--role',
      'QA Engineer',
      '--stage',
      'screen',
    ]);
    await runCli(dir, [
      'reject',
      app.id,
      '--text',
      'We will not move forward.',
      '--received',
      '2026-03-02T09:00:00Z',
    ]);

    const plan = await runJson<Plan>(dir, ['plan', app.id, '--now', '2026-03-02T10:00:00Z']);
    expect(plan.steps.slice(0, 2).map((s) => `${s.kind}:${s.status}`)).toEqual([
      'cool-off:due',
      'reply:upcoming',
    ]);
    const table = await runCli(dir, ['plan', app.id, '--now', '2026-03-02T10:00:00Z']);
    expect(table.stdout).toMatch(/reply\s+upcoming/);

    const today = await runJson<{ step: { kind: string } }[]>(dir, [
      'today',
      '--now',
      '2026-03-05T10:00:00Z',
    ]);
    expect(today[0]?.step.kind).toBe('reply');

    const draft = await runJson<{ body: string; subject: string }>(dir, [
      'draft',
      app.id,
      '--kind',
      'reply',
      '--tone',
      'formal',
    ]);
    expect(draft.body).toContain('Blue Fjord');
    expect(draft.subject).toBeTruthy();

    const sent = await runJson<Plan>(dir, [
      'sent',
      app.id,
      '--kind',
      'reply',
      '--at',
      '2026-03-03T09:00:00Z',
      '--includes',
      'feedback_ask',
    ]);
    expect(sent.steps.find((s) => s.kind === 'reply')?.status).toBe('done');
    expect(sent.steps.some((s) => s.kind === 'linkedin')).toBe(true);

    expect(
      (
        await runCli(dir, [
          'sent',
          app.id,
          '--kind',
          'feedback-followup',
          '--at',
          '2026-03-11T09:00:00Z',
        ])
      ).code,
    ).toBe(0);
    const second = await runCli(dir, [
      'sent',
      app.id,
      '--kind',
      'feedback-followup',
      '--at',
      '2026-03-20T09:00:00Z',
    ]);
    expect(second.code).toBe(4);
    expect(second.stderr).toMatch(/already followed up/);
  });

  it('composes from a context file without a stored application', async () => {
    const dir = await makeDataDir();
    const file = join(dir, 'context.json');
    writeFileSync(
      file,
      JSON.stringify({
        recipientName: 'Søren Holm',
        company: 'Lumen',
        role: 'Analyst',
        stage: 'final',
        linkedinAccount: 'free',
      }),
    );
    const note = await runJson<{ chars: number; limit: number; body: string }>(dir, [
      'compose',
      '--kind',
      'linkedin',
      '--context',
      file,
    ]);
    expect(note.limit).toBe(200);
    expect(note.chars).toBeLessThanOrEqual(200);
    expect(note.body).toContain('Søren');
    const bad = await runCli(dir, ['compose', '--kind', 'sonnet', '--context', file]);
    expect(bad.code).toBe(2);
  });
});
