import type { Clock, IdSource, ReboundStore } from '../ports.js';
import type { UserId } from '../records.js';

/** What every tracker operation needs: where data lives, the time, new ids and whose data it is. */
export type TrackerContext = {
  store: ReboundStore;
  now: Clock;
  newId: IdSource;
  userId: UserId;
  /** The time zone to assume until the user picks one (the machine's own). */
  defaultTimeZone?: string;
};

export function nowIso(ctx: TrackerContext): string {
  return ctx.now().toISOString();
}
