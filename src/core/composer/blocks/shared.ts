import type { Pick } from '../random.js';
import { part, say, type Paragraph, type Variants } from '../text.js';
import {
  atCompany,
  companyOrTeam,
  detailSubject,
  everyone,
  isSentence,
  mySkills,
  type View,
} from '../view.js';

/** "Hi Ana," in a warm or brief note, "Dear Ana Silva," in a formal one, "Hello," without a name. */
export function greetingLine(v: View, pick: Pick): string {
  const { first, full } = v;
  if (v.tone === 'formal') {
    if (full !== null) return `Dear ${full},`;
    return pick(
      v.company === null ? ['Hello,', 'Dear hiring team,'] : [`Dear ${v.company} team,`, 'Hello,'],
    );
  }
  if (first === null) return pick(['Hello,', 'Hello there,', 'Hi there,']);
  return pick(
    v.tone === 'brief'
      ? [`Hi ${first},`, `Hello ${first},`]
      : [`Hi ${first},`, `Hello ${first},`, `Dear ${first},`],
  );
}

export function greeting(v: View, pick: Pick): Paragraph {
  return { parts: [part('greeting', greetingLine(v, pick))] };
}

const signOffs: Record<View['tone'], readonly string[]> = {
  warm: ['Kind regards,', 'Warm regards,', 'With thanks,'],
  formal: ['Kind regards,', 'Sincerely,', 'With best regards,'],
  brief: ['Thanks,', 'Regards,', 'Kind regards,'],
};

/** Sign-off, the sender's name, and (unless brief or left out) the contact lines. */
export function closing(v: View, pick: Pick, hasContact: boolean): Paragraph {
  const lines = [part('sign_off', pick(signOffs[v.tone]))];
  if (v.sender !== null) lines.push(part('sign_off', v.sender));
  if (hasContact && v.tone !== 'brief') {
    lines.push(...v.contactLines.map((line) => part('contact', line)));
  }
  return { parts: lines, isLines: true };
}

export const goodWishes: Variants = {
  warm: [
    (v) => `Wishing you and ${everyone(v)} all the best.`,
    (v) => `I hope things go really well for you and ${everyone(v)}.`,
    (v) => `Take care, and all the best to ${everyone(v)}.`,
  ],
  formal: [
    (v) => `I wish you and ${everyone(v)} every success.`,
    (v) => `I wish ${v.company ?? 'you and your team'} continued success.`,
    (v) => `My best wishes to you and ${everyone(v)} for the future.`,
  ],
  brief: [
    () => 'All the best.',
    () => 'Wishing you all the best.',
    () => 'Best wishes to the team.',
  ],
};

export const connectOffer: Variants = {
  warm: [
    () =>
      `I'd be glad to stay in touch, and I'll send you a connection request on LinkedIn, if that's okay.`,
    () => `I'd like to keep in touch, here or on LinkedIn, if that works for you.`,
    () => `I'd love to stay connected, and you're welcome to reach me any time.`,
  ],
  formal: [
    () => 'I would be glad to stay in touch, and I hope we can connect on LinkedIn.',
    () => 'I hope we can keep in contact.',
    () =>
      'I hope we can stay in touch, and I would be happy to connect on LinkedIn if that suits you.',
  ],
  brief: [
    () => 'Happy to stay in touch.',
    () => `I'd be glad to keep in touch.`,
    () => 'I hope we can stay in touch.',
  ],
};

export const futureInterest: Variants = {
  warm: [
    (v) =>
      `I'm still very interested in ${companyOrTeam(v)}, and I'd love to hear about future openings.`,
    (v) =>
      `If a role that fits ${mySkills(v)} opens up ${atCompany(v)}, I'd be happy to apply again.`,
    (v) => `I'd love to be considered for future roles ${atCompany(v)}.`,
  ],
  formal: [
    (v) =>
      `I remain very interested in ${companyOrTeam(v)} and would welcome the chance to be considered for future positions.`,
    (v) =>
      `If a position that suits ${mySkills(v)} becomes available ${atCompany(v)}, I would be glad to apply again.`,
    (v) => `I would be pleased to be considered for future opportunities ${atCompany(v)}.`,
  ],
  brief: [
    () => `I'd be glad to hear about future roles.`,
    () => `I'd like to be considered for future openings.`,
    (v) => `I'm still interested in future roles ${atCompany(v)}.`,
  ],
};

const detailVariants: Variants = {
  warm: [
    (v) => `I especially enjoyed ${v.detail ?? ''}, and I learned a lot from it.`,
    (v) => `${detailSubject(v)} was a real highlight for me.`,
    (v) =>
      `I enjoyed ${v.detail ?? ''} very much, and it gave me a good picture of how the team works.`,
  ],
  formal: [
    (v) => `I particularly appreciated ${v.detail ?? ''}.`,
    (v) => `${detailSubject(v)} was a valuable part of the process for me.`,
    (v) => `I found ${v.detail ?? ''} especially useful.`,
  ],
  brief: [(v) => `I enjoyed ${v.detail ?? ''}.`],
};

/** The one specific detail, woven into a sentence, or the user's own sentence as written. */
export function detailSentence(v: View, pick: Pick, variants: Variants = detailVariants): string {
  if (v.detail === null) return '';
  if (isSentence(v.detail)) return `${detailSubject(v)}.`;
  return say(pick, variants, v);
}

/** A subject such as "Thanks — Data Analyst", or the fallback when there is no topic. */
export const withTopic = (lead: string, topic: string | null, fallback: string): string =>
  topic === null ? fallback : `${lead} — ${topic}`;
