import { ReboundError } from '../errors.js';
import type { Application } from '../records.js';
import { requireApplication } from './applications.js';
import { nowIso, type TrackerContext } from './context.js';

/**
 * Files an application away from the main list once its story has ended (a rejection, no
 * reply, withdrawn, an offer decided). Nothing is deleted: the funnel still counts it and
 * `filed: true` on the list shows it again.
 */
export async function fileApplication(ctx: TrackerContext, id: string): Promise<Application> {
  const current = await requireApplication(ctx, id);
  if (current.filedAt !== null) return current;
  if (current.outcome === 'open') {
    throw new ReboundError(
      'invalid_input',
      `${current.role} at ${current.company} is still open, so it stays in your list. Filing away is for applications that have ended: set its outcome first (for example rejected or no reply).`,
    );
  }
  const at = nowIso(ctx);
  const filed: Application = { ...current, filedAt: at, updatedAt: at };
  await ctx.store.applications.update(filed);
  return filed;
}

/** Brings a filed application back to the main list. */
export async function unfileApplication(ctx: TrackerContext, id: string): Promise<Application> {
  const current = await requireApplication(ctx, id);
  if (current.filedAt === null) return current;
  const shown: Application = { ...current, filedAt: null, updatedAt: nowIso(ctx) };
  await ctx.store.applications.update(shown);
  return shown;
}
