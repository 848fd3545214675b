import { useState } from 'react';
import type { Application } from '../../api.js';
import type { MailItem, ReviewAction } from './mail-api.js';
import { emailLabels, isEmailLabel, labelNames } from './mail-words.js';

type Props = {
  item: MailItem;
  applications: Application[];
  isBusy: boolean;
  onDecide: (action: ReviewAction) => void;
};

/** Accept, change the label, link elsewhere or dismiss: plain buttons and selects. */
export function ReviewActions({ item, applications, isBusy, onDecide }: Props) {
  const [label, setLabel] = useState(item.label);
  const others = applications.filter((a) => a.id !== item.suggestedApplication?.id);
  const [target, setTarget] = useState('');
  const [targetError, setTargetError] = useState<string>();
  const labelId = `review-${item.id}-label`;
  const targetId = `review-${item.id}-target`;

  return (
    <div className="queue-actions">
      <div className="queue-buttons">
        <button
          type="button"
          className="button button-primary button-small"
          disabled={isBusy}
          onClick={() => {
            onDecide({ action: 'accept' });
          }}
        >
          Accept<span className="visually-hidden">: {item.subject}</span>
        </button>
        <button
          type="button"
          className="button button-quiet button-small"
          disabled={isBusy}
          onClick={() => {
            onDecide({ action: 'dismiss' });
          }}
        >
          Dismiss<span className="visually-hidden">: {item.subject}</span>
        </button>
      </div>
      <form
        className="inline-form queue-form"
        onSubmit={(event) => {
          event.preventDefault();
          onDecide({ action: 'relabel', label, apply: true });
        }}
      >
        <div className="field">
          <label htmlFor={labelId}>It is really</label>
          <select
            id={labelId}
            value={label}
            onChange={(event) => {
              if (isEmailLabel(event.target.value)) setLabel(event.target.value);
            }}
          >
            {emailLabels.map((choice) => (
              <option key={choice} value={choice}>
                {labelNames[choice]}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="button button-secondary button-small" disabled={isBusy}>
          Use this label
        </button>
      </form>
      {others.length > 0 && (
        <form
          className="inline-form queue-form"
          onSubmit={(event) => {
            event.preventDefault();
            if (target) onDecide({ action: 'link', applicationId: target });
            else setTargetError('Choose the application this email belongs with.');
          }}
        >
          <div className={targetError ? 'field has-error' : 'field'}>
            <label htmlFor={targetId}>Belongs with</label>
            {targetError && (
              <p id={`${targetId}-error`} className="field-error">
                {targetError}
              </p>
            )}
            <select
              id={targetId}
              value={target}
              aria-describedby={targetError ? `${targetId}-error` : undefined}
              aria-invalid={targetError ? true : undefined}
              onChange={(event) => {
                setTarget(event.target.value);
                setTargetError(undefined);
              }}
            >
              <option value="">Choose an application</option>
              {others.map((application) => (
                <option key={application.id} value={application.id}>
                  {application.role} at {application.company}
                </option>
              ))}
            </select>
          </div>
          <button type="submit" className="button button-secondary button-small" disabled={isBusy}>
            Link
          </button>
        </form>
      )}
    </div>
  );
}
