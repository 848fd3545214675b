import { closeSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { ReboundError } from '../core/errors.js';

const lockName = 'rebound.lock';

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM means the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function readOwner(path: string): number | null {
  try {
    const pid = Number.parseInt(readFileSync(path, 'utf8'), 10);
    return Number.isFinite(pid) ? pid : null;
  } catch {
    return null;
  }
}

/**
 * The embedded database must have one writer. The lock file holds the owner's pid; a
 * lock left by a process that died (a crash, SIGKILL) is taken over, a live one is not.
 */
export function lockDataDir(dataDir: string): () => void {
  const path = join(dataDir, lockName);
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(path, 'wx', 0o600);
      writeSync(fd, String(process.pid));
      closeSync(fd);
      return () => {
        if (readOwner(path) === process.pid) rmSync(path, { force: true });
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const owner = readOwner(path);
      if (owner !== null && owner !== process.pid && isAlive(owner)) {
        throw new ReboundError(
          'data_dir_in_use',
          `Rebound is already running with the data directory ${dataDir} (process ${owner}). Use that one (the web app or its API), or stop it first. To keep a separate set of data, set REBOUND_DATA_DIR to another folder.`,
        );
      }
      rmSync(path, { force: true });
    }
  }
  throw new ReboundError(
    'data_dir_in_use',
    `Another Rebound started with ${dataDir} at the same moment. Try again in a second.`,
  );
}
