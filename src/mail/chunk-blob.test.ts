import PostalMime from 'postal-mime';
import { afterEach, describe, expect, it } from 'vitest';
import { installChunkBlob } from './chunk-blob.js';

const NativeBlob = globalThis.Blob;

afterEach(() => {
  globalThis.Blob = NativeBlob;
});

const message = [
  'From: Jordan Lee <jordan@northwind.example>',
  'To: sam@home.example',
  'Subject: =?utf-8?q?Your_application_=E2=80=94_update?=',
  'Message-ID: <update-1@northwind.example>',
  'MIME-Version: 1.0',
  'Content-Type: multipart/mixed; boundary="b1"',
  '',
  '--b1',
  'Content-Type: text/plain; charset=utf-8',
  'Content-Transfer-Encoding: quoted-printable',
  '',
  'Thank you for your time, we will not be moving forward =E2=80=94 good luck.=',
  '',
  '--b1',
  'Content-Type: text/html; charset=utf-8',
  'Content-Transfer-Encoding: base64',
  '',
  Buffer.from('<p>Thank you for your time — good luck.</p>').toString('base64'),
  '--b1',
  'Content-Type: application/pdf; name="letter.pdf"',
  'Content-Transfer-Encoding: base64',
  '',
  Buffer.from('%PDF-1.4 not really a pdf '.repeat(200)).toString('base64'),
  '--b1--',
  '',
].join('\r\n');

describe('installChunkBlob', () => {
  it('gives the same bytes, size, text, slices and stream as a native Blob', async () => {
    const backing = new TextEncoder().encode('xxhello, wörldyy');
    const parts = ['héllo ', backing.subarray(2, 14), new Uint8Array([33]).buffer];
    installChunkBlob();
    const chunked = new Blob(parts, { type: 'text/plain' });
    const native = new NativeBlob(parts, { type: 'text/plain' });
    expect(chunked).toBeInstanceOf(NativeBlob);
    expect(chunked.size).toBe(native.size);
    expect(chunked.type).toBe('text/plain');
    expect(new Uint8Array(await chunked.arrayBuffer())).toEqual(
      new Uint8Array(await native.arrayBuffer()),
    );
    expect(await chunked.text()).toBe(await native.text());
    expect(await chunked.slice(3, 9).text()).toBe(await native.slice(3, 9).text());
    expect(await new Response(chunked.stream()).text()).toBe(await native.text());
    // A Blob among the parts is read the native way.
    expect(await new Blob([chunked, 'end']).text()).toBe(`${await native.text()}end`);
  });

  it('parses mail exactly as before', async () => {
    const before = await PostalMime.parse(message, { attachmentEncoding: 'arraybuffer' });
    installChunkBlob();
    const after = await PostalMime.parse(message, { attachmentEncoding: 'arraybuffer' });
    expect(after).toEqual(before);
    expect(after.text).toContain('not be moving forward — good luck.');
    expect((after.attachments[0]?.content as ArrayBuffer | undefined)?.byteLength).toBe(5200);
  });
});
