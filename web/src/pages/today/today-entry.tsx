import { Link } from 'wouter';
import { isMessageStep, stepLabels } from '../../../../src/core/playbook/steps.js';
import type { TodayItem } from '../../api.js';
import { StepStatusBadge } from '../../components/step-status.js';
import { deadlineText, overdueNote, pauseNote } from '../../step-text.js';
import { formatMoment } from '../../zoned-time.js';
import { lookBackAnchor } from '../application/look-back-anchor.js';

type Props = { item: TodayItem; timeZone: string };

/** One step on the Today list: what, for which application, by when, and why. */
export function TodayEntry({ item, timeZone }: Props) {
  const { application, step } = item;
  const label = stepLabels[step.kind];
  const isPause = step.kind === 'cool-off';
  const applicationName = `${application.role} at ${application.company}`;
  const titleId = `today-${application.id}-${step.kind}`;
  return (
    <li
      className={`today-entry${step.status === 'overdue' ? ' is-overdue' : ''}${isPause ? ' is-pause' : ''}`}
    >
      <article aria-labelledby={titleId}>
        <div className="today-entry-head">
          <h2 id={titleId} className="today-entry-title">
            {label}
          </h2>
          <StepStatusBadge status={step.status} isPause={isPause} />
        </div>
        <p className="today-entry-app">
          <Link href={`/applications/${application.id}`}>{applicationName}</Link>
        </p>
        {isPause ? (
          <>
            <p className="today-entry-when">
              Taking a pause until{' '}
              {step.dueBy && (
                <time dateTime={step.dueBy}>{formatMoment(step.dueBy, timeZone)}</time>
              )}
            </p>
            <p className="today-entry-why">{pauseNote}</p>
          </>
        ) : (
          <>
            {step.dueBy && (
              <p className="today-entry-when">
                <time dateTime={step.dueBy}>{deadlineText(step, timeZone)}</time>
                {step.status === 'overdue' && (
                  <span className="overdue-note"> · {overdueNote}</span>
                )}
              </p>
            )}
            <p className="today-entry-why">{step.rationale}</p>
            <div className="today-entry-actions">
              {isMessageStep(step.kind) ? (
                <Link
                  href={`/applications/${application.id}/compose/${step.kind}`}
                  className="button button-primary"
                >
                  Write it
                  <span className="visually-hidden">
                    : {label.toLowerCase()}, {applicationName}
                  </span>
                </Link>
              ) : (
                // The look-back is done when its form is saved, on the application page.
                <Link
                  href={`/applications/${application.id}#${lookBackAnchor}`}
                  className="button button-primary"
                >
                  Fill in the look-back
                  <span className="visually-hidden">: {applicationName}</span>
                </Link>
              )}
            </div>
          </>
        )}
      </article>
    </li>
  );
}
