import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { reviewDraft } from './review.js';

const signed = (body: string) => `Hi Maya,\n\n${body}\n\nBest regards,\nAlex`;
const categories = (text: string, kind: Parameters<typeof reviewDraft>[1] = { kind: 'reply' }) =>
  [...new Set(reviewDraft(text, kind).findings.map((f) => f.category))].sort();

describe('reviewDraft on the replies a lexicon misses', () => {
  it('holds the angry one and points at each angry part', () => {
    const text = signed(
      "Thank you for letting me know. I can't believe I wasn't chosen!! This is so unfair!",
    );
    const review = reviewDraft(text, { kind: 'reply' });
    expect(review.verdict).toBe('hold');
    const excerpts = review.findings
      .filter((f) => f.category === 'anger_blame')
      .map((f) => f.excerpt);
    expect(excerpts).toEqual(expect.arrayContaining(["I can't believe", '!!']));
    expect(excerpts.some((e) => /unfair/.test(e))).toBe(true);
    for (const f of review.findings) expect(text.slice(f.start, f.end)).toBe(f.excerpt);
  });

  it('holds the polite demand for reasons and the comparison', () => {
    const text = signed(
      'Thank you for your time. Can you please provide me with specific reasons? I believe I was a better fit than the selected candidate.',
    );
    expect(categories(text)).toEqual(['comparison', 'demanding_reasons']);
    expect(reviewDraft(text, { kind: 'reply' }).verdict).toBe('hold');
  });

  it('lets a graceful reply through, disappointment, negation and all', () => {
    const text = signed(
      "Thank you for letting me know. I was disappointed, of course, but I understand, and I don't think the process was unfair at all. I'd be grateful for any pointers if you have a moment. Congratulations to whoever joins the team!",
    );
    expect(reviewDraft(text, { kind: 'reply' })).toMatchObject({
      verdict: 'ready',
      score: 100,
      findings: [],
    });
  });

  it('tells "I would be grateful for any feedback" from "I expect a full explanation"', () => {
    expect(
      categories(signed('Thank you. I would be grateful for any feedback you can share.')),
    ).toEqual([]);
    expect(categories(signed('Thank you. I expect a full explanation of this decision.'))).toEqual([
      'demanding_reasons',
    ]);
  });

  it.each([
    ['begging', 'Thank you. Could you please reconsider my application? I really need this job.'],
    ['threat_public', 'Thank you. I will be sharing my experience on Glassdoor.'],
    ['passive_aggressive', 'Thanks so much for the two-line email after four rounds.'],
    ['passive_aggressive', 'Thank you. Your loss, I guess.'],
    ['self_deprecation', "Thank you. I know I'm just not good enough for a company like yours."],
    ['defensive', 'Thank you. That is not true, I did explain the caching trade-offs.'],
    ['comparison', 'Thank you. The person you picked cannot have had my experience.'],
    ['anger_blame', 'Thank you for wasting my time with five interviews.'],
  ])('finds %s in a paraphrase', (category, body) => {
    expect(categories(signed(body))).toContain(category);
  });

  it('holds a second follow-up and flags text that says it is one', () => {
    const first = signed(
      'I hope you are well. I wanted to follow up on my note last week; any pointers on what I could improve would be welcome.',
    );
    expect(reviewDraft(first, { kind: 'feedback-followup' }).verdict).toBe('ready');
    expect(reviewDraft(first, { kind: 'feedback-followup', isSecondFollowup: true }).verdict).toBe(
      'hold',
    );
    expect(
      categories(
        signed(
          'Following up again for the third time on my feedback request. Any tips would help?',
        ),
        { kind: 'feedback-followup' },
      ),
    ).toContain('repeated_followup');
  });

  it('catches template blanks in every usual shape', () => {
    for (const blank of ['[Company]', '(NAME)', '{{name}}', '<role>', '[Your Name]']) {
      const review = reviewDraft(signed(`Thank you for the chance to interview for ${blank}.`), {
        kind: 'reply',
      });
      expect(review.findings.map((f) => f.excerpt)).toContain(blank);
      expect(review.verdict).not.toBe('ready');
    }
    expect(categories(signed('Thank you. Reach me at <alex@example.com>.'))).toEqual([]);
  });

  it('holds nothing back for capitals that are acronyms or names, but flags shouting', () => {
    expect(
      categories(signed('Thank you. I enjoyed the SQL and AWS questions with the HR team.'), {
        kind: 'reply',
        names: ['NORTHWIND'],
      }),
    ).toEqual([]);
    expect(categories(signed('Thank you. THIS IS NOT OK.'))).toContain('anger_blame');
  });

  it('checks what each kind needs', () => {
    expect(
      categories('I wanted to follow up on my application.', { kind: 'feedback-request' }),
    ).toEqual(['missing_elements']);
    const findings = reviewDraft('Thanks for letting me know.', { kind: 'reply' }).findings.map(
      (f) => f.rule,
    );
    expect(findings).toEqual(expect.arrayContaining(['missing-greeting', 'missing-sign-off']));
  });

  it('errs when a LinkedIn note is over the account limit, and says by how much', () => {
    const note = `Hi Maya, thank you for the conversation about the platform role. ${'I enjoyed it. '.repeat(12)}`;
    const free = reviewDraft(note, { kind: 'linkedin', linkedinAccount: 'free' });
    expect(free.findings.find((f) => f.category === 'length')).toMatchObject({ severity: 'error' });
    expect(free.verdict).toBe('revise');
    expect(
      reviewDraft(note.slice(0, 290), { kind: 'linkedin', linkedinAccount: 'premium' }).verdict,
    ).toBe('ready');
  });
});

describe('reviewDraft on any input', () => {
  it('returns a verdict with spans inside the text and the same findings every time', () => {
    fc.assert(
      fc.property(
        fc.string({
          unit: fc.constantFrom(
            'a',
            'B',
            '!',
            '?',
            ' ',
            '\n',
            '[',
            ']',
            '(',
            ')',
            '<',
            '>',
            '{',
            '}',
            'é',
            '😊',
            'ש',
            '\u0000',
            '\u202e',
            'x',
            "'",
            'I',
            'unfair ',
            'not ',
            'please reconsider ',
          ),
        }),
        (text) => {
          const review = reviewDraft(text, { kind: 'reply' });
          expect(['ready', 'revise', 'hold']).toContain(review.verdict);
          expect(review.score).toBeGreaterThanOrEqual(0);
          for (const f of review.findings) {
            expect(f.start).toBeGreaterThanOrEqual(0);
            expect(f.end).toBeLessThanOrEqual(text.length);
            expect(f.start).toBeLessThanOrEqual(f.end);
          }
          expect(reviewDraft(text, { kind: 'reply' })).toEqual(review);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('handles empty, HTML and a megabyte without trouble', () => {
    expect(reviewDraft('', { kind: 'reply' }).verdict).not.toBe('ready');
    expect(
      reviewDraft('<p>Hi Maya,</p><script>alert(1)</script>').findings.every((f) => f.end <= 37),
    ).toBe(true);
    const huge = 'Thank you for your time. '.repeat(40_000);
    expect(reviewDraft(huge, { kind: 'reply' }).findings.map((f) => f.category)).toContain(
      'length',
    );
  });
});
