import { sankey, sankeyLinkHorizontal, type SankeyLink as LaidOutLink } from 'd3-sankey';
import type { SankeyData, SankeyNode } from './sankey.js';

// d3-sankey only computes positions; the SVG is written here as a string, so the same
// function serves the browser, the server's sankey.svg and `rebound insights --svg`.

type NodeExtra = SankeyNode;
type LinkExtra = { value: number };

const colours: Record<string, string> = {
  stage: '#3b6ea8',
  'end:rejected': '#9a8f99',
  'end:no-reply': '#b9b3a8',
  'end:withdrawn': '#c7a86b',
  'end:waiting': '#7fa7c9',
  'end:accepted': '#3f8f5f',
  'end:declined': '#8aa37a',
};
const colourOf = (node: SankeyNode) =>
  node.kind === 'stage' ? (colours.stage ?? '#3b6ea8') : (colours[node.id] ?? '#999');

function escapeXml(text: string): string {
  return text.replace(
    /[<>&"']/g,
    (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&#39;' })[c] ?? c,
  );
}

const round = (n: number | undefined) => Math.round((n ?? 0) * 10) / 10;

export type SankeySvgOptions = { width?: number; height?: number; title?: string };

/** An accessible SVG of the search's flow; a short note instead when there is nothing to draw. */
export function renderSankeySvg(data: SankeyData, options: SankeySvgOptions = {}): string {
  const width = options.width ?? 720;
  const height = options.height ?? 360;
  const title = escapeXml(options.title ?? 'Where your applications went');
  const open = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-labelledby="sankey-title" font-family="system-ui, sans-serif" font-size="12">`;
  if (data.links.length === 0) {
    return `${open}<title id="sankey-title">${title}</title><text x="${width / 2}" y="${height / 2}" text-anchor="middle" fill="#555">No applications to draw yet.</text></svg>`;
  }
  const layout = sankey<NodeExtra, LinkExtra>()
    .nodeId((node) => node.id)
    .nodeWidth(14)
    .nodePadding(16)
    .extent([
      [8, 8],
      [width - 110, height - 8],
    ]);
  const graph = layout({
    nodes: data.nodes.map((node) => ({ ...node })),
    links: data.links.map((link) => ({ ...link })),
  });
  const path = sankeyLinkHorizontal<NodeExtra, LinkExtra>();
  const links = graph.links.map((link: LaidOutLink<NodeExtra, LinkExtra>) => {
    const source = link.source as NodeExtra;
    const target = link.target as NodeExtra;
    return `<path d="${path(link) ?? ''}" fill="none" stroke="${colourOf(target)}" stroke-opacity="0.45" stroke-width="${round(Math.max(1, link.width ?? 1))}"><title>${escapeXml(`${source.label} → ${target.label}: ${link.value}`)}</title></path>`;
  });
  const nodes = graph.nodes.map((node) => {
    const x0 = round(node.x0);
    const y0 = round(node.y0);
    const h = round(Math.max(1, (node.y1 ?? 0) - (node.y0 ?? 0)));
    const label = escapeXml(`${node.label} (${node.value})`);
    return `<g><rect x="${x0}" y="${y0}" width="${round((node.x1 ?? 0) - (node.x0 ?? 0))}" height="${h}" fill="${colourOf(node)}"><title>${label}</title></rect><text x="${round((node.x1 ?? 0) + 6)}" y="${round(y0 + h / 2)}" dy="0.35em" fill="#222">${label}</text></g>`;
  });
  return `${open}<title id="sankey-title">${title}</title><g>${links.join('')}</g><g>${nodes.join('')}</g></svg>`;
}
