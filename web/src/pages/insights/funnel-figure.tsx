import { stageLabels } from '../../../../src/core/stages.js';
import { percent } from '../../../../src/core/insights/wording.js';
import { ChartFigure } from './chart-figure.js';
import type { Insights } from './insights-api.js';
import { VegaChart } from './vega-chart.js';

const reachedWords = {
  screen: 'a screen',
  technical: 'a technical round',
  final: 'a final round',
  offer: 'an offer',
} as const;

function funnelSummary(funnel: Insights['funnel']): string {
  const [first, ...later] = funnel.stages;
  const parts = later.map(
    (s, i) =>
      `${s.reached}${i === 0 ? ' reached' : ''} ${reachedWords[s.stage as keyof typeof reachedWords]}`,
  );
  const last = parts.pop() ?? '';
  const { responseTime, ghosting } = funnel;
  const reply =
    responseTime.medianDays === null
      ? ''
      : ` Half of the replies came within ${responseTime.medianDays} days.`;
  const silent = ghosting.count > 0 ? ` ${ghosting.count} had no reply.` : '';
  return `Of ${first?.reached ?? 0} applications, ${parts.join(', ')} and ${last}.${reply}${silent}`;
}

/** How many applications reached each stage, furthest stage counted. */
export function FunnelFigure({ insights }: { insights: Insights }) {
  const { funnel } = insights;
  return (
    <ChartFigure
      name="funnel"
      title="How far your applications got"
      summary={funnelSummary(funnel)}
      chart={<VegaChart spec={insights.charts.funnel} name="funnel" />}
      table={
        <table className="numbers-table">
          <caption className="visually-hidden">Applications that reached each stage</caption>
          <thead>
            <tr>
              <th scope="col">Stage</th>
              <th scope="col">Reached</th>
              <th scope="col">Moved on</th>
            </tr>
          </thead>
          <tbody>
            {funnel.stages.map((stage) => {
              const step = funnel.conversions.find((c) => c.from === stage.stage);
              const rate = step?.estimate.rate;
              return (
                <tr key={stage.stage}>
                  <th scope="row">{stageLabels[stage.stage]}</th>
                  <td>{stage.reached}</td>
                  <td>
                    {step === undefined
                      ? '—'
                      : rate === null || rate === undefined
                        ? 'too early'
                        : `${step.advanced} (${percent(rate)})`}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      }
    />
  );
}
