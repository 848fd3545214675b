import { Link } from 'wouter';
import { ChartFigure } from './chart-figure.js';
import type { Insights } from './insights-api.js';
import { VegaChart } from './vega-chart.js';

/** Open goals with a number, and how far each has come. */
export function GoalsFigure({ insights }: { insights: Insights }) {
  const counted = insights.goals.filter((goal) => goal.progress.target !== null);
  if (counted.length === 0) {
    return (
      <section className="panel chart-figure" aria-labelledby="goals-empty-title">
        <h3 id="goals-empty-title">Goal progress</h3>
        <p className="quiet">
          {insights.goals.length === 0
            ? 'No open goals yet. One small goal for the next two weeks is plenty.'
            : 'Your open goals have no number to count toward, so there is nothing to draw.'}
        </p>
        <Link href="/goals">Go to your goals</Link>
      </section>
    );
  }
  const summary = counted
    .map((goal) => `${goal.text}: ${goal.progress.done} of ${goal.progress.target ?? 0}`)
    .join('; ');
  return (
    <ChartFigure
      name="goals"
      title="Goal progress"
      summary={`${summary}.`}
      chart={<VegaChart spec={insights.charts.goals} name="goals" />}
      table={
        <table className="numbers-table">
          <caption className="visually-hidden">Progress toward each goal</caption>
          <thead>
            <tr>
              <th scope="col">Goal</th>
              <th scope="col">Done</th>
              <th scope="col">Target</th>
            </tr>
          </thead>
          <tbody>
            {counted.map((goal) => (
              <tr key={goal.id}>
                <td>{goal.text}</td>
                <td>{goal.progress.done}</td>
                <td>{goal.progress.target}</td>
              </tr>
            ))}
          </tbody>
        </table>
      }
    />
  );
}
