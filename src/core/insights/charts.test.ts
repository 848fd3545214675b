import { parse, View } from 'vega';
import { compile, type TopLevelSpec } from 'vega-lite';
import { describe, expect, it } from 'vitest';
import { funnelChartSpec, goalsChartSpec, themesChartSpec } from './charts.js';
import { buildFunnel } from './funnel.js';
import { many } from './histories.test-helpers.js';
import { readPaths } from './paths.js';

const now = new Date('2026-03-01T12:00:00Z');
const funnel = buildFunnel(readPaths([...many(6), ...many(3, { reached: 'technical' })], { now }));

async function toSvg(spec: TopLevelSpec): Promise<string> {
  return new View(parse(compile(spec).spec), { renderer: 'none' }).toSVG();
}

describe('chart specs', () => {
  it('draw the funnel as bars, one per stage, in Node without a canvas', async () => {
    const spec = funnelChartSpec(funnel);
    expect((spec as { data: { values: unknown[] } }).data.values).toEqual([
      { order: 0, stage: 'Applied', reached: 9 },
      { order: 1, stage: 'Screen', reached: 3 },
      { order: 2, stage: 'Technical', reached: 3 },
      { order: 3, stage: 'Final round', reached: 0 },
      { order: 4, stage: 'Offer', reached: 0 },
    ]);
    const svg = await toSvg(spec);
    expect(svg).toMatch(/^<svg/);
    expect(svg).toContain('Final round');
  });

  it('draw themes per month and goal progress', async () => {
    const themes = await toSvg(
      themesChartSpec([
        { month: '2026-01', theme: 'communication', count: 2 },
        { month: '2026-02', theme: 'technical_skills', count: 1 },
      ]),
    );
    expect(themes).toContain('2026-02');
    const goals = await toSvg(
      goalsChartSpec([{ goal: 'Do 2 mock interviews', done: 1, target: 2 }]),
    );
    expect(goals).toContain('Do 2 mock interviews');
  });
});
