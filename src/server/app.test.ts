import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeTestApp } from './app.test-helpers.js';

let t: Awaited<ReturnType<typeof makeTestApp>>;
beforeEach(async () => {
  t = await makeTestApp();
});
afterEach(async () => {
  await t.close();
});

async function addApplication(fields: Record<string, unknown> = {}) {
  const created = await t.call('POST', '/api/applications', {
    company: 'Acme',
    role: 'Backend Developer',
    ...fields,
  });
  expect(created.status).toBe(201);
  return created.body as { id: string; stage: string; outcome: string };
}

describe('applications API', () => {
  it('creates, reads, updates and lists an application', async () => {
    const created = await addApplication({ appliedOn: '2026-02-20', location: 'Remote' });
    expect(created).toMatchObject({ id: 'id-1', stage: 'applied', outcome: 'open' });

    const patched = await t.call('PATCH', `/api/applications/${created.id}`, {
      notes: 'Referred by Ana',
    });
    expect(patched.body).toMatchObject({ notes: 'Referred by Ana', company: 'Acme' });

    const detail = await t.call('GET', `/api/applications/${created.id}`);
    expect(detail.body).toMatchObject({
      furthestStage: 'applied',
      application: { notes: 'Referred by Ana' },
    });

    const list = await t.call('GET', '/api/applications');
    expect(list.body).toHaveLength(1);
  });

  it('keeps the furthest stage through a rejection and shows it on the timeline', async () => {
    const { id } = await addApplication();
    expect(
      (await t.call('POST', `/api/applications/${id}/stage`, { stage: 'technical' })).status,
    ).toBe(200);
    const logged = await t.call('POST', `/api/applications/${id}/rejections`, {
      text: 'Thank you for your time. We have decided to move forward with other candidates.',
      receivedAt: '2026-03-10T16:00:00Z',
    });
    expect(logged.status).toBe(201);
    expect(logged.body).toMatchObject({
      application: { stage: 'technical', outcome: 'rejected' },
      rejection: { stageAtRejection: 'technical', receivedAt: '2026-03-10T16:00:00.000Z' },
    });
    const timeline = await t.call('GET', `/api/applications/${id}/timeline`);
    expect(
      (timeline.body as unknown as { description: string }[]).map((e) => e.description),
    ).toEqual([
      'Application added',
      'Moved to technical',
      'Rejection logged after the technical stage',
    ]);
  });

  it('filters by stage, outcome, company and free text', async () => {
    const a = await addApplication({ company: 'Acme', role: 'Data Analyst', notes: 'SQL heavy' });
    await addApplication({ company: 'Birch & Co', role: 'Frontend Engineer' });
    await t.call('POST', `/api/applications/${a.id}/stage`, { stage: 'screen' });
    const ids = async (query: string) =>
      (
        (await t.call('GET', `/api/applications?${query}`)).body as unknown as { company: string }[]
      ).map((x) => x.company);
    expect(await ids('stage=screen')).toEqual(['Acme']);
    expect(await ids('company=birch')).toEqual(['Birch & Co']);
    expect(await ids('q=sql')).toEqual(['Acme']);
    expect(await ids('outcome=rejected')).toEqual([]);
    expect((await t.call('GET', '/api/applications?stage=interview')).status).toBe(400);
  });

  it('answers bad input with 400 naming each bad field', async () => {
    const response = await t.call('POST', '/api/applications', {
      company: '',
      role: 'Dev',
      appliedOn: '2026-02-30',
      stage: 'interview',
    });
    expect(response.status).toBe(400);
    expect(response.body.error?.code).toBe('invalid_input');
    expect(response.body.error?.fields.map((f) => f.field).sort()).toEqual([
      'appliedOn',
      'company',
      'stage',
    ]);
  });

  it('answers malformed JSON, invalid UTF-8 and a 10 MB paste with a clear 4xx', async () => {
    const malformed = await t.call('POST', '/api/applications', '{"company": ');
    expect(malformed.status).toBe(400);
    expect(malformed.body.error?.message).toMatch(/not valid JSON/);

    const badBytes = new Uint8Array([
      0x7b, 0x22, 0x63, 0x6f, 0x6d, 0x70, 0x61, 0x6e, 0x79, 0x22, 0x3a, 0x22, 0xff, 0xfe, 0x22,
      0x7d,
    ]);
    const notUtf8 = await t.call('POST', '/api/applications', badBytes);
    expect(notUtf8.status).toBe(400);
    expect(notUtf8.body.error?.message).toMatch(/UTF-8/);

    const { id } = await addApplication();
    const huge = await t.call('POST', `/api/applications/${id}/rejections`, {
      text: 'a'.repeat(10 * 1024 * 1024),
    });
    expect(huge.status).toBe(400);
    expect(huge.body.error?.fields[0]?.field).toBe('text');
    const after = await t.call('GET', `/api/applications/${id}`);
    expect(after.body).toMatchObject({ application: { outcome: 'open' } });
  });

  it('answers an unknown id with 404 and an unknown route with 404', async () => {
    expect((await t.call('GET', '/api/applications/nope')).status).toBe(404);
    expect((await t.call('POST', '/api/applications/nope/stage', { stage: 'screen' })).status).toBe(
      404,
    );
    expect((await t.call('GET', '/api/nothing-here')).status).toBe(404);
  });

  it('deletes only with confirmation, and says what would be lost', async () => {
    const { id } = await addApplication();
    const unconfirmed = await t.call('DELETE', `/api/applications/${id}`);
    expect(unconfirmed.status).toBe(409);
    expect(unconfirmed.body.error?.message).toMatch(/1 timeline entries/);
    expect((await t.call('GET', `/api/applications/${id}`)).status).toBe(200);
    expect((await t.call('DELETE', `/api/applications/${id}?confirm=true`)).status).toBe(200);
    expect((await t.call('GET', `/api/applications/${id}`)).status).toBe(404);
  });
});

