import { listWords } from '../clean.js';
import type { Variants } from '../text.js';
import { atCompany, companyOrTeam, detailSubject, meeting, roleAt } from '../view.js';

export const thanksAfterInterview: Variants = {
  warm: [
    (v) => `Thank you for your time during ${meeting(v)} for ${roleAt(v)}.`,
    (v) => `Thanks for talking with me about ${roleAt(v)}.`,
    (v) => `It was good to meet you during the process for ${roleAt(v)}. Thank you for your time.`,
  ],
  formal: [
    (v) => `Thank you for the time you gave me during ${meeting(v)} for ${roleAt(v)}.`,
    (v) => `Thank you for speaking with me about ${roleAt(v)}.`,
    (v) => `I appreciated our conversation about ${roleAt(v)}, and I thank you for your time.`,
  ],
  brief: [
    (v) => `Thanks for talking with me about ${roleAt(v)}.`,
    (v) => `Thanks for your time during ${meeting(v)}.`,
    () => 'Thank you for meeting with me.',
  ],
};

export const thanksAfterApplication: Variants = {
  warm: [
    (v) => `Thank you for considering my application for ${roleAt(v)}.`,
    (v) => `Thanks for reviewing my application for ${roleAt(v)}.`,
    (v) => `Thank you for your reply about ${roleAt(v)}.`,
  ],
  formal: [
    (v) => `Thank you for considering my application for ${roleAt(v)}.`,
    (v) => `Thank you for reviewing my application for ${roleAt(v)}.`,
    (v) => `Thank you for your message about ${roleAt(v)}.`,
  ],
  brief: [
    () => 'Thanks for considering my application.',
    () => 'Thanks for reviewing my application.',
    () => 'Thank you for your reply.',
  ],
};

export const detail: Variants = {
  warm: [
    (v) => `I really enjoyed ${v.detail ?? ''}.`,
    (v) => `${detailSubject(v)} was a highlight for me.`,
    (v) => `I keep thinking about ${v.detail ?? ''}.`,
  ],
  formal: [
    (v) => `I particularly appreciated ${v.detail ?? ''}.`,
    (v) => `${detailSubject(v)} was very valuable to me.`,
    (v) => `I found ${v.detail ?? ''} very useful.`,
  ],
  brief: [],
};

export const futureInterest: Variants = {
  warm: [
    (v) =>
      v.skills.length === 0
        ? `I'd love to hear about future roles ${atCompany(v)}.`
        : `I'd love to bring my ${listWords(v.skills)} skills to a future role ${atCompany(v)}.`,
    (v) => `I'm still very interested in ${companyOrTeam(v)}.`,
    () => 'I hope to apply again in the future.',
  ],
  formal: [
    (v) => `I remain very interested in ${companyOrTeam(v)}.`,
    (v) =>
      v.skills.length === 0
        ? `I would welcome future opportunities ${atCompany(v)}.`
        : `I would welcome a future role ${atCompany(v)} using my ${listWords(v.skills)} skills.`,
    () => 'I hope to apply again in the future.',
  ],
  brief: [],
};

export const connectOffer: Variants = {
  warm: [
    () => `I'd be glad to stay connected.`,
    () => `I'd love to stay in touch here.`,
    () => 'It would be great to stay connected.',
  ],
  formal: [
    () => 'I would be glad to stay connected.',
    () => 'I would welcome staying in touch here.',
    () => 'I hope we can stay connected.',
  ],
  brief: [
    () => 'Happy to stay connected.',
    () => `Let's stay connected.`,
    () => `I'd like to stay in touch.`,
  ],
};
