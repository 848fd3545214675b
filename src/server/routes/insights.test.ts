import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeTestApp } from '../app.test-helpers.js';

let t: Awaited<ReturnType<typeof makeTestApp>>;
beforeEach(async () => {
  t = await makeTestApp();
});
afterEach(async () => {
  await t.close();
});

type Insights = {
  headline: string;
  diagnosis: { verdict: string; bottleneck: { from: string } | null; steps: { summary: string }[] };
  funnel: { stages: { stage: string; reached: number }[] };
  sankey: { nodes: { id: string }[]; links: unknown[] };
  themes: { feedbackCount: number; months: { month: string }[] };
  weekly: { target: number; count: number; message: string };
  goals: { text: string }[];
  charts: Record<string, { data: { values: unknown[] } }>;
};

async function add(fields: Record<string, unknown>) {
  const created = await t.call('POST', '/api/applications', {
    company: 'Acme',
    role: 'Dev',
    ...fields,
  });
  expect(created.status).toBe(201);
  return created.body.id as string;
}

/** Twelve applications sent in February: eight reached a screen, none a technical round. */
async function seasonWithStalledScreens() {
  const ids: string[] = [];
  for (let i = 0; i < 12; i++) {
    const id = await add({
      company: `Company ${i}`,
      appliedOn: '2026-02-02',
      stage: i < 8 ? 'screen' : 'applied',
    });
    await t.call('POST', `/api/applications/${id}/rejections`, {
      text: 'We decided to move forward with other candidates.',
      receivedAt: '2026-02-20T10:00:00Z',
    });
    ids.push(id);
  }
  return ids;
}

const now = '2026-03-04T10:00:00Z';

describe('insights API', () => {
  it('leads with one sentence on what to work on next, then the numbers and chart specs', async () => {
    const [first] = await seasonWithStalledScreens();
    await t.call('POST', `/api/applications/${first ?? ''}/feedback`, {
      text: 'You seemed nervous and your answers were hard to follow.',
    });
    const response = await t.call('GET', `/api/insights?now=${now}`);
    expect(response.status).toBe(200);
    const insights = response.body as unknown as Insights;
    expect(insights.headline).toBe(
      'Your applications get replies but screens stall, so practise phone-screen answers this week.',
    );
    expect(insights.diagnosis.bottleneck?.from).toBe('screen');
    expect(insights.funnel.stages.map((s) => s.reached)).toEqual([12, 8, 0, 0, 0]);
    expect(insights.sankey.nodes.map((n) => n.id)).toEqual(['applied', 'screen', 'end:rejected']);
    expect(insights.themes.feedbackCount).toBe(1);
    expect(insights.weekly).toMatchObject({ target: 3, count: 0 });
    expect(insights.charts.funnel?.data.values).toHaveLength(5);
  });

  it('gives no verdict from a handful of applications', async () => {
    await add({});
    await add({ stage: 'screen' });
    const insights = (await t.call('GET', `/api/insights?now=${now}`)).body as unknown as Insights;
    expect(insights.diagnosis.verdict).toBe('too-early');
    expect(insights.headline).toMatch(/^Too early to tell: 2 applications so far/);
  });

  it('counts this week toward the weekly target from the settings', async () => {
    expect((await t.call('PATCH', '/api/settings', { weeklyTarget: 2 })).status).toBe(200);
    await add({ appliedOn: '2026-03-03' });
    const insights = (await t.call('GET', `/api/insights?now=${now}`)).body as unknown as Insights;
    expect(insights.weekly).toMatchObject({ target: 2, count: 1 });
    expect(insights.weekly.message).toMatch(/^1 of 2 this week/);
    const tooMany = await t.call('PATCH', '/api/settings', { weeklyTarget: 50 });
    expect(tooMany.status).toBe(400);
    expect(tooMany.body.error?.message).toMatch(/at most 15/);
  });

  it("lists this week's check-ins from the playbook, with the contact's name", async () => {
    const id = await add({ company: 'Lumen', stage: 'final' });
    await t.call('POST', `/api/applications/${id}/contacts`, { name: 'Ana Silva' });
    await t.call('POST', `/api/applications/${id}/rejections`, {
      text: 'We chose another candidate.',
      receivedAt: '2025-12-03T10:00:00Z',
    });
    const old = await add({ company: 'Old Co', stage: 'screen' });
    await t.call('POST', `/api/applications/${old}/rejections`, {
      text: 'No.',
      receivedAt: '2025-06-01T10:00:00Z',
    });
    const insights = (await t.call('GET', `/api/insights?now=${now}`)).body as unknown as {
      checkins: { company: string; contacts: string[]; status: string }[];
    };
    expect(insights.checkins).toEqual([
      expect.objectContaining({ company: 'Lumen', contacts: ['Ana Silva'], status: 'due' }),
    ]);
  });

  it('draws the Sankey diagram as SVG', async () => {
    await seasonWithStalledScreens();
    const response = await t.app.request(`/api/insights/sankey.svg?now=${now}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^image\/svg\+xml/);
    const svg = await response.text();
    expect(svg).toMatch(/^<svg /);
    expect(svg).toContain('Screen (8)');
  });

  it('refuses a bad time with a clear message', async () => {
    const response = await t.call('GET', '/api/insights?now=yesterday');
    expect(response.status).toBe(400);
    expect(response.body.error?.message).toMatch(/ISO 8601/);
  });

  it('documents its routes in the OpenAPI document', async () => {
    const doc = (await t.call('GET', '/api/openapi.json')).body as {
      paths: Record<string, unknown>;
    };
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining([
        '/api/insights',
        '/api/insights/sankey.svg',
        '/api/goals',
        '/api/goals/check',
        '/api/goals/suggestions',
        '/api/goals/{id}',
        '/api/goals/{id}/entries',
        '/api/goals/{id}/complete',
        '/api/rejections/{id}/self-assessment',
        '/api/applications/{id}/file',
        '/api/applications/{id}/unfile',
      ]),
    );
  });
});

describe('filing away API', () => {
  it('files an ended application away from the list, shows it on request and brings it back', async () => {
    const [id] = await seasonWithStalledScreens();
    const open = await add({ company: 'Still Open' });
    const refused = await t.call('POST', `/api/applications/${open}/file`);
    expect(refused.status).toBe(400);
    expect(refused.body.error?.message).toMatch(/still open/);
    const filed = await t.call('POST', `/api/applications/${id ?? ''}/file`);
    expect(filed.status).toBe(200);
    expect(filed.body.filedAt).toEqual(expect.any(String));
    const listed = async (query = '') =>
      ((await t.call('GET', `/api/applications${query}`)).body as unknown as { id: string }[]).map(
        (a) => a.id,
      );
    expect(await listed()).not.toContain(id);
    expect(await listed('?filed=true')).toContain(id);
    expect((await t.call('GET', '/api/applications?filed=maybe')).status).toBe(400);
    await t.call('POST', `/api/applications/${id ?? ''}/unfile`);
    expect(await listed()).toContain(id);
  });
});
