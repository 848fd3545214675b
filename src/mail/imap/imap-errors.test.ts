import { createServer, type Server, type Socket } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { ReboundError } from '../../core/errors.js';
import { withImap } from './imap-connection.js';
import { ImapError, toImapError } from './imap-errors.js';

const target = { host: 'imap.example.com', port: 993, tls: true };

describe('mail server problems in plain words', () => {
  let server: Server | null = null;
  const sockets: Socket[] = [];
  afterEach(async () => {
    for (const socket of sockets) socket.destroy();
    const closing = server;
    server = null;
    if (closing) await new Promise((resolve) => closing.close(resolve));
  });

  it('gives up on a server that accepts the connection but never says hello', async () => {
    server = createServer((socket) => sockets.push(socket));
    await new Promise<void>((resolve) => server?.listen(0, '127.0.0.1', resolve));
    const address = server.address();
    const port = typeof address === 'object' && address !== null ? address.port : 0;
    const started = Date.now();
    const error: unknown = await withImap(
      { host: '127.0.0.1', port, tls: false, user: 'jo', password: 'pw-never-shown' },
      () => Promise.resolve(),
      { connectionTimeout: 1_000, greetingTimeout: 1_000, socketTimeout: 5_000 },
    ).catch((caught: unknown) => caught);
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(error).toBeInstanceOf(ImapError);
    expect((error as ImapError).problem).toBe('timeout');
    expect((error as ImapError).message).toMatch(/did not answer in time.*turn TLS on/);
  });

  it('explains certificate failures and keeps the server text out', () => {
    const cert = toImapError(
      Object.assign(new Error('self-signed certificate'), { code: 'DEPTH_ZERO_SELF_SIGNED_CERT' }),
      target,
    );
    expect(cert).toMatchObject({ problem: 'certificate' });
    expect(cert.message).toMatch(/could not be verified, so Rebound did not send your password/);

    const odd = toImapError(
      Object.assign(new Error('A1 LOGIN jo secret-pass'), { code: 'InvalidResponse' }),
      target,
    );
    expect(odd).toMatchObject({ problem: 'server_error' });
    expect(odd.message).toContain('(InvalidResponse)');
    expect(odd.message).not.toContain('secret-pass');
  });

  it('passes our own errors through unchanged', () => {
    const own = new ReboundError('not_found', 'gone');
    expect(toImapError(own, target)).toBe(own);
  });
});
