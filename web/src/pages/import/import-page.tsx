import { useState } from 'react';
import { Link } from 'wouter';
import { useDocumentTitle } from '../../use-document-title.js';
import { ImportReport } from './import-report.js';
import type { MailImportReport } from './mail-api.js';
import { MailboxesSection } from './mailboxes-section.js';
import { RecentImports } from './recent-imports.js';
import { UploadForm } from './upload-form.js';

/** Bring emails in: files or a mailbox, then see what they changed. */
export function ImportPage() {
  useDocumentTitle('Import email');
  const [report, setReport] = useState<MailImportReport | null>(null);
  const [version, setVersion] = useState(0);

  const finished = (next: MailImportReport) => {
    setReport(next);
    setVersion((n) => n + 1);
  };

  return (
    <>
      <div className="page-header">
        <div>
          <h1>Import email</h1>
          <p className="lead">
            Rebound reads employer emails, logs rejections you may have missed and keeps each
            application up to date. When it is unsure, it asks you.
          </p>
        </div>
        <Link href="/import/review" className="button button-secondary">
          Review queue
        </Link>
      </div>
      {report && <ImportReport report={report} />}
      <div className="import-grid">
        <div className="panel">
          <UploadForm onImported={finished} />
        </div>
        <MailboxesSection onSynced={finished} />
      </div>
      <RecentImports version={version} />
    </>
  );
}
