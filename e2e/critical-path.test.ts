import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  buildWeb,
  hasChromium,
  launchBrowser,
  startRebound,
  type RunningRebound,
} from './harness.js';
import { seriousViolations } from './accessibility.js';
import { ApplicationPage } from './pages/application-page.js';
import { ApplicationsPage } from './pages/applications-page.js';

describe.runIf(hasChromium())('in the browser', { timeout: 120_000 }, () => {
  let server: RunningRebound;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    buildWeb();
    server = await startRebound();
    browser = await launchBrowser();
    page = await browser.newPage();
  });

  afterAll(async () => {
    await browser.close();
    await server.stop();
  });

  it('adds an application, moves it to technical, logs a rejection and shows it on the timeline', async () => {
    const list = new ApplicationsPage(page, server.url);
    await list.open();
    await list.emptyState().waitFor();
    expect(await seriousViolations(page)).toEqual([]);

    await list.addApplication('Lumen Health', 'Junior Data Engineer');
    const application = new ApplicationPage(page);
    await expect.poll(() => application.heading().textContent()).toContain('Junior Data Engineer');

    await application.moveToStage('Technical');
    await page.getByRole('status').filter({ hasText: 'Moved to Technical' }).waitFor();

    await application.logRejection(
      'Dear candidate, thank you for the technical interview. We have decided not to proceed with your application.',
    );
    await page.getByText('normal to feel disappointed').waitFor();
    await application.rejections().getByText('decided not to proceed').waitFor();

    const timeline = application.timeline();
    await timeline.getByText('Rejection logged after the technical stage').waitFor();
    const entries = await timeline.getByRole('listitem').allTextContents();
    expect(entries.map((e) => e.split(/\n/)[0])).toEqual([
      expect.stringContaining('Application added') as unknown,
      expect.stringContaining('Moved to technical') as unknown,
      expect.stringContaining('Rejection logged after the technical stage') as unknown,
    ]);
    expect(await application.furthestStage().textContent()).toContain('Technical');
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('keeps the data across a page reload and shows it in the list', async () => {
    await page.goto(server.url);
    await page.getByRole('link', { name: /Lumen Health.*Junior Data Engineer/ }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('shows the server’s message beside a bad field', async () => {
    await page.goto(`${server.url}applications/new`);
    await page.getByLabel('Company', { exact: true }).fill('Acme');
    await page.getByLabel('Role', { exact: true }).fill('Dev');
    await page.getByLabel('Posting URL').fill('not a link');
    await page.getByRole('button', { name: 'Save application' }).click();
    await page.getByText('Posting URL must be a web address').first().waitFor();
    expect(await page.getByLabel('Posting URL').getAttribute('aria-invalid')).toBe('true');
    expect(await seriousViolations(page)).toEqual([]);
  });
});
