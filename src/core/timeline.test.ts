import { describe, expect, it } from 'vitest';
import type { ApplicationEvent } from './records.js';
import { describeEvent, furthestStage, sortTimeline } from './timeline.js';

const event = (overrides: Partial<ApplicationEvent>): ApplicationEvent => ({
  id: 'e',
  userId: 'local',
  applicationId: 'a',
  type: 'stage_changed',
  stage: null,
  outcome: null,
  at: '2026-03-01T09:00:00.000Z',
  detail: null,
  step: null,
  ...overrides,
});

describe('furthestStage', () => {
  it('keeps the furthest stage after a rejection and after a correction backwards', () => {
    const events = [
      event({ type: 'created', stage: 'applied' }),
      event({ stage: 'final' }),
      event({ stage: 'screen' }),
      event({ type: 'rejection_logged', stage: 'screen', outcome: 'rejected' }),
    ];
    expect(furthestStage(events)).toBe('final');
  });

  it('is applied when nothing says otherwise', () => {
    expect(furthestStage([])).toBe('applied');
  });
});

describe('sortTimeline', () => {
  it('orders by time and keeps write order for equal times', () => {
    const sorted = sortTimeline([
      event({ id: 'late', at: '2026-03-05T00:00:00.000Z' }),
      event({ id: 'first' }),
      event({ id: 'second' }),
    ]);
    expect(sorted.map((e) => e.id)).toEqual(['first', 'second', 'late']);
  });
});

describe('describeEvent', () => {
  it('speaks plainly', () => {
    expect(describeEvent(event({ stage: 'technical' }))).toBe('Moved to technical');
    expect(describeEvent(event({ type: 'rejection_logged', stage: 'final' }))).toBe(
      'Rejection logged after the final round stage',
    );
    expect(describeEvent(event({ type: 'contact_linked', detail: 'Ana' }))).toBe(
      'Contact added: Ana',
    );
  });
});
