/** The stages an application moves through, in order. */
export const stages = ['applied', 'screen', 'technical', 'final', 'offer'] as const;
export type Stage = (typeof stages)[number];

/** How an application ended, kept apart from the stage so the furthest stage survives. */
export const outcomes = [
  'open',
  'rejected',
  'ghosted',
  'withdrawn',
  'offer_accepted',
  'offer_declined',
] as const;
export type Outcome = (typeof outcomes)[number];

export const stageLabels: Record<Stage, string> = {
  applied: 'Applied',
  screen: 'Screen',
  technical: 'Technical',
  final: 'Final round',
  offer: 'Offer',
};

export const outcomeLabels: Record<Outcome, string> = {
  open: 'Open',
  rejected: 'Rejected',
  ghosted: 'No reply',
  withdrawn: 'Withdrawn',
  offer_accepted: 'Offer accepted',
  offer_declined: 'Offer declined',
};

export function isStage(value: unknown): value is Stage {
  return typeof value === 'string' && (stages as readonly string[]).includes(value);
}

export function isOutcome(value: unknown): value is Outcome {
  return typeof value === 'string' && (outcomes as readonly string[]).includes(value);
}

export function stageRank(stage: Stage): number {
  return stages.indexOf(stage);
}

/** The later of the given stages; `applied` when there are none. */
export function laterStage(...candidates: Stage[]): Stage {
  return candidates.reduce<Stage>(
    (best, stage) => (stageRank(stage) > stageRank(best) ? stage : best),
    'applied',
  );
}
