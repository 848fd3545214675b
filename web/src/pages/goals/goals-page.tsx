import { useRef } from 'react';
import { Link } from 'wouter';
import { Loading, LoadError } from '../../components/load-state.js';
import { useDocumentTitle } from '../../use-document-title.js';
import { useResource } from '../../use-resource.js';
import {
  insightsApi,
  type GoalSuggestion,
  type GoalView,
  type Insights,
} from '../insights/insights-api.js';
import { AddGoalForm } from './add-goal-form.js';
import { GoalItem } from './goal-item.js';
import { GoalSuggestions } from './goal-suggestions.js';
import { CheckinsDue, WeekTarget } from './week-progress.js';
import { WeeklyTargetForm } from './weekly-target-form.js';

type GoalsData = { goals: GoalView[]; suggestions: GoalSuggestion[]; insights: Insights };

async function loadGoals(): Promise<GoalsData> {
  const [goals, suggestions, insights] = await Promise.all([
    insightsApi.listGoals(),
    insightsApi.suggestGoals(),
    insightsApi.getInsights(),
  ]);
  return { goals, suggestions, insights };
}

export function GoalsPage() {
  useDocumentTitle('Goals');
  const { resource, reload } = useResource(loadGoals, 'goals');
  return (
    <>
      <div className="page-header">
        <div>
          <p className="eyebrow">
            <Link href="/insights">Insights</Link>
            <span aria-hidden="true"> / </span>Goals
          </p>
          <h1>Goals</h1>
          <p className="lead">
            Small goals with a number and a date, and a steady week. Progress counts more than pace.
          </p>
        </div>
      </div>
      {resource.status === 'loading' && <Loading what="your goals" />}
      {resource.status === 'error' && <LoadError error={resource.error} onRetry={reload} />}
      {resource.status === 'ready' && <GoalsBody data={resource.data} onChanged={reload} />}
    </>
  );
}

function GoalsBody({ data, onChanged }: { data: GoalsData; onChanged: () => void }) {
  const goalsHeadingRef = useRef<HTMLHeadingElement>(null);
  const focusGoals = () => {
    goalsHeadingRef.current?.focus();
  };
  const open = data.goals.filter((goal) => goal.completedAt === null);
  const done = data.goals.filter((goal) => goal.completedAt !== null);
  return (
    <div className="goals-layout">
      <div className="goals-main">
        <section className="panel" aria-labelledby="open-goals-title">
          <h2 id="open-goals-title" ref={goalsHeadingRef} tabIndex={-1}>
            Your goals
          </h2>
          {open.length === 0 ? (
            <p className="quiet">
              No open goals. Adopt a suggestion or write one of your own below; one is plenty.
            </p>
          ) : (
            <ul className="goal-list" aria-labelledby="open-goals-title">
              {open.map((goal) => (
                <GoalItem key={goal.id} goal={goal} onChanged={onChanged} onLeaving={focusGoals} />
              ))}
            </ul>
          )}
        </section>
        <section className="panel" aria-labelledby="suggested-title">
          <h2 id="suggested-title">Suggested goals</h2>
          <GoalSuggestions suggestions={data.suggestions} onAdopted={onChanged} />
        </section>
        <section className="panel">
          <AddGoalForm onAdded={onChanged} />
        </section>
        {done.length > 0 && (
          <section className="panel" aria-labelledby="done-goals-title">
            <h2 id="done-goals-title">Done</h2>
            <ul className="goal-list" aria-labelledby="done-goals-title">
              {done.map((goal) => (
                <GoalItem key={goal.id} goal={goal} onChanged={onChanged} onLeaving={focusGoals} />
              ))}
            </ul>
          </section>
        )}
      </div>
      <aside className="goals-side" aria-label="This week">
        <section className="panel" aria-labelledby="goals-week-title">
          <h2 id="goals-week-title">This week</h2>
          <WeekTarget week={data.insights.weekly} />
          <WeeklyTargetForm target={data.insights.weekly.target} onSaved={onChanged} />
        </section>
        <section className="panel" aria-labelledby="goals-checkins-title">
          <h2 id="goals-checkins-title">Check-ins due</h2>
          <CheckinsDue
            checkins={data.insights.checkins}
            weekStart={data.insights.weekly.weekStart}
          />
        </section>
      </aside>
    </div>
  );
}
