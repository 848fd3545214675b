// Moments of the playbook ("Reply by Tuesday 10:00") in the time zone from the user's
// settings, which may differ from the browser's. Display only: the server owns the rules.

type Width = 'long' | 'short';

const dayMs = 86_400_000;
const cache = new Map<string, Intl.DateTimeFormat>();

function isTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat(undefined, { timeZone });
    return true;
  } catch {
    return false;
  }
}

function formatter(timeZone: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const zone = isTimeZone(timeZone) ? timeZone : undefined;
  const key = `${zone ?? ''}|${JSON.stringify(options)}`;
  let format = cache.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(undefined, { ...options, timeZone: zone });
    cache.set(key, format);
  }
  return format;
}

/**
 * "Tuesday 10:00" (or "Tue 10:00") for the coming days and the last day; further ahead or
 * further back the date is added, so a weekday alone is never ambiguous: "Tue, Aug 12, 10:00".
 */
export function formatMoment(
  iso: string,
  timeZone: string,
  width: Width = 'long',
  now = new Date(),
): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const ahead = date.getTime() - now.getTime();
  const isFar = ahead >= 6 * dayMs || ahead < -dayMs;
  const day = formatter(timeZone, {
    weekday: width,
    ...(isFar ? { day: 'numeric', month: 'short' } : {}),
  }).format(date);
  const time = formatter(timeZone, {
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(date);
  return isFar ? `${day}, ${time}` : `${day} ${time}`;
}

/** The browser's own time zone, to tell the reader when the settings use another one. */
export function browserTimeZone(): string {
  return new Intl.DateTimeFormat().resolvedOptions().timeZone;
}

/** Every time zone the browser knows, for the settings' suggestions. */
export function knownTimeZones(): string[] {
  try {
    return Intl.supportedValuesOf('timeZone');
  } catch {
    return ['UTC', 'Europe/London', 'Europe/Berlin', 'America/New_York', 'Asia/Tokyo'];
  }
}
