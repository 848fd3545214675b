import { describe, expect, it } from 'vitest';
import { reviewDraft } from './review.js';

// Wordings that none of these sentences share with the corpora: each rule must catch a
// construction, not a memorised phrase, and leave the kind twin alone.
const signed = (body: string) => `Hi Morgan,\n\n${body}\n\nWarm regards,\nRiya`;
const categoriesOf = (body: string) =>
  new Set(reviewDraft(signed(body), { kind: 'reply' }).findings.map((f) => f.category));

describe('reviewDraft on tone that keeps its voice down', () => {
  it.each([
    ['passive_aggressive', 'Thank you for the note. Generous of you to write, I suppose.'],
    [
      'passive_aggressive',
      'Thanks for the email. Curious timing, given the job ad went live again.',
    ],
    ['passive_aggressive', "Thanks. I'll assume the missed call was just an oversight."],
    ['passive_aggressive', 'Thank you for your reply. Noted.'],
    ['passive_aggressive', 'Thanks. My partner was so excited for me, so that is a shame.'],
    ['anger_blame', 'Thank you. Frankly I expected more of a firm that size.'],
    ['anger_blame', 'Thanks. A reply to my last two emails would have been courteous.'],
    ['anger_blame', 'Thanks for writing. I was never treated so dismissively in an interview.'],
    ['anger_blame', 'Thank you. I fail to see how your panel judged anything in fifteen minutes.'],
    ['comparison', 'Thank you. May I ask what your chosen engineer offered that I could not?'],
    ['comparison', 'Thanks. I had far more client work than the one who was picked.'],
    ['demanding_reasons', 'Thank you. Please set out the grounds on which my application failed.'],
    ['demanding_reasons', 'Thanks. A vague answer will not be sufficient, I am afraid.'],
    ['threat_public', 'Thank you. My readers will be keen to learn how this went.'],
    ['threat_public', 'Thanks. I will be escalating this to your managing director.'],
    ['begging', 'Thank you. I would take a lower title in any capacity, really.'],
    ['begging', "Thanks. I'll email back every fortnight in case anything opens."],
    ['defensive', 'Thanks for the notes. For the record, I covered monitoring twice.'],
    ['self_deprecation', 'Thank you. That job was always miles above me.'],
  ])('finds %s in "%s"', (category, body) => {
    const review = reviewDraft(signed(body), { kind: 'reply' });
    expect(review.verdict).not.toBe('ready');
    expect(categoriesOf(body)).toContain(category);
  });

  it.each([
    'Thank you for the note. I suppose the timing just was not right, and that is fine.',
    'Thanks for the email. Interesting to hear the team is growing in Lisbon.',
    'Thank you. I expected to find it hard, and it was a good challenge.',
    'Thanks for letting me know. I took a day off for the final round and it was worth every minute.',
    'Thank you. I will be sharing the reading list you gave me with my study group.',
    'Thanks for the update. If a similar role opens in the future, I would be glad to hear.',
    'Thank you for explaining the decision so clearly; it helps a lot.',
    'Thanks. I hope the new analyst settles in well; congratulations to them.',
    'Thanks for the notes. You are right that I could have covered monitoring, and I will next time.',
    "Thanks. I'd be happy to take a junior role in future if that is ever on offer.",
    "Thank you. I'll take this further in my studies; the take-home taught me a lot.",
    "Thanks. I'm sure the new hire will be great; please pass on my congratulations.",
    "Thanks for letting me know. It's been a pretty rough month, but your call made my day.",
    'Thank you. I would be interested to hear how the migration goes.',
  ])('leaves the kind twin alone: "%s"', (body) => {
    expect(reviewDraft(signed(body), { kind: 'reply' }).verdict).toBe('ready');
  });
});
