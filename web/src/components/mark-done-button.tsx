import { useState } from 'react';
import { stepLabels, type StepKind } from '../../../src/core/playbook/steps.js';
import { api, asApiError } from '../api.js';
import { useStatus } from '../status.js';

type Props = {
  applicationId: string;
  kind: StepKind;
  context: string;
  isSmall?: boolean;
  onDone: () => void;
};

/** For a step with nothing to send (looking back on the process): record it as done. */
export function MarkDoneButton({ applicationId, kind, context, isSmall = false, onDone }: Props) {
  const { announce } = useStatus();
  const [isBusy, setIsBusy] = useState(false);
  const label = stepLabels[kind];

  const markDone = async () => {
    setIsBusy(true);
    try {
      await api.recordStep(applicationId, { kind, status: 'done' });
      announce(`Marked “${label}” as done for ${context}.`);
      onDone();
    } catch (caught) {
      announce(asApiError(caught).message);
      setIsBusy(false);
    }
  };

  return (
    <button
      type="button"
      className={`button button-secondary${isSmall ? ' button-small' : ''}`}
      disabled={isBusy}
      onClick={() => {
        void markDone();
      }}
    >
      Mark as done
      <span className="visually-hidden">
        : {label.toLowerCase()}, {context}
      </span>
    </button>
  );
}
