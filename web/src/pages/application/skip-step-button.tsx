import { useState } from 'react';
import { stepLabels, type StepKind } from '../../../../src/core/playbook/steps.js';
import { api, asApiError } from '../../api.js';
import { useStatus } from '../../status.js';

type Props = { applicationId: string; kind: StepKind; onSkipped: () => void };

/** Records a step as skipped: not every step fits every rejection. */
export function SkipStepButton({ applicationId, kind, onSkipped }: Props) {
  const { announce } = useStatus();
  const [isBusy, setIsBusy] = useState(false);
  const label = stepLabels[kind];

  const skip = async () => {
    setIsBusy(true);
    try {
      await api.recordStep(applicationId, { kind, status: 'skipped' });
      announce(`Skipped “${label}”. That is a fine choice; the rest of the plan stays.`);
      onSkipped();
    } catch (caught) {
      announce(asApiError(caught).message);
      setIsBusy(false);
    }
  };

  return (
    <button
      type="button"
      className="button button-quiet button-small"
      disabled={isBusy}
      onClick={() => {
        void skip();
      }}
    >
      Skip<span className="visually-hidden">: {label.toLowerCase()}</span>
    </button>
  );
}
