import { api } from '../../api.js';
import { Loading, LoadError } from '../../components/load-state.js';
import { useDocumentTitle } from '../../use-document-title.js';
import { useResource } from '../../use-resource.js';
import { browserTimeZone } from '../../zoned-time.js';
import { TodayWeek } from '../goals/today-week.js';
import { NothingDue } from './nothing-due.js';
import { TodayEntry } from './today-entry.js';

export function TodayPage() {
  useDocumentTitle('Today');
  const { resource, reload } = useResource(
    () => Promise.all([api.getToday(), api.getSettings()]),
    'today',
  );

  return (
    <>
      <div className="page-header">
        <div>
          <h1>Today</h1>
          <p className="lead">
            What is worth doing now, the most pressing first. One at a time is fine.
          </p>
        </div>
      </div>
      <TodayWeek />
      {resource.status === 'loading' && <Loading what="today’s steps" />}
      {resource.status === 'error' && <LoadError error={resource.error} onRetry={reload} />}
      {resource.status === 'ready' &&
        (resource.data[0].length === 0 ? (
          <NothingDue />
        ) : (
          <>
            {resource.data[1].timeZone !== browserTimeZone() && (
              <p className="quiet zone-note">
                Times are shown in {resource.data[1].timeZone}, the time zone in your settings.
              </p>
            )}
            <ol className="today-list" aria-label="Due today">
              {resource.data[0].map((item) => (
                <TodayEntry
                  key={`${item.application.id}:${item.step.kind}`}
                  item={item}
                  timeZone={resource.data[1].timeZone}
                />
              ))}
            </ol>
          </>
        ))}
    </>
  );
}
