import type { Page } from 'playwright-core';

/** One application: stage control, rejection form and timeline. */
export class ApplicationPage {
  constructor(private readonly page: Page) {}

  heading() {
    return this.page.getByRole('heading', { level: 1 });
  }

  async moveToStage(stageLabel: string): Promise<void> {
    await this.page.getByLabel('Move to stage').selectOption({ label: stageLabel });
    await this.page.getByRole('button', { name: 'Move', exact: true }).click();
  }

  async logRejection(text: string): Promise<void> {
    await this.page.getByLabel('Paste the rejection email').fill(text);
    await this.page.getByRole('button', { name: 'Log rejection' }).click();
  }

  rejections() {
    return this.page.getByRole('list', { name: 'Rejections' });
  }

  furthestStage() {
    return this.page.getByText('Furthest stage reached').locator('xpath=..');
  }

  timeline() {
    return this.page.getByRole('list', { name: 'Timeline' });
  }

  plan() {
    return this.page.getByRole('list', { name: 'Plan' });
  }

  /** One step of the plan, found by its label ("Reply with thanks"). */
  planStep(label: string) {
    return this.plan()
      .getByRole('listitem')
      .filter({ has: this.page.getByRole('heading', { name: label, exact: true }) });
  }

  async writeStep(label: string): Promise<void> {
    await this.planStep(label)
      .getByRole('link', { name: /^Write it/ })
      .click();
  }
}
