import type { Diagnosis } from '../../../../src/core/insights/diagnose.js';
import type { PeriodComparison } from '../../../../src/core/insights/periods.js';
import { describePeriodStep } from '../../../../src/core/insights/wording.js';
import { stageLabels } from '../../../../src/core/stages.js';

// How sure the diagnosis is and how this period compares, in plain words for the page.
// The numbers come from the server's diagnosis; this only chooses the sentence.

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** "about 9 in 10": a probability as people say it. */
export function inTen(probability: number): string {
  if (probability >= 0.95) return 'more than 9 in 10';
  const tenths = Math.min(10, Math.max(0, Math.round(probability * 10)));
  return `about ${tenths} in 10`;
}

/** One or two sentences on how much to trust the next step. */
export function certaintyText(diagnosis: Diagnosis): string {
  const count = plural(diagnosis.applications, 'application');
  if (diagnosis.verdict === 'too-early') {
    return diagnosis.applications === 0
      ? 'There is nothing to measure yet, so there is no verdict.'
      : `With ${count} this is a small sample, so there is no verdict yet: the pictures below are a first look, not a judgement.`;
  }
  const small = diagnosis.applications < 30 ? ` ${count} is still a small sample.` : '';
  const bottleneck = diagnosis.bottleneck;
  if (!bottleneck) {
    return `Based on ${count}, no step is clearly below what is typical.${small}`;
  }
  const chance = inTen(bottleneck.probabilityBelow);
  const step = `the step from ${stageLabels[bottleneck.from].toLowerCase()} to ${stageLabels[bottleneck.to].toLowerCase()}`;
  return bottleneck.certainty === 'clear'
    ? `Fairly sure: based on ${count}, the chance that ${step} is below typical is ${chance}.${small}`
    : `Not certain yet: based on ${count}, the chance that ${step} is below typical is ${chance}. A few more applications will make it clearer.${small}`;
}

/** How the recent period compares with the one before, one sentence each. */
export function comparisonText(periods: PeriodComparison): string[] {
  const { days, recent, previous } = periods;
  const counts = `In the last ${days} days you sent ${plural(recent.applications, 'application')}, against ${previous.applications} in the ${days} days before.`;
  if (previous.applications === 0) {
    return [
      recent.applications === 0
        ? `No applications in the last ${days} days, and none before that to compare with.`
        : `${counts} There is no earlier period to compare with yet.`,
    ];
  }
  const changes = periods.steps.flatMap((step) => describePeriodStep(step, days) ?? []);
  return [
    counts,
    ...(changes.length > 0
      ? changes
      : ['No step changed clearly between the two periods; more applications will show more.']),
  ];
}
