import { useState } from 'react';
import { asApiError } from '../../api.js';
import { useStatus } from '../../status.js';
import { insightsApi, type GoalSuggestion } from '../insights/insights-api.js';

const sourceWords: Record<GoalSuggestion['source'], string> = {
  diagnosis: 'From where your search stalls',
  feedback: 'From the feedback you received',
  'self-assessment': 'From your own look-back',
};

type Props = { suggestions: GoalSuggestion[]; onAdopted: () => void };

/** Goals Rebound suggests, each one click from being yours. */
export function GoalSuggestions({ suggestions, onAdopted }: Props) {
  const { announce } = useStatus();
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<{ text: string; message: string } | null>(null);

  if (suggestions.length === 0) {
    return (
      <p className="quiet">
        No suggestions right now. They come from where your search stalls, the feedback you log and
        your look-backs after a rejection.
      </p>
    );
  }

  const adopt = async (suggestion: GoalSuggestion) => {
    setBusy(suggestion.text);
    setError(null);
    try {
      await insightsApi.addGoal({
        text: suggestion.text,
        theme: suggestion.theme,
        deadline: suggestion.deadline,
        origin: 'suggested',
      });
      announce(`Goal added: ${suggestion.text}`);
      onAdopted();
    } catch (caught) {
      setError({ text: suggestion.text, message: asApiError(caught).message });
    } finally {
      setBusy(null);
    }
  };

  return (
    <ul className="suggestion-list" aria-label="Suggested goals">
      {suggestions.map((suggestion) => (
        <li key={suggestion.text} className="suggestion">
          <p className="suggestion-text">{suggestion.text}</p>
          <p className="quiet suggestion-why">
            {sourceWords[suggestion.source]}: {suggestion.reason}
          </p>
          {error?.text === suggestion.text && (
            <p className="field-error" role="alert">
              {error.message}
            </p>
          )}
          <button
            type="button"
            className="button button-secondary button-small"
            disabled={busy !== null}
            onClick={() => {
              void adopt(suggestion);
            }}
          >
            {busy === suggestion.text ? 'Adding…' : 'Adopt this goal'}
            <span className="visually-hidden">: {suggestion.text}</span>
          </button>
        </li>
      ))}
    </ul>
  );
}
