import type { Page } from 'playwright-core';

export type EmailFile = { name: string; text: string };

/** The import page, its report and the review queue, as a user sees them. */
export class ImportPage {
  constructor(
    private readonly page: Page,
    private readonly baseUrl: string,
  ) {}

  async open(): Promise<void> {
    await this.page.goto(`${this.baseUrl}import`);
    await this.page.getByRole('heading', { name: 'Import email', level: 1 }).waitFor();
  }

  async openReview(): Promise<void> {
    await this.page.goto(`${this.baseUrl}import/review`);
    await this.page.getByRole('heading', { name: 'Review imported emails', level: 1 }).waitFor();
  }

  /** Chooses files in the labelled file input and starts the import. */
  async importFiles(files: EmailFile[]): Promise<void> {
    await this.page.getByLabel('Choose .eml files or one .mbox file').setInputFiles(
      files.map((file) => ({
        name: file.name,
        mimeType: 'message/rfc822',
        buffer: Buffer.from(file.text, 'utf8'),
      })),
    );
    await this.page.getByRole('button', { name: 'Import', exact: true }).click();
  }

  /** Fills the IMAP form and connects; the folder choice comes next. */
  async connectMailbox(login: { host: string; port: number; user: string; password: string }) {
    await this.page.getByLabel('Mail server (IMAP)').fill(login.host);
    await this.page.getByLabel('Port', { exact: true }).fill(String(login.port));
    await this.page.getByLabel('User name', { exact: true }).fill(login.user);
    await this.page.getByLabel('Password', { exact: true }).fill(login.password);
    await this.page.getByLabel('Use a secure connection (TLS)').uncheck();
    await this.page.getByRole('button', { name: 'Connect', exact: true }).click();
  }

  report() {
    return this.page.getByRole('region', { name: 'What the import found' });
  }

  /** The number the report gives beside a term ("Messages read"). */
  async reportCount(term: string): Promise<number> {
    const value = this.report()
      .locator('dt', { hasText: term })
      .locator('xpath=following-sibling::dd[1]');
    return Number(await value.textContent());
  }

  /** One email in the review queue, found by its subject. */
  reviewItem(subject: string) {
    return this.page
      .getByRole('list', { name: 'Emails to review' })
      .getByRole('listitem')
      .filter({ hasText: subject });
  }

  async accept(subject: string): Promise<void> {
    await this.reviewItem(subject)
      .getByRole('button', { name: /^Accept/ })
      .click();
  }

  async undo(subject: string): Promise<void> {
    await this.reviewItem(subject).getByRole('button', { name: /^Undo/ }).click();
  }
}
