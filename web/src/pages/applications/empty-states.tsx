import { Link } from 'wouter';
import { api } from '../../api.js';
import { Loading, LoadError } from '../../components/load-state.js';
import { useResource } from '../../use-resource.js';

/**
 * The list is empty and no filter is on: either nothing was ever added, or everything
 * was filed away. Those are different moments and need different words.
 */
export function EmptyList({ onShowFiled }: { onShowFiled: () => void }) {
  const { resource, reload } = useResource(() => api.listApplications({ filed: 'true' }), 'filed');
  if (resource.status === 'loading') return <Loading what="your applications" />;
  if (resource.status === 'error') return <LoadError error={resource.error} onRetry={reload} />;
  const filed = resource.data.filter((application) => application.filedAt !== null).length;
  return filed > 0 ? <AllFiled count={filed} onShowFiled={onShowFiled} /> : <NoApplicationsYet />;
}

function AllFiled({ count, onShowFiled }: { count: number; onShowFiled: () => void }) {
  const filedWords =
    count === 1
      ? 'Your one application is filed away,'
      : `All ${String(count)} of your applications are filed away,`;
  return (
    <section className="empty-state" aria-labelledby="all-filed-title">
      <h2 id="all-filed-title">All caught up</h2>
      <p>
        {filedWords} so nothing is waiting for you here. Filed applications are kept safe, and
        Insights still learns from them.
      </p>
      <div className="empty-state-actions">
        <button type="button" className="button button-secondary" onClick={onShowFiled}>
          Show filed
        </button>
        <Link href="/applications/new" className="button button-primary">
          Add application
        </Link>
      </div>
    </section>
  );
}

export function NoApplicationsYet() {
  return (
    <section className="empty-state" aria-labelledby="empty-title">
      <div className="empty-illustration" aria-hidden="true" />
      <h2 id="empty-title">Nothing here yet</h2>
      <p>
        Start with one application you have already sent. Rebound remembers how far each one gets,
        so even a rejection leaves you with something to learn from.
      </p>
      <Link href="/applications/new" className="button button-primary">
        Add application
      </Link>
    </section>
  );
}

export function NoMatches({ onClear }: { onClear: () => void }) {
  return (
    <section className="empty-state empty-state-small" aria-labelledby="no-match-title">
      <h2 id="no-match-title">No matches</h2>
      <p>
        No application matches these filters. Try fewer words, or clear the filters to see them all.
      </p>
      <button type="button" className="button button-secondary" onClick={onClear}>
        Show all applications
      </button>
    </section>
  );
}
