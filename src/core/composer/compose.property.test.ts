import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stages } from '../stages.js';
import { composeDraft } from './compose.js';
import { placeholderPatterns, requiredElements } from './composer.test-helpers.js';
import {
  draftElements,
  draftKinds,
  linkedinNoteLimits,
  type ComposerContext,
  type LinkedinAccount,
} from './types.js';

const runs = { numRuns: 300 };

const tricky = [
  'Zoë Martin',
  'Łukasz Nowak',
  '李雷',
  'Ana 😊 Silva',
  '👩🏽‍💻',
  '[Name]',
  '(NAME)',
  '{{first_name}}',
  '<Recipient>',
  'Ana [Silva]',
  'x (HIRING MANAGER) y',
  'Dr. Ana Silva',
  'null',
  'undefined',
  '  ',
  '',
  ' , . ',
  'Acme Inc.',
  'Yahoo!!!',
  "O'Brien, Seán",
];

const words = fc
  .array(fc.constantFrom('Maximiliana', 'Consolidated', 'Holdings', 'of', 'Łódź', '李', 'Ng'), {
    minLength: 1,
    maxLength: 40,
  })
  .map((list) => list.join(' ').slice(0, 200));

/** Empty, missing, tricky, random and very long text, up to `max` characters. */
const text = (max: number) =>
  fc.oneof(
    fc.constant(undefined),
    fc.constant(null),
    fc.constantFrom(...tricky),
    fc.string({ maxLength: max }),
    fc.string({ unit: 'grapheme', maxLength: max }),
    fc.string({ unit: 'binary', maxLength: max }),
    words,
  );

const contextArb: fc.Arbitrary<ComposerContext> = fc.record(
  {
    recipientName: text(200),
    role: text(200),
    company: text(200),
    stage: fc.oneof(fc.constant(null), fc.constantFrom(...stages)),
    detail: text(500),
    skills: fc.oneof(
      fc.constant(null),
      fc.array(
        text(60).map((s) => s ?? ''),
        { maxLength: 5 },
      ),
    ),
    wantsFeedback: fc.boolean(),
    futureInterest: fc.boolean(),
    senderName: text(200),
    linkedinUrl: fc.oneof(text(100), fc.webUrl()),
    phone: fc.oneof(text(40), fc.constant('+1 (555) 010-2030')),
    email: fc.oneof(text(60), fc.emailAddress()),
    linkedinAccount: fc.constantFrom<LinkedinAccount>('free', 'premium'),
    tone: fc.constantFrom('warm' as const, 'formal' as const, 'brief' as const),
    seed: fc.integer({ min: -1000, max: 100_000 }),
    feedbackSummary: text(500),
  },
  { requiredKeys: [] },
);

const kindArb = fc.constantFrom(...draftKinds);

describe('composeDraft, for any context', () => {
  it('never leaves a placeholder or a missing value in the subject or body', () => {
    fc.assert(
      fc.property(kindArb, contextArb, (kind, context) => {
        const draft = composeDraft(kind, context);
        for (const text of [draft.subject ?? '', draft.body]) {
          for (const pattern of placeholderPatterns) expect(text).not.toMatch(pattern);
        }
      }),
      runs,
    );
  });

  it('keeps spacing clean: no double spaces, no space before punctuation, no stacked blank lines', () => {
    fc.assert(
      fc.property(kindArb, contextArb, (kind, context) => {
        const { subject, body } = composeDraft(kind, context);
        expect(body).toBe(body.trim());
        expect(body).not.toMatch(/\n{3,}/);
        for (const line of [subject ?? '', ...body.split('\n')]) {
          expect(line).toBe(line.trim());
          expect(line).not.toMatch(/\s{2,}/);
          expect(line).not.toMatch(/ [,.;:!?]/);
          expect(line).not.toMatch(/!!/);
        }
      }),
      runs,
    );
  });

  it('fits a LinkedIn note within the limit of both kinds of account', () => {
    fc.assert(
      fc.property(contextArb, (context) => {
        for (const account of ['free', 'premium'] as const) {
          const draft = composeDraft('linkedin', { ...context, linkedinAccount: account });
          expect(draft.limit).toBe(linkedinNoteLimits[account]);
          expect(draft.chars).toBeLessThanOrEqual(linkedinNoteLimits[account]);
          expect(draft.subject).toBeNull();
        }
      }),
      runs,
    );
  });

  it('contains the required elements of its kind, listed in order', () => {
    fc.assert(
      fc.property(kindArb, contextArb, (kind, context) => {
        const { elements } = composeDraft(kind, context);
        for (const anyOf of requiredElements[kind]) {
          expect(anyOf.some((element) => elements.includes(element))).toBe(true);
        }
        const order = elements.map((element) => draftElements.indexOf(element));
        expect(order).toEqual([...order].sort((a, b) => a - b));
        expect(new Set(elements).size).toBe(elements.length);
      }),
      runs,
    );
  });

  it('is deterministic for equal seeds', () => {
    fc.assert(
      fc.property(kindArb, contextArb, (kind, context) => {
        expect(composeDraft(kind, { ...context })).toEqual(composeDraft(kind, { ...context }));
      }),
      runs,
    );
  });

  it('counts characters and words correctly, and gives a subject only to emails', () => {
    fc.assert(
      fc.property(kindArb, contextArb, (kind, context) => {
        const draft = composeDraft(kind, context);
        expect(draft.kind).toBe(kind);
        expect(draft.chars).toBe(Array.from(draft.body).length);
        expect(draft.words).toBe(draft.body.split(/\s+/).filter((w) => w !== '').length);
        if (kind === 'linkedin') return;
        expect(draft.limit).toBeNull();
        expect(draft.subject?.length ?? 0).toBeGreaterThan(0);
      }),
      runs,
    );
  });
});
