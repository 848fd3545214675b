import type { ApplicationEvent } from '../records.js';
import { laterStage, type Stage } from '../stages.js';
import { firstDone, readStepHistory, type StepHistory } from './history.js';
import { rationales } from './rationales.js';
import type { PlaybookSettings } from './settings.js';
import { stepKinds, type PlanStep, type StepKind } from './steps.js';
import { addDays, addHours, dueWindow, nextWakingTime } from './waking-hours.js';

export type PlanInput = {
  rejection: { receivedAt: string; stageAtRejection: Stage };
  /** The furthest stage the application reached, from its events. */
  furthestStage: Stage;
  events: readonly ApplicationEvent[];
  settings: PlaybookSettings;
  now: Date;
};

type Context = PlanInput & { receivedAt: Date; coolOffEnd: Date; history: StepHistory };
type Window = { notBefore: Date; dueBy: Date };

function timed(kind: StepKind, window: Window, now: Date, rationale: string): PlanStep {
  const status = now < window.notBefore ? 'upcoming' : now <= window.dueBy ? 'due' : 'overdue';
  return {
    kind,
    status,
    notBefore: window.notBefore.toISOString(),
    dueBy: window.dueBy.toISOString(),
    rationale,
  };
}

function settled(
  kind: StepKind,
  status: 'done' | 'skipped',
  rationale: string,
  at: Date | null,
): PlanStep {
  return {
    kind,
    status,
    notBefore: null,
    dueBy: null,
    rationale,
    ...(at ? { doneAt: at.toISOString() } : {}),
  };
}

/** A sending window: never before the cool-off ends, always in waking hours. */
function sendWindow(c: Context, from: Date, to: Date): Window {
  const start = from < c.coolOffEnd ? c.coolOffEnd : from;
  return dueWindow(start, to, c.settings);
}

function coolOff(c: Context): PlanStep {
  const isOver = c.now >= c.coolOffEnd;
  return {
    kind: 'cool-off',
    status: isOver ? 'done' : 'due',
    notBefore: c.receivedAt.toISOString(),
    dueBy: c.coolOffEnd.toISOString(),
    rationale: rationales.coolOff,
  };
}

function messageStep(
  c: Context,
  kind: StepKind,
  window: () => Window,
  rationale: string,
): PlanStep {
  const doneAt = firstDone(c.history, kind);
  if (doneAt) return settled(kind, 'done', rationale, doneAt);
  if (c.history.skipped.has(kind)) return settled(kind, 'skipped', rationale, null);
  return timed(kind, window(), c.now, rationale);
}

function feedbackRequest(c: Context): PlanStep {
  const replyAt = firstDone(c.history, 'reply');
  if (replyAt && c.history.replyIncludes.has('feedback_ask')) {
    return settled('feedback-request', 'done', rationales.feedbackCovered, replyAt);
  }
  const stage = laterStage(c.furthestStage, c.rejection.stageAtRejection);
  const window = () => sendWindow(c, c.coolOffEnd, addDays(c.receivedAt, 7));
  if (stage === 'applied' && !firstDone(c.history, 'feedback-request')) {
    const { notBefore, dueBy } = window();
    return {
      kind: 'feedback-request',
      status: 'not-advised',
      notBefore: notBefore.toISOString(),
      dueBy: dueBy.toISOString(),
      rationale: rationales.feedbackNotAdvised,
      blockedReason: rationales.feedbackNotAdvised,
    };
  }
  return messageStep(c, 'feedback-request', window, rationales.feedbackRequest);
}

function feedbackRequestedAt(c: Context): Date | null {
  const separate = firstDone(c.history, 'feedback-request');
  if (separate) return separate;
  return c.history.replyIncludes.has('feedback_ask') ? firstDone(c.history, 'reply') : null;
}

