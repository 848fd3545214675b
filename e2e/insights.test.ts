import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousViolations } from './accessibility.js';
import { walkWithKeyboard } from './keyboard.js';
import {
  buildWeb,
  hasChromium,
  launchBrowser,
  startRebound,
  type RunningRebound,
} from './harness.js';
import { InsightsPage } from './pages/insights-page.js';
import { seedSeason, seedThisWeek } from './seed-insights.js';
import { seedRejected } from './seed.js';

const shots = '/tmp/rebound-insights';
// Every control reached with Tab, each showing where the focus is.
const everyControlReached = { unreached: [], withoutVisibleFocus: [] };

describe.runIf(hasChromium())('insights in the browser', { timeout: 180_000 }, () => {
  let server: RunningRebound;
  let browser: Browser;
  let page: Page;
  let insights: InsightsPage;
  let ids: string[];

  beforeAll(async () => {
    buildWeb();
    server = await startRebound();
    browser = await launchBrowser();
    page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
    insights = new InsightsPage(page, server.url);
  });

  afterAll(async () => {
    await browser.close();
    await server.stop();
  });

  it('greets a new user kindly before there is anything to read', async () => {
    await insights.open();
    await page.getByRole('heading', { name: 'Nothing to read yet, and that is fine' }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('leads with the next step in words, then draws the funnel, the flow and the themes', async () => {
    ids = await seedSeason(server);
    await seedThisWeek(server, 'Quarry Robotics');
    await insights.open();
    const nextStep = insights.nextStep();
    await nextStep.getByText('screens stall').waitFor();
    expect(await nextStep.textContent()).toContain('practise phone-screen answers this week');
    expect(await nextStep.textContent()).toMatch(/Fairly sure: based on 31 applications/);
    await nextStep.getByRole('heading', { name: 'Compared with before' }).waitFor();

    await insights.chartSvg('funnel').waitFor();
    await insights.chartSvg('sankey').waitFor();
    await insights.chartSvg('themes').waitFor();
    expect(await insights.markCount('funnel')).toBeGreaterThanOrEqual(4);
    expect(await insights.markCount('sankey')).toBeGreaterThanOrEqual(6);
    expect(await insights.markCount('themes')).toBeGreaterThanOrEqual(1);
    const funnel = insights.figure('How far your applications got');
    expect(await funnel.textContent()).toContain('Of 31 applications, 12 reached a screen');
    await page.getByText('1 of 3').first().waitFor();

    await page.screenshot({ path: `${shots}-insights.png`, fullPage: true });
    expect(await seriousViolations(page)).toEqual([]);
    expect(await walkWithKeyboard(page)).toMatchObject(everyControlReached);
  });

  it('shows the weekly target on the Today page', async () => {
    await page.getByRole('link', { name: 'Today' }).click();
    const week = page.getByRole('region', { name: 'This week' });
    await week.getByText('1 of 3').first().waitFor();
    expect(await week.textContent()).toContain('2 more tailored applications to go');
    await page.screenshot({ path: `${shots}-today.png` });
  });

  it('checks a goal as it is written, saves it and logs progress', async () => {
    await insights.openGoals();
    await insights.writeGoal('Get better at interviews');
    await insights.smartLetter('Measurable').getByText('missing').waitFor();
    await insights.smartLetter('Time-bound').getByText('missing').waitFor();
    expect(await seriousViolations(page)).toEqual([]);

    const goal = 'Practise 3 phone-screen answers out loud by next Friday';
    await insights.writeGoal(goal);
    await page.getByRole('status').filter({ hasText: 'All five SMART letters are met.' }).waitFor();
    await insights.saveGoal();
    await insights.goal(goal).waitFor();
    await insights.logProgress(goal, 'Practised my two-minute story', 2);
    await insights.goal(goal).getByText('2 of 3').waitFor();

    await page.screenshot({ path: `${shots}-goals.png`, fullPage: true });
    expect(await seriousViolations(page)).toEqual([]);
    expect(await walkWithKeyboard(page)).toMatchObject(everyControlReached);
  });

  it('adopts a suggested goal in one click and deletes a goal only after confirming', async () => {
    const suggested = page.getByRole('list', { name: 'Suggested goals' }).getByRole('listitem');
    const text = (await suggested.first().locator('.suggestion-text').textContent()) ?? '';
    expect(text).toMatch(/by \d{1,2} [A-Z][a-z]+ \d{4}$/);
    await suggested
      .first()
      .getByRole('button', { name: /^Adopt this goal/ })
      .click();
    await insights.goal(text).waitFor();

    await insights
      .goal(text)
      .getByRole('button', { name: /^Delete/ })
      .click();
    const dialog = page.getByRole('dialog', { name: 'Delete this goal?' });
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    expect(await insights.goal(text).count()).toBe(1);
    await insights
      .goal(text)
      .getByRole('button', { name: /^Delete/ })
      .click();
    expect(await seriousViolations(page)).toEqual([]);
    await dialog.getByRole('button', { name: 'Delete the goal' }).click();
    await page.getByRole('status').filter({ hasText: 'Deleted the goal' }).waitFor();
    await expect.poll(() => insights.goal(text).count()).toBe(0);
    // Not lost on the page with the Delete button that opened the dialog.
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Your goals');
  });

  it('marks a goal done and keeps the page usable by keyboard', async () => {
    const text = 'Practise 3 phone-screen answers out loud by next Friday';
    await insights
      .goal(text)
      .getByRole('button', { name: /^Mark done/ })
      .press('Enter');
    await page.getByRole('status').filter({ hasText: 'Marked done' }).waitFor();
    await insights.doneGoal(text).getByText(/Done /).waitFor();
    // The button went away with the goal; focus stays on the page, at the list it left.
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Your goals');
    await page.screenshot({ path: `${shots}-goal-done.png`, fullPage: true });
    expect(await seriousViolations(page)).toEqual([]);
    expect(await walkWithKeyboard(page)).toMatchObject(everyControlReached);
  });

  it('keeps the look-back for after the pause when the rejection is fresh', async () => {
    const fresh = await seedRejected(server, 'Sable Systems', 1);
    await page.goto(`${server.url}applications/${fresh}`);
    await insights
      .lookBack()
      .getByText('A short look-back will be here after your pause')
      .waitFor();
    expect(await insights.lookBack().getByRole('group', { name: 'Materials' }).count()).toBe(0);
  });

  it('links the look-back step on Today to the form on the application page', async () => {
    await page.goto(`${server.url}today`);
    const link = page.getByRole('link', { name: /^Fill in the look-back/ }).first();
    await link.click();
    await insights.lookBack().getByRole('group', { name: 'Materials' }).waitFor();
    expect(page.url()).toMatch(/\/applications\/[^/#]+#look-back$/);
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.id))
      .toBe('look-back-title');
  });

  it('saves a look-back after a rejection and keeps the answers for later', async () => {
    await page.goto(`${server.url}applications/${ids[0] ?? ''}`);
    await insights.lookBack().getByRole('group', { name: 'Materials' }).waitFor();
    const step = page
      .getByRole('list', { name: 'Plan' })
      .getByRole('listitem')
      .filter({ hasText: 'Look back on the process' });
    // The step is done by saving the look-back, so it leads to the form instead of a button.
    expect(await step.getByRole('button', { name: /Mark as done/ }).count()).toBe(0);
    await step.getByRole('link', { name: 'Fill in the look-back' }).click();
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.id))
      .toBe('look-back-title');
    expect(new URL(page.url()).hash).toBe('#look-back');
    await page.screenshot({ path: `${shots}-look-back-focus.png` });
    expect(await insights.lookBack().getByRole('heading', { name: 'Look back' }).isVisible()).toBe(
      true,
    );
    await insights.answer('Was your resume tailored to this posting?', 'No');
    await insights.answer('Did you ask questions of your own?', 'Yes');
    await insights.answer('How nervous were you?', '4');
    await insights.lookBack().getByLabel('Questions that went badly').fill('Why this company');
    await insights.lookBack().screenshot({ path: `${shots}-look-back.png` });
    expect(await seriousViolations(page)).toEqual([]);
    expect(await walkWithKeyboard(page)).toMatchObject(everyControlReached);
    await insights.lookBack().getByRole('button', { name: 'Save look-back' }).click();
    await insights.lookBack().getByText('You looked back on').waitFor();
    await insights.lookBack().getByText('not tailored to the posting').waitFor();
    await step.getByText('Status: Done').waitFor();
    expect(await step.getByRole('link', { name: 'Fill in the look-back' }).count()).toBe(0);
    await page.screenshot({ path: `${shots}-application.png`, fullPage: true });
    expect(await seriousViolations(page)).toEqual([]);

    await page.reload();
    await insights.lookBack().getByRole('button', { name: 'Edit your answers' }).click();
    const tailored = insights
      .lookBack()
      .getByRole('group', { name: 'Was your resume tailored to this posting?' });
    expect(await tailored.getByLabel('No', { exact: true }).isChecked()).toBe(true);
  });

  it('files an ended application away from the list and brings it back with the filter', async () => {
    const id = ids[0] ?? '';
    await page.goto(`${server.url}applications/${id}`);
    await page.getByRole('button', { name: 'File away' }).click();
    await page.getByRole('status').filter({ hasText: 'Filed away' }).waitFor();
    await page.getByRole('button', { name: 'Bring back' }).waitFor();

    await page.goto(server.url);
    const card = page.locator(`a[href="/applications/${id}"]`);
    await page.getByRole('status').filter({ hasText: '31 applications' }).waitFor();
    expect(await card.count()).toBe(0);

    await page.getByLabel('Show filed').check();
    await page.getByRole('status').filter({ hasText: '32 applications' }).waitFor();
    expect(await card.count()).toBe(1);
    await page.screenshot({ path: `${shots}-list-filed.png`, fullPage: true });
  });
});
