import { useState, type SyntheticEvent } from 'react';
import { asApiError } from '../api.js';
import { Field } from './field.js';

type Props<T extends string> = {
  id: string;
  name: string;
  label: string;
  choices: readonly T[];
  labels: Record<T, string>;
  initial: T;
  submitLabel: string;
  /** Saves the choice; a thrown API error is shown beside the field. */
  onSave: (value: T) => Promise<void>;
};

/** A labelled select with one button: pick a value, save it, see any error in place. */
export function ChoiceForm<T extends string>(props: Props<T>) {
  const { id, name, label, choices, labels, initial, submitLabel, onSave } = props;
  const [value, setValue] = useState<T>(initial);
  const [error, setError] = useState<string>();
  const [isSaving, setIsSaving] = useState(false);

  const handleSubmit = async (event: SyntheticEvent) => {
    event.preventDefault();
    setError(undefined);
    setIsSaving(true);
    try {
      await onSave(value);
    } catch (caught) {
      setError(asApiError(caught).message);
    } finally {
      setIsSaving(false);
    }
  };

  return (
    <form
      className="inline-form"
      onSubmit={(event) => {
        void handleSubmit(event);
      }}
    >
      <Field id={id} name={name} label={label} error={error}>
        {(control) => (
          <select
            {...control}
            value={value}
            onChange={(event) => {
              setValue(choices.find((c) => c === event.target.value) ?? initial);
            }}
          >
            {choices.map((c) => (
              <option key={c} value={c}>
                {labels[c]}
              </option>
            ))}
          </select>
        )}
      </Field>
      <button type="submit" className="button button-secondary" disabled={isSaving}>
        {submitLabel}
      </button>
    </form>
  );
}
