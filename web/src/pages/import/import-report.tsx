import { useEffect, useRef } from 'react';
import { Link } from 'wouter';
import { unreadableCount } from './reports.js';
import { countOf } from '../../format.js';
import type { MailImportReport } from './mail-api.js';
import { labelCounts } from './mail-words.js';

type Props = { report: MailImportReport; title?: string };

const employerLabels = Object.keys(labelCounts) as (keyof typeof labelCounts)[];

/** What one import found and did. It takes focus when it appears, so it is read first. */
export function ImportReport({ report, title = 'What the import found' }: Props) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    headingRef.current?.focus();
  }, [report]);
  const employer = employerLabels.filter((label) => (report.employerByLabel[label] ?? 0) > 0);
  const unreadable = unreadableCount(report);
  const employerTotal = employer.reduce((sum, l) => sum + (report.employerByLabel[l] ?? 0), 0);

  return (
    <section className="panel import-report" aria-labelledby="import-report-title">
      <h2 id="import-report-title" ref={headingRef} tabIndex={-1}>
        {title}
      </h2>
      <dl className="report-counts">
        <Count term="Messages read" value={report.read} />
        <Count term="Employer emails" value={employerTotal} />
        <Count term="Applications created" value={report.applicationsCreated} />
        <Count term="Applications updated" value={report.applicationsUpdated} />
        <Count term="Waiting for your review" value={report.needsReview} />
        {report.alreadyImported > 0 && (
          <Count term="Already imported before" value={report.alreadyImported} />
        )}
      </dl>
      {employer.length > 0 ? (
        <>
          <h3>Employer emails</h3>
          <ul className="report-labels">
            {employer.map((label) => {
              const [one, many] = labelCounts[label];
              return <li key={label}>{countOf(report.employerByLabel[label] ?? 0, one, many)}</li>;
            })}
          </ul>
        </>
      ) : (
        <p className="quiet">
          None of these emails looked like they came from an employer about an application.
        </p>
      )}
      {report.needsReview > 0 && (
        <p className="report-review">
          Rebound was not sure about {countOf(report.needsReview, 'email')}.{' '}
          <Link href="/import/review">Review {report.needsReview === 1 ? 'it' : 'them'} now</Link>
        </p>
      )}
      {unreadable > 0 && (
        <>
          <h3>Messages that could not be read</h3>
          <p className="quiet">
            {countOf(unreadable, 'message was', 'messages were')} skipped; everything else was
            imported. Saving {unreadable === 1 ? 'it' : 'them'} again from your mail program often
            helps.
            {unreadable > report.unparsable.length &&
              ` The first ${String(report.unparsable.length)} are listed.`}
          </p>
          <ul className="report-problems">
            {report.unparsable.map((problem, index) => (
              <li key={`${problem.source}:${String(index)}`}>
                <span className="report-source">{problem.source}</span>: {problem.reason}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

function Count({ term, value }: { term: string; value: number }) {
  return (
    <div>
      <dt>{term}</dt>
      <dd>{value}</dd>
    </div>
  );
}
