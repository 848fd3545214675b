import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createCredentials } from '../../mail/credentials.js';
import { fixtureEmail, useDovecot } from '../../mail/imap/dovecot.test-helpers.js';
import type { DovecotServer } from '../../mail/test-dovecot.js';
import { openMemoryTracker } from '../../store/memory-tracker.test-helpers.js';
import { createApp } from '../app.js';

type Body = Record<string, unknown> & { error?: { code: string; message: string } };

async function makeApp() {
  const tracker = await openMemoryTracker();
  const dataDir = mkdtempSync(join(tmpdir(), 'rebound-api-imap-'));
  const app = createApp(tracker.ctx, {
    mailAccounts: { credentials: createCredentials({ dataDir }) },
  });
  const bodies: string[] = [];
  const call = async (method: string, path: string, body?: unknown) => {
    const init: RequestInit = { method };
    if (body !== undefined) {
      init.body = JSON.stringify(body);
      init.headers = { 'content-type': 'application/json' };
    }
    const response = await app.request(path, init);
    const text = await response.text();
    bodies.push(text);
    return { status: response.status, body: JSON.parse(text) as Body };
  };
  return { call, bodies, close: () => tracker.opened.close() };
}

describe('mail account routes against a real dovecot', { timeout: 60_000 }, () => {
  const dovecot = useDovecot();
  let call: Awaited<ReturnType<typeof makeApp>>['call'];
  // Every response body of the test, to check none of them carries the password.
  let bodies: string[];
  let close: () => Promise<void>;

  beforeEach(async () => {
    ({ call, bodies, close } = await makeApp());
  });
  afterEach(() => close());

  const login = (server: DovecotServer) => ({
    ...{ host: server.host, port: server.port, tls: false },
    ...{ username: server.user, password: server.password },
  });

  it('connects, lists, syncs incrementally and forgets a mailbox, never echoing the password', async () => {
    const server = dovecot();
    server.deliver(fixtureEmail('11-multipart-mixed-offer-attachment.eml'));
    const connected = await call('POST', '/api/mail/accounts', login(server));
    expect(connected.status).toBe(201);
    expect(connected.body).toMatchObject({ host: '127.0.0.1', folder: 'INBOX', lastUid: null });
    const id = String(connected.body.id);

    const listed = await call('GET', '/api/mail/accounts');
    expect(listed.body).toEqual([connected.body]);
    expect(Object.keys(connected.body)).not.toContain('passwordCipher');

    const folders = await call('GET', `/api/mail/accounts/${id}/folders`);
    expect(folders.body).toEqual([{ path: 'INBOX', name: 'INBOX', specialUse: '\\Inbox' }]);

    const first = await call('POST', `/api/mail/accounts/${id}/sync`);
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({
      isResynced: false,
      account: { lastUid: 1 },
      report: { read: 1, employerByLabel: { offer: 1 } },
    });
    server.deliver(fixtureEmail('07-base64-assessment.eml'));
    const second = await call('POST', `/api/mail/accounts/${id}/sync`, {});
    expect(second.body).toMatchObject({ account: { lastUid: 2 }, report: { read: 1 } });

    const unconfirmed = await call('DELETE', `/api/mail/accounts/${id}`);
    expect(unconfirmed.status).toBe(409);
    expect(unconfirmed.body.error?.message).toMatch(/forgets its saved password/);
    const removed = await call('DELETE', `/api/mail/accounts/${id}?confirm=true`);
    expect(removed.status).toBe(200);
    expect((await call('GET', '/api/mail/accounts')).body).toEqual([]);

    expect(bodies.filter((text) => text.includes(server.password))).toEqual([]);
  });

  it('answers a wrong password with a plain 400 naming the field, and stores nothing', async () => {
    const server = dovecot();
    const refused = await call('POST', '/api/mail/accounts', {
      ...login(server),
      password: 'sesame-wrong',
    });
    expect(refused.status).toBe(400);
    expect(refused.body.error).toMatchObject({
      code: 'invalid_input',
      message: expect.stringMatching(/refused the user name or password/) as unknown,
      fields: [{ field: 'password' }],
    });
    expect((await call('GET', '/api/mail/accounts')).body).toEqual([]);
    expect(bodies.filter((text) => text.includes('sesame-wrong'))).toEqual([]);
  });
});

describe('mail account routes, input checks', () => {
  it('names each missing field without a server, and 404s an unknown account', async () => {
    const { call, close } = await makeApp();
    const missing = await call('POST', '/api/mail/accounts', { host: '', password: '' });
    expect(missing.status).toBe(400);
    const fields = (missing.body.error as unknown as { fields: { field: string }[] }).fields;
    expect(fields.map((f) => f.field).sort()).toEqual(['host', 'password', 'username']);
    expect((await call('POST', '/api/mail/accounts/nope/sync')).status).toBe(404);
    await close();
  });
});
