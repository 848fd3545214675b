import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
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

/** A message carrying a 22 MB attachment: about 30 MB once encoded. */
function bigMessage(n: number): string {
  const pdf = Buffer.alloc(22 * 1024 * 1024, n)
    .toString('base64')
    .replace(/.{76}/g, '$&\n');
  return `From a@b Mon Jan  5 10:00:00 2026\nFrom: Ana <ana@acme.example>\nSubject: Backend Engineer at Acme\nMessage-ID: <big${n}@acme.example>\nMIME-Version: 1.0\nContent-Type: multipart/mixed; boundary="b"\n\n--b\nContent-Type: text/plain\n\nThank you for interviewing with us for the Backend Engineer role at Acme. Unfortunately, we have decided to move forward with other candidates.\n--b\nContent-Type: application/pdf\nContent-Disposition: attachment; filename="cv.pdf"\nContent-Transfer-Encoding: base64\n\n${pdf}\n--b--\n`;
}

/** Runs the import and polls its peak resident memory (VmHWM) until it exits. */
function importMeasuringPeak(
  dataDir: string,
  mbox: string,
): Promise<{ peak: number; stdout: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', mainFile, 'import', 'mbox', mbox, '--json'],
      {
        env: { ...process.env, REBOUND_DATA_DIR: dataDir, DATABASE_URL: '' },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let peak = 0;
    const timer = setInterval(() => {
      try {
        const kb = /VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'))?.[1];
        peak = Math.max(peak, Number(kb ?? 0) * 1024);
      } catch {
        // The process has just exited.
      }
    }, 20);
    let stdout = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      clearInterval(timer);
      if (code === 0) resolve({ peak, stdout });
      else reject(new Error(`import exited with ${code}`));
    });
  });
}

describe('rebound import mbox with 30 MB messages', { timeout: 300_000 }, () => {
  it('holds one message at a time: four of them cost about what one does', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'rebound-big-'));
    writeFileSync(join(folder, 'one.mbox'), bigMessage(1));
    writeFileSync(join(folder, 'four.mbox'), [1, 2, 3, 4].map(bigMessage).join(''));
    const one = await importMeasuringPeak(await makeDataDir(), join(folder, 'one.mbox'));
    const four = await importMeasuringPeak(await makeDataDir(), join(folder, 'four.mbox'));
    const report = JSON.parse(four.stdout) as MailImportReport;
    expect(report).toMatchObject({ read: 4, unparsable: [] });
    expect(report.employerByLabel.rejection).toBe(4);
    // 90 MB more file, well under 90 MB more memory: the file is never held whole.
    expect(four.peak - one.peak).toBeLessThan(60 * 1024 * 1024);
  });
});
