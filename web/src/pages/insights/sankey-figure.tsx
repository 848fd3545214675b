import { ChartFigure } from './chart-figure.js';
import type { Insights } from './insights-api.js';
import { SankeyChart } from './sankey-chart.js';

/** Where every application went, as flows from stage to stage and to how it ended. */
export function SankeyFigure({ insights }: { insights: Insights }) {
  const { nodes, links } = insights.sankey;
  const labelOf = new Map(nodes.map((node) => [node.id, node.label]));
  const ends = nodes.filter((node) => node.kind === 'end');
  const summary =
    ends.length === 0
      ? 'No flows to draw yet.'
      : `Where your applications are now: ${ends
          .map((end) => `${end.label.toLowerCase()} ${end.value}`)
          .join(', ')}.`;
  return (
    <ChartFigure
      name="sankey"
      title="Your search as a flow"
      summary={summary}
      chart={<SankeyChart data={insights.sankey} />}
      table={
        <table className="numbers-table">
          <caption className="visually-hidden">Flows between stages</caption>
          <thead>
            <tr>
              <th scope="col">From</th>
              <th scope="col">To</th>
              <th scope="col">Applications</th>
            </tr>
          </thead>
          <tbody>
            {links.map((link) => (
              <tr key={`${link.source}>${link.target}`}>
                <td>{labelOf.get(link.source) ?? link.source}</td>
                <td>{labelOf.get(link.target) ?? link.target}</td>
                <td>{link.value}</td>
              </tr>
            ))}
          </tbody>
        </table>
      }
    />
  );
}
