import { stageRank, type Stage } from '../stages.js';
import { probabilityBelow } from './beta.js';
import { buildFunnel, type Conversion, type Funnel } from './funnel.js';
import type { ApplicationPath } from './paths.js';
import { comparePeriods, type PeriodComparison } from './periods.js';
import {
  clearBelow,
  likelyBelow,
  minApplicationsForVerdict,
  minTrialsPerStep,
  referenceRate,
} from './reference-rates.js';
import { remedies, type Remedy } from './remedies.js';
import { describePeriodStep, describeStep } from './wording.js';

export type StepVerdict = 'below' | 'typical' | 'above' | 'not-enough-data';

export type StepFinding = Conversion & {
  reference: number;
  /** How likely the true rate is below the typical one; null without enough data. */
  probabilityBelow: number | null;
  verdict: StepVerdict;
  /** One plain sentence with the numbers and the interval. */
  summary: string;
};

export type Bottleneck = {
  from: Remedy['stage'];
  to: Stage;
  certainty: 'clear' | 'likely';
  probabilityBelow: number;
  remedy: Remedy;
};

export type CoachSuggestion = { lateRejections: number; message: string };

export type Diagnosis = {
  verdict: 'too-early' | 'bottleneck' | 'no-bottleneck';
  applications: number;
  /** One sentence: what to work on next and why. */
  headline: string;
  bottleneck: Bottleneck | null;
  steps: StepFinding[];
  periods: PeriodComparison;
  coach: CoachSuggestion | null;
  /** The reasoning, sentence by sentence, for "why?" */
  notes: string[];
};

export type DiagnoseOptions = {
  now: Date;
  periodDays?: number;
  /** The funnel of these paths, when the caller built it already. */
  funnel?: Funnel;
};

/** Several late rejections mean the qualifications are there: a coach can help with the rest. */
export const lateRejectionsForCoach = 3;

function judgeStep(conversion: Conversion): StepFinding {
  const reference = referenceRate(conversion.from, conversion.to);
  const { successes, trials } = conversion.estimate;
  const below = trials < minTrialsPerStep ? null : probabilityBelow(successes, trials, reference);
  const verdict: StepVerdict =
    below === null
      ? 'not-enough-data'
      : below >= clearBelow
        ? 'below'
        : below <= 1 - clearBelow
          ? 'above'
          : 'typical';
  const finding = { ...conversion, reference, probabilityBelow: below, verdict };
  return { ...finding, summary: describeStep(finding) };
}

/** The earliest step clearly below typical; failing that, the one most likely below. */
function findBottleneck(steps: readonly StepFinding[]): Bottleneck | null {
  const judged = steps.filter((s) => s.probabilityBelow !== null && s.from !== 'offer');
  const clear = judged.find((s) => (s.probabilityBelow ?? 0) >= clearBelow);
  const likely = [...judged].sort((a, b) => (b.probabilityBelow ?? 0) - (a.probabilityBelow ?? 0));
  const pick = clear ?? likely.find((s) => (s.probabilityBelow ?? 0) >= likelyBelow);
  if (!pick || pick.from === 'offer') return null;
  const probability = pick.probabilityBelow ?? 0;
  return {
    from: pick.from,
    to: pick.to,
    certainty: probability >= clearBelow ? 'clear' : 'likely',
    probabilityBelow: probability,
    remedy: remedies[pick.from],
  };
}

function suggestCoach(paths: readonly ApplicationPath[]): CoachSuggestion | null {
  const late = paths.filter(
    (p) => p.outcome === 'rejected' && stageRank(p.furthest) >= stageRank('technical'),
  ).length;
  if (late < lateRejectionsForCoach) return null;
  return {
    lateRejections: late,
    message: `You have been turned down after a technical or final round ${late} times. Getting that far means your skills match what employers ask for; a career coach or mentor can look at those late rounds with you and spot what is hard to see from the inside.`,
  };
}

function tooEarlyHeadline(count: number): string {
  if (count === 0) {
    return 'Nothing to read yet: add the applications you have sent, and once there are about 10, Rebound will show where your search stalls.';
  }
  const plural = count === 1 ? 'application' : 'applications';
  return `Too early to tell: ${count} ${plural} so far, and it takes about ${minApplicationsForVerdict} to see where a search stalls, so keep each one tailored for now.`;
}

function calmHeadline(steps: readonly StepFinding[]): string {
  if (steps.every((s) => s.verdict === 'not-enough-data')) {
    return 'Most of your applications are still in progress, so it is too early to name a stage to work on; keep sending a few tailored applications a week.';
  }
  return 'No stage stands out as a bottleneck so far, so keep sending a few tailored applications a week and keep practising what got you this far.';
}

/** Where the search stalls, how sure we are, and what to do about it. */
export function diagnoseFunnel(
  paths: readonly ApplicationPath[],
  options: DiagnoseOptions,
): Diagnosis {
  const funnel = options.funnel ?? buildFunnel(paths);
  const steps = funnel.conversions.map(judgeStep);
  const periods = comparePeriods(paths, options.now, options.periodDays);
  const coach = suggestCoach(paths);
  const periodNotes = periods.steps.flatMap((s) => describePeriodStep(s, periods.days) ?? []);
  if (paths.length < minApplicationsForVerdict) {
    return {
      verdict: 'too-early',
      applications: paths.length,
      headline: tooEarlyHeadline(paths.length),
      bottleneck: null,
      steps,
      periods,
      coach,
      notes: [],
    };
  }
  const bottleneck = findBottleneck(steps);
  return {
    verdict: bottleneck ? 'bottleneck' : 'no-bottleneck',
    applications: paths.length,
    headline: bottleneck ? bottleneck.remedy.headline : calmHeadline(steps),
    bottleneck,
    steps,
    periods,
    coach,
    notes: [...steps.map((s) => s.summary), ...periodNotes],
  };
}
