import { describe, expect, it } from 'vitest';
import { isReboundError } from '../errors.js';
import { stages } from '../stages.js';
import { composeDraft } from './compose.js';
import { makeContext } from './composer.test-helpers.js';
import { draftKindLabels, draftKinds, isDraftKind, type DraftKind } from './types.js';

const seeds = Array.from({ length: 20 }, (_, i) => i + 1);
const emailKinds = draftKinds.filter((kind) => kind !== 'linkedin');

describe('tone', () => {
  it('makes brief drafts shorter than warm ones for the same context', () => {
    for (const kind of draftKinds) {
      for (const seed of seeds) {
        const warm = composeDraft(kind, makeContext({ tone: 'warm', seed }));
        const brief = composeDraft(kind, makeContext({ tone: 'brief', seed }));
        expect(brief.words, `${kind} seed ${seed}`).toBeLessThan(warm.words);
      }
    }
  });

  it('greets by first name when warm or brief and by full name when formal', () => {
    const context = makeContext({ recipientName: 'Dr. Ana Silva' });
    for (const tone of ['warm', 'brief'] as const) {
      const { body } = composeDraft('reply', { ...context, tone });
      expect(body.split('\n')[0]).toMatch(/^(Hi|Hello|Dear) Ana,$/);
    }
    expect(composeDraft('reply', { ...context, tone: 'formal' }).body).toMatch(
      /^Dear Dr\. Ana Silva,\n/,
    );
  });

  it('keeps replies concise', () => {
    for (const stage of stages) {
      for (const seed of seeds) {
        for (const tone of ['warm', 'formal'] as const) {
          const draft = composeDraft('reply', makeContext({ stage, tone, seed }));
          expect(draft.words).toBeLessThanOrEqual(160);
        }
        expect(
          composeDraft('reply', makeContext({ stage, seed, tone: 'brief' })).words,
        ).toBeLessThanOrEqual(80);
      }
    }
  });
});

describe('variants', () => {
  it('gives at least three different warm replies over seeds 1 to 10', () => {
    const bodies = new Set(
      seeds.slice(0, 10).map((seed) => composeDraft('reply', makeContext({ seed })).body),
    );
    expect(bodies.size).toBeGreaterThanOrEqual(3);
  });

  it('uses seed 1 when no seed is given', () => {
    const context = makeContext();
    expect(composeDraft('reply', context)).toEqual(composeDraft('reply', { ...context, seed: 1 }));
  });
});

describe('stage awareness', () => {
  const interview = /interview|conversation|\bcall\b|spoke|speak|talk|meet|met\b|final round/i;

  it('never mentions an interview after only applying', () => {
    for (const kind of draftKinds) {
      for (const tone of ['warm', 'formal', 'brief'] as const) {
        for (const seed of seeds) {
          const context = makeContext({ stage: 'applied', detail: null, tone, seed });
          const { subject, body } = composeDraft(kind, context);
          expect(`${subject ?? ''}\n${body}`, `${kind} ${tone} ${seed}`).not.toMatch(interview);
        }
      }
    }
  });

  it('mentions the conversations after an interview', () => {
    for (const stage of ['screen', 'technical', 'final'] as const) {
      for (const kind of ['reply', 'linkedin'] as const) {
        for (const seed of seeds) {
          const { body } = composeDraft(kind, makeContext({ stage, detail: null, seed }));
          expect(body, `${kind} ${stage} ${seed}`).toMatch(interview);
        }
      }
    }
  });
});

