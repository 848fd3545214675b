import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');

/** Where the browser tests of this run find the built web app (set by buildWebApp's callers). */
export const webRootVariable = 'REBOUND_E2E_WEB_ROOT';

/**
 * Builds the web app into a fresh folder of its own under dist/. Test runs started at the same
 * time on a shared machine used to build into dist/web, and vite empties it first: a page
 * loaded meanwhile came back "Not found" and the test timed out waiting for its heading.
 */
export function buildWebApp(): string {
  mkdirSync(join(root, 'dist'), { recursive: true });
  const outDir = mkdtempSync(join(root, 'dist', 'e2e-web-'));
  const vite = join(root, 'node_modules', 'vite', 'bin', 'vite.js');
  execFileSync(
    process.execPath,
    [vite, 'build', '--logLevel', 'error', '--outDir', outDir, '--emptyOutDir'],
    { cwd: root, stdio: 'inherit' },
  );
  return outDir;
}
