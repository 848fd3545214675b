import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { localUserId } from '../core/records.js';
import * as tracker from '../core/tracker/index.js';
import { openStore } from '../store/open-store.js';
import { makeDataDir, runCli, runJson } from './cli.test-helpers.js';

const daysAgo = (n: number) => new Date(Date.now() - n * 86_400_000);

/** Twelve applications sent six weeks ago: eight reached a screen, none went further. */
async function seedStalledScreens(dir: string): Promise<string[]> {
  const opened = await openStore({ kind: 'embedded', dataDir: dir });
  let n = 0;
  const ctx: tracker.TrackerContext = {
    store: opened.store,
    now: () => daysAgo(20),
    newId: () => `app-${++n}`,
    userId: localUserId,
  };
  const ids: string[] = [];
  try {
    for (let i = 0; i < 12; i++) {
      const app = await tracker.addApplication(ctx, {
        company: `Company ${i}`,
        role: 'Analyst',
        appliedOn: daysAgo(42).toISOString().slice(0, 10),
        stage: i < 8 ? 'screen' : 'applied',
      });
      await tracker.logRejection(ctx, app.id, { text: 'We went with someone else.' });
      ids.push(app.id);
    }
  } finally {
    await opened.close();
  }
  return ids;
}

type Check = { met: string[]; missing: string[]; letters: { letter: string; why: string }[] };

describe('rebound insights, goals, file', { timeout: 180_000 }, () => {
  it('prints the next step first, then the funnel with bars, and writes the Sankey SVG', async () => {
    const dir = await makeDataDir();
    await seedStalledScreens(dir);
    const table = await runCli(dir, ['insights']);
    expect(table.code).toBe(0);
    const lines = table.stdout.split('\n');
    expect(lines[0]).toBe(
      'Your applications get replies but screens stall, so practise phone-screen answers this week.',
    );
    expect(table.stdout).toMatch(/Applied\s+12\s+█{30}/);
    expect(table.stdout).toMatch(/Screen\s+8\s+█{20}/);
    expect(table.stdout).toMatch(
      /Screen → Technical\s+0 of 8\s+0%\s+0%–\d+%\s+45%\s+below typical/,
    );

    const json = await runJson<{ headline: string; diagnosis: { bottleneck: { from: string } } }>(
      dir,
      ['insights'],
    );
    expect(json.diagnosis.bottleneck.from).toBe('screen');

    const file = join(dir, 'search.svg');
    const svg = await runCli(dir, ['insights', '--svg', file]);
    expect(svg.code).toBe(0);
    expect(svg.stderr).toContain(`Wrote the Sankey diagram of your search to ${file}.`);
    expect(readFileSync(file, 'utf8')).toMatch(/^<svg [^>]*role="img"/);
    const unwritable = await runCli(dir, ['insights', '--svg', join(dir, 'missing', 'x.svg')]);
    expect(unwritable.code).toBe(2);
    expect(unwritable.stderr).toMatch(/Check that the folder exists/);
  });

  it('gives no verdict on an empty search, kindly', async () => {
    const dir = await makeDataDir();
    const result = await runCli(dir, ['insights']);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^Nothing to read yet/);
  });

  it('checks, adds, logs and completes goals', async () => {
    const dir = await makeDataDir();
    const check = await runJson<Check>(dir, ['goals', 'check', 'Apply to 50 jobs this week']);
    expect(check.missing).toEqual(['A']);
    const text = await runCli(dir, ['goals', 'check', 'Get better at interviews']);
    expect(text.stdout).toMatch(/^Met: R\. To work on: SMAT\./);
    expect(text.stdout).toMatch(/S ✗ Specific\s+"Get better" says what you hope for/);

    const goal = await runJson<{ id: string; target: number }>(dir, [
      'goals',
      'add',
      'Do 2 mock interviews',
      '--deadline',
      'in two weeks',
    ]);
    expect(goal.target).toBe(2);
    const logged = await runCli(dir, [
      'goals',
      'progress',
      goal.id,
      '--note',
      'With Sam',
      '--amount',
      '1',
    ]);
    expect(logged.stdout).toContain('Logged. Do 2 mock interviews: 1/2.');
    const bad = await runCli(dir, ['goals', 'progress', goal.id, '--amount', 'lots']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/Amount must be a number/);
    await runCli(dir, ['goals', 'done', goal.id]);
    const list = await runCli(dir, ['goals', 'list']);
    expect(list.stdout).toMatch(/Do 2 mock interviews\s+\d{4}-\d{2}-\d{2}\s+done\s+SMART/);
    const week = await runCli(dir, ['goals', 'week', '--target', '2']);
    expect(week.stdout).toMatch(
      /^Weekly target: 0 of 2 this week; 2 more tailored applications to go/,
    );
    const tooMany = await runCli(dir, ['goals', 'week', '--target', '40']);
    expect(tooMany.code).toBe(2);
    expect(tooMany.stderr).toMatch(/Weekly target must be at most 15/);
    const unconfirmed = await runCli(dir, ['goals', 'delete', goal.id]);
    expect(unconfirmed.code).toBe(4);
    expect(unconfirmed.stderr).toMatch(/also removes its 1 journal entry/);
  });

  it('files a rejected application away from the list and back', async () => {
    const dir = await makeDataDir();
    const [id = ''] = await seedStalledScreens(dir);
    const filed = await runCli(dir, ['file', id]);
    expect(filed.stdout).toMatch(/^Filed away /);
    const shown = await runJson<{ id: string }[]>(dir, ['list']);
    expect(shown.map((a) => a.id)).not.toContain(id);
    const all = await runJson<{ id: string }[]>(dir, ['list', '--filed']);
    expect(all.map((a) => a.id)).toContain(id);
    await runCli(dir, ['unfile', id]);
    expect((await runJson<{ id: string }[]>(dir, ['list'])).map((a) => a.id)).toContain(id);
  });
});
