import type { Application, ApplicationEvent } from '../records.js';
import { stageRank, stages, type Outcome, type Stage } from '../stages.js';

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

/** One pass over the events: the furthest stage, the first reply and the last activity. */
function scanEvents(events: readonly ApplicationEvent[]) {
  let furthest = 0;
  let created: ApplicationEvent | null = null;
  let firstReply = Infinity;
  let last = -Infinity;
  for (const event of events) {
    if (event.stage !== null) furthest = Math.max(furthest, stageRank(event.stage));
    if (created === null && event.type === 'created') created = event;
    const at = Date.parse(event.at);
    if (at > last) last = at;
    if (at < firstReply && isReply(event)) firstReply = at;
  }
  return { furthest: stages[furthest] ?? 'applied', created, firstReply, last };
}

/** One application's path through the funnel, as of `now`. */
export function readPath(history: ApplicationHistory, options: PathOptions): ApplicationPath {
  const scan = scanEvents(history.events);
  const appliedOn =
    history.application.appliedOn ??
    (scan.created?.at ?? history.application.createdAt).slice(0, 10);
  const appliedAt = Date.parse(`${appliedOn}T00:00:00Z`);
  const ghostAfterMs = (options.ghostAfterDays ?? defaultGhostAfterDays) * dayMs;
  const { outcome } = history.application;
  const isStale = options.now.getTime() - Math.max(appliedAt, scan.last) > ghostAfterMs;
  // Added at a later stage: the reply came before Rebound knew of it, so there is nothing to time.
  const isTimed = !scan.created?.stage || scan.created.stage === 'applied';
  const replyDays = (scan.firstReply - appliedAt) / dayMs;
  return {
    id: history.application.id,
    appliedOn,
    furthest: scan.furthest,
    outcome,
    isWaiting: outcome === 'open' && !isStale,
    isGhosted: outcome === 'ghosted' || (outcome === 'open' && isStale),
    firstReplyDays: isTimed && Number.isFinite(replyDays) && replyDays >= 0 ? replyDays : null,
  };
}

export function readPaths(
  histories: readonly ApplicationHistory[],
  options: PathOptions,
): ApplicationPath[] {
  return histories.map((history) => readPath(history, options));
}
