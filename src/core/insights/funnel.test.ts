import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ApplicationEvent } from '../records.js';
import { outcomes, stageRank, stages, type Stage } from '../stages.js';
import { buildFunnel } from './funnel.js';
import { makeHistory, many } from './histories.test-helpers.js';
import { readPath, readPaths, type ApplicationHistory } from './paths.js';

const now = new Date('2026-03-01T12:00:00Z');
const stage = fc.constantFrom(...stages);

/** Any application: stage events in any order, any outcome. */
const history = fc
  .record({
    id: fc.uuid(),
    outcome: fc.constantFrom(...outcomes),
    stagesSeen: fc.array(stage, { maxLength: 6 }),
    dayOffsets: fc.array(fc.integer({ min: 0, max: 200 }), { minLength: 7, maxLength: 7 }),
  })
  .map(({ id, outcome, stagesSeen, dayOffsets }): ApplicationHistory => {
    const at = (i: number) =>
      new Date(Date.UTC(2025, 8, 1) + (dayOffsets[i] ?? 0) * 86_400_000).toISOString();
    const events: ApplicationEvent[] = [
      { type: 'created' as const, stage: 'applied' as Stage },
      ...stagesSeen.map((s) => ({ type: 'stage_changed' as const, stage: s })),
    ].map((e, i) => ({
      id: `${id}-${i}`,
      userId: 'local',
      applicationId: id,
      outcome: null,
      at: at(i),
      detail: null,
      step: null,
      ...e,
    }));
    return { application: { id, outcome, appliedOn: null, createdAt: at(0) }, events };
  });

describe('funnel', () => {
  it('never counts more applications at a later stage than at an earlier one', () => {
    fc.assert(
      fc.property(fc.array(history, { maxLength: 60 }), (histories) => {
        const funnel = buildFunnel(readPaths(histories, { now }));
        const counts = funnel.stages.map((s) => s.reached);
        expect(counts[0]).toBe(histories.length);
        counts.slice(1).forEach((n, i) => {
          expect(n).toBeLessThanOrEqual(counts[i] ?? 0);
        });
        for (const c of funnel.conversions) {
          expect(c.advanced).toBeLessThanOrEqual(c.estimate.trials);
          expect(c.estimate.trials + c.waiting).toBe(c.reached);
        }
      }),
    );
  });

  it('uses the furthest stage the events show, even when the stage now is lower', () => {
    fc.assert(
      fc.property(history, (h) => {
        const furthest = h.events.reduce<Stage>(
          (best, e) => (e.stage && stageRank(e.stage) > stageRank(best) ? e.stage : best),
          'applied',
        );
        expect(readPath(h, { now }).furthest).toBe(furthest);
      }),
    );
    const movedBack = makeHistory({ reached: 'final', current: 'screen' });
    const funnel = buildFunnel(readPaths([movedBack], { now }));
    expect(funnel.stages.map((s) => s.reached)).toEqual([1, 1, 1, 1, 0]);
  });

  it('counts each stage reached and the conversion between neighbours', () => {
    const funnel = buildFunnel(
      readPaths(
        [
          ...many(6, { reached: 'applied' }),
          ...many(2, { reached: 'screen' }),
          ...many(1, { reached: 'technical' }),
          ...many(1, { reached: 'offer', outcome: 'offer_accepted' }),
        ],
        { now },
      ),
    );
    expect(funnel.stages.map((s) => [s.stage, s.reached])).toEqual([
      ['applied', 10],
      ['screen', 4],
      ['technical', 2],
      ['final', 1],
      ['offer', 1],
    ]);
    expect(funnel.conversions.map((c) => [c.from, c.advanced, c.estimate.trials])).toEqual([
      ['applied', 4, 10],
      ['screen', 2, 4],
      ['technical', 1, 2],
      ['final', 1, 1],
    ]);
  });

  it('leaves recent open applications out of the rate and counts stale ones as ghosted', () => {
    const paths = readPaths(
      [
        ...many(3, { appliedOn: '2026-02-25', outcome: 'open' }),
        ...many(2, { appliedOn: '2025-12-01', outcome: 'open' }),
        ...many(1, { outcome: 'ghosted' }),
        ...many(2, { reached: 'screen', appliedOn: '2026-02-10' }),
      ],
      { now },
    );
    const funnel = buildFunnel(paths);
    const first = funnel.conversions[0];
    expect(first?.waiting).toBe(3);
    expect(first?.estimate.trials).toBe(5);
    expect(funnel.ghosting).toEqual({ count: 3, share: 3 / 8 });
  });

  it('times the first reply from the day the application was sent', () => {
    const paths = readPaths(
      [
        makeHistory({ reached: 'screen', stepDays: 4, outcome: 'open' }),
        makeHistory({ reached: 'screen', stepDays: 10, outcome: 'open' }),
        makeHistory({ reached: 'applied', stepDays: 2, outcome: 'rejected' }),
        makeHistory({ reached: 'applied', outcome: 'open' }),
      ],
      { now },
    );
    const { responseTime } = buildFunnel(paths);
    expect(responseTime.measured).toBe(3);
    // Events start at 10:00 on the applied day, so each reply is n days and 10 hours later.
    expect(responseTime.medianDays).toBeCloseTo(4.4, 1);
  });
});
