import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns';
import { stepLabels, type PlanStep } from '../core/playbook/steps.js';
import type { Plan, TodayItem } from '../core/tracker/index.js';
import { formatTable } from './output.js';

const statusWords: Record<PlanStep['status'], string> = {
  upcoming: 'upcoming',
  due: 'due now',
  overdue: 'overdue',
  done: 'done',
  skipped: 'skipped',
  'not-advised': 'not advised',
  blocked: 'blocked',
};

/** "Tue 3 Mar 10:00" in the user's time zone. */
export function formatLocalTime(iso: string | null | undefined, timeZone: string): string {
  if (!iso) return '';
  return format(new TZDate(new Date(iso).getTime(), timeZone), 'EEE d MMM HH:mm');
}

export function formatPlan(plan: Plan, timeZone: string): string {
  const { application: a } = plan;
  const header = `Plan for ${a.role} at ${a.company}${plan.isCoolingOff ? ` (pausing until ${formatLocalTime(plan.coolOffEndsAt, timeZone)})` : ''}`;
  const table = formatTable(
    ['STEP', 'STATUS', 'FROM', 'DUE BY', 'WHY'],
    plan.steps.map((s) => [
      s.kind,
      statusWords[s.status],
      formatLocalTime(s.notBefore ?? s.doneAt, timeZone),
      formatLocalTime(s.dueBy, timeZone),
      s.blockedReason ?? s.rationale,
    ]),
  );
  return `${header}\n\n${table}`;
}

export function formatToday(items: TodayItem[], timeZone: string): string {
  if (items.length === 0) {
    return 'Nothing is due today. Rest is part of the search too.';
  }
  return items
    .map(({ application: a, step }) => {
      const when =
        step.kind === 'cool-off'
          ? `until ${formatLocalTime(step.dueBy, timeZone)}`
          : `${statusWords[step.status]}, by ${formatLocalTime(step.dueBy, timeZone)}`;
      return `${stepLabels[step.kind]} — ${a.role} at ${a.company} (${when})\n  rebound plan ${a.id}`;
    })
    .join('\n');
}
