import { useId, useState, type SyntheticEvent } from 'react';
import { asApiError } from '../../api.js';
import { useStatus } from '../../status.js';
import { insightsApi, type GoalView } from '../insights/insights-api.js';

type Props = { goal: GoalView; onLogged: () => void };

/** One journal entry: what you did, and how much of it counts toward the number. */
export function ProgressForm({ goal, onLogged }: Props) {
  const { announce } = useStatus();
  const baseId = useId();
  const [note, setNote] = useState('');
  const [amount, setAmount] = useState('');
  const [error, setError] = useState<string>();
  const [isSaving, setIsSaving] = useState(false);

  const handleSubmit = async (event: SyntheticEvent) => {
    event.preventDefault();
    const count = amount.trim() === '' ? null : Number(amount);
    if (count !== null && (!Number.isInteger(count) || count < 1)) {
      setError('Amount must be a whole number, 1 or more, or left empty.');
      return;
    }
    if (note.trim() === '' && count === null) {
      setError('Add a note, an amount, or both: for example "sent 2 applications" with amount 2.');
      return;
    }
    setError(undefined);
    setIsSaving(true);
    try {
      const updated = await insightsApi.logProgress(goal.id, {
        note: note.trim() || null,
        amount: count,
      });
      setNote('');
      setAmount('');
      const { done, target } = updated.progress;
      announce(
        target === null ? 'Progress logged.' : `Progress logged: ${done} of ${target} done.`,
      );
      onLogged();
    } catch (caught) {
      setError(asApiError(caught).message);
    } finally {
      setIsSaving(false);
    }
  };

  const errorId = `${baseId}-error`;
  return (
    <form
      className="progress-form"
      noValidate
      aria-label={`Log progress on ${goal.text}`}
      onSubmit={(event) => {
        void handleSubmit(event);
      }}
    >
      {error && (
        <p id={errorId} className="field-error" role="alert">
          {error}
        </p>
      )}
      <div className="progress-form-row">
        <div className="field">
          <label htmlFor={`${baseId}-note`}>What you did</label>
          <input
            id={`${baseId}-note`}
            name="note"
            type="text"
            value={note}
            aria-describedby={error ? errorId : undefined}
            onChange={(event) => {
              setNote(event.target.value);
            }}
          />
        </div>
        <div className="field field-amount">
          <label htmlFor={`${baseId}-amount`}>Amount (optional)</label>
          <input
            id={`${baseId}-amount`}
            name="amount"
            type="number"
            inputMode="numeric"
            min={1}
            step={1}
            value={amount}
            onChange={(event) => {
              setAmount(event.target.value);
            }}
          />
        </div>
        <button type="submit" className="button button-secondary" disabled={isSaving}>
          {isSaving ? 'Saving…' : 'Log progress'}
        </button>
      </div>
    </form>
  );
}
