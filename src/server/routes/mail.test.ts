import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { MailMessage } from '../../core/records.js';
import { makeTestApp } from '../app.test-helpers.js';
import { saveUpload, UploadTooLarge } from './mail-upload.js';

const raw = join(import.meta.dirname, '..', '..', '..', 'fixtures', 'emails', 'raw');
const htmlRejection = readFileSync(join(raw, '01-html-only-tracking-script.eml'));

let t: Awaited<ReturnType<typeof makeTestApp>>;
beforeEach(async () => {
  t = await makeTestApp();
});
afterEach(async () => {
  await t.close();
});

async function upload(body: Uint8Array | string, query = '', contentType?: string) {
  const response = await t.app.request(`/api/mail/import${query}`, {
    method: 'POST',
    body: body as BodyInit,
    ...(contentType ? { headers: { 'content-type': contentType } } : {}),
  });
  return {
    status: response.status,
    body: (await response.json()) as Record<string, unknown> & { error?: { message: string } },
  };
}

/** An mbox as mail programs write it, with Latin-1 bytes (not UTF-8) and a cut last message. */
function mbox(): Buffer {
  return Buffer.concat([
    Buffer.from('From x@y Mon Jan  5 10:00:00 2026\n'),
    htmlRejection,
    Buffer.from(
      '\nFrom x@y Mon Jan  5 10:00:00 2026\nFrom: Caf\xe9 Club <club@cafe.example>\nSubject: Caf\xe9 night\nDate: Mon, 5 Jan 2026 10:00:00 +0000\nMessage-ID: <club-1@cafe.example>\nContent-Type: text/plain; charset=iso-8859-1\n\nSee you at the caf\xe9!\n',
      'latin1',
    ),
    Buffer.from('From x@y Mon Jan  5 10:00:00 2026\nFrom: Cut <cut@exa'),
  ]);
}

async function waiting(overrides: Partial<MailMessage> = {}): Promise<MailMessage> {
  const message: MailMessage = {
    id: 'mail-1',
    userId: t.ctx.userId,
    messageId: 'wait-1@ironbark.example',
    applicationId: null,
    receivedAt: '2026-02-20T10:00:00.000Z',
    subject: 'Your application',
    sender: 'Tobias <tobias@ironbark.example>',
    label: 'rejection',
    confidence: 0.6,
    stage: 'after_screen',
    reapplyInvited: null,
    company: 'Ironbark Robotics',
    role: 'Controls Engineer',
    contactName: null,
    bodyText: 'We will not move forward.',
    bodyHtml: '<p>We will not move forward.</p>',
    status: 'needs_review',
    createdAt: '2026-02-20T10:00:00.000Z',
    ...overrides,
  };
  await t.ctx.store.mail.insertIfNew(message);
  return message;
}

describe('POST /api/mail/import', () => {
  it('imports one raw email and stores only its sanitized HTML', async () => {
    const imported = await upload(htmlRejection, '?name=sablewood.eml', 'message/rfc822');
    expect(imported.status).toBe(200);
    expect(imported.body).toMatchObject({ read: 1, applicationsCreated: 1, unparsable: [] });
    const applications = await t.call('GET', '/api/applications');
    const [application] = applications.body as unknown as { id: string }[];
    const linked = await t.call('GET', `/api/applications/${application?.id}/mail`);
    const [summary] = linked.body as unknown as { id: string; label: string }[];
    expect(summary?.label).toBe('rejection');
    const detail = await t.call('GET', `/api/mail/messages/${summary?.id}`);
    const html = String(detail.body.sanitizedHtml);
    expect(html).toContain('Marketing Data Analyst');
    expect(html).not.toMatch(/<script|<style|<img|onerror|applybridge|dataLayer/i);
    expect(html).toContain('rel="noopener noreferrer nofollow"');
    expect(detail.body.text).toMatch(/decided not to invite you/);
  });

  it('imports a mailbox body with non-UTF-8 bytes and a cut last message, once', async () => {
    const first = await upload(mbox(), '?name=inbox.mbox');
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ read: 3, skipped: 1, applicationsCreated: 1 });
    expect(first.body.unparsable).toEqual([
      { source: 'inbox.mbox#3', reason: expect.stringMatching(/.+/) as unknown },
    ]);
    const again = await upload(mbox(), '?kind=mbox&name=inbox.mbox');
    expect(again.body).toMatchObject({ read: 3, alreadyImported: 2, applicationsCreated: 0 });
    const runs = await t.call('GET', '/api/mail/imports');
    expect(runs.body).toHaveLength(2);
    expect((runs.body as unknown as { report: { read: number } }[])[0]?.report.read).toBe(3);
  });

  it('says what to send when the body is neither an email nor a mailbox', async () => {
    const response = await upload('just a note, no headers');
    expect(response.status).toBe(400);
    expect(response.body.error?.message).toMatch(/\?kind=eml or \?kind=mbox/);
    const badKind = await upload('x', '?kind=zip');
    expect(badKind.status).toBe(400);
    expect(badKind.body.error?.message).toMatch(/Kind must be "eml"/);
  });

  it('refuses a mailbox over 512 MB before reading it, with a way forward', async () => {
    const body = new Blob(['From x']).stream();
    await expect(saveUpload(body, 600 * 1024 * 1024)).rejects.toBeInstanceOf(UploadTooLarge);
    await expect(saveUpload(body, 600 * 1024 * 1024)).rejects.toThrow(/rebound import mbox/);
  });
});

describe('review queue API', () => {
  it('lists, decides, shows and undoes', async () => {
    const message = await waiting();
    const queue = await t.call('GET', '/api/mail/review');
    expect(queue.body).toMatchObject([
      { id: message.id, reason: expect.stringMatching(/not sure/) as unknown },
    ]);

    const accepted = await t.call('POST', `/api/mail/messages/${message.id}/decision`, {
      action: 'accept',
    });
    expect(accepted.status).toBe(200);
    expect(accepted.body).toMatchObject({ status: 'applied', canUndo: true });
    const applicationId = String(accepted.body.applicationId);
    const detail = await t.call('GET', `/api/applications/${applicationId}`);
    expect(detail.body).toMatchObject({ application: { stage: 'screen', outcome: 'rejected' } });
    expect((await t.call('GET', '/api/mail/review')).body).toEqual([]);

    const twice = await t.call('POST', `/api/mail/messages/${message.id}/decision`, {
      action: 'dismiss',
    });
    expect(twice.status).toBe(409);

    const undone = await t.call('POST', `/api/mail/messages/${message.id}/undo`);
    expect(undone.body).toMatchObject({ status: 'needs_review', canUndo: false });
    expect((await t.call('GET', `/api/applications/${applicationId}`)).status).toBe(404);
    expect((await t.call('GET', '/api/mail/review')).body).toHaveLength(1);
  });

  it('names what is wrong with a decision, and answers 404 for an unknown email', async () => {
    const message = await waiting();
    const bad = await t.call('POST', `/api/mail/messages/${message.id}/decision`, {
      action: 'relabel',
      label: 'spam',
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error?.fields.map((f) => f.field)).toContain('label');
    const missing = await t.call('POST', '/api/mail/messages/nope/decision', { action: 'dismiss' });
    expect(missing.status).toBe(404);
    expect((await t.call('GET', '/api/mail/messages/nope')).status).toBe(404);
    expect((await t.call('GET', '/api/applications/nope/mail')).status).toBe(404);
  });
});
