import { describe, expect, it } from 'vitest';
import { frameDocument } from '../../components/mail-original.js';
import { confidenceWords, cueSentence } from './mail-words.js';

describe('how the review queue explains the classifier', () => {
  it('turns quoted cues and the model into one plain sentence', () => {
    expect(cueSentence(['"not to move forward"', '"decided not to"', 'model (96%)'])).toBe(
      'What it went by: “not to move forward”, “decided not to” and the overall wording.',
    );
    expect(cueSentence(['model (80%)'])).toBe('What it went by: the overall wording.');
    expect(cueSentence([])).toBe('Nothing in the wording stood out clearly.');
  });

  it('says how sure it is in words and in a number', () => {
    expect(confidenceWords(0.62)).toBe('fairly sure (62%)');
    expect(confidenceWords(0.3)).toBe('unsure (30%)');
  });
});

describe('the frame around an email', () => {
  it('forbids every fetch and script, whatever the email’s HTML holds', () => {
    const page = frameDocument('<p>Hello</p>');
    expect(page).toContain(
      `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">`,
    );
    expect(page.indexOf('Content-Security-Policy')).toBeLessThan(page.indexOf('<p>Hello</p>'));
  });
});
