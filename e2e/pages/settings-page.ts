import type { Page } from 'playwright-core';

/** The settings form: time zone, quiet hours, pause, LinkedIn account, sign-off. */
export class SettingsPage {
  constructor(
    private readonly page: Page,
    private readonly baseUrl: string,
  ) {}

  async open(): Promise<void> {
    await this.page.goto(`${this.baseUrl}settings`);
    await this.page.getByRole('button', { name: 'Save settings' }).waitFor();
  }

  field(label: string) {
    return this.page.getByLabel(label, { exact: true });
  }

  async chooseLinkedinAccount(account: 'Free' | 'Premium'): Promise<void> {
    await this.page
      .getByRole('group', { name: 'LinkedIn account' })
      .getByRole('radio', { name: new RegExp(`^${account}`) })
      .check();
  }

  async save(): Promise<void> {
    await this.page.getByRole('button', { name: 'Save settings' }).click();
  }
}
