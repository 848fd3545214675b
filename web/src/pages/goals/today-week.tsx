import { Link } from 'wouter';
import { useResource } from '../../use-resource.js';
import { insightsApi } from '../insights/insights-api.js';
import { WeekTarget } from './week-progress.js';

/** The weekly target on the Today page: small, and quiet when it cannot load. */
export function TodayWeek() {
  const { resource } = useResource(() => insightsApi.getInsights(), 'today-week');
  if (resource.status !== 'ready') return null;
  const { weekly } = resource.data;
  // Only this week's check-ins: older ones are folded away on the Goals page.
  const checkins = resource.data.checkins.filter(
    (c) => c.status !== 'overdue' || (c.dueBy ?? '') >= weekly.weekStart,
  );
  return (
    <section className="panel today-week" aria-labelledby="today-week-title">
      <h2 id="today-week-title">This week</h2>
      <WeekTarget week={weekly} />
      {checkins.length > 0 && (
        <p>
          {checkins.length === 1
            ? '1 check-in is due this week.'
            : `${checkins.length} check-ins are due this week.`}
        </p>
      )}
      <p>
        <Link href="/goals">Goals and weekly target</Link>
      </p>
    </section>
  );
}
