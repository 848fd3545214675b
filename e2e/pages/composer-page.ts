import type { Page } from 'playwright-core';

/** The composer: a prefilled draft to shape, then copy, mail or mark as sent. */
export class ComposerPage {
  constructor(private readonly page: Page) {}

  heading() {
    return this.page.getByRole('heading', { level: 1 });
  }

  subject() {
    return this.page.getByLabel('Subject', { exact: true });
  }

  message() {
    return this.page.getByLabel('Message', { exact: true });
  }

  /** The live count under the message: characters for a LinkedIn note, words for an email. */
  count() {
    return this.page.locator('#draft-count');
  }

  async chooseTone(tone: 'Warm' | 'Formal' | 'Brief'): Promise<void> {
    await this.page
      .getByRole('group', { name: 'Tone' })
      .getByRole('radio', { name: new RegExp(`^${tone}`) })
      .check();
  }

  /** Waits until the draft has loaded, then returns its text. */
  async messageText(): Promise<string> {
    await this.message().waitFor();
    return this.message().inputValue();
  }

  async appendToMessage(text: string): Promise<void> {
    const current = await this.messageText();
    await this.message().fill(`${current}${text}`);
  }

  async markAsSent(): Promise<void> {
    await this.page.getByRole('button', { name: 'Mark as sent' }).click();
  }

  coolOffDialog() {
    return this.page.getByRole('dialog');
  }

  async sendAnyway(): Promise<void> {
    await this.coolOffDialog().getByRole('button', { name: 'Send anyway' }).click();
  }
}
