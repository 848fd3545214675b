import type { Page } from 'playwright-core';

/** The applications list and the add form, as a user sees them. */
export class ApplicationsPage {
  constructor(
    private readonly page: Page,
    private readonly baseUrl: string,
  ) {}

  async open(): Promise<void> {
    await this.page.goto(this.baseUrl);
  }

  emptyState() {
    return this.page.getByRole('heading', { name: 'Nothing here yet' });
  }

  /** The empty list when every application is filed away. */
  allFiled() {
    return this.page.getByRole('heading', { name: 'All caught up' });
  }

  async addApplication(company: string, role: string): Promise<void> {
    await this.page.getByRole('main').getByRole('link', { name: 'Add application' }).click();
    await this.page.getByLabel('Company', { exact: true }).fill(company);
    await this.page.getByLabel('Role', { exact: true }).fill(role);
    await this.page.getByRole('button', { name: 'Save application' }).click();
  }
}
