import { paragraph, part, say, type EmailWriter, type Variants } from '../text.js';
import { meeting, roleAt, roleText } from '../view.js';
import { greeting, withTopic } from './shared.js';

const thanksAfterInterview: Variants = {
  warm: [
    (v) =>
      `Thanks again for your recent update about ${roleAt(v)}, and for the time you spent on ${meeting(v)}.`,
    (v) => `I hope you're well. Thank you again for talking with me about ${roleAt(v)}.`,
    (v) =>
      `Thank you again for letting me know about ${roleAt(v)}. I really valued the time you gave me during ${meeting(v)}.`,
  ],
  formal: [
    (v) =>
      `Thank you again for your recent message about ${roleAt(v)}, and for the time you gave me during ${meeting(v)}.`,
    (v) =>
      `I hope you are well. Thank you once more for the opportunity to interview for ${roleAt(v)}.`,
    (v) =>
      `I am writing to thank you once again for ${meeting(v)} and for your update on ${roleAt(v)}.`,
  ],
  brief: [
    (v) => `Thanks again for your time and for the update on ${roleAt(v)}.`,
    (v) => `Thank you again for talking with me about ${roleAt(v)}.`,
    (v) => `Thanks again for your time during ${meeting(v)}.`,
  ],
};

const thanksAfterApplication: Variants = {
  warm: [
    (v) =>
      `Thanks again for your recent update about ${roleAt(v)}, and for considering my application.`,
    (v) => `I hope you're well. Thank you again for reviewing my application for ${roleAt(v)}.`,
    (v) => `Thank you again for letting me know about ${roleAt(v)}.`,
  ],
  formal: [
    (v) =>
      `Thank you again for your recent message about ${roleAt(v)}, and for reviewing my application.`,
    (v) =>
      `I hope you are well. Thank you once more for considering my application for ${roleAt(v)}.`,
    (v) => `I am writing to thank you once again for your update on ${roleAt(v)}.`,
  ],
  brief: [
    (v) => `Thanks again for the update on ${roleAt(v)}.`,
    (v) => `Thank you again for considering my application for ${roleAt(v)}.`,
    (v) => `Thanks again for reviewing my application for ${roleAt(v)}.`,
  ],
};

const ask: Variants = {
  warm: [
    () =>
      `I'm working on getting better for my next applications, and I'd really value your view. Is there anything that would make a future application from me stronger? Even one or two short points would help.`,
    () =>
      `I'd like to keep growing, so I wanted to ask if you have any pointers on what I could do better next time. A few words would already be very helpful.`,
    () =>
      `If you're able to share it, I'd be grateful for any advice on what would strengthen a future application, whether it's about skills, experience or how I presented myself.`,
  ],
  formal: [
    () =>
      'I am keen to keep improving, and I would be grateful for any feedback that could help me strengthen a future application.',
    () =>
      'If you are able to share them, I would welcome any suggestions on areas where I could develop.',
    () =>
      'I would appreciate any brief comments on what would make my application stronger in the future.',
  ],
  brief: [
    () => 'Do you have any quick tips on what would make a future application stronger?',
    () => 'Any short pointers for next time would be very welcome.',
    () => `If you have a moment, I'd value a few words on what I could improve.`,
  ],
};

/** The sentence that takes the pressure off: they may say no, or say nothing. */
const noPressure: Variants = {
  warm: [
    () => `I know you're busy, so please don't feel you need to reply.`,
    () => `No worries at all if that isn't possible.`,
    () => `I completely understand if you can't share feedback.`,
  ],
  formal: [
    () => 'I know that you are busy, so please do not worry if this is not possible.',
    () => 'Please do not feel obliged to reply.',
    () => 'I understand that company policy may not allow this.',
  ],
  brief: [
    () => 'No worries if not.',
    () => 'No pressure at all.',
    () => `Totally fine if you can't.`,
  ],
};

const wishes: Variants = {
  warm: [
    () => 'Have a good rest of your week.',
    () => 'I hope your week is going well.',
    () => 'Wishing you a good week.',
  ],
  formal: [
    () => 'I wish you a pleasant week.',
    () => 'With best wishes for the week ahead.',
    () => 'I wish you all the best.',
  ],
  brief: [],
};

const subjects: Variants = {
  warm: [
    () => 'A quick question about my application',
    () => 'Any pointers for a future application?',
    (v) => `Following up on ${roleText(v)}`,
  ],
  formal: [
    (v) => withTopic('Request for feedback', v.role, 'Request for feedback on my application'),
    () => 'A short request for feedback',
    (v) => `Feedback on my application for ${roleText(v)}`,
  ],
  brief: [
    () => 'Quick question',
    () => 'Pointers for next time?',
    (v) => withTopic('Feedback', v.role, 'A quick feedback question'),
  ],
};

/** A separate note a few days after the rejection, asking for pointers without pressure. */
export const feedbackRequestWriter: EmailWriter = {
  hasContact: false,
  subject: (v, pick) => say(pick, subjects, v),
  body: (v, pick) => [
    greeting(v, pick),
    paragraph(
      part('thanks', say(pick, v.isInterviewed ? thanksAfterInterview : thanksAfterApplication, v)),
    ),
    paragraph(
      part('feedback_ask', say(pick, ask, v)),
      part('feedback_ask', say(pick, noPressure, v)),
    ),
    paragraph(part('good_wishes', say(pick, wishes, v))),
  ],
};
