import { useState, type SyntheticEvent } from 'react';
import { api, asApiError } from '../../api.js';
import { Field } from '../../components/field.js';
import { useStatus } from '../../status.js';

type Props = { target: number; onSaved: () => void };

/** The number of tailored applications to aim for each week: a few, quality over quantity. */
export function WeeklyTargetForm({ target, onSaved }: Props) {
  const { announce } = useStatus();
  const [value, setValue] = useState(String(target));
  const [error, setError] = useState<string>();
  const [isSaving, setIsSaving] = useState(false);

  const handleSubmit = async (event: SyntheticEvent) => {
    event.preventDefault();
    const weeklyTarget = Number(value);
    if (!Number.isInteger(weeklyTarget) || weeklyTarget < 1 || weeklyTarget > 15) {
      setError(
        'Choose a whole number from 1 to 15. A few tailored applications do more than many rushed ones.',
      );
      return;
    }
    setError(undefined);
    setIsSaving(true);
    try {
      await api.updateSettings({ weeklyTarget });
      announce(`Weekly target set to ${weeklyTarget}.`);
      onSaved();
    } catch (caught) {
      const apiError = asApiError(caught);
      setError(apiError.fieldMessage('weeklyTarget') ?? apiError.message);
    } finally {
      setIsSaving(false);
    }
  };

  return (
    <form
      className="inline-form weekly-target-form"
      noValidate
      aria-label="Weekly target"
      onSubmit={(event) => {
        void handleSubmit(event);
      }}
    >
      <Field
        id="weekly-target"
        name="weeklyTarget"
        label="Tailored applications a week"
        hint="Three is a good start."
        error={error}
      >
        {(control) => (
          <input
            {...control}
            type="number"
            inputMode="numeric"
            min={1}
            max={15}
            step={1}
            value={value}
            onChange={(event) => {
              setValue(event.target.value);
            }}
          />
        )}
      </Field>
      <button type="submit" className="button button-secondary" disabled={isSaving}>
        {isSaving ? 'Saving…' : 'Save target'}
      </button>
    </form>
  );
}