describe('contacts API', () => {
  it('adds a contact to an application, lists it, and unlinks it', async () => {
    const { id } = await addApplication();
    const contact = await t.call('POST', `/api/applications/${id}/contacts`, {
      name: 'Zoë Okafor',
      title: 'Recruiter',
      email: 'zoe@acme.example',
    });
    expect(contact.status).toBe(201);
    const contactId = contact.body.id as string;
    expect((await t.call('GET', '/api/contacts')).body).toHaveLength(1);
    expect((await t.call('GET', `/api/contacts/${contactId}`)).body).toMatchObject({
      title: 'Recruiter',
    });
    expect(
      (await t.call('PATCH', `/api/contacts/${contactId}`, { title: 'Talent Partner' })).body,
    ).toMatchObject({ title: 'Talent Partner' });
    expect((await t.call('DELETE', `/api/contacts/${contactId}`)).status).toBe(409);
    const detail = await t.call('GET', `/api/applications/${id}`);
    expect(detail.body).toMatchObject({ contacts: [{ name: 'Zoë Okafor' }] });
    expect((await t.call('DELETE', `/api/applications/${id}/contacts/${contactId}`)).status).toBe(
      200,
    );
    expect((await t.call('GET', `/api/applications/${id}`)).body).toMatchObject({ contacts: [] });
  });

  it('refuses a malformed email, naming the field', async () => {
    const response = await t.call('POST', '/api/contacts', { name: 'Sam', email: 'not-an-email' });
    expect(response.status).toBe(400);
    expect(response.body.error?.fields).toEqual([
      { field: 'email', message: 'Email must look like name@example.com.' },
    ]);
  });
});

describe('OpenAPI document', () => {
  it('describes the routes', async () => {
    const doc = await t.call('GET', '/api/openapi.json');
    expect(doc.status).toBe(200);
    const paths = Object.keys(doc.body.paths as object);
    expect(paths).toEqual(
      expect.arrayContaining([
        '/api/applications',
        '/api/applications/{id}',
        '/api/applications/{id}/rejections',
        '/api/contacts',
        '/api/export',
      ]),
    );
  });
});
