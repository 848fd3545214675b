import type { TrackerContext } from '../core/tracker/index.js';
import { openRebound, type Rebound } from '../server/compose.js';
import { loadConfig, type ConfigFlags } from '../server/config.js';

export type GlobalOptions = { dataDir?: string };

/** Opens the store for one command and always closes it, so the process can exit. */
export async function withTracker<T>(
  options: GlobalOptions,
  work: (ctx: TrackerContext, rebound: Rebound) => Promise<T>,
): Promise<T> {
  const flags: ConfigFlags = options.dataDir ? { dataDir: options.dataDir } : {};
  const rebound = await openRebound(loadConfig(flags));
  try {
    return await work(rebound.ctx, rebound);
  } finally {
    await rebound.close();
  }
}
