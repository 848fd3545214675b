import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

export const builtCli = 'dist/src/cli/main.js';

/** The newest modification time among the files tsconfig.build.json compiles. */
function newestSourceTime(root: string): number {
  let newest = Math.max(
    statSync(join(root, 'tsconfig.json')).mtimeMs,
    statSync(join(root, 'tsconfig.build.json')).mtimeMs,
  );
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (
        entry.name.endsWith('.ts') &&
        !entry.name.endsWith('.test.ts') &&
        !entry.name.endsWith('.test-helpers.ts')
      ) {
        newest = Math.max(newest, statSync(path).mtimeMs);
      }
    }
  };
  walk(join(root, 'src'));
  return newest;
}

export type BuildResult = { status: 'up to date' } | { status: 'built'; ms: number };

/**
 * Compiles the server and CLI (tsc only; the web app is not needed to start the server)
 * when dist/src/cli/main.js is missing or older than the sources.
 */
export function ensureBuilt(root: string): BuildResult {
  const cli = join(root, builtCli);
  if (existsSync(cli) && statSync(cli).mtimeMs >= newestSourceTime(root)) {
    return { status: 'up to date' };
  }
  const started = performance.now();
  const tsc = join(root, 'node_modules', 'typescript', 'bin', 'tsc');
  const result = spawnSync(process.execPath, [tsc, '-p', 'tsconfig.build.json'], {
    cwd: root,
    encoding: 'utf8',
  });
  if (result.error) {
    throw new Error(`Could not run the build (tsc): ${result.error.message}`);
  }
  if (result.status !== 0 || !existsSync(cli)) {
    const output = `${result.stdout}${result.stderr}`.trim();
    throw new Error(
      `The build failed: \`npx tsc -p tsconfig.build.json\` exited with ${result.status ?? result.signal ?? 'unknown'}. Fix the errors below and run the benchmarks again.\n${output}`,
    );
  }
  return { status: 'built', ms: performance.now() - started };
}
