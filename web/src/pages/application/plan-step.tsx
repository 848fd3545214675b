import { Link } from 'wouter';
import { isMessageStep, stepLabels } from '../../../../src/core/playbook/steps.js';
import type { PlanStep } from '../../api.js';
import { StepStatusBadge } from '../../components/step-status.js';
import { overdueNote, pauseNote, windowText } from '../../step-text.js';
import { formatMoment } from '../../zoned-time.js';
import { goToLookBack, lookBackAnchor } from './look-back-anchor.js';
import { SkipStepButton } from './skip-step-button.js';

type Props = { applicationId: string; step: PlanStep; timeZone: string; onChanged: () => void };

const openStatuses: readonly string[] = ['upcoming', 'due', 'overdue', 'not-advised'];

/** One step of the plan: what, when, why, and the way to act on it. */
export function PlanStepItem({ applicationId, step, timeZone, onChanged }: Props) {
  const label = stepLabels[step.kind];
  const isPause = step.kind === 'cool-off';
  const isOpen = !isPause && openStatuses.includes(step.status);
  return (
    <li className={`plan-step plan-step-${step.status}${isPause ? ' is-pause' : ''}`}>
      <span className="plan-dot" aria-hidden="true" />
      <div className="plan-step-head">
        <h3 className="plan-step-title">{label}</h3>
        <StepStatusBadge status={step.status} isPause={isPause} />
      </div>
      <When step={step} timeZone={timeZone} />
      {step.blockedReason ? (
        <p className="plan-step-why">
          {step.status === 'not-advised' ? 'Not advised: ' : 'Let this one rest: '}
          {lowerFirst(step.blockedReason)}
        </p>
      ) : (
        <p className="plan-step-why">
          {isPause && step.status === 'due' ? pauseNote : step.rationale}
        </p>
      )}
      {isOpen && (
        <div className="plan-step-actions">
          {isMessageStep(step.kind) ? (
            <Link
              href={`/applications/${applicationId}/compose/${step.kind}`}
              className="button button-secondary button-small"
            >
              Write it<span className="visually-hidden">: {label.toLowerCase()}</span>
            </Link>
          ) : (
            // The look-back is done when its form is saved, not by a click; the form is on this page.
            <a
              href={`#${lookBackAnchor}`}
              className="button button-secondary button-small"
              onClick={(event) => {
                event.preventDefault();
                goToLookBack();
              }}
            >
              Fill in the look-back
            </a>
          )}
          <SkipStepButton applicationId={applicationId} kind={step.kind} onSkipped={onChanged} />
        </div>
      )}
    </li>
  );
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

function When({ step, timeZone }: { step: PlanStep; timeZone: string }) {
  if (step.kind === 'cool-off' && step.dueBy) {
    const until = <time dateTime={step.dueBy}>{formatMoment(step.dueBy, timeZone, 'short')}</time>;
    return (
      <p className="plan-step-when">
        {step.status === 'done' ? <>Pause ended {until}</> : <>Taking a pause until {until}</>}
      </p>
    );
  }
  if (step.status === 'done') {
    const verb = isMessageStep(step.kind) ? 'Sent' : 'Done';
    return (
      <p className="plan-step-when">
        {step.doneAt ? (
          <>
            {verb}{' '}
            <time dateTime={step.doneAt}>{formatMoment(step.doneAt, timeZone, 'short')}</time>
          </>
        ) : (
          verb
        )}
      </p>
    );
  }
  const window = windowText(step, timeZone);
  if (!window || step.status === 'skipped' || step.status === 'blocked') return null;
  return (
    <p className="plan-step-when">
      {window}
      {step.status === 'overdue' && <span className="overdue-note"> · {overdueNote}</span>}
    </p>
  );
}