/** At most one follow-up, ever: once it is sent, any further one is blocked. */
function feedbackFollowups(c: Context): PlanStep[] {
  const requestedAt = feedbackRequestedAt(c);
  if (!requestedAt) return [];
  const sent = c.history.done.get('feedback-followup') ?? [];
  if (sent[0]) {
    const first = settled('feedback-followup', 'done', rationales.feedbackFollowup, sent[0]);
    if (c.history.feedbackReceivedAt) return [first];
    return [
      first,
      {
        kind: 'feedback-followup',
        status: 'blocked',
        notBefore: null,
        dueBy: null,
        rationale: rationales.feedbackFollowupBlocked,
        blockedReason: rationales.feedbackFollowupBlocked,
      },
    ];
  }
  if (c.history.feedbackReceivedAt) {
    return [settled('feedback-followup', 'skipped', rationales.feedbackArrived, null)];
  }
  return [
    messageStep(
      c,
      'feedback-followup',
      () => sendWindow(c, addDays(requestedAt, 7), addDays(requestedAt, 14)),
      rationales.feedbackFollowup,
    ),
  ];
}

function linkedin(c: Context): PlanStep[] {
  const replyAt = firstDone(c.history, 'reply');
  if (!replyAt) return [];
  return [
    messageStep(
      c,
      'linkedin',
      () => sendWindow(c, replyAt, addDays(replyAt, 7)),
      rationales.linkedin,
    ),
  ];
}

function reaffirm(c: Context): PlanStep {
  const replyAt = firstDone(c.history, 'reply');
  if (replyAt && c.history.replyIncludes.has('future_interest')) {
    return settled('reaffirm', 'done', rationales.reaffirmCovered, replyAt);
  }
  return messageStep(
    c,
    'reaffirm',
    () => sendWindow(c, c.coolOffEnd, addDays(c.receivedAt, 7)),
    rationales.reaffirm,
  );
}

function selfAssessment(c: Context): PlanStep {
  return messageStep(
    c,
    'self-assessment',
    () => dueWindow(c.coolOffEnd, addDays(c.receivedAt, 3), c.settings, { isWeekendAllowed: true }),
    rationales.selfAssessment,
  );
}

/** Recurring: the next check-in counts from the last time you were in touch. */
function checkin(c: Context): PlanStep {
  const since = c.history.lastContactAt ?? c.receivedAt;
  const window = sendWindow(
    c,
    addDays(since, c.settings.checkInDays),
    addDays(since, c.settings.checkInDays + 14),
  );
  return timed('checkin', window, c.now, rationales.checkin);
}

function feedbackThanks(c: Context): PlanStep[] {
  const at = c.history.feedbackReceivedAt;
  if (!at) return [];
  return [
    messageStep(
      c,
      'feedback-thanks',
      () => sendWindow(c, at, addDays(at, 2)),
      rationales.feedbackThanks,
    ),
  ];
}

const order = (step: PlanStep) => stepKinds.indexOf(step.kind);
const startOf = (step: PlanStep) => step.notBefore ?? step.doneAt ?? '';

/**
 * The steps after a rejection, recomputed from the events every time so the plan is
 * never stale. Ordered by when each step opens.
 */
export function computePlan(input: PlanInput): PlanStep[] {
  const receivedAt = new Date(input.rejection.receivedAt);
  const coolOffEnd = nextWakingTime(
    addHours(receivedAt, input.settings.coolOffHours),
    input.settings,
  );
  const c: Context = {
    ...input,
    receivedAt,
    coolOffEnd,
    history: readStepHistory(input.events, receivedAt),
  };
  const steps = [
    coolOff(c),
    messageStep(
      c,
      'reply',
      () => sendWindow(c, coolOffEnd, addHours(receivedAt, 48)),
      rationales.reply,
    ),
    feedbackRequest(c),
    ...feedbackFollowups(c),
    ...linkedin(c),
    reaffirm(c),
    selfAssessment(c),
    ...feedbackThanks(c),
    checkin(c),
  ];
  // A step without a time (a blocked follow-up) stays right after the step before it.
  let previous = '';
  const keyed = steps.map((step, index) => {
    previous = startOf(step) || previous;
    return { step, key: previous, index };
  });
  return keyed
    .sort(
      (a, b) => a.key.localeCompare(b.key) || order(a.step) - order(b.step) || a.index - b.index,
    )
    .map(({ step }) => step);
}

/** When the cool-off of a rejection ends, for the send guard. */
export function coolOffEndsAt(receivedAt: string, settings: PlaybookSettings): Date {
  return nextWakingTime(addHours(new Date(receivedAt), settings.coolOffHours), settings);
}
