import type { ApplicationEvent, Rejection } from '../records.js';
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

type RejectionDates = Pick<Rejection, 'applicationId' | 'receivedAt' | 'createdAt'>;

/**
 * When the feedback reached the user. A feedback event's time is the received date the user
 * gave, or else the moment it was logged, which for a season entered after the fact is long
 * after. Feedback always follows a rejection that is already in Rebound, so a time before that
 * rejection was entered must be a received date the user gave; otherwise the date of the
 * rejection it answers stands in (feedback comes with it or soon after).
 */
export function feedbackReceivedAt(
  event: Pick<ApplicationEvent, 'applicationId' | 'at'>,
  rejections: readonly RejectionDates[],
): string {
  const at = Date.parse(event.at);
  const answered = rejections
    .filter((r) => r.applicationId === event.applicationId && Date.parse(r.receivedAt) <= at)
    .reduce<RejectionDates | null>(
      (latest, r) =>
        latest === null || Date.parse(r.receivedAt) > Date.parse(latest.receivedAt) ? r : latest,
      null,
    );
  if (answered === null || at < Date.parse(answered.createdAt)) return event.at;
  return answered.receivedAt;
}

/**
 * Reads the themes of every feedback the user logged, and counts them by the month the
 * feedback was received (not logged).
 */
export function countFeedbackThemes(
  events: readonly ApplicationEvent[],
  rejections: readonly RejectionDates[] = [],
): FeedbackThemes {
  const feedback = events.filter((e) => e.type === 'feedback_received' && e.detail);
  const totals = new Map<FeedbackTheme, number>();
  const months = new Map<string, number>();
  for (const event of feedback) {
    const found = new Set(findThemes(event.detail ?? '').themes.map((t) => t.theme));
    const month = feedbackReceivedAt(event, rejections).slice(0, 7);
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
