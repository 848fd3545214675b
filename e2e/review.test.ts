import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  buildWeb,
  hasChromium,
  launchBrowser,
  startRebound,
  type RunningRebound,
} from './harness.js';
import { keepNowAwake, seedRejected } from './seed.js';
import { seriousViolations } from './accessibility.js';
import { ApplicationPage } from './pages/application-page.js';
import { ComposerPage } from './pages/composer-page.js';

const signed = (body: string) => `Hi Maya,\n\n${body}\n\nBest regards,\nSam Rivera`;

const angry = signed(
  'Thank you for letting me know. This is so unfair!! I enjoyed meeting the team, though.',
);
const graceful = signed(
  'Thank you for letting me know, and for the time you and the team gave me. I enjoyed the technical interview and would be glad to stay in touch.',
);

describe.runIf(hasChromium())('the live review in the composer', { timeout: 120_000 }, () => {
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

  it('holds an angry reply, marks the words, explains them and fixes them in one click', async () => {
    const id = await seedRejected(server, 'Lumen Health', 10);
    await page.goto(`${server.url}applications/${id}/compose/reply`);
    const composer = new ComposerPage(page);
    expect(await composer.messageText()).toContain('Lumen Health');

    await composer.replaceMessage(angry);
    await expect.poll(() => composer.verdict().textContent()).toContain('Hold this one for now');

    // The mark sits exactly on the words the reviewer found.
    const mark = composer.marks().filter({ hasText: 'unfair' });
    await mark.first().waitFor();
    const span = await mark.first().evaluate((element) => ({
      text: element.textContent,
      start: Number(element.getAttribute('data-start')),
      end: Number(element.getAttribute('data-end')),
    }));
    expect(angry.slice(span.start, span.end)).toBe(span.text);
    expect(span.text).toContain('unfair');

    const unfair = composer.finding('This is so unfair');
    await unfair.getByText('calls the decision or the people unfair').waitFor();
    await unfair.getByText(/^Instead:/).waitFor();
    await composer.showFinding('This is so unfair');
    expect(await composer.messageSelection()).toEqual({
      text: 'This is so unfair',
      isFocused: true,
    });
    expect(await seriousViolations(page)).toEqual([]);

    // "Mark as sent" asks first, and "Keep editing" is where focus starts.
    await composer.markAsSent();
    await composer.holdDialog().waitFor();
    await composer.holdDialog().getByText('“This is so unfair”').waitFor();
    expect(
      await composer
        .holdDialog()
        .getByRole('button', { name: 'Keep editing' })
        .evaluate((button) => document.activeElement === button),
    ).toBe(true);
    await composer.holdDialog().getByRole('button', { name: 'Send anyway' }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await composer.keepEditing();
    await composer.holdDialog().waitFor({ state: 'hidden' });
    await expect.poll(() => composer.messageSelection()).toMatchObject({ isFocused: true });

    await composer.useReplacement('!!', '.');
    await expect.poll(() => composer.message().inputValue()).toBe(angry.replace('!!', '.'));
    await composer.finding('!!').waitFor({ state: 'detached' });
    await composer.finding('This is so unfair').waitFor();

    await composer.replaceMessage(graceful);
    await expect.poll(() => composer.verdict().textContent()).toContain('Ready to send');
    expect(await composer.marks().count()).toBe(0);
    await page.getByText('Nothing to change.').waitFor();
  });

  it('finds a misspelling, suggests the word and fixes it', async () => {
    const id = await seedRejected(server, 'Brightpath', 10);
    await page.goto(`${server.url}applications/${id}/compose/reply`);
    const composer = new ComposerPage(page);
    await composer.messageText();

    const text = signed(
      'Thank you for letting me know, and for the oppertunity to meet the team. I would be glad to stay in touch.',
    );
    await composer.replaceMessage(text);
    const typo = composer.finding('oppertunity');
    await typo.getByText('Did you mean "opportunity"?').waitFor({ timeout: 20_000 });
    await typo.getByText('Spelling').waitFor();
    await composer.marks().filter({ hasText: 'oppertunity' }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);

    await composer.useReplacement('oppertunity', 'opportunity');
    await expect
      .poll(() => composer.message().inputValue())
      .toBe(text.replace('oppertunity', 'opportunity'));
    await typo.waitFor({ state: 'detached' });
    await expect.poll(() => composer.verdict().textContent()).toContain('Ready to send');
  });

  it('mentions the pause too when the review would hold a message during it', async () => {
    const id = await seedRejected(server, 'Northwind Labs', 0);
    await page.goto(`${server.url}applications/${id}/compose/reply`);
    const composer = new ComposerPage(page);
    await composer.messageText();

    await composer.replaceMessage(angry);
    await expect.poll(() => composer.verdict().textContent()).toContain('Hold this one for now');
    await composer.markAsSent();
    const dialog = composer.holdDialog();
    await dialog.getByText('Your pause is also still on').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await dialog.getByRole('button', { name: 'Send anyway' }).click();

    await page.waitForURL(`${server.url}applications/${id}`);
    await new ApplicationPage(page)
      .planStep('Reply with thanks')
      .getByText('Status: Done', { exact: true })
      .waitFor();
  });
});
