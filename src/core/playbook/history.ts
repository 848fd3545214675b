import type { ApplicationEvent } from '../records.js';
import { isMessageStep, type StepKind } from './steps.js';

/** What the user has done since the rejection, read from the application's events. */
export type StepHistory = {
  done: Map<StepKind, Date[]>;
  skipped: Set<StepKind>;
  /** Elements the reply carried, e.g. a feedback ask or future interest. */
  replyIncludes: Set<string>;
  feedbackReceivedAt: Date | null;
  lastContactAt: Date | null;
};

export function readStepHistory(events: readonly ApplicationEvent[], since: Date): StepHistory {
  const history: StepHistory = {
    done: new Map(),
    skipped: new Set(),
    replyIncludes: new Set(),
    feedbackReceivedAt: null,
    lastContactAt: null,
  };
  for (const event of events) {
    const at = new Date(event.at);
    if (at.getTime() < since.getTime()) continue;
    if (event.type === 'feedback_received') history.feedbackReceivedAt ??= at;
    if (event.step === null) continue;
    if (event.type === 'step_skipped') history.skipped.add(event.step);
    if (event.type !== 'step_done') continue;
    history.done.set(event.step, [...(history.done.get(event.step) ?? []), at]);
    if (event.step === 'reply') {
      for (const element of (event.detail ?? '').split(',')) {
        if (element.trim()) history.replyIncludes.add(element.trim());
      }
    }
    if (isMessageStep(event.step) && (!history.lastContactAt || at > history.lastContactAt)) {
      history.lastContactAt = at;
    }
  }
  return history;
}

export function firstDone(history: StepHistory, kind: StepKind): Date | null {
  return history.done.get(kind)?.[0] ?? null;
}
