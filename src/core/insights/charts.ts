import type { TopLevelSpec } from 'vega-lite';
import { stageLabels } from '../stages.js';
import { themeLabels } from '../themes/index.js';
import type { Funnel } from './funnel.js';
import type { ThemeMonth } from './themes-over-time.js';

// Vega-Lite specs are data: built here once, drawn by the browser with vega-embed and by
// the server as SVG with vega's headless View. Each carries its data inline.

export type GoalBar = { goal: string; done: number; target: number };

const base = {
  $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
  config: { font: 'system-ui, sans-serif', view: { stroke: null } },
} as const;

/** Applications that reached each stage, as horizontal bars. */
export function funnelChartSpec(funnel: Funnel): TopLevelSpec {
  return {
    ...base,
    width: 480,
    description: 'How many applications reached each stage',
    data: {
      values: funnel.stages.map((s, i) => ({
        order: i,
        stage: stageLabels[s.stage],
        reached: s.reached,
      })),
    },
    mark: { type: 'bar', color: '#3b6ea8', tooltip: true },
    encoding: {
      y: { field: 'stage', type: 'nominal', sort: { field: 'order' }, title: null },
      x: {
        field: 'reached',
        type: 'quantitative',
        title: 'Applications',
        axis: { tickMinStep: 1 },
      },
    },
  };
}

/** How often each feedback theme came up, per month. */
export function themesChartSpec(months: readonly ThemeMonth[]): TopLevelSpec {
  return {
    ...base,
    width: 480,
    description: 'Feedback themes per month',
    data: {
      values: months.map((m) => ({ month: m.month, theme: themeLabels[m.theme], count: m.count })),
    },
    mark: { type: 'bar', tooltip: true },
    encoding: {
      x: { field: 'month', type: 'ordinal', title: 'Month' },
      y: { field: 'count', type: 'quantitative', title: 'Mentions', axis: { tickMinStep: 1 } },
      color: { field: 'theme', type: 'nominal', title: 'Theme' },
    },
  };
}

/** Progress of each open goal toward its target, as a share. */
export function goalsChartSpec(goals: readonly GoalBar[]): TopLevelSpec {
  return {
    ...base,
    width: 480,
    description: 'Progress toward each goal',
    data: {
      values: goals.map((g) => ({
        goal: g.goal.length > 48 ? `${g.goal.slice(0, 47)}…` : g.goal,
        done: g.done,
        target: g.target,
        share: g.target > 0 ? Math.min(1, g.done / g.target) : 0,
      })),
    },
    mark: { type: 'bar', color: '#3f8f5f', tooltip: true },
    encoding: {
      y: { field: 'goal', type: 'nominal', title: null },
      x: {
        field: 'share',
        type: 'quantitative',
        title: 'Done',
        scale: { domain: [0, 1] },
        axis: { format: '%' },
      },
    },
  };
}

export const chartNames = ['funnel', 'themes', 'goals'] as const;
export type ChartName = (typeof chartNames)[number];
