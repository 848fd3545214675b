import { Loading, LoadError } from '../../components/load-state.js';
import { MailReader } from '../../components/mail-reader.js';
import { formatTime } from '../../format.js';
import { useResource } from '../../use-resource.js';
import { mailApi } from '../import/mail-api.js';
import { labelNames } from '../import/mail-words.js';

type Props = { applicationId: string; version: string };

/** Emails linked to this application, each openable to the original (sanitized) email. */
export function MailSection({ applicationId, version }: Props) {
  const { resource, reload } = useResource(
    () => mailApi.listForApplication(applicationId),
    `${applicationId}:${version}`,
  );
  if (resource.status === 'ready' && resource.data.length === 0) return null;

  return (
    <section className="panel" aria-labelledby="mail-title">
      <h2 id="mail-title">Emails</h2>
      {resource.status === 'loading' && <Loading what="the emails" />}
      {resource.status === 'error' && <LoadError error={resource.error} onRetry={reload} />}
      {resource.status === 'ready' && (
        <ul className="mail-list" aria-labelledby="mail-title">
          {resource.data.map((mail) => (
            <li key={mail.id} className="mail-entry">
              <MailReader
                id={mail.id}
                subject={mail.subject}
                summary={
                  <>
                    <span className="mail-subject">{mail.subject || '(no subject)'}</span>
                    <span className="mail-meta">
                      {labelNames[mail.label]} · from {mail.sender || 'an unknown sender'} ·{' '}
                      <time dateTime={mail.receivedAt}>{formatTime(mail.receivedAt)}</time>
                    </span>
                  </>
                }
              />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
