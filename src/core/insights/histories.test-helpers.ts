import type { ApplicationEvent } from '../records.js';
import { stages, type Outcome, type Stage } from '../stages.js';
import type { ApplicationHistory } from './paths.js';

export type HistorySpec = {
  /** The furthest stage the events show. */
  reached?: Stage;
  /** Where the application is now (may be lower than `reached`). */
  current?: Stage;
  outcome?: Outcome;
  appliedOn?: string;
  /** Days after applying that each later stage came (default 5 per step). */
  stepDays?: number;
};

let counter = 0;
const dayMs = 24 * 3600 * 1000;

/** One application with a created event and one stage_changed event per stage reached. */
export function makeHistory(spec: HistorySpec = {}): ApplicationHistory {
  const id = `app-${++counter}`;
  const appliedOn = spec.appliedOn ?? '2026-01-05';
  const start = Date.parse(`${appliedOn}T10:00:00Z`);
  const reached = spec.reached ?? 'applied';
  const step = (spec.stepDays ?? 5) * dayMs;
  const event = (n: number, fields: Partial<ApplicationEvent>): ApplicationEvent => ({
    id: `${id}-e${n}`,
    userId: 'local',
    applicationId: id,
    type: 'created',
    stage: null,
    outcome: null,
    at: new Date(start + n * step).toISOString(),
    detail: null,
    step: null,
    ...fields,
  });
  const events = [event(0, { type: 'created', stage: 'applied' })];
  for (let i = 1; i <= stages.indexOf(reached); i++) {
    events.push(event(i, { type: 'stage_changed', stage: stages[i] ?? 'applied' }));
  }
  if (spec.current && spec.current !== reached) {
    events.push(event(events.length, { type: 'stage_changed', stage: spec.current }));
  }
  const outcome = spec.outcome ?? 'rejected';
  if (outcome !== 'open') {
    events.push(event(events.length, { type: 'outcome_changed', outcome }));
  }
  return {
    application: { id, outcome, appliedOn, createdAt: `${appliedOn}T10:00:00.000Z` },
    events,
  };
}

/** `count` copies of one spec. */
export function many(count: number, spec: HistorySpec = {}): ApplicationHistory[] {
  return Array.from({ length: count }, () => makeHistory(spec));
}
