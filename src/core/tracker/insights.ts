import type { TopLevelSpec } from 'vega-lite';
import { countingDay, weeklyProgress, type WeekProgress } from '../goals/weekly.js';
import {
  funnelChartSpec,
  goalsChartSpec,
  themesChartSpec,
  type ChartName,
} from '../insights/charts.js';
import type { Diagnosis } from '../insights/diagnose.js';
import type { Funnel } from '../insights/funnel.js';
import { buildSankey, type SankeyData } from '../insights/sankey.js';
import { renderSankeySvg } from '../insights/sankey-svg.js';
import type { FeedbackThemes } from '../insights/themes-over-time.js';
import { computePlan } from '../playbook/plan.js';
import type { PlanStep } from '../playbook/steps.js';
import type { Application, Rejection } from '../records.js';
import type { TrackerContext } from './context.js';
import { viewGoal, type GoalView } from './goals.js';
import { loadLearning, type Learning } from './learning.js';

const dayMs = 24 * 3600 * 1000;
/** The week's plan lists at most this many check-ins, the most urgent first. */
export const maxCheckins = 10;

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

/** A contact to check in with this week, from the playbook's check-in step. */
export type CheckinDue = {
  applicationId: string;
  company: string;
  role: string;
  contacts: string[];
  status: PlanStep['status'];
  notBefore: string | null;
  dueBy: string | null;
};

export type Insights = {
  generatedAt: string;
  /** One sentence: what to work on next and why. */
  headline: string;
  diagnosis: Diagnosis;
  funnel: Funnel;
  sankey: SankeyData;
  themes: FeedbackThemes;
  /** Open goals, nearest deadline first. */
  goals: GoalView[];
  weekly: WeekProgress;
  checkins: CheckinDue[];
  /** Vega-Lite specs with their data inline, ready to draw. */
  charts: Record<ChartName, TopLevelSpec>;
};

async function checkinsThisWeek(
  ctx: TrackerContext,
  learning: Learning,
  week: { weekStart: string; weekEnd: string },
): Promise<CheckinDue[]> {
  const latest = new Map<string, Rejection>();
  for (const rejection of learning.rejections) latest.set(rejection.applicationId, rejection);
  const eventsOf = groupBy(learning.events, (e) => e.applicationId);
  const furthest = new Map(learning.paths.map((p) => [p.id, p.furthest]));
  const startOfWeek = `${week.weekStart}T00:00:00.000Z`;
  const endOfWeek = `${week.weekEnd}T23:59:59.999Z`;
  const weekStartMs = Date.parse(startOfWeek);
  const weekEndMs = Date.parse(endOfWeek);
  const due: { application: Application; step: PlanStep }[] = [];
  const checkInMs = learning.settings.checkInDays * dayMs;
  for (const application of learning.applications) {
    const rejection = latest.get(application.id);
    if (!rejection) continue;
    const events = eventsOf.get(application.id) ?? [];
    // The window opens checkInDays after the last contact (never before the rejection) and
    // stays open two weeks; skip the plan when it cannot touch this week (a day of slack
    // for quiet hours and weekends).
    const lastActivity = Math.max(
      Date.parse(rejection.receivedAt),
      ...events.map((e) => Date.parse(e.at)),
    );
    const opensNoEarlierThan = Date.parse(rejection.receivedAt) + checkInMs - dayMs;
    const closesNoLaterThan = lastActivity + checkInMs + 17 * dayMs;
    if (opensNoEarlierThan > weekEndMs || closesNoLaterThan < weekStartMs) continue;
    const step = computePlan({
      rejection,
      furthestStage: furthest.get(application.id) ?? 'applied',
      events,
      settings: learning.settings,
      now: learning.now,
    }).find((s) => s.kind === 'checkin');
    // Only windows that overlap this week: a check-in missed months ago is not this week's plan.
    const isThisWeek =
      step?.notBefore != null &&
      step.dueBy != null &&
      ['due', 'overdue', 'upcoming'].includes(step.status) &&
      step.notBefore <= endOfWeek &&
      step.dueBy >= startOfWeek;
    if (!step || !isThisWeek) continue;
    due.push({ application, step });
  }
  // A week's plan stays short: the most urgent few, with their contacts' names.
  const soonest = due
    .sort((a, b) => (a.step.dueBy ?? '').localeCompare(b.step.dueBy ?? ''))
    .slice(0, maxCheckins);
  return Promise.all(
    soonest.map(async ({ application, step }) => ({
      applicationId: application.id,
      company: application.company,
      role: application.role,
      contacts: (await ctx.store.contacts.listForApplication(ctx.userId, application.id)).map(
        (c) => c.name,
      ),
      status: step.status,
      notBefore: step.notBefore,
      dueBy: step.dueBy,
    })),
  );
}

/** The Insights page in one read: the next step in words, then the numbers and pictures. */
export async function getInsights(ctx: TrackerContext, now = ctx.now()): Promise<Insights> {
  const learning = await loadLearning(ctx, now);
  const [goals, entries] = await Promise.all([
    ctx.store.goals.list(ctx.userId),
    ctx.store.goalEntries.list(ctx.userId),
  ]);
  const entriesOf = groupBy(entries, (e) => e.goalId);
  const openGoals = goals
    .filter((g) => g.completedAt === null)
    .sort((a, b) => (a.deadline ?? '9999').localeCompare(b.deadline ?? '9999'))
    .map((g) => viewGoal(g, entriesOf.get(g.id) ?? [], learning));
  const { timeZone } = learning.settings;
  const weekly = weeklyProgress(
    learning.applications.map((a) => countingDay(a, timeZone)),
    { target: learning.settings.weeklyTarget, now, timeZone },
  );
  const { funnel } = learning;
  return {
    generatedAt: now.toISOString(),
    headline: learning.diagnosis.headline,
    diagnosis: learning.diagnosis,
    funnel,
    sankey: buildSankey(learning.paths),
    themes: learning.themes,
    goals: openGoals,
    weekly,
    checkins: await checkinsThisWeek(ctx, learning, weekly),
    charts: {
      funnel: funnelChartSpec(funnel),
      themes: themesChartSpec(learning.themes.months),
      goals: goalsChartSpec(
        openGoals
          .filter((g) => g.progress.target !== null)
          .map((g) => ({ goal: g.text, done: g.progress.done, target: g.progress.target ?? 0 })),
      ),
    },
  };
}

/** The Sankey diagram of the whole search, as an SVG document. */
export async function getSankeySvg(ctx: TrackerContext, now = ctx.now()): Promise<string> {
  const learning = await loadLearning(ctx, now);
  return renderSankeySvg(buildSankey(learning.paths));
}
