import { stageRank, stages, type Stage } from '../stages.js';
import { estimateRate, type RateEstimate } from './beta.js';
import type { ApplicationPath } from './paths.js';

export type StageCount = { stage: Stage; reached: number };

/** From one stage to the next: how many moved on, of those whose story there is settled. */
export type Conversion = {
  from: Stage;
  to: Stage;
  /** Applications that reached `from`. */
  reached: number;
  /** Of those, how many reached `to`. */
  advanced: number;
  /** Still open at `from` with recent activity: left out of the rate until they settle. */
  waiting: number;
  /** advanced out of (reached − waiting), with its interval. */
  estimate: RateEstimate;
};

export type ResponseTime = {
  /** Applications with a measurable first reply. */
  measured: number;
  medianDays: number | null;
  /** Three in four replies came within this many days. */
  p75Days: number | null;
};

export type Ghosting = { count: number; share: number | null };

export type Funnel = {
  applications: number;
  stages: StageCount[];
  conversions: Conversion[];
  responseTime: ResponseTime;
  ghosting: Ghosting;
};

/** Consecutive stage pairs: applied → screen, screen → technical, … */
export const stagePairs = stages.slice(1).map((to, i) => ({ from: stages[i] as Stage, to }));

export function conversionKey(from: Stage, to: Stage): string {
  return `${from}→${to}`;
}

function quantile(sorted: readonly number[], q: number): number | null {
  if (sorted.length === 0) return null;
  const position = (sorted.length - 1) * q;
  const low = Math.floor(position);
  const high = Math.ceil(position);
  const a = sorted[low] ?? 0;
  const b = sorted[high] ?? a;
  return a + (b - a) * (position - low);
}

function countConversion(
  ranks: readonly number[],
  paths: readonly ApplicationPath[],
  from: Stage,
  to: Stage,
  level: number,
): Conversion {
  let reached = 0;
  let advanced = 0;
  let waiting = 0;
  const fromRank = stageRank(from);
  const toRank = stageRank(to);
  ranks.forEach((rank, i) => {
    if (rank < fromRank) return;
    reached++;
    if (rank >= toRank) advanced++;
    else if (paths[i]?.isWaiting) waiting++;
  });
  const estimate = estimateRate(advanced, reached - waiting, level);
  return { from, to, reached, advanced, waiting, estimate };
}

/** Counts, conversions, response time and ghosting over the given applications. */
export function buildFunnel(paths: readonly ApplicationPath[], level = 0.9): Funnel {
  const ranks = paths.map((p) => stageRank(p.furthest));
  const stageCounts = stages.map((stage, rank) => ({
    stage,
    reached: ranks.filter((r) => r >= rank).length,
  }));
  const replyDays = paths
    .flatMap((p) => (p.firstReplyDays === null ? [] : [p.firstReplyDays]))
    .sort((a, b) => a - b);
  const ghosted = paths.filter((p) => p.isGhosted).length;
  const round = (value: number | null) => (value === null ? null : Math.round(value * 10) / 10);
  return {
    applications: paths.length,
    stages: stageCounts,
    conversions: stagePairs.map(({ from, to }) => countConversion(ranks, paths, from, to, level)),
    responseTime: {
      measured: replyDays.length,
      medianDays: round(quantile(replyDays, 0.5)),
      p75Days: round(quantile(replyDays, 0.75)),
    },
    ghosting: { count: ghosted, share: paths.length > 0 ? ghosted / paths.length : null },
  };
}