describe('optional elements', () => {
  it('asks for feedback in a reply only when the user wants it', () => {
    for (const tone of ['warm', 'formal', 'brief'] as const) {
      for (const seed of seeds) {
        const without = composeDraft('reply', makeContext({ wantsFeedback: false, tone, seed }));
        expect(without.elements).not.toContain('feedback_ask');
        const withAsk = composeDraft('reply', makeContext({ wantsFeedback: true, tone, seed }));
        expect(withAsk.elements).toContain('feedback_ask');
      }
    }
  });

  it('mentions future interest in a reply only when the user says so', () => {
    const reply = composeDraft('reply', makeContext({ futureInterest: false }));
    expect(reply.elements).not.toContain('future_interest');
    expect(reply.elements).toContain('connect_offer');
    expect(composeDraft('reply', makeContext()).elements).toContain('future_interest');
  });

  it('adds the detail and the contact lines when given, and not when missing', () => {
    const full = composeDraft('reply', makeContext());
    expect(full.elements).toEqual(expect.arrayContaining(['detail', 'contact']));
    expect(full.body).toContain('the pairing session on the billing service');
    expect(full.body).toMatch(
      /Sam Okafor\nhttps:\/\/www\.linkedin\.com\/in\/samokafor\n\+44 7700 900123\nsam@example\.com$/,
    );
    const bare = composeDraft(
      'reply',
      makeContext({ detail: null, linkedinUrl: null, phone: null, email: null }),
    );
    expect(bare.elements).not.toContain('detail');
    expect(bare.elements).not.toContain('contact');
    expect(bare.body.endsWith('Sam Okafor')).toBe(true);
  });
});

describe('missing inputs', () => {
  it('writes around every missing value', () => {
    for (const kind of emailKinds) {
      for (const seed of seeds) {
        const { body } = composeDraft(kind, { seed });
        expect(body).toMatch(/^(Hello|Hello there|Hi there|Dear hiring team),\n/);
        expect(body).not.toMatch(/\bat\b[ ,.]*$/m);
        expect(body).not.toContain('Dear ,');
      }
    }
  });

  it('falls back to "the position" and "your team"', () => {
    const bodies = seeds.map(
      (seed) => composeDraft('reaffirm', { seed, stage: 'screen', skills: ['SQL'] }).body,
    );
    expect(bodies.join('\n')).toMatch(/your team/);
    const replies = seeds.map((seed) => composeDraft('reply', { seed }).body);
    expect(replies.join('\n')).toMatch(/the position/);
  });

  it('leaves out names the user pasted as placeholders', () => {
    const draft = composeDraft('reply', { recipientName: '[Name]', senderName: '(YOUR NAME)' });
    expect(draft.body).toMatch(/^Hello( there)?,|^Hi there,/);
    expect(draft.body).not.toMatch(/name/i);
  });
});

describe('wording', () => {
  const forbidden =
    /unfortunately|unfair|reconsider|another chance|prove myself|why (?:was|wasn't) I|other candidate|!|\.\.|\bmust\b|demand/i;

  it('stays kind and plain in every variant of every kind', () => {
    for (const kind of draftKinds) {
      for (const tone of ['warm', 'formal', 'brief'] as const) {
        for (const seed of Array.from({ length: 40 }, (_, i) => i)) {
          for (const stage of [null, ...stages]) {
            const { subject, body } = composeDraft(kind, makeContext({ tone, seed, stage }));
            expect(`${subject ?? ''} ${body}`, `${kind} ${tone} ${seed}`).not.toMatch(forbidden);
          }
        }
      }
    }
  });
});

describe('kinds', () => {
  it('labels every kind and recognises only those', () => {
    expect(draftKinds.map((kind) => draftKindLabels[kind])).toEqual([
      'Reply',
      'Feedback request',
      'Feedback follow-up',
      'Reaffirm interest',
      'LinkedIn note',
      'Check-in',
      'Thank-you for feedback',
    ]);
    expect(isDraftKind('reply')).toBe(true);
    expect(isDraftKind('apology')).toBe(false);
    expect(isDraftKind(3)).toBe(false);
  });

  it('refuses an unknown kind with a domain error', () => {
    let caught: unknown;
    try {
      composeDraft('apology' as DraftKind, {});
    } catch (error) {
      caught = error;
    }
    expect(isReboundError(caught) && caught.code).toBe('invalid_input');
  });
});
