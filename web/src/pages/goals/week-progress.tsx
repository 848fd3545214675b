import { Link } from 'wouter';
import { formatCalendarDate, formatTime } from '../../format.js';
import type { CheckinDue, WeekProgress } from '../insights/insights-api.js';

/** This week's tailored applications against the target, with the gentle streak. */
export function WeekTarget({ week }: { week: WeekProgress }) {
  const share = Math.min(1, week.target > 0 ? week.count / week.target : 0);
  return (
    <div className="week-target">
      <p className="week-target-count">
        <strong>
          {week.count} of {week.target}
        </strong>{' '}
        tailored applications this week
        <span className="quiet">
          {' '}
          ({formatCalendarDate(week.weekStart)} to {formatCalendarDate(week.weekEnd)})
        </span>
      </p>
      <div className="meter" aria-hidden="true">
        <span className="meter-fill" style={{ width: `${Math.round(share * 100)}%` }} />
      </div>
      <p>{week.message}</p>
      {week.streak > 0 && !week.isMet && (
        <p className="quiet">
          You met the target {week.streak === 1 ? 'last week' : `${week.streak} weeks in a row`}{' '}
          before this one. A quieter week is fine too.
        </p>
      )}
    </div>
  );
}

/** Contacts worth a short check-in this week, from each application's plan. */
export function CheckinsDue({ checkins }: { checkins: CheckinDue[] }) {
  if (checkins.length === 0) {
    return <p className="quiet">No check-ins due this week.</p>;
  }
  return (
    <ul className="checkin-list" aria-label="Check-ins this week">
      {checkins.map((checkin) => (
        <li key={checkin.applicationId}>
          <Link href={`/applications/${checkin.applicationId}`}>
            {checkin.role} at {checkin.company}
          </Link>
          <span className="quiet">
            {checkin.contacts.length > 0 ? ` · ${checkin.contacts.join(', ')}` : ''}
            {checkin.dueBy ? ` · by ${formatTime(checkin.dueBy)}` : ''}
          </span>
        </li>
      ))}
    </ul>
  );
}
