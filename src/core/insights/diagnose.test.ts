import { describe, expect, it } from 'vitest';
import { diagnoseFunnel } from './diagnose.js';
import { many, type HistorySpec } from './histories.test-helpers.js';
import { readPaths, type ApplicationHistory } from './paths.js';

const now = new Date('2026-03-01T12:00:00Z');
const diagnose = (histories: ApplicationHistory[]) =>
  diagnoseFunnel(readPaths(histories, { now }), { now });
const season = (spec: Record<string, [number, HistorySpec]>) =>
  Object.values(spec).flatMap(([count, s]) => many(count, s));

describe('funnel diagnosis on fixed histories', () => {
  it('gives no verdict from a handful of applications, and says so kindly', () => {
    const tiny = diagnose(season({ a: [3, {}], b: [1, { reached: 'screen' }] }));
    expect(tiny.verdict).toBe('too-early');
    expect(tiny.bottleneck).toBeNull();
    expect(tiny.headline).toBe(
      'Too early to tell: 4 applications so far, and it takes about 10 to see where a search stalls, so keep each one tailored for now.',
    );
  });

  it('gives no verdict from nine rejections at the first step either', () => {
    const nine = diagnose(many(9));
    expect(nine.verdict).toBe('too-early');
    expect(nine.headline).toMatch(/^Too early to tell: 9 applications so far/);
  });

  it('has a gentle word when there is nothing yet', () => {
    const empty = diagnose([]);
    expect(empty.verdict).toBe('too-early');
    expect(empty.headline).toMatch(/^Nothing to read yet/);
    expect(empty.steps.every((s) => s.verdict === 'not-enough-data')).toBe(true);
  });

  it('finds stalled screens when replies come but screens lead nowhere', () => {
    const d = diagnose(
      season({
        noReply: [28, {}],
        screened: [11, { reached: 'screen' }],
        one: [1, { reached: 'technical' }],
      }),
    );
    expect(d.verdict).toBe('bottleneck');
    expect(d.bottleneck).toMatchObject({ from: 'screen', to: 'technical', certainty: 'clear' });
    expect(d.headline).toBe(
      'Your applications get replies but screens stall, so practise phone-screen answers this week.',
    );
    expect(d.steps[0]?.verdict).toBe('above');
    expect(d.steps[1]?.summary).toBe(
      'Of 12 screens, 1 led to a technical round (8%; with 90% certainty between 1% and 28%). That is almost certainly below the typical 45%.',
    );
  });

  it('points at the resume when almost no application gets a reply', () => {
    const d = diagnose(season({ noReply: [39, {}], screened: [1, { reached: 'screen' }] }));
    expect(d.bottleneck).toMatchObject({ from: 'applied', certainty: 'clear' });
    expect(d.bottleneck?.remedy.focus).toBe('resume');
    expect(d.headline).toMatch(/^Few of your applications get a reply yet, so tailor your resume/);
  });

  it('points at final-round preparation when finals do not become offers', () => {
    const d = diagnose(
      season({
        noReply: [10, {}],
        screen: [4, { reached: 'screen' }],
        tech: [4, { reached: 'technical' }],
        final: [8, { reached: 'final' }],
      }),
    );
    expect(d.bottleneck).toMatchObject({ from: 'final', to: 'offer', certainty: 'clear' });
    expect(d.bottleneck?.remedy.focus).toBe('final-round');
  });

  it('calls a step only "likely" the bottleneck when the evidence is thinner', () => {
    const d = diagnose(
      season({
        noReply: [20, {}],
        screen: [10, { reached: 'screen' }],
        tech: [7, { reached: 'technical' }],
        final: [3, { reached: 'final' }],
      }),
    );
    expect(d.bottleneck).toMatchObject({ from: 'technical', to: 'final', certainty: 'likely' });
    expect(d.bottleneck?.probabilityBelow).toBeGreaterThan(0.75);
    expect(d.bottleneck?.probabilityBelow).toBeLessThan(0.9);
    expect(d.steps[3]?.verdict).toBe('not-enough-data');
    expect(d.headline).toMatch(/^You reach technical rounds but few lead to a final/);
  });

  it('names no bottleneck when every step is in the usual range', () => {
    const d = diagnose(
      season({
        noReply: [34, {}],
        screen: [3, { reached: 'screen' }],
        tech: [1, { reached: 'technical' }],
        final: [1, { reached: 'final' }],
        offer: [1, { reached: 'offer', outcome: 'offer_accepted' }],
      }),
    );
    expect(d.verdict).toBe('no-bottleneck');
    expect(d.headline).toMatch(/^No stage stands out as a bottleneck so far/);
  });

  it('waits for open applications to settle before judging them', () => {
    const d = diagnose(many(14, { appliedOn: '2026-02-24', outcome: 'open' }));
    expect(d.verdict).toBe('no-bottleneck');
    expect(d.headline).toMatch(/^Most of your applications are still in progress/);
    expect(d.steps[0]?.summary).toBe(
      'No applications have settled yet (14 still in progress), so there is nothing to measure here.',
    );
  });

  it('suggests a coach or mentor, kindly, after several late rejections', () => {
    const d = diagnose(
      season({
        noReply: [6, {}],
        tech: [2, { reached: 'technical' }],
        final: [2, { reached: 'final' }],
      }),
    );
    expect(d.coach?.lateRejections).toBe(4);
    expect(d.coach?.message).toMatch(/career coach or mentor/);
    expect(diagnose(season({ a: [10, {}], b: [2, { reached: 'final' }] })).coach).toBeNull();
  });

  it('compares the last 90 days with the 90 before', () => {
    const d = diagnose(
      season({
        before: [20, { appliedOn: '2025-10-20' }],
        recentNo: [12, { appliedOn: '2026-01-20' }],
        recentYes: [8, { appliedOn: '2026-01-20', reached: 'screen' }],
      }),
    );
    expect(d.periods.recent).toEqual({ from: '2025-12-02', to: '2026-03-01', applications: 20 });
    expect(d.periods.previous).toMatchObject({ from: '2025-09-03', applications: 20 });
    expect(d.periods.steps[0]?.trend).toBe('better');
    expect(d.notes).toContain(
      'In the last 90 days, applications got a reply that led to a screen more often than in the 90 days before (40% against 0%).',
    );
  });
});
