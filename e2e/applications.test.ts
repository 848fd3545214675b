import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousViolations } from './accessibility.js';
import {
  buildWeb,
  hasChromium,
  launchBrowser,
  startRebound,
  type RunningRebound,
} from './harness.js';
import { ApplicationsPage } from './pages/applications-page.js';
import { call, seedRejected } from './seed.js';

const shots = '/tmp/rebound-applications';

describe.runIf(hasChromium())('the applications list in the browser', { timeout: 120_000 }, () => {
  let server: RunningRebound;
  let browser: Browser;
  let page: Page;
  let list: ApplicationsPage;

  beforeAll(async () => {
    buildWeb();
    server = await startRebound();
    browser = await launchBrowser();
    page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
    list = new ApplicationsPage(page, server.url);
  });

  afterAll(async () => {
    await browser.close();
    await server.stop();
  });

  it('says kindly that everything is filed away, and shows the filed ones marked in words', async () => {
    const ids = [
      await seedRejected(server, 'Harbor Freight Analytics', 30),
      await seedRejected(server, 'Tidewater Labs', 30),
    ];
    for (const id of ids) await call(server, 'POST', `applications/${id}/file`);

    await list.open();
    const allFiled = list.allFiled();
    await allFiled.waitFor();
    expect(await list.emptyState().count()).toBe(0);
    expect(await page.getByRole('main').textContent()).toContain(
      'All 2 of your applications are filed away',
    );
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: `${shots}-all-filed.png`, fullPage: true });

    await page.getByRole('button', { name: 'Show filed' }).click();
    await page.getByRole('status').filter({ hasText: '2 applications' }).waitFor();
    // The filter that now shows them takes the focus, so the user sees how to hide them again.
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('filter-filed');
    expect(await page.getByLabel('Show filed').isChecked()).toBe(true);
    const cards = page.getByRole('list', { name: 'Applications' }).getByRole('listitem');
    expect(await cards.count()).toBe(2);
    for (const card of await cards.all()) {
      expect(await card.getByText('Filed', { exact: true }).isVisible()).toBe(true);
    }
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: `${shots}-show-filed.png`, fullPage: true });
  });

  it('marks only the filed ones once an application is back in the list', async () => {
    await call(server, 'POST', 'applications', { company: 'Quarry Robotics', role: 'Analyst' });
    await list.open();
    await page.getByRole('status').filter({ hasText: '1 application' }).waitFor();
    expect(await list.allFiled().count()).toBe(0);
    expect(await page.getByText('Filed', { exact: true }).count()).toBe(0);

    await page.getByLabel('Show filed').check();
    await page.getByRole('status').filter({ hasText: '3 applications' }).waitFor();
    expect(await page.getByText('Filed', { exact: true }).count()).toBe(2);
    await page.screenshot({ path: `${shots}-mixed.png`, fullPage: true });
  });
});
