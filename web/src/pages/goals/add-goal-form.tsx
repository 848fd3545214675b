import { useState, type SyntheticEvent } from 'react';
import { asApiError } from '../../api.js';
import { Field } from '../../components/field.js';
import { ErrorSummary, errorFor, type FormErrors } from '../../components/form-errors.js';
import { useStatus } from '../../status.js';
import { insightsApi } from '../insights/insights-api.js';
import { SmartLetters, smartSummary } from './smart-letters.js';
import { useSmartCheck } from './use-smart-check.js';

const idFor = (field: string) =>
  ({ text: 'goal-text', deadline: 'goal-deadline' })[field] ?? undefined;

/** A new goal, checked against SMART as it is written; saving never waits for all five. */
export function AddGoalForm({ onAdded }: { onAdded: () => void }) {
  const { announce } = useStatus();
  const [text, setText] = useState('');
  const [deadline, setDeadline] = useState('');
  const [errors, setErrors] = useState<FormErrors>(null);
  const [isSaving, setIsSaving] = useState(false);
  const check = useSmartCheck(text, deadline);
  const shown =
    check.status === 'checked' ? check.check : check.status === 'checking' ? check.previous : null;

  const handleSubmit = async (event: SyntheticEvent) => {
    event.preventDefault();
    if (text.trim() === '') {
      setErrors({
        message: 'Write the goal first.',
        fields: [
          {
            field: 'text',
            message: 'Write the goal in a few words, for example "Apply to 3 jobs by Friday".',
          },
        ],
      });
      return;
    }
    setErrors(null);
    setIsSaving(true);
    try {
      const goal = await insightsApi.addGoal({ text, deadline: deadline.trim() || null });
      setText('');
      setDeadline('');
      announce(`Goal saved: ${goal.text}`);
      onAdded();
    } catch (caught) {
      const error = asApiError(caught);
      setErrors({ message: error.message, fields: error.fields });
    } finally {
      setIsSaving(false);
    }
  };

  return (
    <form
      className="form goal-form"
      noValidate
      aria-labelledby="add-goal-title"
      onSubmit={(event) => {
        void handleSubmit(event);
      }}
    >
      <h2 id="add-goal-title">Add a goal</h2>
      <ErrorSummary errors={errors} idFor={idFor} />
      <Field
        id="goal-text"
        name="text"
        label="Your goal"
        hint="What you will do, how many, and by when. For example: Practise 3 phone-screen answers out loud by Friday."
        error={errorFor(errors, 'text')}
        isRequired
      >
        {(control) => (
          <textarea
            {...control}
            rows={2}
            value={text}
            onChange={(event) => {
              setText(event.target.value);
            }}
          />
        )}
      </Field>
      <Field
        id="goal-deadline"
        name="deadline"
        label="Deadline (optional)"
        hint='A date like 2026-04-30, or words like "next Friday". Leave it empty if the goal names one.'
        error={errorFor(errors, 'deadline')}
      >
        {(control) => (
          <input
            {...control}
            type="text"
            autoComplete="off"
            value={deadline}
            onChange={(event) => {
              setDeadline(event.target.value);
            }}
          />
        )}
      </Field>
      <div className="smart-check" aria-busy={check.status === 'checking'}>
        <p className="smart-check-title">
          <strong>SMART check</strong>{' '}
          <span role="status" className="quiet">
            {check.status === 'idle' && 'Start writing and Rebound checks the goal as you go.'}
            {check.status === 'checking' && !shown && 'Checking…'}
            {check.status === 'checked' && smartSummary(check.check)}
            {check.status === 'failed' && check.message}
          </span>
        </p>
        {shown && <SmartLetters check={shown} />}
      </div>
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={isSaving}>
          {isSaving ? 'Saving…' : 'Save goal'}
        </button>
      </div>
    </form>
  );
}
