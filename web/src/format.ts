// Display helpers: how dates and text look on screen. No rules about applications here.

const dateFormat = new Intl.DateTimeFormat(undefined, {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
});
const dateTimeFormat = new Intl.DateTimeFormat(undefined, {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  hour: 'numeric',
  minute: '2-digit',
});

const pad = (n: number) => String(n).padStart(2, '0');

/** A calendar date (YYYY-MM-DD) as the reader's locale writes it, without time-zone drift. */
export function formatCalendarDate(value: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return value;
  const [year, month, day] = match.slice(1).map(Number) as [number, number, number];
  return dateFormat.format(new Date(year, month - 1, day));
}

/** An instant (ISO 8601) in the reader's time zone. */
export function formatTime(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : dateTimeFormat.format(date);
}

/** Today in the reader's time zone, as an <input type="date"> value. */
export function todayForDateInput(now = new Date()): string {
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** An <input type="datetime-local"> value (reader's time zone) as an ISO instant. */
export function localDateTimeToIso(value: string): string | undefined {
  if (value === '') return undefined;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString();
}

/** The first few non-empty lines of a text, shortened to fit a list. */
export function firstLines(text: string, maxLines = 3, maxChars = 280): string {
  const lines = text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '');
  const kept = lines.slice(0, maxLines).join('\n');
  const isCut = lines.length > maxLines || kept.length > maxChars;
  return isCut ? `${kept.slice(0, maxChars).trimEnd()}…` : kept;
}

/** "1 rejection", "3 rejections". */
export function countOf(n: number, singular: string, plural = `${singular}s`): string {
  return `${n} ${n === 1 ? singular : plural}`;
}
