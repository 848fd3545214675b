import { Link } from 'wouter';

export function NothingDue() {
  return (
    <section className="empty-state" aria-labelledby="nothing-due-title">
      <div className="empty-illustration" aria-hidden="true" />
      <h2 id="nothing-due-title">Nothing is due today.</h2>
      <p>
        No replies are waiting on you. Rest, learn something small, or send one application you care
        about. Rebound will have the next step ready when its time comes.
      </p>
      <Link href="/" className="button button-secondary">
        See your applications
      </Link>
    </section>
  );
}
