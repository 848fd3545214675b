import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeDataDir, runCli, runJson } from './cli.test-helpers.js';

type App = {
  id: string;
  company: string;
  role: string;
  stage: string;
  outcome: string;
  appliedOn: string | null;
};
type Detail = { application: App; furthestStage: string; timeline: { description: string }[] };

describe('rebound CLI', { timeout: 120_000 }, () => {
  it('adds, moves, rejects and shows an application', async () => {
    const dir = await makeDataDir();
    const app = await runJson<App>(dir, [
      'add',
      '--company',
      'Fjord Labs',
      '--role',
      'QA Engineer',
      '--applied',
      '2026-02-10',
    ]);
    expect(app).toMatchObject({ company: 'Fjord Labs', stage: 'applied', appliedOn: '2026-02-10' });

    const moved = await runCli(dir, ['stage', app.id, 'final']);
    expect(moved.code).toBe(0);
    expect(moved.stdout).toContain('Final round');

    const rejected = await runJson<{ rejection: { stageAtRejection: string } }>(
      dir,
      ['reject', app.id, '-', '--received', '2026-03-01T08:00:00Z'],
      'We appreciate your interest but have chosen another candidate.',
    );
    expect(rejected.rejection.stageAtRejection).toBe('final');

    const detail = await runJson<Detail>(dir, ['show', app.id]);
    expect(detail.furthestStage).toBe('final');
    expect(detail.application.outcome).toBe('rejected');
    expect(detail.timeline.map((e) => e.description)).toContain(
      'Rejection logged after the final round stage',
    );

    const listed = await runJson<App[]>(dir, ['list']);
    expect(listed.map((a) => a.id)).toEqual([app.id]);
  });

  it('reads the rejection from a file and explains bad input with exit codes', async () => {
    const dir = await makeDataDir();
    const app = await runJson<App>(dir, ['add', '--company', 'Acme', '--role', 'Dev']);
    const file = join(dir, 'email.txt');
    writeFileSync(file, 'Thank you for applying. We will not be moving forward.');
    expect((await runCli(dir, ['reject', app.id, '--file', file])).code).toBe(0);

    const noText = await runCli(dir, ['reject', app.id]);
    expect(noText.code).toBe(2);
    expect(noText.stderr).toContain('--text');

    const badStage = await runCli(dir, ['stage', app.id, 'interview']);
    expect(badStage.code).toBe(2);
    expect(badStage.stderr).toContain('applied, screen, technical, final, offer');

    const badDate = await runCli(dir, [
      'add',
      '--company',
      'A',
      '--role',
      'B',
      '--applied',
      '2026-02-30',
    ]);
    expect(badDate.code).toBe(2);
    expect(badDate.stderr).toMatch(/real date/);

    const missing = await runCli(dir, ['show', 'no-such-id']);
    expect(missing.code).toBe(3);

    const binary = join(dir, 'binary.txt');
    writeFileSync(binary, Buffer.from([0xff, 0xfe, 0x00, 0x41]));
    const notText = await runCli(dir, ['reject', app.id, '--file', binary]);
    expect(notText.code).toBe(2);
    expect(notText.stderr).toContain('not UTF-8');
  });

  it('exports and imports into an empty data directory with identical data, ids included', async () => {
    const dir = await makeDataDir();
    const app = await runJson<App>(dir, [
      'add',
      '--company',
      'Ørsted Digital',
      '--role',
      'Analyst',
    ]);
    await runCli(dir, ['stage', app.id, 'screen']);
    await runCli(dir, ['reject', app.id, '--text', 'Not this time, thank you.']);
    const exported = await runCli(dir, ['export']);
    expect(exported.code).toBe(0);
    const backupFile = join(dir, 'backup.json');
    writeFileSync(backupFile, exported.stdout);

    const fresh = await makeDataDir();
    const restored = await runJson<{ imported: number; read: number }>(fresh, [
      'import',
      backupFile,
    ]);
    expect(restored.imported).toBe(restored.read);
    const again = await runJson<{ imported: number }>(fresh, ['import', backupFile]);
    expect(again.imported).toBe(0);

    const reexported = await runCli(fresh, ['export']);
    const strip = (text: string) => ({ ...(JSON.parse(text) as object), exportedAt: null });
    expect(strip(reexported.stdout)).toEqual(strip(exported.stdout));
  });

  it('refuses a file that is not a backup, importing nothing', async () => {
    const dir = await makeDataDir();
    const file = join(dir, 'other.json');
    writeFileSync(file, '{"hello": "world"}');
    const result = await runCli(dir, ['import', file]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/not a Rebound backup/);
  });
});
