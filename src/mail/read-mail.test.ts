import { openMemoryTracker } from '../store/memory-tracker.test-helpers.js';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { importMessages, type TrackerContext } from '../core/tracker/index.js';
import type { OpenStore } from '../store/open-store.js';
import { parseRawMessages, type RawMessage } from './mail-items.js';
import { readEml } from './read-eml.js';
import { readMbox } from './read-mbox.js';

const folder = join(import.meta.dirname, '..', '..', 'fixtures', 'emails', 'raw');
const emlNames = readdirSync(folder).filter((name) => name.endsWith('.eml'));
const expectedLabels = emlNames.map(
  (name) =>
    (
      JSON.parse(readFileSync(join(folder, name.replace(/\.eml$/, '.expected.json')), 'utf8')) as {
        label: string;
      }
    ).label,
);
const employerByLabel: Record<string, number> = {};
for (const label of expectedLabels) {
  if (label !== 'other') employerByLabel[label] = (employerByLabel[label] ?? 0) + 1;
}

async function collect(messages: AsyncIterable<RawMessage>): Promise<RawMessage[]> {
  const all: RawMessage[] = [];
  for await (const message of messages) all.push(message);
  return all;
}

/** An mbox of the fixtures, written the way mail programs do, with a truncated message last. */
function writeMbox(): string {
  const parts = emlNames.map((name) => {
    const text = readFileSync(join(folder, name), 'latin1').replace(/\r\n/g, '\n');
    const escaped = text.replace(/^(>*From )/gm, '>$1');
    return `From sender@example.com Mon Jan  5 10:00:00 2026\n${escaped}\n`;
  });
  parts.push('From cut@example.com Mon Jan  5 10:00:00 2026\nFrom: Cut <cut@exa');
  const path = join(mkdtempSync(join(tmpdir(), 'rebound-mbox-')), 'inbox.mbox');
  writeFileSync(path, parts.join(''), 'latin1');
  return path;
}

let opened: OpenStore;
let ctx: TrackerContext;

beforeEach(async () => {
  ({ ctx, opened } = await openMemoryTracker());
});

afterEach(() => opened.close());

describe('readEml', () => {
  it('imports a folder of .eml files and counts what they are', async () => {
    const report = await importMessages(ctx, parseRawMessages(readEml([folder])));
    expect(report).toMatchObject({ read: emlNames.length, employerByLabel, unparsable: [] });
    expect(report.applicationsCreated).toBeGreaterThan(0);
    const again = await importMessages(ctx, parseRawMessages(readEml([folder])));
    expect(again).toMatchObject({ read: emlNames.length, alreadyImported: emlNames.length });
    expect(again.applicationsCreated + again.applicationsUpdated + again.needsReview).toBe(0);
  });

  it('reports a missing path and a file that is not an email, and goes on', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'rebound-eml-'));
    writeFileSync(join(dir, 'note.eml'), 'just some words, no headers');
    const first = emlNames[0] ?? '';
    const report = await importMessages(
      ctx,
      parseRawMessages(readEml([join(dir, 'missing.eml'), dir, join(folder, first)])),
    );
    expect(report.read).toBe(3);
    expect(report.unparsable.map((u) => u.source)).toEqual([
      join(dir, 'missing.eml'),
      join(dir, 'note.eml'),
    ]);
  });
});

describe('readMbox', () => {
  it('reads message by message and tolerates a truncated last one', async () => {
    const path = writeMbox();
    const report = await importMessages(ctx, parseRawMessages(readMbox(path)));
    expect(report.read).toBe(emlNames.length + 1);
    expect(report.employerByLabel).toEqual(employerByLabel);
    expect(report.unparsable.length).toBeLessThanOrEqual(1);
    const again = await importMessages(ctx, parseRawMessages(readMbox(path)));
    expect(again.alreadyImported + again.unparsable.length).toBe(emlNames.length + 1);
  });

  it('unescapes ">From " lines and keeps each message apart', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'rebound-mbox-')), 'two.mbox');
    writeFileSync(
      path,
      'From a@x Mon Jan  5 10:00:00 2026\r\nSubject: one\r\n\r\n>From here on\r\n' +
        'From b@x Mon Jan  5 10:00:00 2026\nSubject: two\n\nbody\n',
    );
    const messages = await collect(readMbox(path));
    expect(
      messages.map((m) => ('raw' in m ? Buffer.from(m.raw).toString('latin1') : m.problem)),
    ).toEqual(['Subject: one\n\nFrom here on', 'Subject: two\n\nbody']);
  });
});
