import type { ApplicationEvent } from '../records.js';
import { feedbackThemes, findThemes, type FeedbackTheme } from '../themes/index.js';

export type ThemeCount = { theme: FeedbackTheme; count: number };
/** How often each theme came up in the feedback received in one month (YYYY-MM). */
export type ThemeMonth = { month: string; theme: FeedbackTheme; count: number };

export type FeedbackThemes = {
  /** Feedback texts read. */
  feedbackCount: number;
  /** Every theme found at least once, most frequent first. */
  totals: ThemeCount[];
  months: ThemeMonth[];
};

/** Reads the themes of every feedback the user logged, and counts them by month. */
export function countFeedbackThemes(events: readonly ApplicationEvent[]): FeedbackThemes {
  const feedback = events.filter((e) => e.type === 'feedback_received' && e.detail);
  const totals = new Map<FeedbackTheme, number>();
  const months = new Map<string, number>();
  for (const event of feedback) {
    const found = new Set(findThemes(event.detail ?? '').themes.map((t) => t.theme));
    const month = event.at.slice(0, 7);
    for (const theme of found) {
      totals.set(theme, (totals.get(theme) ?? 0) + 1);
      const key = `${month} ${theme}`;
      months.set(key, (months.get(key) ?? 0) + 1);
    }
  }
  const order = (theme: FeedbackTheme) => feedbackThemes.indexOf(theme);
  return {
    feedbackCount: feedback.length,
    totals: [...totals]
      .map(([theme, count]) => ({ theme, count }))
      .sort((a, b) => b.count - a.count || order(a.theme) - order(b.theme)),
    months: [...months]
      .map(([key, count]) => {
        const [month = '', theme = 'other'] = key.split(' ');
        return { month, theme: theme as FeedbackTheme, count };
      })
      .sort((a, b) => a.month.localeCompare(b.month) || order(a.theme) - order(b.theme)),
  };
}
