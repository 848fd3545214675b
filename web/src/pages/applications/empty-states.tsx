import { Link } from 'wouter';

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
