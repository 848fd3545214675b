import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeTestApp } from '../app.test-helpers.js';

let t: Awaited<ReturnType<typeof makeTestApp>>;
beforeEach(async () => {
  t = await makeTestApp();
});
afterEach(async () => {
  await t.close();
});

type Goal = {
  id: string;
  target: number | null;
  deadline: string | null;
  progress: { done: number; share: number | null };
  check: { missing: string[] };
  entries: { note: string | null; amount: number | null }[];
};

describe('goals API', () => {
  it('checks a goal and says which SMART letters are met and why', async () => {
    const response = await t.call('POST', '/api/goals/check', {
      text: 'Apply to 50 jobs this week',
    });
    expect(response.status).toBe(200);
    const check = response.body as {
      met: string[];
      missing: string[];
      letters: { letter: string; why: string }[];
    };
    expect(check.missing).toEqual(['A']);
    expect(check.letters.find((l) => l.letter === 'A')?.why).toMatch(/is a lot to do well/);
    const empty = await t.call('POST', '/api/goals/check', { text: '  ' });
    expect(empty.status).toBe(400);
    expect(empty.body.error?.fields[0]?.field).toBe('text');
  });

  it('adds a goal, logs progress in its journal, completes it and deletes it with confirmation', async () => {
    const created = await t.call('POST', '/api/goals', {
      text: 'Do 2 mock interviews',
      deadline: '2026-03-13',
    });
    expect(created.status).toBe(201);
    const goal = created.body as unknown as Goal;
    expect(goal).toMatchObject({ target: 2, deadline: '2026-03-13', check: { missing: [] } });
    const logged = await t.call('POST', `/api/goals/${goal.id}/entries`, {
      note: 'First one with Sam',
      amount: 1,
    });
    expect(logged.status).toBe(201);
    expect((logged.body as unknown as Goal).progress).toMatchObject({ done: 1, share: 0.5 });
    const empty = await t.call('POST', `/api/goals/${goal.id}/entries`, {});
    expect(empty.status).toBe(400);
    expect(empty.body.error?.message).toMatch(/Add a note, an amount, or both/);
    expect((await t.call('POST', `/api/goals/${goal.id}/complete`)).body.completedAt).toEqual(
      expect.any(String),
    );
    const unconfirmed = await t.call('DELETE', `/api/goals/${goal.id}`);
    expect(unconfirmed.status).toBe(409);
    expect(unconfirmed.body.error?.message).toMatch(/also removes its 1 journal entry/);
    expect((await t.call('DELETE', `/api/goals/${goal.id}?confirm=true`)).status).toBe(200);
    expect((await t.call('GET', `/api/goals/${goal.id}`)).status).toBe(404);
    expect((await t.call('GET', '/api/goals')).body).toEqual([]);
  });

  it('reads a deadline written in words and refuses one it cannot read', async () => {
    const created = await t.call('POST', '/api/goals', {
      text: 'Send 3 applications',
      deadline: 'in two weeks',
    });
    expect((created.body as unknown as Goal).deadline).toBe('2026-03-16');
    const bad = await t.call('POST', '/api/goals', {
      text: 'Send 3 applications',
      deadline: 'someday',
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error?.message).toMatch(/could not read "someday" as a date/);
  });

  it('suggests goals from the self-assessment of a rejection', async () => {
    const app = await t.call('POST', '/api/applications', {
      company: 'Acme',
      role: 'Dev',
      stage: 'technical',
    });
    const logged = await t.call('POST', `/api/applications/${app.body.id as string}/rejections`, {
      text: 'We went with another candidate.',
      receivedAt: '2026-03-01T09:00:00Z',
    });
    const rejectionId = (logged.body.rejection as { id: string }).id;
    const saved = await t.call('PUT', `/api/rejections/${rejectionId}/self-assessment`, {
      answers: { materials: { isTailored: false }, interview: { nerves: 5 } },
    });
    expect(saved.status).toBe(200);
    const suggestions = (await t.call('GET', '/api/goals/suggestions')).body as unknown as {
      text: string;
      source: string;
    }[];
    expect(suggestions.map((s) => s.text)).toEqual([
      'Tailor my resume to 3 postings by 16 March 2026',
      'Do 2 mock interviews by 16 March 2026',
    ]);
    expect(suggestions.every((s) => s.source === 'self-assessment')).toBe(true);
  });
});

describe('self-assessment API', () => {
  async function rejectedJustNow() {
    const app = await t.call('POST', '/api/applications', {
      company: 'Acme',
      role: 'Dev',
      stage: 'screen',
    });
    const logged = await t.call('POST', `/api/applications/${app.body.id as string}/rejections`, {
      text: 'Not this time.',
    });
    return (logged.body.rejection as { id: string }).id;
  }

  it('waits for the pause to end unless the user confirms', async () => {
    const id = await rejectedJustNow();
    const view = await t.call('GET', `/api/rejections/${id}/self-assessment`);
    expect(view.body).toMatchObject({ isOpen: false, assessment: null });
    const early = await t.call('PUT', `/api/rejections/${id}/self-assessment`, { answers: {} });
    expect(early.status).toBe(409);
    expect(early.body.error?.message).toMatch(/^Your pause after this rejection runs until /);
    const confirmed = await t.call('PUT', `/api/rejections/${id}/self-assessment`, {
      answers: {
        skillsMissing: ['SQL window functions'],
        roleFit: { fit: 'partly', note: 'More ops than I want' },
      },
      isConfirmed: true,
    });
    expect(confirmed.status).toBe(200);
    expect(confirmed.body.assessment).toMatchObject({
      answers: { skillsMissing: ['SQL window functions'], roleFit: { fit: 'partly' } },
    });
  });

  it('names each answer that needs a fix', async () => {
    const id = await rejectedJustNow();
    const bad = await t.call('PUT', `/api/rejections/${id}/self-assessment`, {
      answers: { interview: { nerves: 9 }, roleFit: { fit: 'maybe' } },
      isConfirmed: true,
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error?.fields.map((f) => f.field).sort()).toEqual([
      'answers.interview.nerves',
      'answers.roleFit.fit',
    ]);
    expect((await t.call('GET', '/api/rejections/nope/self-assessment')).status).toBe(404);
  });
});
