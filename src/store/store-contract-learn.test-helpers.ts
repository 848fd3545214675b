// Store contract for learning from rejections: filing away, self-assessments, goals and
// their journals, and their place in backups. Called from store-contract.test.ts, so it
// runs on PGlite and on a real PostgreSQL server.
import { describe, expect, it } from 'vitest';
import * as tracker from '../core/tracker/index.js';
import { expectReboundError, type StoreUnderTest } from './store-targets.test-helpers.js';

export function describeLearningContract(current: () => StoreUnderTest): void {
  describe('filing away', () => {
    it('hides filed applications from the list until asked, and brings them back', async () => {
      const { ctx, clock } = current();
      const open = await tracker.addApplication(ctx, { company: 'Acme', role: 'Dev' });
      const done = await tracker.addApplication(ctx, { company: 'Globex', role: 'Dev' });
      await tracker.logRejection(ctx, done.id, { text: 'We went with someone else.' });
      await expectReboundError(tracker.fileApplication(ctx, open.id), 'invalid_input');
      const filedAt = clock.advance(5);
      const filed = await tracker.fileApplication(ctx, done.id);
      expect(filed.filedAt).toBe(filedAt);
      expect(await ctx.store.applications.get('local', done.id)).toEqual(filed);
      const ids = async (filter: object) =>
        (await tracker.listApplications(ctx, filter)).map((a) => a.id);
      expect(await ids({})).toEqual([open.id]);
      expect((await ids({ filed: 'true' })).sort()).toEqual([open.id, done.id].sort());
      // Imports and mail linking read the store without the filter and still see it.
      expect(await ctx.store.applications.list('local', {})).toHaveLength(2);
      await tracker.unfileApplication(ctx, done.id);
      expect((await ids({})).sort()).toEqual([open.id, done.id].sort());
    });
  });

  describe('self-assessments', () => {
    it('keeps one per rejection: saving again replaces it, and marks the plan step done', async () => {
      const { ctx, clock } = current();
      const app = await tracker.addApplication(ctx, {
        company: 'Acme',
        role: 'Dev',
        stage: 'technical',
      });
      const { rejection } = await tracker.logRejection(ctx, app.id, { text: 'Not this time.' });
      await expectReboundError(
        tracker.saveSelfAssessment(ctx, rejection.id, { answers: {} }),
        'confirmation_required',
      );
      clock.advance(24 * 60);
      const first = await tracker.saveSelfAssessment(ctx, rejection.id, {
        answers: { materials: { isTailored: false }, interview: { nerves: 4 } },
      });
      expect(first.hints.map((h) => h.theme)).toEqual([
        'resume_presentation',
        'nervousness_confidence',
      ]);
      clock.advance();
      await tracker.saveSelfAssessment(ctx, rejection.id, { answers: { skillsMissing: ['Go'] } });
      const all = await ctx.store.selfAssessments.list('local');
      expect(all).toHaveLength(1);
      expect(all[0]?.answers.skillsMissing).toEqual(['Go']);
      expect(all[0]?.createdAt).not.toBe(all[0]?.updatedAt);
      const plan = await tracker.getPlan(ctx, app.id);
      expect(plan.steps.find((s) => s.kind === 'self-assessment')?.status).toBe('done');
      await expectReboundError(tracker.getSelfAssessment(ctx, 'nope'), 'not_found');
    });
  });

  describe('goals', () => {
    it('adds a goal with its SMART check, logs progress, completes and deletes with confirmation', async () => {
      const { ctx, clock } = current();
      const goal = await tracker.addGoal(ctx, {
        text: 'Send 3 tailored applications',
        deadline: 'next Friday',
      });
      expect(goal).toMatchObject({
        target: 3,
        deadline: '2026-03-13',
        origin: 'user',
        completedAt: null,
      });
      expect(goal.check.missing).toEqual([]);
      clock.advance();
      await tracker.logGoalProgress(ctx, goal.id, { note: 'Sent one to Acme', amount: 1 });
      await tracker.logGoalProgress(ctx, goal.id, { note: 'Researched Globex' });
      const progressed = await tracker.getGoal(ctx, goal.id);
      expect(progressed.entries.map((e) => [e.note, e.amount])).toEqual([
        ['Sent one to Acme', 1],
        ['Researched Globex', null],
      ]);
      expect(progressed.progress).toMatchObject({ done: 1, target: 3 });
      await expectReboundError(tracker.logGoalProgress(ctx, goal.id, {}), 'invalid_input');
      const completed = await tracker.completeGoal(ctx, goal.id);
      expect(completed.completedAt).not.toBeNull();
      await expectReboundError(
        tracker.deleteGoal(ctx, goal.id, { isConfirmed: false }),
        'confirmation_required',
      );
      await tracker.deleteGoal(ctx, goal.id, { isConfirmed: true });
      expect(await ctx.store.goals.list('local')).toEqual([]);
      expect(await ctx.store.goalEntries.list('local')).toEqual([]);
    });

    it('keeps goals and self-assessments of each user apart', async () => {
      const { ctx, as, addUser } = current();
      await addUser('other');
      await tracker.addGoal(ctx, { text: 'Do 2 mock interviews this week' });
      expect(await tracker.listGoals(as('other'))).toEqual([]);
      const mine = await tracker.listGoals(ctx);
      await expectReboundError(tracker.getGoal(as('other'), mine[0]?.id ?? ''), 'not_found');
    });

    it('round-trips goals, journals and self-assessments through a backup, once', async () => {
      const { ctx, clock } = current();
      const app = await tracker.addApplication(ctx, { company: 'Acme', role: 'Dev' });
      const { rejection } = await tracker.logRejection(ctx, app.id, { text: 'No.' });
      clock.advance(24 * 60);
      await tracker.saveSelfAssessment(ctx, rejection.id, {
        answers: { interview: { nerves: 5 } },
      });
      const goal = await tracker.addGoal(ctx, { text: 'Do 2 mock interviews by 2026-03-20' });
      await tracker.logGoalProgress(ctx, goal.id, { amount: 1 });
      const backup = JSON.parse(JSON.stringify(await tracker.exportBackup(ctx))) as Record<
        string,
        unknown[]
      >;
      expect(
        [backup.goals, backup.goalEntries, backup.selfAssessments].map((r) => r?.length),
      ).toEqual([1, 1, 1]);
      await tracker.deleteGoal(ctx, goal.id, { isConfirmed: true });
      await tracker.deleteApplication(ctx, app.id, { isConfirmed: true });
      const restored = await tracker.importBackup(ctx, backup);
      expect(restored.imported).toBe(restored.read);
      expect((await tracker.importBackup(ctx, backup)).imported).toBe(0);
      const goals = await tracker.listGoals(ctx);
      expect(goals.map((g) => [g.text, g.progress.done])).toEqual([
        ['Do 2 mock interviews by 2026-03-20', 1],
      ]);
      expect(
        (await tracker.getSelfAssessment(ctx, rejection.id)).assessment?.answers.interview.nerves,
      ).toBe(5);
      const orphan = { ...(backup.goalEntries?.[0] as object), id: 'entry-x', goalId: 'missing' };
      await expectReboundError(
        tracker.importBackup(ctx, { ...backup, goals: [], goalEntries: [orphan] }),
        'invalid_backup',
      );
    });
  });
}
