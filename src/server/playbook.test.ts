import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeTestApp } from './app.test-helpers.js';

type Step = {
  kind: string;
  status: string;
  notBefore: string | null;
  dueBy: string | null;
  blockedReason?: string;
};
type Plan = { isCoolingOff: boolean; coolOffEndsAt: string; steps: Step[] };

let t: Awaited<ReturnType<typeof makeTestApp>>;
beforeEach(async () => {
  t = await makeTestApp();
});
afterEach(async () => {
  await t.close();
});

/** An application rejected after a technical interview, received Monday 2 March 09:00 UTC. */
async function rejectedAfterTechnical() {
  const created = await t.call('POST', '/api/applications', {
    company: 'Lumen',
    role: 'Data Engineer',
    stage: 'technical',
  });
  const id = created.body.id as string;
  await t.call('POST', `/api/applications/${id}/rejections`, {
    text: 'We chose another candidate.',
    receivedAt: '2026-03-02T09:00:00Z',
  });
  return id;
}
const planAt = async (id: string, now: string) =>
  (await t.call('GET', `/api/applications/${id}/plan?now=${now}`)).body as unknown as Plan;
const kinds = (plan: Plan) => plan.steps.map((s) => `${s.kind}:${s.status}`);

describe('playbook API', () => {
  it('shows the plan with the pause first and the reply after it', async () => {
    const id = await rejectedAfterTechnical();
    const plan = await planAt(id, '2026-03-02T10:00:00Z');
    expect(plan.isCoolingOff).toBe(true);
    expect(plan.coolOffEndsAt).toBe('2026-03-02T13:00:00.000Z');
    expect(kinds(plan).slice(0, 3)).toEqual([
      'cool-off:due',
      'reply:upcoming',
      'feedback-request:upcoming',
    ]);
  });

  it('asks for a deliberate confirmation to send during the pause, then records it', async () => {
    const id = await rejectedAfterTechnical();
    // The test clock reads 2026-03-02 09:0x, inside the pause.
    const refused = await t.call('POST', `/api/applications/${id}/steps`, { kind: 'reply' });
    expect(refused.status).toBe(409);
    expect(refused.body.error?.code).toBe('confirmation_required');
    expect(refused.body.error?.message).toMatch(/pause/);
    const confirmed = await t.call('POST', `/api/applications/${id}/steps`, {
      kind: 'reply',
      includes: ['feedback_ask'],
      isCoolOffOverridden: true,
    });
    expect(confirmed.status).toBe(200);
    const steps = (confirmed.body as unknown as Plan).steps;
    expect(steps.find((s) => s.kind === 'reply')?.status).toBe('done');
    expect(steps.some((s) => s.kind === 'linkedin')).toBe(true);
  });

  it('records one feedback follow-up and refuses a second', async () => {
    const id = await rejectedAfterTechnical();
    const send = (kind: string, at: string) =>
      t.call('POST', `/api/applications/${id}/steps`, { kind, at, isCoolOffOverridden: true });
    expect((await send('feedback-request', '2026-03-04T10:00:00Z')).status).toBe(200);
    expect((await send('feedback-followup', '2026-03-12T10:00:00Z')).status).toBe(200);
    const second = await send('feedback-followup', '2026-03-20T10:00:00Z');
    expect(second.status).toBe(409);
    expect(second.body.error?.code).toBe('step_blocked');
    const plan = await planAt(id, '2026-03-25T10:00:00Z');
    expect(plan.steps.filter((s) => s.kind === 'feedback-followup').map((s) => s.status)).toEqual([
      'done',
      'blocked',
    ]);
  });

  it('lists what is due today across applications, overdue first', async () => {
    const late = await rejectedAfterTechnical();
    const fresh = await t.call('POST', '/api/applications', { company: 'Birch', role: 'Analyst' });
    await t.call('POST', `/api/applications/${fresh.body.id as string}/rejections`, {
      text: 'No.',
      receivedAt: '2026-03-05T09:00:00Z',
    });
    const today = (await t.call('GET', '/api/today?now=2026-03-05T15:00:00Z')).body as unknown as {
      application: { id: string };
      step: Step;
    }[];
    expect(today[0]).toMatchObject({
      application: { id: late },
      step: { kind: 'reply', status: 'overdue' },
    });
    expect(today.map((i) => i.step.kind)).toContain('reply');
    expect(today.every((i) => ['due', 'overdue'].includes(i.step.status))).toBe(true);
  });

  it('logs feedback: the follow-up is no longer needed and a thank-you appears', async () => {
    const id = await rejectedAfterTechnical();
    await t.call('POST', `/api/applications/${id}/steps`, {
      kind: 'feedback-request',
      at: '2026-03-04T10:00:00Z',
      isCoolOffOverridden: true,
    });
    const logged = await t.call('POST', `/api/applications/${id}/feedback`, {
      text: 'Your SQL was strong; system design less so.',
      receivedAt: '2026-03-06T10:00:00Z',
    });
    expect(logged.status).toBe(200);
    const plan = await planAt(id, '2026-03-06T11:00:00Z');
    expect(kinds(plan)).toEqual(
      expect.arrayContaining(['feedback-followup:skipped', 'feedback-thanks:due']),
    );
  });

  it('has no plan before a rejection, and says so kindly', async () => {
    const created = await t.call('POST', '/api/applications', { company: 'Acme', role: 'Dev' });
    const response = await t.call('GET', `/api/applications/${created.body.id as string}/plan`);
    expect(response.status).toBe(400);
    expect(response.body.error?.message).toMatch(/no rejection logged/);
  });
});

describe('settings API', () => {
  it('starts from defaults and validates changes field by field', async () => {
    expect((await t.call('GET', '/api/settings')).body).toMatchObject({
      coolOffHours: 4,
      checkInDays: 90,
      linkedinAccount: 'free',
    });
    const bad = await t.call('PATCH', '/api/settings', {
      timeZone: 'Mars/Olympus',
      coolOffHours: 0,
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error?.fields.map((f) => f.field).sort()).toEqual(['coolOffHours', 'timeZone']);
    const good = await t.call('PATCH', '/api/settings', {
      timeZone: 'Europe/Lisbon',
      linkedinAccount: 'premium',
    });
    expect(good.body).toMatchObject({
      timeZone: 'Europe/Lisbon',
      linkedinAccount: 'premium',
      coolOffHours: 4,
    });
    expect((await t.call('GET', '/api/settings')).body).toMatchObject({
      timeZone: 'Europe/Lisbon',
    });
  });
});
