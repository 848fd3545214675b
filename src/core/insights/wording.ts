import type { Stage } from '../stages.js';
import type { StepFinding } from './diagnose.js';
import type { PeriodStep } from './periods.js';

/** "screens", "technical rounds": what the `from` stage is called when counting. */
const stageNouns: Record<Stage, [string, string]> = {
  applied: ['application', 'applications'],
  screen: ['screen', 'screens'],
  technical: ['technical round', 'technical rounds'],
  final: ['final round', 'final rounds'],
  offer: ['offer', 'offers'],
};

/** What moving on from each stage means, in words. */
const movedOn: Record<Stage, string> = {
  applied: 'got a reply that led to a screen',
  screen: 'led to a technical round',
  technical: 'led to a final round',
  final: 'ended in an offer',
  offer: 'ended in an offer',
};

export const percent = (share: number) => `${Math.round(share * 100)}%`;

export function countOf(stage: Stage, n: number): string {
  const [one, many] = stageNouns[stage];
  return `${n} ${n === 1 ? one : many}`;
}

function certaintyWords(probabilityBelow: number): string {
  if (probabilityBelow >= 0.97) return 'almost certainly below';
  if (probabilityBelow >= 0.9) return 'very likely below';
  if (probabilityBelow >= 0.75) return 'probably below';
  if (probabilityBelow <= 0.1) return 'above';
  return 'within the usual range of';
}

/** "Of 20 screens, 3 led to a technical round (15%, likely between 6% and 31%); typical is about 45%." */
export function describeStep(step: Omit<StepFinding, 'summary'>): string {
  const { estimate, waiting, from, to, reference } = step;
  const inProgress = waiting > 0 ? ` (${waiting} more still in progress)` : '';
  if (estimate.trials === 0) {
    const [, many] = stageNouns[from];
    return waiting > 0
      ? `No ${many} have settled yet (${waiting} still in progress), so there is nothing to measure here.`
      : `No ${many} yet, so there is nothing to measure here.`;
  }
  if (step.probabilityBelow === null) {
    return `Only ${countOf(from, estimate.trials)} settled so far${inProgress}: too few to say how often they lead to the ${to === 'screen' ? 'next step' : 'next round'}.`;
  }
  const level = percent(estimate.level);
  const share = percent(estimate.rate ?? 0);
  return `Of ${countOf(from, estimate.trials)}, ${estimate.successes} ${movedOn[from]} (${share}; with ${level} certainty between ${percent(estimate.low)} and ${percent(estimate.high)})${inProgress}. That is ${certaintyWords(step.probabilityBelow)} the typical ${percent(reference)}.`;
}

/** A sentence when a step changed between the two periods; null when it did not. */
export function describePeriodStep(step: PeriodStep, days: number): string | null {
  if (step.trend !== 'better' && step.trend !== 'worse') return null;
  const now = percent(step.recent.estimate.rate ?? 0);
  const before = percent(step.previous.estimate.rate ?? 0);
  const [, many] = stageNouns[step.from];
  const change = step.trend === 'better' ? 'more often' : 'less often';
  return `In the last ${days} days, ${many} ${movedOn[step.from]} ${change} than in the ${days} days before (${now} against ${before}).`;
}
