// An invitation to apply again or for other roles, not just "we keep your CV on file".
const invitation = [
  /\b(love|like|want|hope|hoping|keen)\s+(for\s+you\s+)?to\s+(see\s+you\s+)?(re-?apply|apply)\b/i,
  /\b(encourage|invite|welcome|urge)\w*\s+(you\s+)?(to\s+)?(re-?apply|apply|submit|keep applying|consider us|look at|check|keep an eye)/i,
  /\b(feel free|do not hesitate|don't hesitate|be sure|make sure|you are welcome|you're welcome|we('d| would) (love|like|be (happy|glad|delighted)))\s+to\s+(re-?apply|apply|submit|see your application|hear from you again|consider you again)/i,
  /\b(re-?apply|apply again|apply in (the )?future|apply for (other|future|another|similar)|applying (again|in the future|for (other|future)))\b/i,
  /\b(welcome|see|receive)\s+(an?|your)\s+(new\s+|future\s+)?application\b/i,
  /\b(hope|hoping)\s+(you('ll| will)|to see you)\s+(apply|consider|re-?apply|search)\b/i,
];

const refusal =
  /\b(not|never|no longer)\s+(be\s+)?(able to\s+)?(accept|consider)\w*\s+(a\s+|any\s+)?(new|future|re-?)?\s*applications?\b|\bcannot re-?apply\b/i;

export function isReapplyInvited(text: string): boolean {
  if (refusal.test(text)) return false;
  return invitation.some((pattern) => pattern.test(text));
}
