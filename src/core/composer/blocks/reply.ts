import type { Pick } from '../random.js';
import { paragraph, part, say, type EmailWriter, type Variants } from '../text.js';
import { meeting, roleAt, roleText, type View } from '../view.js';
import {
  connectOffer,
  detailSentence,
  futureInterest,
  goodWishes,
  greeting,
  withTopic,
} from './shared.js';

const thanksAfterInterview: Variants = {
  warm: [
    (v) =>
      `Thank you for letting me know about ${roleAt(v)}, and for the time you gave me during ${meeting(v)}.`,
    (v) =>
      `Thanks so much for the update, and for taking the time to talk with me about ${roleAt(v)}.`,
    (v) =>
      `Thank you for getting back to me about ${roleAt(v)}, and for making time for ${meeting(v)}.`,
  ],
  formal: [
    (v) =>
      `Thank you for letting me know about ${roleAt(v)}, and for the time you gave me during ${meeting(v)}.`,
    (v) => `Thank you for your message and for the opportunity to interview for ${roleAt(v)}.`,
    (v) =>
      `I would like to thank you for the update and for the time you and your colleagues spent with me during ${meeting(v)}.`,
  ],
  brief: [
    (v) => `Thanks for the update on ${roleAt(v)}, and for your time during ${meeting(v)}.`,
    (v) => `Thank you for letting me know, and for talking with me about ${roleAt(v)}.`,
    (v) => `Thanks for getting back to me about ${roleAt(v)}, and for your time.`,
  ],
};

const thanksAfterApplication: Variants = {
  warm: [
    (v) =>
      `Thank you for letting me know, and for taking the time to review my application for ${roleAt(v)}.`,
    (v) => `Thanks so much for the update on ${roleAt(v)}, and for considering my application.`,
    (v) =>
      `Thank you for getting back to me about ${roleAt(v)}. I appreciate you taking the time to read my application.`,
  ],
  formal: [
    (v) =>
      `Thank you for letting me know about ${roleAt(v)}, and for taking the time to review my application.`,
    (v) => `Thank you for your message and for considering my application for ${roleAt(v)}.`,
    (v) =>
      `I would like to thank you for the update on ${roleAt(v)} and for the time spent reviewing my application.`,
  ],
  brief: [
    (v) => `Thanks for the update on ${roleAt(v)}, and for reviewing my application.`,
    (v) => `Thank you for letting me know, and for considering me for ${roleAt(v)}.`,
    (v) => `Thanks for getting back to me about ${roleAt(v)}, and for your time.`,
  ],
};

const acknowledgement: Variants = {
  warm: [
    () => `It isn't the news I hoped for, but I understand the decision and I'm glad I applied.`,
    () =>
      `Of course I'm a little disappointed, but I understand, and I appreciate the clear answer.`,
    () => `I understand the decision, and I'm grateful for the chance to be considered.`,
  ],
  formal: [
    () => 'I understand and respect your decision.',
    () => 'Although I am disappointed, I understand the decision and appreciate your clear reply.',
    () => 'I respect the decision and am grateful to have been considered.',
  ],
  brief: [
    () => 'I understand the decision.',
    () => 'I understand and accept the decision.',
    () => 'I respect the decision.',
  ],
};

const feedbackAsk: Variants = {
  warm: [
    () =>
      `If you ever have a spare moment, I'd be grateful for any pointers on what could make a future application stronger. No pressure at all.`,
    () =>
      `If there's anything you think I could work on, I'd be glad to hear it, but I understand completely if you can't share feedback.`,
    () =>
      `If you have a minute at some point, a few short tips on where I could grow would mean a lot. Please don't worry if that isn't possible.`,
  ],
  formal: [
    () =>
      'If your time allows, I would welcome any feedback that could help me strengthen a future application. I understand completely if this is not possible.',
    () =>
      'I would be grateful for any brief comments on areas where I could improve, if you are able to share them.',
    () =>
      'If you have a moment, any suggestions for my development would be much appreciated. I understand if company policy does not allow this.',
  ],
  brief: [
    () => `If you have any quick tips for next time, I'd be glad to hear them.`,
    () => 'Any short feedback would be welcome, if you have time.',
    () => `I'd appreciate any pointers, if you're able to share them.`,
  ],
};

const subjects: Variants = {
  warm: [
    (v) => withTopic('Thank you', v.role ?? v.company, 'Thank you for the update'),
    (v) => `Thanks for the update on ${roleText(v)}`,
    (v) => withTopic('Thank you for your time', v.role, 'Thank you for your time'),
  ],
  formal: [
    (v) => withTopic('Thank you', v.role, 'Thank you for your time'),
    (v) => `Thank you for the update regarding ${roleText(v)}`,
    (v) => withTopic('With thanks', v.role ?? v.company, 'With thanks for your time'),
  ],
  brief: [
    () => 'Thank you',
    (v) => withTopic('Thanks', v.role, 'Thanks for the update'),
    () => 'Thanks for letting me know',
  ],
};

/** Wishes, and the offer to stay connected or (when wanted) the interest in future roles. */
function closingParagraph(v: View, pick: Pick) {
  const isInterested = v.futureInterest === true;
  const isBrief = v.tone === 'brief';
  return paragraph(
    isInterested && part('future_interest', say(pick, futureInterest, v)),
    !(isBrief && isInterested) && part('connect_offer', say(pick, connectOffer, v)),
    part('good_wishes', say(pick, goodWishes, v)),
  );
}

/** The reply to the rejection itself. */
export const replyWriter: EmailWriter = {
  hasContact: true,
  subject: (v, pick) => say(pick, subjects, v),
  body: (v, pick) => {
    const thanks = part(
      'thanks',
      say(pick, v.isInterviewed ? thanksAfterInterview : thanksAfterApplication, v),
    );
    const ack = part('acknowledgement', say(pick, acknowledgement, v));
    const ask = v.wantsFeedback && part('feedback_ask', say(pick, feedbackAsk, v));
    if (v.tone === 'brief') {
      return [greeting(v, pick), paragraph(thanks, ack, ask), closingParagraph(v, pick)];
    }
    const detail = part('detail', detailSentence(v, pick));
    return [
      greeting(v, pick),
      paragraph(thanks, ack),
      paragraph(detail, ask),
      closingParagraph(v, pick),
    ];
  },
};
