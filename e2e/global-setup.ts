import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');

/**
 * Builds the web app once per test run, before any browser test starts, so parallel test
 * files never build into dist/web at the same time.
 */
export default function setup(): void {
  const vite = join(root, 'node_modules', 'vite', 'bin', 'vite.js');
  execFileSync(process.execPath, [vite, 'build', '--logLevel', 'error'], {
    cwd: root,
    stdio: 'inherit',
  });
  process.env.REBOUND_WEB_BUILT = '1';
}
