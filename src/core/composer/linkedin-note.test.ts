import { describe, expect, it } from 'vitest';
import { composeDraft } from './compose.js';
import { makeContext } from './composer.test-helpers.js';

const long = (words: string) => `${words} `.repeat(20).slice(0, 200).trim();
const seeds = Array.from({ length: 20 }, (_, i) => i + 1);

describe('LinkedIn note', () => {
  it('keeps everything that fits, with a personal thanks that names the meeting', () => {
    const draft = composeDraft(
      'linkedin',
      makeContext({ linkedinAccount: 'premium', futureInterest: false, skills: null }),
    );
    expect(draft.elements).toEqual(['greeting', 'thanks', 'detail', 'connect_offer']);
    expect(draft.body).toMatch(/^(Hi|Hello|Dear) Ana,\n/);
    expect(draft.body).toMatch(/the pairing session on the billing service/i);
    expect(draft.limit).toBe(300);
  });

  it('defaults to the free account limit', () => {
    expect(composeDraft('linkedin', makeContext()).limit).toBe(200);
  });

  it('drops the optional elements first when the note is too long', () => {
    for (const seed of seeds) {
      const free = composeDraft('linkedin', makeContext({ seed }));
      expect(free.chars).toBeLessThanOrEqual(200);
      expect(free.elements).toEqual(
        expect.arrayContaining(['greeting', 'thanks', 'connect_offer']),
      );
      expect(free.body).toContain('Ana');
      // The detail goes before the future interest, so a kept detail means both fitted.
      if (free.elements.includes('detail')) expect(free.elements).toContain('future_interest');
    }
  });

  it('shortens names, role and company before giving up, and always fits', () => {
    const context = {
      recipientName: long('Maximiliana Alexandrovna'),
      role: long('Senior Principal Platform Engineer'),
      company: long('Consolidated International Holdings'),
      stage: 'final' as const,
      detail: long('the whiteboard session on caching'),
      futureInterest: true,
      skills: ['Go', 'Kubernetes'],
    };
    for (const seed of seeds) {
      for (const tone of ['warm', 'formal', 'brief'] as const) {
        const draft = composeDraft('linkedin', { ...context, seed, tone });
        expect(draft.chars).toBeLessThanOrEqual(200);
        expect(draft.elements).toEqual(expect.arrayContaining(['thanks', 'connect_offer']));
        expect(draft.body).not.toContain('Consolidated');
      }
    }
  });

  it('uses the short fixed note as a last resort, far below the limit', () => {
    // A 200-character single word cannot be shortened, so only the fixed note fits.
    const draft = composeDraft('linkedin', { recipientName: 'x'.repeat(200), stage: 'screen' });
    expect(draft.chars).toBeLessThanOrEqual(200);
    expect(draft.elements).toContain('thanks');
  });

  it('greets with a plain Hello when the name is unknown, even in a formal note', () => {
    const draft = composeDraft('linkedin', { tone: 'formal', company: 'Northwind' });
    expect(draft.body.startsWith('Hello,\n')).toBe(true);
  });
});
