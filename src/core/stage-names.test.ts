import { describe, expect, it } from 'vitest';
import { parseStatusName } from './stage-names.js';

describe('parseStatusName', () => {
  it.each([
    ['Applied', 'applied', 'open'],
    ['Phone screen', 'screen', 'open'],
    ['Recruiter call', 'screen', 'open'],
    ['Interviewing', 'screen', 'open'],
    ['Take-home assignment', 'technical', 'open'],
    ['Technical interview', 'technical', 'open'],
    ['Onsite', 'final', 'open'],
    ['Final round', 'final', 'open'],
    ['Offer', 'offer', 'open'],
    ['Offer accepted', 'offer', 'offer_accepted'],
    ['Declined offer', 'offer', 'offer_declined'],
    ['Rejected', 'applied', 'rejected'],
    ['Rejected after final round', 'final', 'rejected'],
    ['Rejected - phone screen', 'screen', 'rejected'],
    ['Ghosted', 'applied', 'ghosted'],
    ['No response', 'applied', 'ghosted'],
    ['Withdrawn', 'applied', 'withdrawn'],
    ['  TECHNICAL  ', 'technical', 'open'],
  ])('reads %j as %s / %s', (text, stage, outcome) => {
    expect(parseStatusName(text)).toEqual({ stage, outcome });
  });

  it.each(['', '   ', 'banana', '???'])('returns null for %j so the caller can ask', (text) => {
    expect(parseStatusName(text)).toBeNull();
  });
});
