import { Link } from 'wouter';

export function ApplicationMissing({ message }: { message: string }) {
  return (
    <section className="empty-state">
      <h1>We couldn’t find that application</h1>
      <p>{message}</p>
      <Link href="/" className="button button-secondary">
        Back to applications
      </Link>
    </section>
  );
}
