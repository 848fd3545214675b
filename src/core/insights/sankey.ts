import { stageLabels, stageRank, stages, type Stage } from '../stages.js';
import type { ApplicationPath } from './paths.js';

export type SankeyNode = { id: string; label: string; kind: 'stage' | 'end'; value: number };
export type SankeyLink = { source: string; target: string; value: number };
/** The search as flows: Applied → Screen / No reply / Rejected … → Offer. */
export type SankeyData = { nodes: SankeyNode[]; links: SankeyLink[] };

const ends = {
  'no-reply': 'No reply',
  rejected: 'Rejected',
  withdrawn: 'Withdrawn',
  waiting: 'In progress',
  accepted: 'Accepted',
  declined: 'Declined',
} as const;
type End = keyof typeof ends;

/** Where an application's flow ends at its furthest stage. */
function endOf(path: ApplicationPath): End {
  switch (path.outcome) {
    case 'rejected':
      return 'rejected';
    case 'withdrawn':
      return 'withdrawn';
    case 'offer_accepted':
      return 'accepted';
    case 'offer_declined':
      return 'declined';
    case 'ghosted':
      return 'no-reply';
    case 'open':
      return path.isGhosted ? 'no-reply' : 'waiting';
  }
}

/** Nodes and links for a Sankey diagram; empty flows are left out. */
export function buildSankey(paths: readonly ApplicationPath[]): SankeyData {
  const reached = (stage: Stage) =>
    paths.filter((p) => stageRank(p.furthest) >= stageRank(stage)).length;
  const links: SankeyLink[] = [];
  stages.forEach((stage, i) => {
    const next = stages[i + 1];
    if (next) links.push({ source: stage, target: next, value: reached(next) });
    const endings = new Map<End, number>();
    for (const path of paths.filter((p) => p.furthest === stage)) {
      const end = endOf(path);
      endings.set(end, (endings.get(end) ?? 0) + 1);
    }
    for (const [end, value] of endings) links.push({ source: stage, target: `end:${end}`, value });
  });
  const flowing = links.filter((l) => l.value > 0);
  const totals = new Map<string, number>();
  for (const link of flowing) totals.set(link.target, (totals.get(link.target) ?? 0) + link.value);
  const nodes: SankeyNode[] = [
    ...stages
      .filter((stage) => reached(stage) > 0)
      .map((stage) => ({
        id: stage,
        label: stageLabels[stage],
        kind: 'stage' as const,
        value: reached(stage),
      })),
    ...(Object.keys(ends) as End[])
      .filter((end) => totals.has(`end:${end}`))
      .map((end) => ({
        id: `end:${end}`,
        label: ends[end],
        kind: 'end' as const,
        value: totals.get(`end:${end}`) ?? 0,
      })),
  ];
  return { nodes, links: flowing };
}
