import type { Stage } from '../stages.js';

/**
 * The conversion rates we call "typical", one per step of the funnel. They are round
 * yardsticks we assume, in line with commonly reported job-search figures (roughly one
 * application in eight gets a first call; a bit under half of each interview round leads
 * to the next; about a third of final rounds end in an offer). They are not a target and
 * not a study: a user's own earlier period is the fairer comparison, and we show both.
 */
export const referenceRates = {
  'applied→screen': 0.12,
  'screen→technical': 0.45,
  'technical→final': 0.45,
  'final→offer': 0.35,
} as const satisfies Record<string, number>;

export function referenceRate(from: Stage, to: Stage): number {
  const key = `${from}→${to}`;
  return key in referenceRates ? referenceRates[key as keyof typeof referenceRates] : 0.5;
}

/** Below this many applications there is no verdict at all. */
export const minApplicationsForVerdict = 10;
/** A step needs this many settled applications before its rate says anything. */
export const minTrialsPerStep = 5;
/** How sure we must be that a rate is below typical to call it the bottleneck. */
export const clearBelow = 0.9;
/** …or "likely" the bottleneck. */
export const likelyBelow = 0.75;
