import { TZDate } from '@date-fns/tz';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ApplicationEvent } from '../records.js';
import { stages, type Stage } from '../stages.js';
import { computePlan, coolOffEndsAt, type PlanInput } from './plan.js';
import { defaultPlaybookSettings, type PlaybookSettings } from './settings.js';
import { messageStepKinds, type PlanStep, type StepKind } from './steps.js';

const berlin = { ...defaultPlaybookSettings('Europe/Berlin') };
// Tuesday 3 March 2026, 10:00 in Berlin (09:00 UTC).
const received = '2026-03-03T09:00:00.000Z';

let n = 0;
function done(step: StepKind, at: string, detail: string | null = null): ApplicationEvent {
  return {
    id: `e${++n}`,
    userId: 'local',
    applicationId: 'a',
    type: 'step_done',
    stage: null,
    outcome: null,
    at,
    detail,
    step,
  };
}
function feedback(at: string): ApplicationEvent {
  return {
    id: `e${++n}`,
    userId: 'local',
    applicationId: 'a',
    type: 'feedback_received',
    stage: null,
    outcome: null,
    at,
    detail: 'Work on system design.',
    step: null,
  };
}

function plan(overrides: Partial<Omit<PlanInput, 'now'>> & { now: string }): PlanStep[] {
  return computePlan({
    rejection: { receivedAt: received, stageAtRejection: 'technical' },
    furthestStage: 'technical',
    events: [],
    settings: berlin,
    ...overrides,
    now: new Date(overrides.now),
  });
}
const find = (steps: PlanStep[], kind: StepKind) => steps.filter((s) => s.kind === kind);
const one = (steps: PlanStep[], kind: StepKind) => {
  const found = find(steps, kind);
  expect(found).toHaveLength(1);
  return found[0] as PlanStep;
};

describe('computePlan after a technical interview', () => {
  it('starts with the pause and opens the reply when it ends, due within 48 hours', () => {
    const steps = plan({ now: '2026-03-03T10:00:00Z' });
    expect(steps.map((s) => `${s.kind}:${s.status}`)).toEqual([
      'cool-off:due',
      'reply:upcoming',
      'feedback-request:upcoming',
      'reaffirm:upcoming',
      'self-assessment:upcoming',
      'checkin:upcoming',
    ]);
    expect(one(steps, 'cool-off').dueBy).toBe('2026-03-03T13:00:00.000Z');
    expect(one(steps, 'reply')).toMatchObject({
      notBefore: '2026-03-03T13:00:00.000Z',
      dueBy: '2026-03-05T09:00:00.000Z',
    });
    // 90 days later is Monday 1 June, 11:00 in Berlin (summer time).
    expect(one(steps, 'checkin').notBefore).toBe('2026-06-01T09:00:00.000Z');
  });

  it('makes the reply due after the pause, then overdue after its window', () => {
    expect(one(plan({ now: '2026-03-03T14:00:00Z' }), 'reply').status).toBe('due');
    expect(one(plan({ now: '2026-03-05T10:00:00Z' }), 'reply').status).toBe('overdue');
  });

  it('adds the LinkedIn step only once the reply is sent, and counts what the reply covered', () => {
    const events = [done('reply', '2026-03-04T08:00:00.000Z', 'feedback_ask,future_interest')];
    const steps = plan({ now: '2026-03-04T09:00:00Z', events });
    expect(one(steps, 'reply').status).toBe('done');
    expect(one(steps, 'linkedin').status).toBe('due');
    expect(one(steps, 'feedback-request')).toMatchObject({ status: 'done' });
    expect(one(steps, 'reaffirm')).toMatchObject({
      status: 'done',
      rationale: expect.stringContaining('already') as unknown,
    });
    expect(one(steps, 'feedback-followup')).toMatchObject({
      status: 'upcoming',
      notBefore: '2026-03-11T08:00:00.000Z',
      dueBy: '2026-03-18T08:00:00.000Z',
    });
  });

  it('allows one follow-up and blocks any further one, with the reason', () => {
    const events = [
      done('reply', '2026-03-04T08:00:00.000Z', 'feedback_ask'),
      done('feedback-followup', '2026-03-12T08:00:00.000Z'),
    ];
    const followups = find(plan({ now: '2026-03-30T09:00:00Z', events }), 'feedback-followup');
    expect(followups.map((s) => s.status)).toEqual(['done', 'blocked']);
    expect(followups[1]?.blockedReason).toMatch(/already followed up once/);
  });

  it('drops the follow-up and asks for a thank-you once feedback arrives', () => {
    const events = [
      done('feedback-request', '2026-03-05T08:00:00.000Z'),
      feedback('2026-03-09T15:00:00.000Z'),
    ];
    const steps = plan({ now: '2026-03-09T16:00:00Z', events });
    expect(one(steps, 'feedback-followup').status).toBe('skipped');
    expect(one(steps, 'feedback-thanks')).toMatchObject({
      status: 'due',
      dueBy: '2026-03-11T15:00:00.000Z',
    });
  });

  it('resets the check-in from the last contact', () => {
    const events = [done('linkedin', '2026-04-01T08:00:00.000Z')];
    expect(one(plan({ now: '2026-04-02T09:00:00Z', events }), 'checkin').notBefore).toBe(
      '2026-06-30T08:00:00.000Z',
    );
  });
});

