// How a playbook step reads on screen: its status in words and its window. The kinds,
// statuses and labels come from the core; only the wording of the UI lives here.
import type { StepKind, StepStatus } from '../../src/core/playbook/steps.js';
import { formatMoment } from './zoned-time.js';

export const statusLabels: Record<StepStatus, string> = {
  upcoming: 'Coming up',
  due: 'Due now',
  overdue: 'Past due',
  done: 'Done',
  skipped: 'Skipped',
  'not-advised': 'Not advised',
  blocked: 'Closed',
};

/** The verb before a deadline: "Reply by Tuesday 10:00". */
const deadlineVerbs: Record<StepKind, string> = {
  'cool-off': 'Pause until',
  reply: 'Reply by',
  'feedback-request': 'Ask by',
  'feedback-followup': 'Follow up by',
  linkedin: 'Connect by',
  reaffirm: 'Write by',
  'self-assessment': 'Look back by',
  checkin: 'Check in by',
  'feedback-thanks': 'Thank them by',
};

type Timed = { kind: StepKind; notBefore: string | null; dueBy: string | null };

export function deadlineText(step: Timed, timeZone: string, width: 'long' | 'short' = 'long') {
  return step.dueBy
    ? `${deadlineVerbs[step.kind]} ${formatMoment(step.dueBy, timeZone, width)}`
    : '';
}

/** "From Mon 13:00 · Reply by Wed 09:00", or just the part that is known. */
export function windowText(step: Timed, timeZone: string): string {
  const from = step.notBefore ? `From ${formatMoment(step.notBefore, timeZone, 'short')}` : '';
  return [from, deadlineText(step, timeZone, 'short')].filter(Boolean).join(' · ');
}

/** A gentle line under a step that is later than planned. */
export const overdueNote = 'Later than planned, and still worth doing.';

/** A kind sentence while the pause after a rejection runs. */
export const pauseNote =
  'Nothing needs sending yet. Step away for a while; the reply will be just as welcome later.';
