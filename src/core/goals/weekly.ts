import { TZDate } from '@date-fns/tz';

/** A few tailored applications a week: quality over quantity. */
export const defaultWeeklyTarget = 3;

export type WeekProgress = {
  target: number;
  /** Monday to Sunday of this week in the user's time zone, YYYY-MM-DD. */
  weekStart: string;
  weekEnd: string;
  /** Applications added this week. */
  count: number;
  isMet: boolean;
  /** Weeks in a row meeting the target: the finished weeks before this one, plus this one once met. */
  streak: number;
  /** One kind line about where the week stands. */
  message: string;
};

const dayMs = 24 * 3600 * 1000;
const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** The calendar day of an instant in a time zone, as a UTC midnight timestamp. */
function localDay(instant: Date, timeZone: string): number {
  const local = new TZDate(instant.getTime(), timeZone);
  return Date.UTC(local.getFullYear(), local.getMonth(), local.getDate());
}

function message(count: number, target: number, streak: number): string {
  if (count >= target) {
    return streak > 1
      ? `Target met: ${count} this week, and ${streak} weeks in a row. Well done; rest counts too.`
      : `Target met: ${count} this week. Well done; rest counts too.`;
  }
  const left = target - count;
  return `${count} of ${target} this week; ${left} more tailored ${left === 1 ? 'application' : 'applications'} to go, and no need to rush them.`;
}

/**
 * Progress toward the weekly target. `addedOn` holds the calendar day (in the user's time
 * zone) each application was added or sent.
 */
export function weeklyProgress(
  addedOn: readonly string[],
  options: { target: number; now: Date; timeZone: string },
): WeekProgress {
  const today = localDay(options.now, options.timeZone);
  const weekday = (new Date(today).getUTCDay() + 6) % 7; // Monday = 0
  const weekStart = today - weekday * dayMs;
  const perWeek = new Map<number, number>();
  for (const day of addedOn) {
    const at = Date.parse(`${day}T00:00:00Z`);
    if (Number.isNaN(at)) continue;
    const start = at - ((new Date(at).getUTCDay() + 6) % 7) * dayMs;
    perWeek.set(start, (perWeek.get(start) ?? 0) + 1);
  }
  const count = perWeek.get(weekStart) ?? 0;
  const isMet = count >= options.target;
  let streak = 0;
  for (let start = weekStart - 7 * dayMs; (perWeek.get(start) ?? 0) >= options.target;) {
    streak++;
    start -= 7 * dayMs;
  }
  if (isMet) streak++;
  return {
    target: options.target,
    weekStart: isoDay(weekStart),
    weekEnd: isoDay(weekStart + 6 * dayMs),
    count,
    isMet,
    streak,
    message: message(count, options.target, streak),
  };
}

/** The calendar day an application counts for: the day it was sent, else the day it was added. */
export function countingDay(
  application: { appliedOn: string | null; createdAt: string },
  timeZone: string,
): string {
  return application.appliedOn ?? isoDay(localDay(new Date(application.createdAt), timeZone));
}