describe('computePlan after an application-only rejection', () => {
  it('does not advise a feedback request, says why, and still lets the user send one', () => {
    const base = {
      rejection: { receivedAt: received, stageAtRejection: 'applied' as Stage },
      furthestStage: 'applied' as Stage,
    };
    const request = one(plan({ ...base, now: '2026-03-04T09:00:00Z' }), 'feedback-request');
    expect(request.status).toBe('not-advised');
    expect(request.blockedReason).toMatch(/rarely/);
    const sent = plan({
      ...base,
      now: '2026-03-05T09:00:00Z',
      events: [done('feedback-request', '2026-03-04T09:00:00.000Z')],
    });
    expect(one(sent, 'feedback-request').status).toBe('done');
    expect(one(sent, 'feedback-followup').status).toBe('upcoming');
  });
});

describe('waking hours', () => {
  it('moves a pause ending late on Friday to Monday morning in the user’s time zone', () => {
    // Friday 6 March 2026, 19:30 in Berlin + 4 hours = 23:30 → Monday 09:00 Berlin (08:00 UTC).
    expect(coolOffEndsAt('2026-03-06T18:30:00.000Z', berlin).toISOString()).toBe(
      '2026-03-09T08:00:00.000Z',
    );
  });

  it('follows the time zone, not the server’s clock', () => {
    const tokyo: PlaybookSettings = { ...berlin, timeZone: 'Asia/Tokyo' };
    // 14:00 UTC is 23:00 in Tokyo on a Tuesday: the pause ends Wednesday 09:00 Tokyo.
    expect(coolOffEndsAt('2026-03-03T14:00:00.000Z', tokyo).toISOString()).toBe(
      '2026-03-04T00:00:00.000Z',
    );
  });
});

const eventArb = fc.record({
  step: fc.constantFrom(...messageStepKinds),
  offsetHours: fc.integer({ min: 0, max: 24 * 120 }),
  includes: fc.subarray(['feedback_ask', 'future_interest']),
});

describe('computePlan over random histories', () => {
  const zones = ['Europe/Berlin', 'America/Los_Angeles', 'Asia/Kolkata', 'Pacific/Auckland', 'UTC'];
  const inputArb = fc.record({
    receivedMs: fc.integer({ min: Date.UTC(2025, 0, 1), max: Date.UTC(2027, 0, 1) }),
    stage: fc.constantFrom(...stages),
    zone: fc.constantFrom(...zones),
    coolOffHours: fc.integer({ min: 1, max: 48 }),
    isWeekendQuiet: fc.boolean(),
    history: fc.array(eventArb, { maxLength: 8 }),
    feedbackAfterHours: fc.option(fc.integer({ min: 1, max: 24 * 30 })),
    nowAfterHours: fc.integer({ min: 0, max: 24 * 200 }),
  });

  it('never offers a second follow-up, never opens a message before the pause ends, never at night', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const settings: PlaybookSettings = {
          ...berlin,
          timeZone: input.zone,
          coolOffHours: input.coolOffHours,
          isWeekendQuiet: input.isWeekendQuiet,
        };
        const receivedAt = new Date(input.receivedMs).toISOString();
        const at = (hours: number) => new Date(input.receivedMs + hours * 3_600_000).toISOString();
        const events = input.history.map((h) =>
          done(h.step, at(h.offsetHours), h.includes.join(',') || null),
        );
        if (input.feedbackAfterHours !== null) events.push(feedback(at(input.feedbackAfterHours)));
        events.sort((a, b) => a.at.localeCompare(b.at));
        const steps = computePlan({
          rejection: { receivedAt, stageAtRejection: input.stage },
          furthestStage: input.stage,
          events,
          settings,
          now: new Date(at(input.nowAfterHours)),
        });
        const offered = find(steps, 'feedback-followup').filter((s) =>
          ['upcoming', 'due', 'overdue'].includes(s.status),
        );
        const sentFollowups = events.filter((e) => e.step === 'feedback-followup').length;
        expect(offered.length).toBeLessThanOrEqual(sentFollowups > 0 ? 0 : 1);

        const coolOffEnd = coolOffEndsAt(receivedAt, settings).getTime();
        for (const step of steps) {
          if (step.kind === 'cool-off' || step.notBefore === null) continue;
          if (step.kind !== 'self-assessment') {
            expect(new Date(step.notBefore).getTime()).toBeGreaterThanOrEqual(coolOffEnd);
          }
          for (const time of [step.notBefore, step.dueBy ?? step.notBefore]) {
            const local = new TZDate(new Date(time).getTime(), input.zone);
            expect(
              local.getHours() >= settings.quietUntilHour &&
                local.getHours() < settings.quietFromHour,
            ).toBe(true);
            if (input.isWeekendQuiet && step.kind !== 'self-assessment') {
              expect([0, 6]).not.toContain(local.getDay());
            }
          }
          expect(new Date(step.dueBy ?? step.notBefore).getTime()).toBeGreaterThan(
            new Date(step.notBefore).getTime(),
          );
        }
      }),
      { numRuns: 400 },
    );
  });
});
