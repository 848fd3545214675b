import type { StepStatus } from '../../../src/core/playbook/steps.js';
import { statusLabels } from '../step-text.js';

/** A step's status in words, with a calm tint; the word carries the meaning, not the colour. */
export function StepStatusBadge({
  status,
  isPause = false,
}: {
  status: StepStatus;
  isPause?: boolean;
}) {
  const label = isPause && status === 'due' ? 'Pausing' : statusLabels[status];
  return (
    <span
      className={`badge step-badge step-badge-${isPause && status === 'due' ? 'pause' : status}`}
    >
      <span className="visually-hidden">Status: </span>
      {label}
    </span>
  );
}
