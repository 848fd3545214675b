import { computePlan } from '../playbook/plan.js';
import type { PlanStep } from '../playbook/steps.js';
import type { Application, Rejection } from '../records.js';
import { furthestStage } from '../timeline.js';
import { requireApplication } from './applications.js';
import type { TrackerContext } from './context.js';
import { getSettings } from './playbook.js';

export type TodayItem = { application: Application; step: PlanStep };

const urgency = (step: PlanStep) =>
  step.status === 'overdue' ? 0 : step.kind === 'cool-off' ? 2 : 1;

/**
 * Every step due or overdue across all rejections, the most urgent first: overdue,
 * then due by the nearest deadline, then pauses still running.
 */
export async function getToday(ctx: TrackerContext, now = ctx.now()): Promise<TodayItem[]> {
  const latest = new Map<string, Rejection>();
  for (const rejection of await ctx.store.rejections.list(ctx.userId)) {
    latest.set(rejection.applicationId, rejection);
  }
  const ids = [...latest.keys()];
  const [events, settings] = await Promise.all([
    ctx.store.events.listForApplications(ctx.userId, ids),
    getSettings(ctx),
  ]);
  const items: TodayItem[] = [];
  for (const [applicationId, rejection] of latest) {
    const own = events.filter((event) => event.applicationId === applicationId);
    const steps = computePlan({
      rejection,
      furthestStage: furthestStage(own),
      events: own,
      settings,
      now,
    });
    const open = steps.filter((step) => step.status === 'due' || step.status === 'overdue');
    if (open.length === 0) continue;
    const application = await requireApplication(ctx, applicationId);
    for (const step of open) items.push({ application, step });
  }
  return items.sort(
    (a, b) =>
      urgency(a.step) - urgency(b.step) || (a.step.dueBy ?? '').localeCompare(b.step.dueBy ?? ''),
  );
}
