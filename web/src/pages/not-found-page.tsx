import { Link } from 'wouter';
import { useDocumentTitle } from '../use-document-title.js';

export function NotFoundPage() {
  useDocumentTitle('Page not found');
  return (
    <section className="empty-state">
      <h1>This page doesn’t exist</h1>
      <p>The link may be old or mistyped. Your applications are all still where you left them.</p>
      <Link href="/" className="button button-secondary">
        Back to applications
      </Link>
    </section>
  );
}
