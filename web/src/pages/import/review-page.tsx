import { useRef } from 'react';
import { Link } from 'wouter';
import { api } from '../../api.js';
import { Loading, LoadError } from '../../components/load-state.js';
import { countOf } from '../../format.js';
import { useDocumentTitle } from '../../use-document-title.js';
import { useResource } from '../../use-resource.js';
import { mailApi } from './mail-api.js';
import { ReviewItem } from './review-item.js';

/** Emails Rebound was unsure about, one decision each, every decision undoable. */
export function ReviewPage() {
  useDocumentTitle('Review imported emails');
  const headingRef = useRef<HTMLHeadingElement>(null);
  // Loaded once: handled emails stay in place with their Undo until the page is left.
  const { resource, reload } = useResource(
    () => Promise.all([mailApi.listReview(), api.listApplications()]),
    'review',
  );

  return (
    <>
      <div className="page-header">
        <div>
          <p className="eyebrow">
            <Link href="/import">Import email</Link>
            <span aria-hidden="true"> / </span>
            Review
          </p>
          <h1 ref={headingRef} tabIndex={-1}>
            Review imported emails
          </h1>
          <p className="lead">
            Rebound was not sure what these emails mean. Your call decides what changes; every
            choice can be undone.
          </p>
        </div>
      </div>
      {resource.status === 'loading' && <Loading what="the emails to review" />}
      {resource.status === 'error' && <LoadError error={resource.error} onRetry={reload} />}
      {resource.status === 'ready' &&
        (resource.data[0].length === 0 ? (
          <section className="empty-state" aria-labelledby="queue-empty-title">
            <div className="empty-illustration" aria-hidden="true" />
            <h2 id="queue-empty-title">Nothing waiting for you</h2>
            <p>
              Every imported email has found its place. When Rebound is unsure about one, it will
              wait here for you.
            </p>
            <Link href="/import" className="button button-secondary">
              Import more email
            </Link>
          </section>
        ) : (
          <>
            <p className="quiet">{countOf(resource.data[0].length, 'email')} to look at.</p>
            <ol className="queue-list" aria-label="Emails to review">
              {resource.data[0].map((item) => (
                <ReviewItem key={item.id} item={item} applications={resource.data[1]} />
              ))}
            </ol>
          </>
        ))}
    </>
  );
}
