import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { composeDraft, draftKinds, type ComposerContext } from '../core/composer/index.js';
import { reviewDraft, type SpellChecker } from '../core/review/index.js';
import { stages } from '../core/stages.js';
import { loadSpellChecker } from './node-dictionaries.js';

let spellChecker: SpellChecker;
beforeAll(async () => {
  spellChecker = await loadSpellChecker();
});

const people = [
  'Zoë Brandt',
  'Łukasz Nowak',
  'Amara Okafor',
  'Søren Holm',
  'Priya Raman',
  'Nguyễn Thị Mai',
  'Seán O’Brien',
];
const companies = [
  'Kestrel Labs',
  'Northwind Analytics',
  'Blue Fjord',
  'Lumen Health',
  'Ørsted Digital',
];
const roles = [
  'Platform Engineer',
  'Junior Data Analyst',
  'Frontend Developer',
  'QA Lead',
  'Product Designer',
];

const contextArb: fc.Arbitrary<ComposerContext> = fc.record({
  recipientName: fc.option(fc.constantFrom(...people)),
  company: fc.option(fc.constantFrom(...companies)),
  role: fc.option(fc.constantFrom(...roles)),
  stage: fc.constantFrom(...stages),
  detail: fc.option(
    fc.constantFrom('the pairing session on the billing service', 'our talk about test automation'),
  ),
  skills: fc.option(fc.subarray(['React', 'TypeScript', 'SQL', 'Kubernetes'])),
  wantsFeedback: fc.boolean(),
  futureInterest: fc.boolean(),
  senderName: fc.option(fc.constantFrom('Alex Moreno', 'Kofi Mensah', 'Mei-Ling Wu')),
  email: fc.option(fc.constant('alex@example.com')),
  phone: fc.option(fc.constant('+44 7700 900123')),
  linkedinUrl: fc.option(fc.constant('https://www.linkedin.com/in/alex-moreno')),
  linkedinAccount: fc.constantFrom('free' as const, 'premium' as const),
  tone: fc.constantFrom('warm' as const, 'formal' as const, 'brief' as const),
  seed: fc.integer({ min: 0, max: 10_000 }),
});

describe('the composer’s own drafts', () => {
  it('pass the reviewer as ready for every kind and context', () => {
    fc.assert(
      fc.property(contextArb, fc.constantFrom(...draftKinds), (context, kind) => {
        const draft = composeDraft(kind, context);
        const names = [
          context.recipientName,
          context.company,
          context.role,
          context.senderName,
          ...(context.skills ?? []),
        ].filter((n): n is string => typeof n === 'string');
        const review = reviewDraft(draft.body, {
          kind,
          linkedinAccount: context.linkedinAccount,
          names,
          spellChecker,
        });
        expect(review.findings.map((f) => `${f.rule}: ${f.excerpt}`)).toEqual([]);
        expect(review.verdict).toBe('ready');
      }),
      { numRuns: 400 },
    );
  });
});
