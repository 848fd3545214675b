import { paragraph, part, say, type EmailWriter, type Variants } from '../text.js';
import { capitalize, isSentence, nextStep, roleAt } from '../view.js';
import { futureInterest, goodWishes, greeting } from './shared.js';

const thanks: Variants = {
  warm: [
    (v) =>
      `Thank you so much for taking the time to share feedback on my application for ${roleAt(v)}.`,
    () => 'Thanks a lot for your feedback. I appreciate you taking the time to write it.',
    () => 'Thank you for the thoughtful feedback. It means a lot that you made time for it.',
  ],
  formal: [
    (v) => `Thank you very much for your feedback on my application for ${roleAt(v)}.`,
    () => 'I am very grateful that you took the time to share your feedback.',
    () => 'Thank you for your considered feedback, and for the time it took to write.',
  ],
  brief: [
    () => 'Thank you for the feedback.',
    () => 'Thanks a lot for your feedback.',
    () => 'Thank you for taking the time to share this.',
  ],
};

/** What the sender will work on, from the feedback summary. */
const workOnSummary: Variants = {
  warm: [
    (v) =>
      `Your points about ${v.feedbackSummary ?? ''} were really helpful, and I'm going to work on that before ${nextStep(v)}.`,
    (v) => `I'll focus on ${v.feedbackSummary ?? ''} over the next few weeks.`,
    (v) => `Hearing about ${v.feedbackSummary ?? ''} gives me something clear to work on.`,
  ],
  formal: [
    (v) =>
      `Your comments on ${v.feedbackSummary ?? ''} are very helpful, and I will make this a focus of my preparation.`,
    (v) => `I will work on ${v.feedbackSummary ?? ''} before ${nextStep(v)}.`,
    (v) =>
      `Your observations about ${v.feedbackSummary ?? ''} give me a clear direction for improvement.`,
  ],
  brief: [
    (v) => `I'll work on ${v.feedbackSummary ?? ''}.`,
    (v) => `Your notes on ${v.feedbackSummary ?? ''} are very helpful.`,
    (v) => `I'll focus on ${v.feedbackSummary ?? ''} next.`,
  ],
};

const workOnFeedback: Variants = {
  warm: [
    () => `It gives me a clear idea of what to work on, and I'm going to put it to good use.`,
    (v) => `It's really helpful to hear, and I'll use it to prepare for ${nextStep(v)}.`,
    () => `I've read it carefully, and it gives me some clear next steps.`,
  ],
  formal: [
    () => 'It gives me a clear direction for improvement, and I will put it into practice.',
    (v) => `I found it very useful and will apply it in ${nextStep(v)}.`,
    () => 'I have read it carefully and will use it to improve.',
  ],
  brief: [],
};

const subjects: Variants = {
  warm: [
    () => 'Thank you for the feedback',
    () => 'Thanks for your pointers',
    () => 'Grateful for your feedback',
  ],
  formal: [
    () => 'Thank you for your feedback',
    () => 'With thanks for your feedback',
    () => 'Your feedback on my application',
  ],
  brief: [() => 'Thanks for the feedback', () => 'Thank you', () => 'Thanks for the pointers'],
};

/** Thanks for feedback received: what the sender will work on, and nothing defensive. */
export const feedbackThanksWriter: EmailWriter = {
  hasContact: false,
  subject: (v, pick) => say(pick, subjects, v),
  body: (v, pick) => {
    const summary = v.feedbackSummary;
    const lesson =
      summary === null
        ? say(pick, workOnFeedback, v)
        : isSentence(summary)
          ? `${capitalize(summary)}.`
          : say(pick, workOnSummary, v);
    return [
      greeting(v, pick),
      paragraph(part('thanks', say(pick, thanks, v)), part('acknowledgement', lesson)),
      paragraph(
        v.futureInterest === true && part('future_interest', say(pick, futureInterest, v)),
        v.tone !== 'brief' && part('good_wishes', say(pick, goodWishes, v)),
      ),
    ];
  },
};
