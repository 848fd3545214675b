import type { Page } from 'playwright-core';

/** The Today list: every step due now, across applications. */
export class TodayPage {
  constructor(
    private readonly page: Page,
    private readonly baseUrl: string,
  ) {}

  async open(): Promise<void> {
    await this.page.goto(`${this.baseUrl}today`);
    await this.page.getByRole('heading', { level: 1, name: 'Today' }).waitFor();
  }

  list() {
    return this.page.getByRole('list', { name: 'Due today' });
  }

  /** The entry for one step of one application. */
  entry(stepLabel: string, company: string) {
    return this.list()
      .getByRole('listitem')
      .filter({ has: this.page.getByRole('heading', { name: stepLabel, exact: true }) })
      .filter({ hasText: company });
  }

  async writeIt(stepLabel: string, company: string): Promise<void> {
    await this.entry(stepLabel, company)
      .getByRole('link', { name: /^Write it/ })
      .click();
  }
}
