import { outcomeLabels, stageLabels, type Outcome, type Stage } from '../../../src/core/stages.js';

export function OutcomeBadge({ outcome }: { outcome: Outcome }) {
  return (
    <span className={`badge badge-${outcome}`}>
      <span className="visually-hidden">Outcome: </span>
      {outcomeLabels[outcome]}
    </span>
  );
}

export function StageChip({ stage }: { stage: Stage }) {
  return (
    <span className="chip">
      <span className="visually-hidden">Stage: </span>
      {stageLabels[stage]}
    </span>
  );
}
