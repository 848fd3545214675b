import { describe, expect, it } from 'vitest';
import { composeDraft } from './compose.js';
import { makeContext } from './composer.test-helpers.js';

/** Whole drafts, read and approved by a person: kind, natural and specific. */
describe('golden drafts', () => {
  it('warm reply after a technical interview, with everything given', () => {
    const draft = composeDraft('reply', makeContext({ seed: 1 }));
    expect(draft.subject).toMatchInlineSnapshot(
      `"Thanks for the update on the Frontend Developer role"`,
    );
    expect(draft.body).toMatchInlineSnapshot(`
      "Hi Ana,

      Thank you for letting me know about the Frontend Developer role at Northwind, and for the time you gave me during the technical interview. Of course I'm a little disappointed, but I understand, and I appreciate the clear answer.

      I enjoyed the pairing session on the billing service very much, and it gave me a good picture of how the team works. If you have a minute at some point, a few short tips on where I could grow would mean a lot. Please don't worry if that isn't possible.

      If a role that fits my skills in React and TypeScript opens up at Northwind, I'd be happy to apply again. I'd love to stay connected, and you're welcome to reach me any time. I hope things go really well for you and everyone at Northwind.

      With thanks,
      Sam Okafor
      https://www.linkedin.com/in/samokafor
      +44 7700 900123
      sam@example.com"
    `);
  });

  it('brief reply with nothing given', () => {
    const draft = composeDraft('reply', { tone: 'brief' });
    expect(draft.subject).toMatchInlineSnapshot(`"Thanks for the update"`);
    expect(draft.body).toMatchInlineSnapshot(`
      "Hi there,

      Thanks for the update on the position, and for reviewing my application. I understand and accept the decision.

      I hope we can stay in touch. All the best.

      Regards,"
    `);
  });

  it('formal feedback request after a phone screen', () => {
    const draft = composeDraft(
      'feedback-request',
      makeContext({ tone: 'formal', stage: 'screen', recipientName: 'Łukasz Nowak', seed: 3 }),
    );
    expect(draft.subject).toMatchInlineSnapshot(
      `"Feedback on my application for the Frontend Developer role"`,
    );
    expect(draft.body).toMatchInlineSnapshot(`
      "Dear Łukasz Nowak,

      Thank you again for your recent message about the Frontend Developer role at Northwind, and for the time you gave me during our call.

      If you are able to share them, I would welcome any suggestions on areas where I could develop. I know that you are busy, so please do not worry if this is not possible.

      I wish you all the best.

      Sincerely,
      Sam Okafor"
    `);
  });

  it('LinkedIn note on a free account with very long names', () => {
    const long = (words: string) => `${words} `.repeat(20).slice(0, 200).trim();
    const draft = composeDraft('linkedin', {
      recipientName: long('Maximiliana Alexandrovna'),
      role: long('Senior Principal Platform Engineer'),
      company: long('Consolidated International Holdings'),
      stage: 'final',
      detail: 'the whiteboard session on caching',
      futureInterest: true,
    });
    expect(draft.body).toMatchInlineSnapshot(`
      "Hello Maximiliana,
      Thank you for your time during the final round for the position. The whiteboard session on caching was a highlight for me. It would be great to stay connected."
    `);
    expect(draft.chars).toMatchInlineSnapshot(`178`);
  });

  it('warm thanks for feedback after a final round', () => {
    const draft = composeDraft(
      'feedback-thanks',
      makeContext({
        recipientName: 'Zoë Martin',
        stage: 'final',
        feedbackSummary: 'explaining trade-offs in system design',
        futureInterest: false,
        seed: 2,
      }),
    );
    expect(draft.subject).toMatchInlineSnapshot(`"Grateful for your feedback"`);
    expect(draft.body).toMatchInlineSnapshot(`
      "Hi Zoë,

      Thanks a lot for your feedback. I appreciate you taking the time to write it. Your points about explaining trade-offs in system design were really helpful, and I'm going to work on that before my next interviews.

      Take care, and all the best to everyone at Northwind.

      Warm regards,
      Sam Okafor"
    `);
  });

  it('warm check-in a few months later', () => {
    const draft = composeDraft(
      'checkin',
      makeContext({ skills: ['accessibility testing', 'React'], seed: 5 }),
    );
    expect(draft.subject).toMatchInlineSnapshot(`"A short update from me"`);
    expect(draft.body).toMatchInlineSnapshot(`
      "Hi Ana,

      I hope the past few months have been good to you. I've kept learning since we spoke about the Frontend Developer role at Northwind, with a focus on accessibility testing and React. I still think about the pairing session on the billing service.

      I'd really like to work with Northwind one day, and I'd be glad to apply again when the timing is right. Let's keep in touch. All the best to you and everyone at Northwind.

      With thanks,
      Sam Okafor
      https://www.linkedin.com/in/samokafor
      +44 7700 900123
      sam@example.com"
    `);
  });
});
