import { Link } from 'wouter';
import { api, type ApplicationDetail } from '../../api.js';
import { Loading, LoadError } from '../../components/load-state.js';
import { formatCalendarDate } from '../../format.js';
import { useDocumentTitle } from '../../use-document-title.js';
import { useResource } from '../../use-resource.js';
import { ApplicationMissing } from './application-missing.js';
import { ContactsSection } from './contacts-section.js';
import { DeleteApplication } from './delete-application.js';
import { FileAway } from './file-away.js';
import { LogRejection } from './log-rejection.js';
import { LookBackSection } from './look-back-section.js';
import { MailSection } from './mail-section.js';
import { PlanSection } from './plan-section.js';
import { ProgressPanel } from './progress-panel.js';
import { RejectionsSection } from './rejections-section.js';
import { TimelineSection } from './timeline-section.js';

export function ApplicationPage({ id }: { id: string }) {
  const { resource, reload } = useResource(() => api.getApplication(id), id);
  const application = resource.status === 'ready' ? resource.data.application : null;
  useDocumentTitle(application ? `${application.role} at ${application.company}` : 'Application');

  if (resource.status === 'loading') return <Loading what="the application" />;
  if (resource.status === 'error') {
    return resource.error.status === 404 ? (
      <ApplicationMissing message={resource.error.message} />
    ) : (
      <>
        <h1>Application</h1>
        <LoadError error={resource.error} onRetry={reload} />
      </>
    );
  }
  const detail = resource.data;
  return (
    <>
      <ApplicationHeader detail={detail} />
      <FileAway detail={detail} onChanged={reload} />
      {detail.rejections.length > 0 && <PlanSection detail={detail} onChanged={reload} />}
      <ProgressPanel detail={detail} onChanged={reload} />
      <div className="detail-grid">
        <div className="detail-column">
          <LogRejection detail={detail} onLogged={reload} />
          <RejectionsSection rejections={detail.rejections} />
          <MailSection
            applicationId={detail.application.id}
            version={String(detail.timeline.length)}
          />
          <LookBackSection rejections={detail.rejections} onSaved={reload} />
        </div>
        <div className="detail-column">
          <TimelineSection timeline={detail.timeline} />
          <ContactsSection
            applicationId={detail.application.id}
            contacts={detail.contacts}
            onChanged={reload}
          />
        </div>
      </div>
    </>
  );
}

function ApplicationHeader({ detail }: { detail: ApplicationDetail }) {
  const { application } = detail;
  const { company, role, location, source, appliedOn, postingUrl, notes } = application;
  return (
    <div className="detail-header">
      <div className="page-header">
        <div>
          <p className="eyebrow">
            <Link href="/">Applications</Link>
            <span aria-hidden="true"> / </span>
            {company}
          </p>
          <h1>
            {role}
            <span className="h1-secondary"> at {company}</span>
          </h1>
        </div>
        <div className="header-actions">
          <Link href={`/applications/${application.id}/edit`} className="button button-secondary">
            Edit details
          </Link>
          <DeleteApplication detail={detail} />
        </div>
      </div>
      <dl className="facts">
        <div>
          <dt>Applied</dt>
          <dd>{appliedOn ? formatCalendarDate(appliedOn) : 'Not recorded'}</dd>
        </div>
        {location && (
          <div>
            <dt>Location</dt>
            <dd>{location}</dd>
          </div>
        )}
        {source && (
          <div>
            <dt>Source</dt>
            <dd>{source}</dd>
          </div>
        )}
        {postingUrl && (
          <div>
            <dt>Posting</dt>
            <dd>
              <a href={postingUrl} target="_blank" rel="noopener noreferrer">
                Open the job posting<span className="visually-hidden"> (opens in a new tab)</span>
              </a>
            </dd>
          </div>
        )}
      </dl>
      {notes && (
        <div className="notes">
          <h2 className="notes-title">Notes</h2>
          <p>{notes}</p>
        </div>
      )}
    </div>
  );
}
