import { Link } from 'wouter';
import { Loading, LoadError } from '../../components/load-state.js';
import { useDocumentTitle } from '../../use-document-title.js';
import { useResource } from '../../use-resource.js';
import { CheckinsDue, WeekTarget } from '../goals/week-progress.js';
import { FunnelFigure } from './funnel-figure.js';
import { GoalsFigure } from './goals-figure.js';
import { insightsApi, type Insights } from './insights-api.js';
import { NextStep } from './next-step.js';
import { SankeyFigure } from './sankey-figure.js';
import { ThemesFigure } from './themes-figure.js';

export function InsightsPage() {
  useDocumentTitle('Insights');
  const { resource, reload } = useResource(() => insightsApi.getInsights(), 'insights');
  return (
    <>
      <div className="page-header">
        <div>
          <h1>Insights</h1>
          <p className="lead">What your search says so far, and one thing to work on next.</p>
        </div>
      </div>
      {resource.status === 'loading' && <Loading what="your insights" />}
      {resource.status === 'error' && <LoadError error={resource.error} onRetry={reload} />}
      {resource.status === 'ready' &&
        (resource.data.diagnosis.applications === 0 ? (
          <NothingToReadYet />
        ) : (
          <InsightsBody insights={resource.data} />
        ))}
    </>
  );
}

function InsightsBody({ insights }: { insights: Insights }) {
  return (
    <div className="insights">
      <NextStep insights={insights} />
      <section className="panel" aria-labelledby="week-title">
        <h2 id="week-title">This week</h2>
        <WeekTarget week={insights.weekly} />
        <h3>Check-ins due</h3>
        <CheckinsDue checkins={insights.checkins} weekStart={insights.weekly.weekStart} />
        <p>
          <Link href="/goals">Goals and weekly target</Link>
        </p>
      </section>
      <section aria-labelledby="pictures-title" className="insights-pictures">
        <h2 id="pictures-title">The pictures</h2>
        <FunnelFigure insights={insights} />
        <SankeyFigure insights={insights} />
        <ThemesFigure insights={insights} />
        <GoalsFigure insights={insights} />
      </section>
    </div>
  );
}

function NothingToReadYet() {
  return (
    <section className="empty-state" aria-labelledby="insights-empty-title">
      <h2 id="insights-empty-title">Nothing to read yet, and that is fine</h2>
      <p>
        Insights come from the applications you track. Add the ones you have sent, or import them
        from your email; once there are about ten, Rebound can show where your search stalls and
        what to practise next.
      </p>
      <p>
        <Link href="/applications/new" className="button button-primary">
          Add application
        </Link>{' '}
        <Link href="/import" className="button button-secondary">
          Import email
        </Link>
      </p>
    </section>
  );
}
