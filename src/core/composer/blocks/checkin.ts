import type { Pick } from '../random.js';
import { listWords } from '../clean.js';
import { paragraph, part, say, type EmailWriter, type Variants } from '../text.js';
import {
  atCompany,
  companyOrTeam,
  detailSubject,
  everyone,
  roleAt,
  withCompany,
  type View,
} from '../view.js';
import { detailSentence, greeting } from './shared.js';

/** "we spoke about the Data Analyst role", or "I applied for …" when there was no interview. */
function lastContact(v: View): string {
  if (v.isInterviewed) return `we spoke about ${roleAt(v)}`;
  if (v.stage === 'applied') return `I applied for ${roleAt(v)}`;
  return `we were in touch about ${roleAt(v)}`;
}

const hello: Variants = {
  warm: [
    () => `I hope you've been well these past few months.`,
    () => 'I hope the past few months have been good to you.',
    () => `It's been a little while, so I wanted to say hello and share a quick update.`,
  ],
  formal: [
    () => 'I hope you have been well in recent months.',
    () => 'I hope all has been well with you.',
    () => 'I am writing with a short update.',
  ],
  brief: [],
};

const updateWithSkills: Variants = {
  warm: [
    (v) => `Since ${lastContact(v)}, I've been building my skills in ${listWords(v.skills)}.`,
    (v) =>
      `A quick update from me: since ${lastContact(v)}, I've been spending a lot of time on ${listWords(v.skills)}.`,
    (v) => `I've kept learning since ${lastContact(v)}, with a focus on ${listWords(v.skills)}.`,
  ],
  formal: [
    (v) => `Since ${lastContact(v)}, I have been developing my skills in ${listWords(v.skills)}.`,
    (v) =>
      `I wanted to share that, since ${lastContact(v)}, I have focused on ${listWords(v.skills)}.`,
    (v) =>
      `Since ${lastContact(v)}, I have continued to strengthen my knowledge of ${listWords(v.skills)}.`,
  ],
  brief: [
    (v) => `Since ${lastContact(v)}, I've been working on ${listWords(v.skills)}.`,
    (v) => `Quick update: I've been learning ${listWords(v.skills)} since ${lastContact(v)}.`,
    (v) => `I've been building my skills in ${listWords(v.skills)} since ${lastContact(v)}.`,
  ],
};

const updateWithoutSkills: Variants = {
  warm: [
    (v) => `I've kept learning and growing since ${lastContact(v)}.`,
    (v) => `A quick update from me: since ${lastContact(v)}, I've been working hard on my skills.`,
    (v) => `I've been learning a lot since ${lastContact(v)}.`,
  ],
  formal: [
    (v) => `Since ${lastContact(v)}, I have continued to develop my skills.`,
    (v) => `I wanted to share that I have kept learning since ${lastContact(v)}.`,
    (v) => `Since ${lastContact(v)}, I have been working steadily on my professional development.`,
  ],
  brief: [
    (v) => `I've kept learning since ${lastContact(v)}.`,
    (v) => `Quick update: I've kept building my skills since ${lastContact(v)}.`,
    (v) => `I've been busy learning since ${lastContact(v)}.`,
  ],
};

const interest: Variants = {
  warm: [
    (v) =>
      `I'm still very interested in ${companyOrTeam(v)}, so I'd love to hear if anything opens up that fits.`,
    (v) =>
      `I'd really like to work ${withCompany(v)} one day, and I'd be glad to apply again when the timing is right.`,
    (v) =>
      `If a role opens ${atCompany(v)} that matches what I've been learning, I'd be happy to hear about it.`,
  ],
  formal: [
    (v) =>
      `I remain very interested in ${companyOrTeam(v)} and would be glad to hear of any suitable openings.`,
    (v) => `I would welcome the chance to be considered for future roles ${atCompany(v)}.`,
    (v) => `I would still very much like to work ${withCompany(v)} in the future.`,
  ],
  brief: [
    (v) => `I'm still interested in roles ${atCompany(v)}.`,
    () => `I'd be glad to hear about future openings.`,
    () => `I'd love to hear if a good fit opens up.`,
  ],
};

const keepInTouch: Variants = {
  warm: [
    () => 'It would be nice to stay in touch.',
    () => `I'd be happy to catch up any time.`,
    () => `Let's keep in touch.`,
  ],
  formal: [
    () => 'I would be glad to stay in touch.',
    () => 'I would value keeping in contact.',
    () => 'I hope we can stay in touch.',
  ],
  brief: [
    () => 'Happy to stay in touch.',
    () => `Let's keep in touch.`,
    () => 'Hope to stay in touch.',
  ],
};

const rememberDetail: Variants = {
  warm: [
    (v) => `I still think about ${v.detail ?? ''}.`,
    (v) => `${detailSubject(v)} has stayed with me since then.`,
    (v) => `I often think back to ${v.detail ?? ''}.`,
  ],
  formal: [
    (v) => `I still remember ${v.detail ?? ''} with appreciation.`,
    (v) => `I have often thought back to ${v.detail ?? ''}.`,
    (v) => `I still value what I learned from ${v.detail ?? ''}.`,
  ],
  brief: [],
};

const wishes: Variants = {
  warm: [
    () => 'Have a lovely week.',
    (v) => `All the best to you and ${everyone(v)}.`,
    () => 'I hope the rest of your week goes well.',
  ],
  formal: [
    () => 'I wish you a good week.',
    (v) => `My best wishes to you and ${everyone(v)}.`,
    () => 'Best wishes for the months ahead.',
  ],
  brief: [],
};

const subjects: Variants = {
  warm: [() => 'A quick hello and an update', () => 'Checking in', () => 'A short update from me'],
  formal: [() => 'A brief update', () => 'Checking in', () => 'Staying in touch'],
  brief: [() => 'Quick update', () => 'Checking in', () => 'Hello again'],
};

function body(v: View, pick: Pick) {
  const isInterested = v.futureInterest !== false;
  const needsConnect = v.tone !== 'brief' || !isInterested;
  // The update belongs with the first of the two elements that follow it.
  const updateElement = isInterested ? 'future_interest' : 'connect_offer';
  const update = say(pick, v.skills.length > 0 ? updateWithSkills : updateWithoutSkills, v);
  return [
    greeting(v, pick),
    paragraph(
      part('greeting', say(pick, hello, v)),
      part(updateElement, update),
      v.tone !== 'brief' && part('detail', detailSentence(v, pick, rememberDetail)),
    ),
    paragraph(
      isInterested && part('future_interest', say(pick, interest, v)),
      needsConnect && part('connect_offer', say(pick, keepInTouch, v)),
      part('good_wishes', say(pick, wishes, v)),
    ),
  ];
}

/** A friendly note a few months later: what the sender has been learning, and interest. */
export const checkinWriter: EmailWriter = {
  hasContact: true,
  subject: (v, pick) => say(pick, subjects, v),
  body,
};
