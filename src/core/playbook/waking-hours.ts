import { TZDate } from '@date-fns/tz';
import type { PlaybookSettings } from './settings.js';

export type WakingRules = Pick<
  PlaybookSettings,
  'timeZone' | 'quietFromHour' | 'quietUntilHour' | 'isWeekendQuiet'
>;

const hourMs = 3_600_000;

export function addHours(instant: Date, hours: number): Date {
  return new Date(instant.getTime() + hours * hourMs);
}

export function addDays(instant: Date, days: number): Date {
  return addHours(instant, days * 24);
}

function isQuietHour(hour: number, rules: WakingRules): boolean {
  const { quietFromHour: from, quietUntilHour: until } = rules;
  return from > until ? hour >= from || hour < until : hour >= from && hour < until;
}

function morningOf(local: TZDate, dayOffset: number, rules: WakingRules): TZDate {
  return new TZDate(
    local.getFullYear(),
    local.getMonth(),
    local.getDate() + dayOffset,
    rules.quietUntilHour,
    0,
    0,
    rules.timeZone,
  );
}

/**
 * The first moment at or after `instant` that is outside the user's quiet hours (and,
 * if they choose, not on a weekend), in their time zone: 23:40 on a Saturday becomes
 * Monday morning.
 */
export function nextWakingTime(
  instant: Date,
  rules: WakingRules,
  options: { isWeekendAllowed?: boolean } = {},
): Date {
  const avoidsWeekend = rules.isWeekendQuiet && options.isWeekendAllowed !== true;
  let local = new TZDate(instant.getTime(), rules.timeZone);
  for (let guard = 0; guard < 10; guard++) {
    const isWeekend = local.getDay() === 0 || local.getDay() === 6;
    if (!(avoidsWeekend && isWeekend) && !isQuietHour(local.getHours(), rules)) {
      return new Date(local.getTime());
    }
    const isBeforeMorning =
      !(avoidsWeekend && isWeekend) && local.getHours() < rules.quietUntilHour;
    local = morningOf(local, isBeforeMorning ? 0 : 1, rules);
  }
  return new Date(local.getTime());
}

/** A window that starts when allowed and always leaves a little time to act. */
export function dueWindow(
  notBefore: Date,
  dueBy: Date,
  rules: WakingRules,
  options: { isWeekendAllowed?: boolean } = {},
): { notBefore: Date; dueBy: Date } {
  const start = nextWakingTime(notBefore, rules, options);
  let end = nextWakingTime(dueBy, rules, options);
  if (end.getTime() < start.getTime() + 2 * hourMs) {
    end = nextWakingTime(addHours(start, 2), rules, options);
  }
  return { notBefore: start, dueBy: end };
}
