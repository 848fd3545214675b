import { paragraph, part, say, type EmailWriter, type Variants } from '../text.js';
import { atCompany, companyOrTeam, meeting, mySkills, roleAt, withCompany } from '../view.js';
import { goodWishes, greeting } from './shared.js';

const thanksAfterInterview: Variants = {
  warm: [
    (v) => `Thank you again for talking with me about ${roleAt(v)}.`,
    (v) =>
      `I enjoyed getting to know you during the process for ${roleAt(v)}, and I'm grateful for your time.`,
    (v) => `Thanks again for your time during ${meeting(v)}.`,
  ],
  formal: [
    (v) => `Thank you once more for the time you gave me during ${meeting(v)}.`,
    (v) => `I remain grateful for the opportunity to interview for ${roleAt(v)}.`,
    (v) => `Thank you again for considering me for ${roleAt(v)}.`,
  ],
  brief: [],
};

const thanksAfterApplication: Variants = {
  warm: [
    (v) => `Thank you again for considering me for ${roleAt(v)}.`,
    (v) => `Thanks again for reviewing my application for ${roleAt(v)}.`,
    (v) => `I'm grateful you took the time to look at my application for ${roleAt(v)}.`,
  ],
  formal: [
    (v) => `Thank you once more for considering my application for ${roleAt(v)}.`,
    (v) => `I remain grateful that you reviewed my application for ${roleAt(v)}.`,
    (v) => `Thank you again for your reply about ${roleAt(v)}.`,
  ],
  brief: [],
};

const interest: Variants = {
  warm: [
    (v) =>
      `I wanted to let you know that I'm still very interested in ${companyOrTeam(v)}. If a role that fits ${mySkills(v)} opens up, I'd love to hear about it.`,
    (v) =>
      `My interest in ${companyOrTeam(v)} is as strong as ever, and I'd be glad to apply again when a good fit comes up.`,
    (v) =>
      `I'd still really like to work ${withCompany(v)} one day, and I'll keep an eye on future openings that match ${mySkills(v)}.`,
  ],
  formal: [
    (v) =>
      `I would like to confirm that I remain very interested in ${companyOrTeam(v)} and would welcome being considered for future positions.`,
    (v) =>
      `I would be glad to be considered for future roles ${atCompany(v)} that match ${mySkills(v)}.`,
    (v) =>
      `If a suitable role becomes available ${atCompany(v)}, I would be pleased to apply again.`,
  ],
  brief: [
    (v) =>
      `I'm still very interested in ${companyOrTeam(v)} and would be glad to hear about future roles.`,
    (v) => `I'd like to be considered for future roles ${atCompany(v)}.`,
    (v) => `If a role that fits ${mySkills(v)} opens up, I'd love to apply again.`,
  ],
};

const subjects: Variants = {
  warm: [
    (v) => `Still interested in ${companyOrTeam(v)}`,
    () => 'Keeping in touch',
    (v) => (v.company === null ? 'Future roles' : `Future roles at ${v.company}`),
  ],
  formal: [
    (v) => (v.company === null ? 'My continued interest' : `My continued interest in ${v.company}`),
    () => 'Future opportunities',
    () => 'Staying in touch',
  ],
  brief: [() => 'Keeping in touch', () => 'Future roles', () => 'Still interested'],
};

/** A short note within a week of the rejection, saying the interest in the company remains. */
export const reaffirmWriter: EmailWriter = {
  hasContact: true,
  subject: (v, pick) => say(pick, subjects, v),
  body: (v, pick) => [
    greeting(v, pick),
    paragraph(
      part('thanks', say(pick, v.isInterviewed ? thanksAfterInterview : thanksAfterApplication, v)),
      part('future_interest', say(pick, interest, v)),
    ),
    paragraph(v.tone !== 'brief' && part('good_wishes', say(pick, goodWishes, v))),
  ],
};
