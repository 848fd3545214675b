import { Link } from 'wouter';
import { formatCalendarDate, formatTime } from '../../format.js';
import type { CheckinDue, WeekProgress } from '../insights/insights-api.js';

/** This week's tailored applications against the target, with the gentle streak. */
export function WeekTarget({ week }: { week: WeekProgress }) {
  const share = Math.min(1, week.target > 0 ? week.count / week.target : 0);
  return (
    <div className="week-target">
      <p className="week-target-count">{week.message}</p>
      <div className="meter" aria-hidden="true">
        <span className="meter-fill" style={{ width: `${Math.round(share * 100)}%` }} />
      </div>
      <p className="quiet">
        This week: {formatCalendarDate(week.weekStart)} to {formatCalendarDate(week.weekEnd)}.
      </p>
      {week.streak > 0 && !week.isMet && (
        <p className="quiet">
          {week.streak === 1
            ? 'You met the target last week.'
            : `You met the target ${week.streak} weeks in a row before this one.`}{' '}
          A quieter week is fine too.
        </p>
      )}
    </div>
  );
}

function CheckinLink({ checkin }: { checkin: CheckinDue }) {
  return (
    <li>
      <Link href={`/applications/${checkin.applicationId}`}>
        {checkin.role} at {checkin.company}
      </Link>
      <span className="quiet">
        {checkin.contacts.length > 0 ? ` · ${checkin.contacts.join(', ')}` : ''}
        {checkin.dueBy ? ` · by ${formatTime(checkin.dueBy)}` : ''}
      </span>
    </li>
  );
}

/**
 * Contacts worth a short check-in this week, from each application's plan. Check-ins that
 * were due in earlier weeks are folded away: they are optional, and a long list of them
 * would read like a reproach.
 */
export function CheckinsDue({
  checkins,
  weekStart,
}: {
  checkins: CheckinDue[];
  weekStart: string;
}) {
  const isOlder = (c: CheckinDue) => c.status === 'overdue' && (c.dueBy ?? '') < weekStart;
  const thisWeek = checkins.filter((c) => !isOlder(c));
  const older = checkins.filter(isOlder);
  return (
    <>
      {thisWeek.length === 0 ? (
        <p className="quiet">No check-ins due this week.</p>
      ) : (
        <ul className="checkin-list" aria-label="Check-ins this week">
          {thisWeek.map((checkin) => (
            <CheckinLink key={checkin.applicationId} checkin={checkin} />
          ))}
        </ul>
      )}
      {older.length > 0 && (
        <details className="checkin-older">
          <summary>
            {older.length === 1
              ? '1 check-in from earlier weeks'
              : `${older.length} check-ins from earlier weeks`}
          </summary>
          <p className="quiet">Only if it still feels right; letting them go is fine too.</p>
          <ul className="checkin-list" aria-label="Check-ins from earlier weeks">
            {older.map((checkin) => (
              <CheckinLink key={checkin.applicationId} checkin={checkin} />
            ))}
          </ul>
        </details>
      )}
    </>
  );
}
