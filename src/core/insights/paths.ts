import type { Application, ApplicationEvent } from '../records.js';
import { stageRank, type Outcome, type Stage } from '../stages.js';
import { furthestStage } from '../timeline.js';

const dayMs = 24 * 3600 * 1000;

/** What the funnel needs of one application: the record and its events. */
export type ApplicationHistory = {
  application: Pick<Application, 'id' | 'outcome' | 'appliedOn' | 'createdAt'>;
  events: readonly ApplicationEvent[];
};

/** Where one application got to, read from its events (never from its current stage). */
export type ApplicationPath = {
  id: string;
  /** Calendar date it was sent, YYYY-MM-DD. */
  appliedOn: string;
  furthest: Stage;
  outcome: Outcome;
  /** Open and something happened lately: it may still move, so it is not counted as stopped. */
  isWaiting: boolean;
  /** Marked as no reply, or open with no event for the ghosting window. */
  isGhosted: boolean;
  /** Days from sending to the first sign of life (a stage change, a rejection, feedback). */
  firstReplyDays: number | null;
};

export type PathOptions = {
  now: Date;
  /** An open application with no event for this many days counts as ghosted (default 30). */
  ghostAfterDays?: number;
};

export const defaultGhostAfterDays = 30;

function isReply(event: ApplicationEvent): boolean {
  switch (event.type) {
    case 'stage_changed':
      return event.stage !== null && stageRank(event.stage) > 0;
    case 'rejection_logged':
    case 'feedback_received':
      return true;
    case 'outcome_changed':
      return event.outcome === 'rejected' || event.outcome === 'offer_accepted';
    default:
      return false;
  }
}

function appliedDate(history: ApplicationHistory): string {
  const created = history.events.find((e) => e.type === 'created');
  return (
    history.application.appliedOn ?? (created?.at ?? history.application.createdAt).slice(0, 10)
  );
}

function firstReplyDays(history: ApplicationHistory, appliedOn: string): number | null {
  const created = history.events.find((e) => e.type === 'created');
  // Added at a later stage: the reply came before Rebound knew of it, so there is nothing to time.
  if (created?.stage && created.stage !== 'applied') return null;
  const replies = history.events.filter(isReply).map((e) => Date.parse(e.at));
  if (replies.length === 0) return null;
  const days = (Math.min(...replies) - Date.parse(`${appliedOn}T00:00:00Z`)) / dayMs;
  return days >= 0 ? days : null;
}

function lastActivity(history: ApplicationHistory, appliedOn: string): number {
  const times = history.events.map((e) => Date.parse(e.at));
  return Math.max(Date.parse(`${appliedOn}T00:00:00Z`), ...times);
}

/** One application's path through the funnel, as of `now`. */
export function readPath(history: ApplicationHistory, options: PathOptions): ApplicationPath {
  const appliedOn = appliedDate(history);
  const ghostAfterMs = (options.ghostAfterDays ?? defaultGhostAfterDays) * dayMs;
  const { outcome } = history.application;
  const isStale = options.now.getTime() - lastActivity(history, appliedOn) > ghostAfterMs;
  return {
    id: history.application.id,
    appliedOn,
    furthest: furthestStage(history.events),
    outcome,
    isWaiting: outcome === 'open' && !isStale,
    isGhosted: outcome === 'ghosted' || (outcome === 'open' && isStale),
    firstReplyDays: firstReplyDays(history, appliedOn),
  };
}

export function readPaths(
  histories: readonly ApplicationHistory[],
  options: PathOptions,
): ApplicationPath[] {
  return histories.map((history) => readPath(history, options));
}
