import { openMemoryTracker } from '../store/memory-tracker.test-helpers.js';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  importMessages,
  readMail,
  type MailItem,
  type TrackerContext,
} from '../core/tracker/index.js';
import type { OpenStore } from '../store/open-store.js';
import { parseRawMessages, type RawMessage } from './mail-items.js';
import { parseMboxInWorker } from './parse-mbox-in-worker.js';
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

async function collectItems<T>(items: AsyncIterable<T>): Promise<T[]> {
  const all: T[] = [];
  for await (const item of items) all.push(item);
  return all;
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
    ).toEqual(['Subject: one\r\n\r\nFrom here on', 'Subject: two\n\nbody']);
  });

  it('marks where each message ends, and resumes from such a mark', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'rebound-mbox-')), 'three.mbox');
    const text = ['one', 'two', 'three']
      .map((s) => `From ${s}@x Mon Jan  5 10:00:00 2026\nSubject: ${s}\n\n${s} body\n\n`)
      .join('');
    writeFileSync(path, text);
    const all = await collect(readMbox(path));
    const marks = all.map((m) => m.checkpoint);
    expect(marks).toEqual([
      text.indexOf('From two'),
      text.indexOf('From three'),
      Buffer.byteLength(text),
    ]);
    const rest = await collect(readMbox(path, { fromOffset: marks[0], firstNumber: 1 }));
    expect(rest.map((m) => m.source)).toEqual([`${path}#2`, `${path}#3`]);
    expect(rest.map((m) => ('raw' in m ? Buffer.from(m.raw).toString() : m.problem))).toEqual([
      'Subject: two\n\ntwo body\n',
      'Subject: three\n\nthree body\n',
    ]);
  });

  it('finds message starts across read chunks and keeps bytes of any charset', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'rebound-mbox-')), 'big.mbox');
    // Messages larger than one read chunk (1 MiB), with Latin-1 bytes that are not UTF-8.
    const body = Buffer.alloc(1_500_000, 0xe9);
    const message = (n: number) =>
      Buffer.concat([
        Buffer.from(`From n${n}@x Mon Jan  5 10:00:00 2026\nSubject: n${n}\n\n`),
        body,
        Buffer.from('\n\n'),
      ]);
    writeFileSync(path, Buffer.concat([message(1), message(2), message(3)]));
    const all = await collect(readMbox(path));
    expect(all.map((m) => ('raw' in m ? m.raw.length : m.problem))).toEqual([
      13 + 1_500_000 + 1,
      13 + 1_500_000 + 1,
      13 + 1_500_000 + 1,
    ]);
    const [first] = all;
    const raw = first && 'raw' in first ? Buffer.from(first.raw) : Buffer.alloc(0);
    expect(raw.subarray(13, -1).equals(body)).toBe(true);
  });

  it('says so when a file is empty, has no "From " line or does not exist', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'rebound-mbox-'));
    writeFileSync(join(dir, 'empty.mbox'), '');
    writeFileSync(join(dir, 'junk.mbox'), Buffer.alloc(3_000_000, 0x41));
    const problems = async (name: string) =>
      (await collect(readMbox(join(dir, name)))).map((m) => ('problem' in m ? m.problem : 'raw'));
    expect(await problems('empty.mbox')).toEqual(['the file is empty']);
    expect(await problems('junk.mbox')).toEqual([
      'it is not an mbox file (no line starts with "From ")',
    ]);
    expect(await problems('missing.mbox')).toEqual(['there is no such file']);
  });
});

/** One mbox entry: the "From " line, then the message as given. */
function entry(message: string | Buffer): Buffer {
  return Buffer.concat([
    Buffer.from('From sender@example.com Mon Jan  5 10:00:00 2026\n'),
    Buffer.isBuffer(message) ? message : Buffer.from(message, 'latin1'),
    Buffer.from('\n'),
  ]);
}

const rejection =
  'Thank you for interviewing with us for the Backend Engineer role at Acme. Unfortunately, we have decided to move forward with other candidates.';

