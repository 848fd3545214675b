import { Loading, LoadError } from '../../components/load-state.js';
import { unreadableCount } from './reports.js';
import { countOf, formatTime } from '../../format.js';
import { useResource } from '../../use-resource.js';
import { mailApi, type MailImportRun } from './mail-api.js';

const kindNames: Record<string, string> = {
  eml: 'Saved email (.eml)',
  mbox: 'Mailbox export (.mbox)',
  imap: 'Mailbox sync',
};

/** The last imports, newest first: when, from what, and what each did. */
export function RecentImports({ version }: { version: number }) {
  const { resource, reload } = useResource(() => mailApi.listImports(), String(version));
  return (
    <section className="panel" aria-labelledby="recent-imports-title">
      <h2 id="recent-imports-title">Recent imports</h2>
      {resource.status === 'loading' && <Loading what="recent imports" />}
      {resource.status === 'error' && <LoadError error={resource.error} onRetry={reload} />}
      {resource.status === 'ready' &&
        (resource.data.length === 0 ? (
          <p className="quiet">Nothing imported yet. Your first import will be listed here.</p>
        ) : (
          <ul className="import-list" aria-labelledby="recent-imports-title">
            {resource.data.slice(0, 10).map((run) => (
              <li key={run.id} className="import-run">
                <p className="import-run-title">
                  {kindNames[run.kind] ?? run.kind}
                  <time dateTime={run.startedAt}> · {formatTime(run.startedAt)}</time>
                </p>
                <p className="quiet">{summary(run)}</p>
              </li>
            ))}
          </ul>
        ))}
    </section>
  );
}

function summary(run: MailImportRun): string {
  const { report } = run;
  const parts = [
    countOf(report.read, 'message') + ' read',
    `${countOf(report.applicationsCreated + report.applicationsUpdated, 'application')} created or updated`,
  ];
  if (report.needsReview > 0) parts.push(`${String(report.needsReview)} for review`);
  const unreadable = unreadableCount(report);
  if (unreadable > 0) parts.push(`${String(unreadable)} unreadable`);
  return `${parts.join(', ')}${run.finishedAt ? '.' : '. It stopped before the end; import the same file again to finish.'}`;
}
