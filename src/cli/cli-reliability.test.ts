import { describe, expect, it } from 'vitest';
import { makeDataDir, runCli, runJson, startServer, waitForExit } from './cli.test-helpers.js';

describe('rebound with one data directory', { timeout: 120_000 }, () => {
  it('keeps a write that returned, even when the server is killed with SIGKILL right after', async () => {
    const dir = await makeDataDir();
    const { child, url } = await startServer(dir);
    const response = await fetch(`${url}api/applications`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ company: 'Killjoy Inc', role: 'SRE' }),
    });
    expect(response.status).toBe(201);
    child.kill('SIGKILL');
    await waitForExit(child);

    const listed = await runJson<{ company: string }[]>(dir, ['list']);
    expect(listed.map((a) => a.company)).toEqual(['Killjoy Inc']);
  });

  it('tells a second process the data directory is in use, and leaves the store intact', async () => {
    const dir = await makeDataDir();
    await runJson(dir, ['add', '--company', 'Acme', '--role', 'Dev']);
    const { child } = await startServer(dir);
    try {
      const second = await runCli(dir, ['list']);
      expect(second.code).toBe(5);
      expect(second.stderr).toMatch(/already running with the data directory/);
    } finally {
      child.kill('SIGTERM');
      await waitForExit(child);
    }
    const after = await runJson<{ company: string }[]>(dir, ['list']);
    expect(after.map((a) => a.company)).toEqual(['Acme']);
  });
});
