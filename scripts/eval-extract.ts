/**
 * How well `extractParties` finds the company, role and contact name in employer email:
 * `npx tsx scripts/eval-extract.ts [file-or-dir...]` prints exact-match accuracy per field
 * (case-insensitive, trimmed; null against null counts as right). A JSON Lines file holds one
 * email per line; a directory holds RFC 822 `NAME.eml` files with `NAME.expected.json` beside
 * them (fixtures/emails/raw). Defaults to the dev, dev2 and holdout corpora.
 * --verbose lists the misses: use it on dev only, holdout is for measuring.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { extractParties, type EmailParts, type Parties } from '../src/core/classify/extract.js';
import { htmlToText } from '../src/mail/html-text.js';

type Expected = Parties & { id: string };
type Case = { email: EmailParts; expected: Expected };

const fields = ['company', 'role', 'contactName'] as const satisfies readonly (keyof Parties)[];

const { values, positionals } = parseArgs({
  options: { verbose: { type: 'boolean' } },
  allowPositionals: true,
});
const inputs = positionals.length
  ? positionals
  : ['fixtures/emails/dev.jsonl', 'fixtures/emails/dev2.jsonl', 'fixtures/emails/holdout.jsonl'];

const norm = (v: string | null | undefined): string | null => {
  const t = (v ?? '').trim().toLowerCase();
  return t ? t : null;
};
const pct = (n: number, d: number) =>
  d === 0 ? '    —' : `${((100 * n) / d).toFixed(1).padStart(5)}%`;

// ---- JSON Lines corpora

type Line = {
  id: string;
  subject?: string;
  from?: string;
  text: string;
  html?: string;
  company: string | null;
  role: string | null;
  contactName: string | null;
};

function readJsonl(file: string): Case[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => {
      const item = JSON.parse(l) as Line;
      const body = item.text || (item.html ? htmlToText(item.html) : '');
      return {
        email: { subject: item.subject ?? '', from: item.from ?? '', body },
        expected: {
          id: item.id,
          company: item.company,
          role: item.role,
          contactName: item.contactName,
        },
      };
    });
}

// ---- A small RFC 822 / MIME reader, enough for the raw fixtures (not a general parser)

type Part = { headers: Map<string, string>; body: string };

function splitMessage(raw: string): Part {
  const text = raw.replace(/\r\n/g, '\n');
  const cut = text.indexOf('\n\n');
  const head = cut >= 0 ? text.slice(0, cut) : text;
  const body = cut >= 0 ? text.slice(cut + 2) : '';
  const headers = new Map<string, string>();
  for (const line of head.replace(/\n[ \t]+/g, ' ').split('\n')) {
    const colon = line.indexOf(':');
    if (colon > 0)
      headers.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
  }
  return { headers, body };
}

function param(value: string, name: string): string | null {
  const m = new RegExp(`${name}\\s*=\\s*(?:"([^"]*)"|([^;\\s]+))`, 'i').exec(value);
  return m ? (m[1] ?? m[2] ?? null) : null;
}

/** Bytes (held in a latin1 string, one char per byte) decoded with the part's charset. */
function decodeBytes(bytes: Buffer, charset: string | null): string {
  try {
    return new TextDecoder(charset ?? 'utf-8').decode(bytes);
  } catch {
    return bytes.toString('utf8');
  }
}

function quotedPrintable(s: string): Buffer {
  const soft = s.replace(/=\n/g, '');
  const bytes: number[] = [];
  for (let i = 0; i < soft.length; i++) {
    const c = soft.charAt(i);
    if (c === '=' && /^[0-9A-F]{2}$/i.test(soft.slice(i + 1, i + 3))) {
      bytes.push(parseInt(soft.slice(i + 1, i + 3), 16));
      i += 2;
    } else bytes.push(soft.charCodeAt(i) & 0xff);
  }
  return Buffer.from(bytes);
}

/** RFC 2047 encoded words in a header; raw 8-bit headers are read as UTF-8. */
function decodeHeader(value: string): string {
  const raw = Buffer.from(value, 'latin1').toString('utf8');
  return raw
    .replace(/\?=\s+=\?/g, '?==?')
    .replace(
      /=\?([^?]+)\?([BQ])\?([^?]*)\?=/gi,
      (_m, charset: string, enc: string, data: string) =>
        enc.toUpperCase() === 'B'
          ? decodeBytes(Buffer.from(data, 'base64'), charset)
          : decodeBytes(quotedPrintable(data.replace(/_/g, ' ')), charset),
    );
}

function partText(part: Part): { plain: string[]; html: string[] } {
  const type = part.headers.get('content-type') ?? 'text/plain';
  const out = { plain: [] as string[], html: [] as string[] };
  if (/attachment/i.test(part.headers.get('content-disposition') ?? '')) return out;
  if (/^multipart\//i.test(type)) {
    const boundary = param(type, 'boundary');
    if (!boundary) return out;
    const chunks = part.body.split(`--${boundary}`).slice(1);
    for (const chunk of chunks) {
      if (chunk.startsWith('--')) break;
      const inner = partText(splitMessage(chunk.replace(/^\n/, '')));
      out.plain.push(...inner.plain);
      out.html.push(...inner.html);
    }
    return out;
  }
  if (!/^text\/(plain|html)/i.test(type)) return out;
  const cte = (part.headers.get('content-transfer-encoding') ?? '').toLowerCase();
  const bytes =
    cte === 'base64'
      ? Buffer.from(part.body.replace(/\s+/g, ''), 'base64')
      : cte === 'quoted-printable'
        ? quotedPrintable(part.body)
        : Buffer.from(part.body, 'latin1');
  const text = decodeBytes(bytes, param(type, 'charset'));
  if (/^text\/html/i.test(type)) out.html.push(text);
  else out.plain.push(text);
  return out;
}

function readEmlDir(dir: string): Case[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.eml'))
    .sort()
    .map((f) => {
      const message = splitMessage(readFileSync(join(dir, f), 'latin1'));
      const { plain, html } = partText(message);
      const body = plain.length ? plain.join('\n') : html.map((h) => htmlToText(h)).join('\n');
      const expected = JSON.parse(
        readFileSync(join(dir, f.replace(/\.eml$/, '.expected.json')), 'utf8'),
      ) as Parties;
      return {
        email: {
          subject: decodeHeader(message.headers.get('subject') ?? ''),
          from: decodeHeader(message.headers.get('from') ?? ''),
          body,
        },
        expected: { ...expected, id: f.replace(/\.eml$/, '') },
      };
    });
}

// ---- Scoring

for (const input of inputs) {
  const cases = statSync(input).isDirectory() ? readEmlDir(input) : readJsonl(input);
  const right = { company: 0, role: 0, contactName: 0 };
  const misses: string[] = [];
  for (const { email, expected } of cases) {
    const got = extractParties(email);
    for (const field of fields) {
      if (norm(got[field]) === norm(expected[field])) right[field]++;
      else
        misses.push(
          `${expected.id} ${field.padEnd(11)} expected ${JSON.stringify(expected[field])}, got ${JSON.stringify(got[field])}`,
        );
    }
  }
  console.log(`\n${input}: ${cases.length} emails`);
  for (const field of fields) {
    console.log(
      `  ${field.padEnd(12)} ${pct(right[field], cases.length)}  (${right[field]}/${cases.length})`,
    );
  }
  if (values.verbose && misses.length) {
    console.log(`\n  misses:`);
    for (const m of misses.sort()) console.log(`  ${m}`);
  }
}
