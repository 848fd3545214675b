import { useRef, useState } from 'react';
import { asApiError } from '../../api.js';
import { ConfirmDialog } from '../../components/confirm-dialog.js';
import { formatCalendarDate, formatTime } from '../../format.js';
import { useStatus } from '../../status.js';
import { insightsApi, type GoalView } from '../insights/insights-api.js';
import { ProgressForm } from './progress-form.js';

function deadlineWords(goal: GoalView): string | null {
  if (!goal.deadline) return null;
  const date = formatCalendarDate(goal.deadline);
  const { daysLeft, isOverdue } = goal.progress;
  if (goal.completedAt) return `Deadline was ${date}`;
  if (isOverdue) return `Deadline was ${date}. Pick a new date if it still matters; that is fine.`;
  if (daysLeft === 0) return `Due today, ${date}`;
  if (daysLeft === 1) return `Due tomorrow, ${date}`;
  return `Due ${date}${daysLeft === null ? '' : `, in ${daysLeft} days`}`;
}

type Props = {
  goal: GoalView;
  onChanged: () => void;
  /** The goal is leaving this list (done or deleted): focus must go somewhere that stays. */
  onLeaving: () => void;
};

/** One goal: its progress, journal, and the actions on it. */
export function GoalItem({ goal, onChanged, onLeaving }: Props) {
  const { announce } = useStatus();
  const isRemovedRef = useRef(false);
  const [isDeleting, setIsDeleting] = useState(false);
  const [isBusy, setIsBusy] = useState(false);
  const [error, setError] = useState<string>();
  const { done, target, share } = goal.progress;
  const isDone = goal.completedAt !== null;

  const complete = async () => {
    setIsBusy(true);
    setError(undefined);
    try {
      await insightsApi.completeGoal(goal.id);
      announce(`Marked done: ${goal.text}. Well done.`);
      onLeaving();
      onChanged();
    } catch (caught) {
      setError(asApiError(caught).message);
    } finally {
      setIsBusy(false);
    }
  };

  const remove = async () => {
    setIsBusy(true);
    setError(undefined);
    try {
      await insightsApi.deleteGoal(goal.id);
      isRemovedRef.current = true;
      setIsDeleting(false);
      announce(`Deleted the goal: ${goal.text}`);
      onChanged();
    } catch (caught) {
      setError(asApiError(caught).message);
    } finally {
      setIsBusy(false);
    }
  };

  return (
    <li className={`goal ${isDone ? 'is-done' : ''}`}>
      <h3 className="goal-text">{goal.text}</h3>
      <p className="goal-meta quiet">
        {[
          deadlineWords(goal),
          isDone && goal.completedAt ? `Done ${formatTime(goal.completedAt)}` : null,
        ]
          .filter(Boolean)
          .join(' · ')}
      </p>
      {target !== null && (
        <div className="goal-progress">
          <p>
            <strong>
              {done} of {target}
            </strong>{' '}
            done
          </p>
          <div className="meter" aria-hidden="true">
            <span className="meter-fill" style={{ width: `${Math.round((share ?? 0) * 100)}%` }} />
          </div>
        </div>
      )}
      {goal.entries.length > 0 && (
        <details className="goal-journal">
          <summary>Journal ({goal.entries.length})</summary>
          <ol aria-label={`Journal of ${goal.text}`}>
            {goal.entries.map((entry) => (
              <li key={entry.id}>
                <time dateTime={entry.at}>{formatTime(entry.at)}</time>
                {entry.amount !== null && <strong> +{entry.amount}</strong>}
                {entry.note && <span> {entry.note}</span>}
              </li>
            ))}
          </ol>
        </details>
      )}
      {!isDone && <ProgressForm goal={goal} onLogged={onChanged} />}
      {error && !isDeleting && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
      <div className="goal-actions">
        {!isDone && (
          <button
            type="button"
            className="button button-secondary button-small"
            disabled={isBusy}
            onClick={() => {
              void complete();
            }}
          >
            Mark done<span className="visually-hidden">: {goal.text}</span>
          </button>
        )}
        <button
          type="button"
          className="button button-danger-quiet button-small"
          onClick={() => {
            setError(undefined);
            setIsDeleting(true);
          }}
        >
          Delete<span className="visually-hidden"> the goal: {goal.text}</span>
        </button>
      </div>
      <ConfirmDialog
        isOpen={isDeleting}
        title="Delete this goal?"
        confirmLabel="Delete the goal"
        busyLabel="Deleting…"
        isBusy={isBusy}
        error={isDeleting ? error : undefined}
        onConfirm={() => {
          void remove();
        }}
        onCancel={() => {
          setIsDeleting(false);
        }}
        restoreFocus={() => {
          // The Delete button that opened the dialog goes away with the goal.
          if (!isRemovedRef.current) return false;
          onLeaving();
          return true;
        }}
      >
        <p>
          <strong>{goal.text}</strong> will be removed
          {goal.entries.length > 0
            ? ` with its ${goal.entries.length === 1 ? 'journal entry' : `${goal.entries.length} journal entries`}`
            : ''}
          .
        </p>
        {!isDone && <p>If you finished it, marking it done keeps the record instead.</p>}
      </ConfirmDialog>
    </li>
  );
}
