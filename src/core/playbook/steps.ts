/** Every step a plan can hold. The ones that send a message share the composer's kind names. */
export const stepKinds = [
  'cool-off',
  'reply',
  'feedback-request',
  'feedback-followup',
  'linkedin',
  'reaffirm',
  'self-assessment',
  'checkin',
  'feedback-thanks',
] as const;
export type StepKind = (typeof stepKinds)[number];

/** Steps that send something to someone at the company. */
export const messageStepKinds = [
  'reply',
  'feedback-request',
  'feedback-followup',
  'linkedin',
  'reaffirm',
  'checkin',
  'feedback-thanks',
] as const satisfies readonly StepKind[];
export type MessageStepKind = (typeof messageStepKinds)[number];

export const stepStatuses = [
  'upcoming',
  'due',
  'overdue',
  'done',
  'skipped',
  'not-advised',
  'blocked',
] as const;
export type StepStatus = (typeof stepStatuses)[number];

export type PlanStep = {
  kind: StepKind;
  status: StepStatus;
  /** ISO times; null when the step has no window (done long ago, or blocked). */
  notBefore: string | null;
  dueBy: string | null;
  /** One line: which rule this follows, in plain words. */
  rationale: string;
  /** Why it can't be done, for `blocked` and `not-advised`. */
  blockedReason?: string;
  doneAt?: string;
};

export const stepLabels: Record<StepKind, string> = {
  'cool-off': 'Take a pause',
  reply: 'Reply with thanks',
  'feedback-request': 'Ask for feedback',
  'feedback-followup': 'Follow up on feedback, once',
  linkedin: 'Connect on LinkedIn',
  reaffirm: 'Reaffirm your interest',
  'self-assessment': 'Look back on the process',
  checkin: 'Check in with your contact',
  'feedback-thanks': 'Thank them for the feedback',
};

export function isStepKind(value: unknown): value is StepKind {
  return typeof value === 'string' && (stepKinds as readonly string[]).includes(value);
}

export function isMessageStep(kind: StepKind): kind is MessageStepKind {
  return (messageStepKinds as readonly string[]).includes(kind);
}
