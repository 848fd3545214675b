import { paragraph, part, say, type EmailWriter, type Variants } from '../text.js';
import { roleAt, roleText } from '../view.js';
import { greeting } from './shared.js';

const nudge: Variants = {
  warm: [
    (v) =>
      `I hope you're doing well. I wanted to follow up gently on my note about ${roleAt(v)}, in case any pointers for a future application come to mind.`,
    (v) =>
      `I'm just checking in once on my earlier question about ${roleAt(v)}. If you have a moment to share any feedback, I'd really appreciate it.`,
    (v) =>
      `I know things get busy, so I'm sending a short reminder about my earlier note on ${roleAt(v)}. Any quick tips on what I could improve would be very welcome.`,
  ],
  formal: [
    (v) =>
      `I hope you are well. I am following up on my earlier message about ${roleAt(v)}, in case you are able to share any feedback.`,
    (v) => `I wanted to follow up once on my request for feedback about ${roleAt(v)}.`,
    (v) =>
      `I understand that you are very busy, and I wanted to ask once more whether you might have any brief feedback on my application for ${roleAt(v)}.`,
  ],
  brief: [
    (v) => `Just a gentle follow-up on my feedback question about ${roleAt(v)}.`,
    (v) => `Following up once on my note about ${roleAt(v)}, in case you have any quick tips.`,
    () => 'A quick follow-up in case you have any short pointers for me.',
  ],
};

/** Makes the nudge easy to ignore: they are busy, and silence is fine. */
const easyToIgnore: Variants = {
  warm: [
    () => `If now isn't a good time, please feel free to ignore this.`,
    () => `If you can't share anything, that's completely fine, and I won't write again about it.`,
    () => `No reply is needed if you're too busy.`,
  ],
  formal: [
    () => 'If this is not possible, please feel free to ignore this message.',
    () => 'I fully understand if you are unable to reply.',
    () => 'There is no need to reply if you are short on time.',
  ],
  brief: [
    () => `Feel free to ignore this if you're busy.`,
    () => 'No worries if not.',
    () => `No reply needed if you're busy.`,
  ],
};

const thanks: Variants = {
  warm: [
    () => 'Thank you either way.',
    () => 'Thanks for reading, either way.',
    () => 'Thank you for your time.',
  ],
  formal: [
    () => 'Thank you for your time.',
    () => 'Thank you for reading my message.',
    () => 'Thank you for your kind attention.',
  ],
  brief: [],
};

const subjects: Variants = {
  warm: [
    () => 'A gentle follow-up',
    () => 'Following up on my earlier note',
    (v) => `Checking in about ${roleText(v)}`,
  ],
  formal: [
    () => 'Following up on my request for feedback',
    (v) => `Follow-up regarding ${roleText(v)}`,
    () => 'A brief follow-up',
  ],
  brief: [() => 'Quick follow-up', () => 'Following up', () => 'A gentle nudge'],
};

/** The one polite follow-up, one to two weeks after an unanswered feedback request. */
export const feedbackFollowupWriter: EmailWriter = {
  hasContact: false,
  subject: (v, pick) => say(pick, subjects, v),
  body: (v, pick) => [
    greeting(v, pick),
    paragraph(
      part('feedback_ask', say(pick, nudge, v)),
      part('feedback_ask', say(pick, easyToIgnore, v)),
      part('thanks', say(pick, thanks, v)),
    ),
  ],
};
