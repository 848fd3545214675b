import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeTestApp } from './app.test-helpers.js';

type Draft = {
  kind: string;
  subject: string | null;
  body: string;
  chars: number;
  limit: number | null;
  elements: string[];
};

let t: Awaited<ReturnType<typeof makeTestApp>>;
beforeEach(async () => {
  t = await makeTestApp();
});
afterEach(async () => {
  await t.close();
});

describe('drafts API', () => {
  it('writes a reply for this application’s contact, role, stage and the sign-off from settings', async () => {
    const created = await t.call('POST', '/api/applications', {
      company: 'Kestrel Labs',
      role: 'Platform Engineer',
      stage: 'final',
    });
    const id = created.body.id as string;
    await t.call('POST', `/api/applications/${id}/contacts`, {
      name: 'Zoë Brandt',
      title: 'Engineering Manager',
    });
    await t.call('PATCH', '/api/settings', {
      senderName: 'Alex Moreno',
      senderEmail: 'alex@example.com',
    });
    const response = await t.call('POST', `/api/applications/${id}/drafts`, {
      kind: 'reply',
      tone: 'warm',
    });
    expect(response.status).toBe(200);
    const draft = response.body as unknown as Draft;
    expect(draft.body).toMatch(/^(Hi|Hello|Dear) Zoë,/);
    expect(draft.body).toContain('Kestrel Labs');
    expect(draft.body).toContain('Alex Moreno');
    expect(draft.body).toMatch(/final/i);
    expect(draft.elements).toEqual(
      expect.arrayContaining(['greeting', 'thanks', 'feedback_ask', 'sign_off', 'contact']),
    );
  });

  it('keeps the LinkedIn note inside the account’s limit', async () => {
    const created = await t.call('POST', '/api/applications', {
      company: 'A'.repeat(190),
      role: 'B'.repeat(190),
      stage: 'technical',
    });
    await t.call('PATCH', '/api/settings', { linkedinAccount: 'free' });
    const draft = (
      await t.call('POST', `/api/applications/${created.body.id as string}/drafts`, {
        kind: 'linkedin',
      })
    ).body as unknown as Draft;
    expect(draft.limit).toBe(200);
    expect(draft.chars).toBeLessThanOrEqual(200);
    expect(draft.subject).toBeNull();
  });

  it('composes from a given context, and names a bad field', async () => {
    const ok = await t.call('POST', '/api/compose', {
      kind: 'feedback-request',
      context: { company: 'Blue Fjord', tone: 'formal' },
    });
    expect((ok.body as unknown as Draft).body).toContain('Blue Fjord');
    const bad = await t.call('POST', '/api/compose', { kind: 'poem', context: { tone: 'angry' } });
    expect(bad.status).toBe(400);
    expect(bad.body.error?.fields.map((f) => f.field).sort()).toEqual(['context.tone', 'kind']);
  });
});
