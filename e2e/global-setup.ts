import { rmSync } from 'node:fs';
import { buildWebApp, webRootVariable } from './web-build.js';

/**
 * Builds the web app once per test run, before any browser test starts, into a folder no
 * other run touches; removes it when the run ends.
 */
export default function setup(): () => void {
  const webRoot = buildWebApp();
  process.env[webRootVariable] = webRoot;
  return () => {
    rmSync(webRoot, { recursive: true, force: true });
  };
}
