import { useState, type SyntheticEvent } from 'react';
import { api, asApiError } from '../../api.js';
import { Field } from '../../components/field.js';
import { useStatus } from '../../status.js';

type Props = { applicationId: string; onLogged: () => void };

/** Feedback the employer gave, kept with the application; a thank-you step follows. */
export function FeedbackForm({ applicationId, onLogged }: Props) {
  const { announce } = useStatus();
  const [text, setText] = useState('');
  const [error, setError] = useState<string>();
  const [isSaving, setIsSaving] = useState(false);

  const handleSubmit = async (event: SyntheticEvent) => {
    event.preventDefault();
    if (text.trim() === '') {
      setError('Paste the feedback you received (or a few words about it).');
      return;
    }
    setError(undefined);
    setIsSaving(true);
    try {
      await api.logFeedback(applicationId, { text });
      setText('');
      announce('Feedback logged. A short thank-you is now in your plan.');
      onLogged();
    } catch (caught) {
      const apiError = asApiError(caught);
      setError(apiError.fieldMessage('text') ?? apiError.message);
    } finally {
      setIsSaving(false);
    }
  };

  return (
    <form
      className="form feedback-form"
      noValidate
      aria-labelledby="feedback-title"
      onSubmit={(event) => {
        void handleSubmit(event);
      }}
    >
      <h3 id="feedback-title">Log feedback you received</h3>
      <Field
        id="feedback-text"
        name="text"
        label="Paste the feedback"
        hint="Whatever they shared, even one line. It stays here; nothing is sent."
        error={error}
      >
        {(control) => (
          <textarea
            {...control}
            rows={4}
            value={text}
            onChange={(event) => {
              setText(event.target.value);
            }}
          />
        )}
      </Field>
      <div className="form-actions">
        <button type="submit" className="button button-secondary" disabled={isSaving}>
          {isSaving ? 'Saving…' : 'Log feedback'}
        </button>
      </div>
    </form>
  );
}
