import * as chrono from 'chrono-node';

export type Period = 'day' | 'week' | 'month';

/** When a goal ends, or how often it repeats, and which words said so. */
export type TimeFrame = {
  /** Calendar date YYYY-MM-DD, or null. */
  deadline: string | null;
  /** A repeating goal ("3 applications a week"). */
  period: Period | null;
  /** The spans of text that named the time, so numbers inside them are not read as counts. */
  spans: { start: number; end: number }[];
};

const dayMs = 24 * 3600 * 1000;
export const periodDays: Record<Period, number> = { day: 1, week: 7, month: 30 };

const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const dayOf = (date: Date) =>
  Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate());

// "a week" after "in"/"within" is a deadline ("in a week"); otherwise it is a rhythm.
const recurring =
  /(?<!\b(?:in|within|for)\s)\b(?:a|an|per|each|every)\s+(day|week|month)\b|\b(daily|weekly|monthly)\b/i;
const recurringWords: Record<string, Period> = {
  day: 'day',
  daily: 'day',
  week: 'week',
  weekly: 'week',
  month: 'month',
  monthly: 'month',
};
// chrono reads "this week" as a day inside it and "this month" as its first day; a goal
// meant "by the end of it".
const timeAmount = /^(?:for\s+)?\d+(\.\d+)?\s*(h|hours?|hrs?|minutes?|mins?)\b/i;
const thisPeriod = /\b(?:this|the current)\s+(week|month)\b|\bby the weekend\b/i;

function endOfThis(unit: string, reference: Date): string {
  const today = dayOf(reference);
  if (unit === 'month') {
    return isoDay(Date.UTC(reference.getUTCFullYear(), reference.getUTCMonth() + 1, 0));
  }
  // Weeks end on Sunday.
  const daysToSunday = (7 - reference.getUTCDay()) % 7;
  return isoDay(today + daysToSunday * dayMs);
}

/** Reads the deadline or rhythm of a goal, relative to `reference` (dates in UTC). */
export function readTimeFrame(text: string, reference: Date): TimeFrame {
  const spans: TimeFrame['spans'] = [];
  const repeat = recurring.exec(text);
  const period = repeat
    ? (recurringWords[(repeat[1] ?? repeat[2] ?? '').toLowerCase()] ?? null)
    : null;
  if (repeat) spans.push({ start: repeat.index, end: repeat.index + repeat[0].length });
  const current = thisPeriod.exec(text);
  if (current) {
    spans.push({ start: current.index, end: current.index + current[0].length });
    return { deadline: endOfThis((current[1] ?? 'week').toLowerCase(), reference), period, spans };
  }
  const found = chrono.casual.parse(
    text,
    { instant: reference, timezone: 'UTC' },
    { forwardDate: true },
  );
  let deadline: string | null = null;
  for (const result of found) {
    // "10 hours" is an amount of time to spend, not a moment.
    if (timeAmount.test(result.text)) continue;
    spans.push({ start: result.index, end: result.index + result.text.length });
    const end = result.end ?? result.start;
    const date = isoDay(
      Date.UTC(end.get('year') ?? 0, (end.get('month') ?? 1) - 1, end.get('day') ?? 1),
    );
    if (deadline === null || date > deadline) deadline = date;
  }
  return { deadline, period, spans };
}

/** Whole days from the reference day to the deadline (0 when it is today). */
export function daysUntil(deadline: string, reference: Date): number {
  return Math.round((Date.parse(`${deadline}T00:00:00Z`) - dayOf(reference)) / dayMs);
}
