import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  buildWeb,
  hasChromium,
  launchBrowser,
  startRebound,
  type RunningRebound,
} from './harness.js';
import { call, keepNowAwake, seedRejected } from './seed.js';
import { seriousViolations } from './accessibility.js';
import { ApplicationPage } from './pages/application-page.js';
import { ComposerPage } from './pages/composer-page.js';
import { SettingsPage } from './pages/settings-page.js';
import { TodayPage } from './pages/today-page.js';

describe.runIf(hasChromium())('the playbook in the browser', { timeout: 120_000 }, () => {
  let server: RunningRebound;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    buildWeb();
    server = await startRebound();
    browser = await launchBrowser();
    page = await browser.newPage();
    await keepNowAwake(server);
  });

  afterAll(async () => {
    await browser.close();
    await server.stop();
  });

  it('shows a kind empty state when nothing is due', async () => {
    const today = new TodayPage(page, server.url);
    await today.open();
    await page.getByRole('heading', { name: 'Nothing is due today.' }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('takes a reply from Today through the composer to the plan', async () => {
    const id = await seedRejected(server, 'Lumen Health', 10);

    const today = new TodayPage(page, server.url);
    await today.open();
    const reply = today.entry('Reply with thanks', 'Lumen Health');
    await reply.waitFor();
    expect(await reply.textContent()).toMatch(/Reply by \w+/);
    expect(await seriousViolations(page)).toEqual([]);
    await today.writeIt('Reply with thanks', 'Lumen Health');

    const composer = new ComposerPage(page);
    await expect.poll(() => composer.heading().textContent()).toContain('Reply with thanks');
    expect(await composer.messageText()).toContain('Lumen Health');
    expect(await composer.count().textContent()).toMatch(/\d+ words/);
    expect(await seriousViolations(page)).toEqual([]);

    await composer.appendToMessage('\n\nI enjoyed the pairing session with your team.');
    expect(await composer.messageText()).toContain('pairing session');
    await composer.markAsSent();

    await page.waitForURL(`${server.url}applications/${id}`);
    await page.getByRole('status').filter({ hasText: 'as sent' }).waitFor();
    const application = new ApplicationPage(page);
    await application
      .planStep('Reply with thanks')
      .getByText('Status: Done', { exact: true })
      .waitFor();
    await application.planStep('Connect on LinkedIn').waitFor();
    expect(await seriousViolations(page)).toEqual([]);

    await application.writeStep('Connect on LinkedIn');
    expect(await composer.messageText()).not.toBe('');
    expect(await composer.count().textContent()).toMatch(/^\d+ \/ 200 characters/);
    await composer.message().fill('x'.repeat(210));
    await composer.count().getByText('10 over LinkedIn’s limit').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('asks before sending during the pause, and records it when sent anyway', async () => {
    const id = await seedRejected(server, 'Northwind Labs', 0);
    await page.goto(`${server.url}applications/${id}/compose/reply`);
    const composer = new ComposerPage(page);
    expect(await composer.messageText()).toContain('Northwind Labs');

    await composer.markAsSent();
    const dialog = composer.coolOffDialog();
    await dialog.waitFor();
    await dialog.getByRole('button', { name: /^Wait until / }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await composer.sendAnyway();

    await page.waitForURL(`${server.url}applications/${id}`);
    await new ApplicationPage(page)
      .planStep('Reply with thanks')
      .getByText('Status: Done', { exact: true })
      .waitFor();
  });

  it('saves settings and shows the server’s message beside a bad field', async () => {
    const settings = new SettingsPage(page, server.url);
    await settings.open();
    expect(await seriousViolations(page)).toEqual([]);

    await settings.field('Cool-off (hours)').fill('100');
    await settings.save();
    await page.getByText('Cool-off must be at most 72 hours').first().waitFor();
    expect(await settings.field('Cool-off (hours)').getAttribute('aria-invalid')).toBe('true');

    await settings.field('Cool-off (hours)').fill('4');
    await settings.chooseLinkedinAccount('Premium');
    await settings.save();
    await page.getByRole('status').filter({ hasText: 'Settings saved' }).waitFor();
    const stored = await call<{ linkedinAccount: string }>(server, 'GET', 'settings');
    expect(stored.linkedinAccount).toBe('premium');
    expect(await seriousViolations(page)).toEqual([]);
  });
});
