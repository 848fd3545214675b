import { Link } from 'wouter';
import type { Application } from '../../api.js';
import { OutcomeBadge, StageChip } from '../../components/badges.js';
import { formatCalendarDate } from '../../format.js';

type Props = { application: Application; isStageShown: boolean; headingLevel: 2 | 3 };

/** One application in the list or on the board; the whole card opens it. */
export function ApplicationCard({ application, isStageShown, headingLevel }: Props) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const { id, company, role, stage, outcome, appliedOn, filedAt } = application;
  return (
    <article className="app-card">
      <Heading className="app-card-title">
        <Link href={`/applications/${id}`} className="app-card-link">
          <span className="app-card-company">{company}</span>
          <span className="visually-hidden">, </span>
          <span className="app-card-role">{role}</span>
        </Link>
      </Heading>
      <div className="app-card-meta">
        {isStageShown && <StageChip stage={stage} />}
        <OutcomeBadge outcome={outcome} />
        <span className="app-card-date">
          {appliedOn ? (
            <>
              Applied <time dateTime={appliedOn}>{formatCalendarDate(appliedOn)}</time>
            </>
          ) : (
            'No applied date'
          )}
        </span>
        {filedAt !== null && <span className="badge badge-filed">Filed</span>}
      </div>
    </article>
  );
}
