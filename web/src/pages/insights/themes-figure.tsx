import { themeLabels } from '../../../../src/core/themes/labels.js';
import { ChartFigure } from './chart-figure.js';
import type { Insights } from './insights-api.js';
import { VegaChart } from './vega-chart.js';

const times = (n: number) => (n === 1 ? 'once' : `${n} times`);

/** The feedback themes by month, so a theme that fades or grows shows. */
export function ThemesFigure({ insights }: { insights: Insights }) {
  const { themes } = insights;
  if (themes.months.length === 0) {
    return (
      <section className="panel chart-figure" aria-labelledby="themes-empty-title">
        <h3 id="themes-empty-title">Feedback themes over time</h3>
        <p className="quiet">
          {themes.feedbackCount === 0
            ? 'No feedback logged yet. When an employer shares a few words about why, log them on the application: their themes will show here, month by month.'
            : 'The feedback you logged did not name a clear theme yet. That happens; the next piece may say more.'}
        </p>
      </section>
    );
  }
  const top = themes.totals
    .slice(0, 3)
    .map((t) => `${themeLabels[t.theme].toLowerCase()} (${times(t.count)})`);
  return (
    <ChartFigure
      name="themes"
      title="Feedback themes over time"
      summary={`Across ${themes.feedbackCount} pieces of feedback, what came up most: ${top.join(', ')}.`}
      chart={<VegaChart spec={insights.charts.themes} name="themes" />}
      table={
        <table className="numbers-table">
          <caption className="visually-hidden">Feedback themes per month</caption>
          <thead>
            <tr>
              <th scope="col">Month</th>
              <th scope="col">Theme</th>
              <th scope="col">Mentions</th>
            </tr>
          </thead>
          <tbody>
            {themes.months.map((m) => (
              <tr key={`${m.month} ${m.theme}`}>
                <td>{m.month}</td>
                <td>{themeLabels[m.theme]}</td>
                <td>{m.count}</td>
              </tr>
            ))}
          </tbody>
        </table>
      }
    />
  );
}
