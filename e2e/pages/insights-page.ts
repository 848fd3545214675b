import type { Page } from 'playwright-core';

/** The Insights page, the Goals page and the look-back, as a user sees them. */
export class InsightsPage {
  constructor(
    private readonly page: Page,
    private readonly baseUrl: string,
  ) {}

  async open(): Promise<void> {
    await this.page.goto(`${this.baseUrl}insights`);
  }

  async openGoals(): Promise<void> {
    await this.page.goto(`${this.baseUrl}goals`);
  }

  nextStep() {
    return this.page.getByRole('region', { name: 'Your next step' });
  }

  /** A chart's figure, by its caption title. */
  figure(title: string) {
    return this.page.getByRole('figure', { name: title });
  }

  /** The drawn SVG of a chart (vega's, or the Sankey renderer's). */
  chartSvg(name: 'funnel' | 'sankey' | 'themes' | 'goals') {
    return this.page.locator(`[data-chart="${name}"][data-state="drawn"] svg`);
  }

  /** SVG marks: vega draws bars as paths, the Sankey draws nodes as rects and links as paths. */
  async markCount(name: 'funnel' | 'sankey' | 'themes' | 'goals'): Promise<number> {
    return this.chartSvg(name).locator('path, rect').count();
  }

  smartCheck() {
    return this.page.getByRole('list', { name: 'SMART check' });
  }

  /** "Measurable: missing", as the check shows each letter. */
  smartLetter(name: string) {
    return this.smartCheck()
      .getByRole('listitem')
      .filter({ hasText: `${name}:` });
  }

  async writeGoal(text: string): Promise<void> {
    await this.page.getByLabel('Your goal', { exact: true }).fill(text);
  }

  async saveGoal(): Promise<void> {
    await this.page.getByRole('button', { name: 'Save goal' }).click();
  }

  goal(text: string) {
    return this.page
      .getByRole('list', { name: 'Your goals' })
      .getByRole('listitem')
      .filter({ has: this.page.getByRole('heading', { name: text }) });
  }

  /** A goal in the list of goals marked done. */
  doneGoal(text: string) {
    return this.page
      .getByRole('list', { name: 'Done' })
      .getByRole('listitem')
      .filter({ has: this.page.getByRole('heading', { name: text }) });
  }

  async logProgress(goalText: string, note: string, amount: number): Promise<void> {
    const goal = this.goal(goalText);
    await goal.getByLabel('What you did').fill(note);
    await goal.getByLabel('Amount (optional)').fill(String(amount));
    await goal.getByRole('button', { name: 'Log progress' }).click();
  }

  lookBack() {
    return this.page.getByRole('region', { name: 'Look back' });
  }

  /** Answers one yes / no / not sure question of the look-back. */
  async answer(question: string, choice: string): Promise<void> {
    await this.lookBack()
      .getByRole('group', { name: question })
      .getByLabel(choice, { exact: true })
      .check();
  }
}
