import type { ComposerContext, DraftElement, DraftKind } from './types.js';

/** The elements each kind of draft must contain (see the composer brief). */
export const requiredElements: Record<DraftKind, DraftElement[][]> = {
  reply: [
    ['greeting'],
    ['thanks'],
    ['acknowledgement'],
    ['connect_offer', 'future_interest'],
    ['good_wishes'],
    ['sign_off'],
  ],
  'feedback-request': [['greeting'], ['thanks'], ['feedback_ask'], ['sign_off']],
  'feedback-followup': [['greeting'], ['feedback_ask'], ['sign_off']],
  reaffirm: [['greeting'], ['future_interest'], ['sign_off']],
  linkedin: [['thanks'], ['connect_offer']],
  checkin: [['greeting'], ['future_interest', 'connect_offer'], ['sign_off']],
  'feedback-thanks': [['greeting'], ['thanks'], ['sign_off']],
};

/** Text that looks like a template placeholder or a missing value. */
export const placeholderPatterns: readonly RegExp[] = [
  /\[[^\]]*\]/,
  /\([A-Z ]+\)/,
  /\{\{/,
  /<[^>]*>/,
  /(?<![\p{L}\p{N}])(?:undefined|null)(?![\p{L}\p{N}])/iu,
];

/** A realistic, complete context: a technical interview that did not work out. */
export function makeContext(overrides: Partial<ComposerContext> = {}): ComposerContext {
  return {
    recipientName: 'Ana Silva',
    role: 'Frontend Developer',
    company: 'Northwind',
    stage: 'technical',
    detail: 'the pairing session on the billing service',
    skills: ['React', 'TypeScript'],
    wantsFeedback: true,
    futureInterest: true,
    senderName: 'Sam Okafor',
    linkedinUrl: 'https://www.linkedin.com/in/samokafor',
    phone: '+44 7700 900123',
    email: 'sam@example.com',
    ...overrides,
  };
}
