import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { MailImportReport } from '../core/tracker/index.js';
import { writeSampleMbox } from '../mail/sample-mbox.test-helpers.js';
import { openStore } from '../store/open-store.js';
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

const mainFile = join(import.meta.dirname, 'main.ts');

/**
 * Runs `rebound import mbox` on a pseudo-terminal (util-linux `script`), so the progress
 * bar is drawn, and SIGKILLs the import once the bar shows `minStored` emails stored.
 */
function importThenKill(dataDir: string, mbox: string, minStored: number): Promise<number> {
  const command = `exec "${process.execPath}" --import tsx "${mainFile}" import mbox "${mbox}"`;
  return new Promise((resolve, reject) => {
    const script = spawn('script', ['-qfec', command, '/dev/null'], {
      env: { ...process.env, REBOUND_DATA_DIR: dataDir, DATABASE_URL: '' },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let output = '';
    let killedAt: number | null = null;
    script.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const counts = [...output.matchAll(/· (\d+) emails/g)].map((m) => Number(m[1]));
      const stored = counts.at(-1) ?? 0;
      if (killedAt === null && stored >= minStored) {
        killedAt = stored;
        // `exec` made the import the terminal's only child: kill it, not `script`.
        const children = readFileSync(`/proc/${script.pid}/task/${script.pid}/children`, 'utf8');
        for (const pid of children.trim().split(/\s+/).filter(Boolean)) {
          process.kill(Number(pid), 'SIGKILL');
        }
      }
    });
    script.on('error', reject);
    script.on('close', () => {
      if (killedAt === null) reject(new Error(`The import ended before it was killed:\n${output}`));
      else resolve(killedAt);
    });
  });
}

async function readStored(dataDir: string) {
  const opened = await openStore({ kind: 'embedded', dataDir });
  try {
    const records = await opened.store.backup.read('local');
    const messages = records.mailMessages ?? [];
    return {
      ids: messages.map((m) => m.messageId),
      appliedRejections: messages.filter((m) => m.label === 'rejection' && m.status === 'applied')
        .length,
      rejections: records.rejections.length,
    };
  } finally {
    await opened.close();
  }
}

describe('rebound import mbox', { timeout: 300_000 }, () => {
  it('resumes after being killed halfway and imports every message exactly once', async () => {
    const dir = await makeDataDir();
    const mbox = join(mkdtempSync(join(tmpdir(), 'rebound-kill-')), 'inbox.mbox');
    const count = 3000;
    await writeSampleMbox(mbox, { count, employerShare: 0.15, withoutMessageIdShare: 0.05 });
    const storedBeforeKill = await importThenKill(dir, mbox, 400);
    expect(storedBeforeKill).toBeLessThan(count);
    const second = await runJson<MailImportReport>(dir, ['import', 'mbox', mbox]);
    expect(second.resumedFromOffset).toBeGreaterThan(0);
    expect(second.read).toBe(count);
    const { ids, appliedRejections, rejections } = await readStored(dir);
    expect(ids).toHaveLength(count);
    expect(new Set(ids).size).toBe(count);
    // Each rejection email was applied once: one rejection record each, none twice.
    expect(appliedRejections).toBeGreaterThan(0);
    expect(rejections).toBe(appliedRejections);
    // Unchanged and finished: a third run reads nothing and says why.
    const third = await runCli(dir, ['import', 'mbox', mbox]);
    expect(third.code).toBe(0);
    expect(third.stdout).toMatch(/already imported in full on \d{4}-\d\d-\d\d/);
  });
});
