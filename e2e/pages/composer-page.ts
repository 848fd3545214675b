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

  /** Replaces the whole message, as typing over it would. */
  async replaceMessage(text: string): Promise<void> {
    await this.message().waitFor();
    await this.message().fill(text);
  }

  /** The review's verdict badge: "Ready to send", "Worth a second look" or "Hold this one for now". */
  verdict() {
    return this.page.locator('#review-verdict');
  }

  /** The marks drawn behind the message, one per highlighted stretch. */
  marks() {
    return this.page.locator('.review-backdrop mark');
  }

  findings() {
    return this.page.getByRole('list', { name: 'Review findings' });
  }

  /** The finding whose quoted excerpt is exactly `excerpt`. */
  finding(excerpt: string) {
    return this.findings()
      .getByRole('listitem')
      .filter({
        has: this.page.getByRole('button', { name: new RegExp(`“${escape(excerpt)}”$`) }),
      });
  }

  /** Clicks a finding's excerpt: the message gets focus with those words selected. */
  async showFinding(excerpt: string): Promise<void> {
    await this.finding(excerpt)
      .getByRole('button', { name: new RegExp(`“${escape(excerpt)}”$`) })
      .click();
  }

  /** Applies a finding's one-click fix, the “Use …” button. */
  async useReplacement(excerpt: string, replacement: string): Promise<void> {
    await this.finding(excerpt)
      .getByRole('button', { name: `Use “${replacement}”`, exact: true })
      .click();
  }

  /** What is selected in the message, and whether it has focus. */
  async messageSelection(): Promise<{ text: string; isFocused: boolean }> {
    return this.message().evaluate((element) => {
      const area = element as HTMLTextAreaElement;
      return {
        text: area.value.slice(area.selectionStart, area.selectionEnd),
        isFocused: document.activeElement === area,
      };
    });
  }

  /** The dialog that asks before sending what the review would hold. */
  holdDialog() {
    return this.page.getByRole('dialog', { name: 'Hold this one for now?' });
  }

  async keepEditing(): Promise<void> {
    await this.holdDialog().getByRole('button', { name: 'Keep editing' }).click();
  }
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