describe('importing a damaged mailbox', () => {
  it('reports what it cannot read, imports the rest as far as it can, and goes on', async () => {
    const garbage = Buffer.from(Array.from({ length: 5000 }, (_, i) => (i * 7919) % 256));
    garbage[0] = 0x01; // never a header line
    const path = join(mkdtempSync(join(tmpdir(), 'rebound-mbox-')), 'damaged.mbox');
    writeFileSync(
      path,
      Buffer.concat([
        // Malformed MIME: a multipart whose boundary never closes and whose encoding is made up.
        entry(
          `From: Ana <ana@acme.example>\nSubject: Backend Engineer at Acme\nMessage-ID: <m1@acme.example>\nMIME-Version: 1.0\nContent-Type: multipart/alternative; boundary="zz"\n\n--zz\nContent-Type: text/plain\nContent-Transfer-Encoding: x-unknown\n\n${rejection}\n--zz\nContent-Type: text/html\n\n<p>${rejection}`,
        ),
        // A charset nobody knows, and one that lies (Latin-1 bytes sent as UTF-8).
        entry(
          'From: Caf\xe9 <club@cafe.example>\nSubject: Soir\xe9e\nMessage-ID: <m2@cafe.example>\nContent-Type: text/plain; charset=x-unknown-charset\n\nLa soir\xe9e est vendredi.',
        ),
        entry(
          'From: Caf\xe9 <club@cafe.example>\nSubject: Caf\xe9 night\nMessage-ID: <m3@cafe.example>\nContent-Type: text/plain; charset=utf-8\n\nSee you at the caf\xe9.',
        ),
        entry(garbage),
        // No Message-ID at all.
        entry(
          `From: Ana <ana@acme.example>\nSubject: Your application\nDate: Mon, 5 Jan 2026 10:00:00 +0000\n\n${rejection}`,
        ),
        // Cut off in its headers.
        Buffer.from('From cut@example.com Mon Jan  5 10:00:00 2026\nFrom: Cut <cut@exa'),
      ]),
    );
    const report = await importMessages(ctx, parseRawMessages(readMbox(path)));
    expect(report.read).toBe(6);
    expect(report.unparsable.map((u) => u.source)).toContain(`${path}#4`);
    expect(report.unparsable.find((u) => u.source === `${path}#4`)?.reason).toBe(
      'it does not start with email headers',
    );
    // Everything else was stored: the two rejections, the club mail, perhaps the cut one.
    const stored = (await ctx.store.backup.read(ctx.userId)).mailMessages ?? [];
    expect(stored.map((m) => m.messageId)).toEqual(
      expect.arrayContaining(['m1@acme.example', 'm2@cafe.example', 'm3@cafe.example']),
    );
    expect(stored.some((m) => m.messageId.startsWith('hash:'))).toBe(true);
    expect(stored.length + (report.unparsableCount ?? 0)).toBe(6);
    const again = await importMessages(ctx, parseRawMessages(readMbox(path)));
    expect(again.alreadyImported).toBe(stored.length);
    expect(again.applicationsCreated + again.applicationsUpdated).toBe(0);
  });

  it('reads the text of mislabelled charsets rather than failing', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'rebound-eml-'));
    writeFileSync(
      join(dir, 'unknown.eml'),
      Buffer.from(
        'From: A <a@x.example>\nSubject: Hi\nContent-Type: text/plain; charset=x-nope\n\nCaf\xe9 ok',
        'latin1',
      ),
    );
    const [item] = await collectItems(parseRawMessages(readEml([dir])));
    expect(item && 'mail' in item ? item.mail.text : item?.problem).toMatch(/^Caf.{1,3} ok/);
  });

  it('ignores attachments: they are never stored', async () => {
    const pdf = Buffer.alloc(200_000, 7).toString('base64').replace(/.{76}/g, '$&\n');
    const path = join(mkdtempSync(join(tmpdir(), 'rebound-mbox-')), 'attached.mbox');
    writeFileSync(
      path,
      entry(
        `From: Ana <ana@acme.example>\nSubject: Backend Engineer at Acme\nMessage-ID: <att@acme.example>\nMIME-Version: 1.0\nContent-Type: multipart/mixed; boundary="b"\n\n--b\nContent-Type: text/plain\n\n${rejection}\n--b\nContent-Type: application/pdf\nContent-Disposition: attachment; filename="notes.pdf"\nContent-Transfer-Encoding: base64\n\n${pdf}\n--b--`,
      ),
    );
    await importMessages(ctx, parseRawMessages(readMbox(path)));
    const [message] = await ctx.store.mail.findByMessageIds(ctx.userId, ['att@acme.example']);
    expect(message).toMatchObject({ label: 'rejection', bodyText: `${rejection}\n` });
    const stored = JSON.stringify(await ctx.store.backup.read(ctx.userId));
    expect(stored.length).toBeLessThan(20_000);
    expect(stored).not.toContain(pdf.slice(0, 200));
  });
});

describe('parseMboxInWorker', () => {
  it('hands over the same items, in order, as parsing in this thread, each with its reading', async () => {
    const path = writeMbox();
    const summary = (items: MailItem[]) =>
      items.map((item) =>
        'mail' in item
          ? [item.source, item.checkpoint, item.mail.subject, readMail(item.mail).label]
          : [item.source, item.checkpoint, item.problem],
      );
    const here = await collectItems(parseRawMessages(readMbox(path)));
    const there = await collectItems(parseMboxInWorker(path));
    expect(summary(there)).toEqual(summary(here));
    there.forEach((item, i) => {
      const mine = here[i];
      if (!('mail' in item) || !mine || !('mail' in mine)) return;
      expect(item.reading).toEqual(readMail(mine.mail));
      // Employer mail keeps what is stored of it; other mail crosses with its headers only.
      const isEmployer = item.reading?.label !== 'other';
      expect(item.mail.text).toBe(isEmployer ? mine.mail.text : '');
      expect(item.mail.sanitizedHtml ?? null).toBe(
        isEmployer ? (mine.mail.sanitizedHtml ?? null) : null,
      );
    });
    const resumed = await collectItems(
      parseMboxInWorker(path, { fromOffset: here[2]?.checkpoint, firstNumber: 3 }),
    );
    expect(summary(resumed)).toEqual(summary(here.slice(3)));
  });

  it('imports the same as parsing in this thread', async () => {
    const path = writeMbox();
    const report = await importMessages(ctx, parseMboxInWorker(path));
    const other = await openMemoryTracker();
    try {
      const expected = await importMessages(other.ctx, parseRawMessages(readMbox(path)));
      expect(report).toEqual(expected);
      expect(report.employerByLabel).toEqual(employerByLabel);
    } finally {
      await other.opened.close();
    }
  });
});
