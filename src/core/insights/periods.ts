import type { Stage } from '../stages.js';
import { probabilityGreater } from './beta.js';
import { buildFunnel, type Conversion } from './funnel.js';
import type { ApplicationPath } from './paths.js';
import { minTrialsPerStep } from './reference-rates.js';

const dayMs = 24 * 3600 * 1000;

export type Trend = 'better' | 'worse' | 'similar' | 'not-enough-data';

export type PeriodStep = {
  from: Stage;
  to: Stage;
  recent: Conversion;
  previous: Conversion;
  /** P(the recent rate is above the earlier one), or null without enough data. */
  probabilityBetter: number | null;
  trend: Trend;
};

export type PeriodComparison = {
  days: number;
  /** The recent period: the last `days` up to now (dates YYYY-MM-DD, inclusive). */
  recent: { from: string; to: string; applications: number };
  previous: { from: string; to: string; applications: number };
  steps: PeriodStep[];
};

const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

function trendOf(recent: Conversion, previous: Conversion): Omit<PeriodStep, 'from' | 'to'> {
  const r = recent.estimate;
  const p = previous.estimate;
  if (r.trials < minTrialsPerStep || p.trials < minTrialsPerStep) {
    return { recent, previous, probabilityBetter: null, trend: 'not-enough-data' };
  }
  const better = probabilityGreater(
    r.successes + 0.5,
    r.trials - r.successes + 0.5,
    p.successes + 0.5,
    p.trials - p.successes + 0.5,
  );
  const trend = better >= 0.9 ? 'better' : better <= 0.1 ? 'worse' : 'similar';
  return { recent, previous, probabilityBetter: better, trend };
}

/** The last `days` against the `days` before, by the date each application was sent. */
export function comparePeriods(
  paths: readonly ApplicationPath[],
  now: Date,
  days = 90,
): PeriodComparison {
  const today = Date.parse(`${isoDay(now.getTime())}T00:00:00Z`);
  const recentStart = today - (days - 1) * dayMs;
  const previousStart = recentStart - days * dayMs;
  const inRange = (start: number, end: number) =>
    paths.filter((p) => {
      const at = Date.parse(`${p.appliedOn}T00:00:00Z`);
      return at >= start && at <= end;
    });
  const recent = inRange(recentStart, today);
  const previous = inRange(previousStart, recentStart - dayMs);
  const recentFunnel = buildFunnel(recent);
  const previousFunnel = buildFunnel(previous);
  return {
    days,
    recent: { from: isoDay(recentStart), to: isoDay(today), applications: recent.length },
    previous: {
      from: isoDay(previousStart),
      to: isoDay(recentStart - dayMs),
      applications: previous.length,
    },
    steps: recentFunnel.conversions.map((conversion, i) => ({
      from: conversion.from,
      to: conversion.to,
      ...trendOf(conversion, previousFunnel.conversions[i] ?? conversion),
    })),
  };
}
