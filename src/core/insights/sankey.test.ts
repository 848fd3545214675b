import { describe, expect, it } from 'vitest';
import { many } from './histories.test-helpers.js';
import { readPaths } from './paths.js';
import { buildSankey } from './sankey.js';
import { renderSankeySvg } from './sankey-svg.js';

const now = new Date('2026-03-01T12:00:00Z');
const paths = readPaths(
  [
    ...many(5, { outcome: 'ghosted' }),
    ...many(3),
    ...many(2, { reached: 'screen' }),
    ...many(1, { reached: 'final', outcome: 'withdrawn' }),
    ...many(1, { reached: 'offer', outcome: 'offer_accepted' }),
  ],
  { now },
);

describe('Sankey of the search', () => {
  it('flows from Applied through each stage to where applications ended', () => {
    const data = buildSankey(paths);
    expect(data.links).toEqual([
      { source: 'applied', target: 'screen', value: 4 },
      { source: 'applied', target: 'end:no-reply', value: 5 },
      { source: 'applied', target: 'end:rejected', value: 3 },
      { source: 'screen', target: 'technical', value: 2 },
      { source: 'screen', target: 'end:rejected', value: 2 },
      { source: 'technical', target: 'final', value: 2 },
      { source: 'final', target: 'offer', value: 1 },
      { source: 'final', target: 'end:withdrawn', value: 1 },
      { source: 'offer', target: 'end:accepted', value: 1 },
    ]);
    expect(data.nodes.map((n) => `${n.label} ${n.value}`)).toEqual([
      'Applied 12',
      'Screen 4',
      'Technical 2',
      'Final round 2',
      'Offer 1',
      'No reply 5',
      'Rejected 5',
      'Withdrawn 1',
      'Accepted 1',
    ]);
    // What flows into a stage equals what leaves it, except at the ends.
    for (const node of data.nodes.filter((n) => n.kind === 'stage' && n.id !== 'applied')) {
      const inflow = data.links
        .filter((l) => l.target === node.id)
        .reduce((s, l) => s + l.value, 0);
      const outflow = data.links
        .filter((l) => l.source === node.id)
        .reduce((s, l) => s + l.value, 0);
      expect(outflow).toBe(inflow);
    }
  });

  it('renders an accessible SVG without a browser, with labels escaped', () => {
    const svg = renderSankeySvg(buildSankey(paths), { title: 'Search <Q1>' });
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect(svg).toContain('<title id="sankey-title">Search &lt;Q1&gt;</title>');
    expect(svg.match(/<path /g)).toHaveLength(9);
    expect(svg).toContain('>Applied (12)</text>');
    expect(svg).not.toContain('NaN');
  });

  it('says there is nothing to draw when there are no applications', () => {
    expect(renderSankeySvg(buildSankey([]))).toContain('No applications to draw yet.');
  });
});
