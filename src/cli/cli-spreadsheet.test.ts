import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeDataDir, runCli, runJson } from './cli.test-helpers.js';

type Report = {
  rowsRead: number;
  imported: { company: string; stage: string; outcome: string }[];
  alreadyThere: { line: number }[];
  skipped: { line: number; reason: string }[];
};

const lines = [
  'Company,Position,Date Applied,Status,Link,Notes,Contact',
  'Acme,Backend Developer,2026-01-05,Phone screen,https://acme.example/jobs/1,,Ana Ruiz',
  'Birch,Data Analyst,1/12/2026,Rejected after onsite,,"Great team, ""long"" process",',
  'Cedar,Designer,2026-02-30,Applied,,,',
  'Dune,Support Engineer,2026-01-20,Banana,,,',
  ',Orphan role,2026-01-21,Applied,,,',
  'Elm,"Broken quote,2026-01-22,Applied,,,',
];

function writeCsv(dir: string, extra: Buffer = Buffer.alloc(0)): string {
  const file = join(dir, 'applications.csv');
  writeFileSync(
    file,
    Buffer.concat([
      Buffer.from(lines.slice(0, 6).join('\n') + '\n'),
      extra,
      Buffer.from('Fir,Ops,2026-01-25,Applied,,,\n'),
    ]),
  );
  return file;
}

describe('rebound import applications.csv', { timeout: 120_000 }, () => {
  it('keeps every valid row, names each skipped row and is idempotent', async () => {
    const dir = await makeDataDir();
    const badBytes = Buffer.from([
      0x47, 0x72, 0xfc, 0x6e, 0x2c, 0x44, 0x65, 0x76, 0x2c, 0x2c, 0x2c, 0x2c, 0x2c, 0x0a,
    ]);
    const file = writeCsv(dir, badBytes);

    const dryRun = await runJson<Report>(dir, ['import', file, '--dry-run']);
    expect(dryRun.imported.map((a) => a.company)).toEqual(['Acme', 'Birch', 'Fir']);
    expect(await runJson<unknown[]>(dir, ['list'])).toEqual([]);

    const report = await runJson<Report>(dir, ['import', file]);
    expect(report.imported.map((a) => [a.company, a.stage, a.outcome])).toEqual([
      ['Acme', 'screen', 'open'],
      ['Birch', 'final', 'rejected'],
      ['Fir', 'applied', 'open'],
    ]);
    const reasons = report.skipped.map((s) => `${s.line}: ${s.reason}`).join('\n');
    expect(reasons).toContain('4: "2026-02-30"');
    expect(reasons).toContain('5: "Banana"');
    expect(reasons).toContain('6: The row for "Orphan role" has no company.');
    expect(reasons).toMatch(/7: .*UTF-8/);

    const second = await runJson<Report>(dir, ['import', file]);
    expect(second.imported).toEqual([]);
    expect(second.alreadyThere).toHaveLength(3);
    expect(await runJson<unknown[]>(dir, ['list'])).toHaveLength(3);
  });

  it('skips a row with broken quoting and keeps the rest', async () => {
    const dir = await makeDataDir();
    const file = join(dir, 'broken.csv');
    writeFileSync(
      file,
      [lines[0], lines[1], lines[6], 'Gum,Writer,2026-01-26,Applied,,,'].join('\n'),
    );
    const result = await runCli(dir, ['import', file]);
    expect(result.code).toBe(0);
    const companies = (await runJson<{ company: string }[]>(dir, ['list'])).map((a) => a.company);
    expect(companies).toContain('Acme');
    expect(result.stdout).toMatch(/Skipped/);
  });

  it('says which columns are missing', async () => {
    const dir = await makeDataDir();
    const file = join(dir, 'wrong.csv');
    writeFileSync(file, 'Name,When\nAcme,2026-01-01\n');
    const result = await runCli(dir, ['import', file]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('needs a Company');
  });
});
