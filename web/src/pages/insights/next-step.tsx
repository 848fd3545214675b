import { Link } from 'wouter';
import type { Insights } from './insights-api.js';
import { certaintyText, comparisonText } from './insight-words.js';

/** The page leads with this: what to work on next and why, in words, before any chart. */
export function NextStep({ insights }: { insights: Insights }) {
  const { diagnosis } = insights;
  const remedy = diagnosis.bottleneck?.remedy ?? null;
  const reasons = diagnosis.steps
    .filter((step) => step.estimate.trials > 0 || step.waiting > 0)
    .map((step) => step.summary);
  return (
    <section className="panel next-step" aria-labelledby="next-step-title">
      <h2 id="next-step-title" className="eyebrow-title">
        Your next step
      </h2>
      <p className="next-step-headline">{insights.headline}</p>
      <p className="next-step-certainty">{certaintyText(diagnosis)}</p>

      {remedy && (
        <div className="next-step-remedy">
          <h3>What helps with {remedy.title.toLowerCase()}</h3>
          <ul>
            {remedy.actions.map((action) => (
              <li key={action}>{action}</li>
            ))}
          </ul>
          <Link href="/goals" className="button button-primary">
            Set a goal for this
          </Link>
        </div>
      )}

      {diagnosis.coach && (
        <p className="notice notice-calm coach-note">{diagnosis.coach.message}</p>
      )}

      {diagnosis.verdict !== 'too-early' && (
        <div className="next-step-why">
          <h3>Why</h3>
          <ul>
            {reasons.map((reason) => (
              <li key={reason}>{reason}</li>
            ))}
          </ul>
          <h3>Compared with before</h3>
          {comparisonText(diagnosis.periods).map((line) => (
            <p key={line}>{line}</p>
          ))}
        </div>
      )}
    </section>
  );
}
