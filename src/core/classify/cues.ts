import type { EmailLabel } from './types.js';

/** A phrase that points to a label, with how much it counts. */
export type Cue = {
  label: EmailLabel;
  weight: number;
  pattern: RegExp;
  isConditional?: boolean;
  /** The sentence must also match this (e.g. be about "you"). */
  requires?: RegExp;
};

const strong = 3;
const medium = 2;
const weak = 1;

// Rejection: many ways to say no without the word. A generic word ("unfortunately",
// "thank you for applying") is weak and never decides alone.
const rejection: Cue[] = [
  {
    label: 'rejection',
    weight: strong,
    pattern:
      /\b(went|gone|going|go|decided to go|chose to go|opted to go|moving|moved|move)\s+(ahead\s+|forward\s+)?with\s+(someone|somebody|another|other|a different|an internal|a more|them|him|her|the other|one of the other)\b/i,
  },
  {
    label: 'rejection',
    weight: strong,
    pattern:
      /\b(picked|chosen|chose|selected|hired|appointed|offered the \w+ to|made an offer to|extended an offer to|pursue|pursuing|progressing|progress|proceeding|proceed|prioritising|prioritizing)\s+(with\s+)?(an?\s+|the\s+)?(other|another|different|internal|more experienced|alternative|stronger|more senior)\s+(candidates?|applicants?|people|person|profiles?|finalists?)/i,
  },
  {
    label: 'rejection',
    weight: strong,
    pattern:
      /\b(selected|chosen|picked|hired|appointed|pursue|pursuing)\s+(candidates|applicants|someone|somebody|people)\s+(whose|who|with|that)\b/i,
  },
  {
    label: 'rejection',
    weight: strong,
    pattern: /\bnot\s+(among|one of)\s+(those|the (candidates|applicants|people))\b/i,
  },
  {
    label: 'rejection',
    weight: strong,
    pattern:
      /\b(not|n't)\s+(been\s+)?(the|a)\s+(successful|selected|chosen)\s+(candidate|applicant)\b/i,
    isConditional: true,
  },
  {
    label: 'rejection',
    weight: strong,
    pattern:
      /\b(not|won't|will not|no longer|aren't|are not)\s+(be\s+)?(pursuing|continuing|progressing|proceeding|moving|going ahead|taking|considering)\s+(forward\s+)?(with\s+)?(your|you)\b/i,
    isConditional: true,
  },
  {
    label: 'rejection',
    weight: strong,
    pattern:
      /\b(not going to work out|didn't work out|won't work out|(going to|decided to|have to|will) pass\b|hold off on (taking|moving|progressing) you|decided to fill the (position|role|vacancy)|fill(ed)? the (position|role|vacancy) internally)/i,
  },
  {
    label: 'rejection',
    weight: strong,
    pattern:
      /\b(cancel|cancelled|canceled|close|closed)\s+(this|the)\s+(role|requisition|position|vacancy|opening|search)\b[^.]{0,80}\b(application|candidacy)\b|\b(candidacy|application)\s+(has been|was|is)\s+(closed|withdrawn|ended|archived)\b/i,
  },
  {
    label: 'rejection',
    weight: strong,
    pattern:
      /\bnot\s+(to\s+)?(be\s+)?(moving|move|moved|progressing|progress|proceeding|proceed|going|advancing|continuing|taking)\s+(you\s+|your\s+\w+\s+)?(forward|further|ahead|on)\b/i,
    isConditional: true,
  },
  {
    label: 'rejection',
    weight: strong,
    pattern:
      /\b(won't|will not|unable to|not able to|cannot|can't|could not|couldn't|are not in a position to|aren't in a position to|not in a position to)\s+(be\s+)?(move|moving|progress|progressing|proceed|proceeding|advance|advancing|offer|extend|take|taking|continue|consider|invite)\w*\b/i,
    isConditional: true,
    requires: /\b(you|your)\b/i,
  },
  {
    label: 'rejection',
    weight: strong,
    pattern:
      /\b(not|haven't|have not|wasn't|was not|weren't|were not)\s+(been\s+)?(selected|successful|shortlisted|chosen|picked|accepted|invited|progressed)\b/i,
    isConditional: true,
  },
  {
    label: 'rejection',
    weight: strong,
    pattern:
      /\b(been|was|were|is|are|be|application|candidacy)\s+(deemed\s+|considered\s+)?unsuccessful\b|\bunsuccessful (on this occasion|this time)\b/i,
    isConditional: true,
  },
  {
    label: 'rejection',
    weight: strong,
    pattern:
      /\b(decided|chosen|chose|opted|elected)\s+(not\s+to|to\s+(move|go|proceed|pursue|continue|progress|offer|appoint|hire|select)\w*\s+(forward\s+|ahead\s+)?(with\s+)?(other|another|a different|an internal|a candidate|candidates|someone))/i,
  },
  {
    label: 'rejection',
    weight: strong,
    pattern:
      /\b(other|another|a different|an internal|more experienced|stronger)\s+(candidates?|applicants?|profiles?|person)\s+(whose|who|that|with)\b/i,
  },
  {
    label: 'rejection',
    weight: strong,
    pattern:
      /\b(position|role|vacancy|opening|job|post|requisition)\s+(has|have)\s+(now\s+)?(been\s+)?(filled|closed|cancel+ed|withdrawn)\b/i,
  },
  {
    label: 'rejection',
    weight: strong,
    pattern:
      /\b(we('ve| have)|have)\s+(filled|closed)\s+(the|this|that)\s+(role|position|vacancy|opening)\b/i,
  },
  {
    label: 'rejection',
    weight: strong,
    pattern: /\bregret\s+to\s+(inform|tell|let you know|advise)\b/i,
  },
  {
    label: 'rejection',
    weight: strong,
    pattern: /\b(go|going|went|gone)\s+(in\s+)?(a\s+)?different\s+direction\b/i,
  },
  {
    label: 'rejection',
    weight: strong,
    pattern:
      /\bno\s+longer\s+(be\s+)?(being\s+)?(considered|under consideration|in consideration|in the running|part of the process)\b/i,
  },
  {
    label: 'rejection',
    weight: strong,
    pattern:
      /\b(not|isn't|wasn't)\s+(the\s+)?(right|best|strongest|closest)?\s*(fit|match)\b(?![^.]{0,20}\?)/i,
    isConditional: true,
  },
  {
    label: 'rejection',
    weight: strong,
    pattern:
      /\b(offer(ed)?|extend(ed)?)\s+(the\s+)?(role|position|job|post)\s+to\s+(another|a different|someone|an internal|other)\b/i,
  },
  {
    label: 'rejection',
    weight: strong,
    pattern: /\b(withdraw|rescind|retract)\w*\s+(the|our|your)\s+offer\b/i,
  },
  {
    label: 'rejection',
    weight: strong,
    pattern: /\b(close|closing|closed)\s+(your|this)\s+application\b/i,
  },
  {
    label: 'rejection',
    weight: strong,
    pattern:
      /\b(application|candidacy|candidature)\s+(will\s+not|won't|has\s+not|didn't|did\s+not|was\s+not|is\s+not)\s+(be\s+)?(progress|proceed|move|advance|go|succeed|selected)\w*/i,
    isConditional: true,
  },
  {
    label: 'rejection',
    weight: strong,
    pattern:
      /\b(decided|decision)\b[^.]{0,60}\b(another|other|internal|different)\s+(candidate|applicant|direction|profile)/i,
  },
  {
    label: 'rejection',
    weight: strong,
    pattern:
      /\bnot\s+(be\s+)?(offering|inviting|shortlisting|progressing|considering|pursuing|continuing|proceeding)\b/i,
    isConditional: true,
  },
  {
    label: 'rejection',
    weight: medium,
    pattern:
      /\b(wish|wishing)\s+you\s+(the\s+)?(very\s+)?(best|every success|success|luck|all the best)\b/i,
  },
  {
    label: 'rejection',
    weight: medium,
    pattern: /\b(keep|kept)\s+your\s+(cv|resume|résumé|details|profile|information)\s+on\s+file\b/i,
  },
  { label: 'rejection', weight: weak, pattern: /\bunfortunately\b/i },
  { label: 'rejection', weight: weak, pattern: /\b(difficult|tough|hard)\s+decision\b/i },
];

const received: Cue[] = [
  {
    label: 'application_received',
    weight: strong,
    pattern:
      /\bwe('ve| have)?\s+(now\s+|successfully\s+)?received\s+(it|this|them|your details)\b/i,
  },
  {
    label: 'application_received',
    weight: medium,
    pattern: /\b(will|we'll|shall)\s+be\s+in\s+touch\b/i,
    isConditional: true,
  },
  {
    label: 'application_received',
    weight: medium,
    pattern:
      /\b(will|we'll|shall)\s+(contact|get back to|be in touch with|update|let|reach out to|write to)\s+(you)\b/i,
    isConditional: true,
  },
  {
    label: 'application_received',
    weight: strong,
    pattern:
      /\b(got|received|have|confirm|confirming|acknowledge|acknowledging)\b[^.]{0,30}\b(your|the)\s+(application|cv|resume|résumé|reel|portfolio|submission|details)\b/i,
    isConditional: true,
  },
  {
    label: 'application_received',
    weight: strong,
    pattern:
      /\b(application|cv|resume|submission)\b[^.]{0,60}\b(received|submitted|reached us|arrived|is in|has been logged)\b|\bwe received it\b/i,
    isConditional: true,
  },
  {
    label: 'application_received',
    weight: strong,
    pattern:
      /\b(we('ve| have)|has been|have been|was|is)\s+(successfully\s+)?(received|submitted)\b[^.]{0,40}\b(application|cv|resume|submission)\b|\b(received|receipt of|confirm(ing)? receipt of)\s+(your|the)\s+(application|cv|resume|submission)/i,
  },
  {
    label: 'application_received',
    weight: strong,
    pattern:
      /\b(application|submission)\s+(has been|was|is)\s+(successfully\s+)?(received|submitted|complete)\b/i,
  },
  {
    label: 'application_received',
    weight: medium,
    pattern:
      /\b(will|we'll)\s+(carefully\s+)?(review|be reviewing|assess|look at|consider)\s+(your|all|the)\s+(application|applications|profile|cv|resume|qualifications|details)/i,
  },
  {
    label: 'application_received',
    weight: medium,
    pattern: /\b(currently\s+)?(under|in)\s+review\b|\breview(ing)?\s+(process|applications)\b/i,
  },
  {
    label: 'application_received',
    weight: medium,
    pattern:
      /\bif\s+(your|you|we)\b[^.]{0,60}\b(match|meet|fit|selected|shortlisted|successful|interested|move forward|progress)\b/i,
  },
  {
    label: 'application_received',
    weight: weak,
    pattern:
      /\bthank(s| you)\s+(you\s+)?for\s+(applying|your application|submitting|your interest)\b/i,
  },
];

const invite: Cue[] = [
  {
    label: 'interview_invite',
    weight: strong,
    pattern:
      /\b(pick|choose|select|book|suggest|propose)\s+(a|another|a new|an alternative|new|other)\s+(\w+\s+)?(time|slot|date|day)s?\b/i,
  },
  {
    label: 'interview_invite',
    weight: strong,
    pattern:
      /\b(move|moving|change|shift|push|postpone)\s+(our|your|the)\s+(\w+\s+){0,2}(interview|call|meeting|chat|conversation)\b/i,
  },
  {
    label: 'interview_invite',
    weight: strong,
    pattern:
      /\b(shortlisted|selected|invited|chosen)\s+(you\s+)?(for|to)\s+(the\s+|an?\s+)?(\w+\s+){0,2}(interview|round|call|assessment cent(re|er))/i,
  },
  {
    label: 'interview_invite',
    weight: strong,
    pattern:
      /\b(confirm|confirming|confirmation of)\s+(your|the)\s+(\w+\s+){0,2}(interview|call|onsite|meeting|appointment)\b/i,
  },
  {
    label: 'interview_invite',
    weight: strong,
    pattern:
      /\b(schedule|agenda|itinerary|calendar invites?|joining (link|instructions)|link for your)\b[^.]{0,40}\b(interview|onsite|call|session|round|day)\b|\b(interview|onsite)\b[^.]{0,30}\b(schedule|agenda|itinerary)\b/i,
  },
  {
    label: 'interview_invite',
    weight: strong,
    pattern:
      /\b(up for|free for|time for|available for|open to)\s+(a\s+)?(quick\s+|short\s+|brief\s+)?(\d+[- ]?min(ute)?s?\s+)?(call|chat|conversation|interview|coffee)\b/i,
  },
  {
    label: 'interview_invite',
    weight: strong,
    pattern:
      /\b(invite|inviting|invitation)\s+(you\s+)?(to|for)\s+(an?\s+|the\s+|our\s+)?(\w+\s+){0,3}(interview|call|chat|conversation|meeting|onsite|on-site|screen|assessment cent(re|er)|video interview)/i,
  },
  {
    label: 'interview_invite',
    weight: strong,
    pattern:
      /\b(schedule|book|arrange|set up|find)\s+(a|an|your|the|some)?\s*(\w+\s+){0,2}(time|call|interview|chat|slot|conversation|meeting)\b/i,
  },
  {
    label: 'interview_invite',
    weight: strong,
    pattern:
      /\b(your|the)\s+(\w+\s+){0,2}(interview|call|onsite)\s+(is|has been)\s+(confirmed|scheduled|booked|rescheduled|moved)\b/i,
  },
  {
    label: 'interview_invite',
    weight: strong,
    pattern:
      /\b(like|love|want|keen|happy|pleased|delighted)\s+to\s+(invite|speak|talk|chat|meet|set up|schedule|move you|progress you|advance you)\b/i,
  },
  {
    label: 'interview_invite',
    weight: medium,
    pattern:
      /\b(availability|available\s+(times|slots)|time\s*slots?|calendly|booking link|pick a (time|slot)|choose a (time|slot)|the following times|which (time|day) works)\b/i,
  },
  {
    label: 'interview_invite',
    weight: medium,
    pattern:
      /\b(next|second|final|following)\s+(round|stage|step)\b[^.]{0,40}\b(interview|call|conversation|meet)/i,
  },
  { label: 'interview_invite', weight: medium, pattern: /\bre-?schedul\w*\b/i },
  {
    label: 'interview_invite',
    weight: medium,
    pattern: /\b(zoom|teams|google meet|meet\.google|video call|dial-in|agenda)\b/i,
  },
];

const assessment: Cue[] = [
  {
    label: 'assessment',
    weight: medium,
    pattern:
      /\b(take[- ]home|coding (challenge|test|exercise|assessment|task)|technical (test|assessment|exercise|task)|online (test|assessment)|skills? (test|assessment)|personality (test|questionnaire|assessment)|psychometric|aptitude|case (study|exercise)|work sample|hackerrank|codility|testgorilla|codesignal|coderpad|language test)\b/i,
  },
  {
    label: 'assessment',
    weight: strong,
    pattern:
      /\b(complete|completing|finish|submit|start|take|access)\s+(the|this|your|a|an|our)\s+(\w+\s+){0,3}(assessment|test|exercise|task|challenge|questionnaire|assignment|quiz)\b/i,
  },
  {
    label: 'assessment',
    weight: weak,
    pattern: /\b(assessment|assignment|exercise|quiz|questionnaire)\b/i,
  },
  {
    label: 'assessment',
    weight: weak,
    pattern: /\b(within|in the next)\s+\d+\s+(days|hours)\b|\bdeadline\b|\bexpires?\b/i,
  },
];

const offer: Cue[] = [
  {
    label: 'offer',
    weight: strong,
    pattern:
      /\b(pleased|delighted|happy|excited|thrilled|glad)\s+to\s+(offer|extend|make)\b[^.]{0,40}\b(offer|position|role|you)\b/i,
  },
  {
    label: 'offer',
    weight: strong,
    pattern:
      /\b(offer\s+(of\s+employment|letter)|formal offer|verbal offer|written offer|job offer|employment contract|offer package)\b/i,
  },
  {
    label: 'offer',
    weight: strong,
    pattern: /\b(extend|extending|make|making)\s+(you\s+)?(an|a|the)\s+(\w+\s+)?offer\b/i,
  },
  {
    label: 'offer',
    weight: medium,
    pattern:
      /\b(base salary|annual salary|compensation|start date|signing bonus|equity|stock options|sign and return|accept the offer)\b/i,
  },
  { label: 'offer', weight: medium, pattern: /\bcongratulations\b/i },
];

const other: Cue[] = [
  {
    label: 'other',
    weight: strong,
    pattern:
      /\b(job alert|jobs? (for|matching) you|recommended (jobs|roles)|new jobs|jobs you may|similar jobs|job recommendations|weekly digest|newsletter)\b/i,
  },
  {
    label: 'other',
    weight: strong,
    pattern:
      /\b(reset your password|password reset|verify your (email|account)|confirm your (email|account)|account (created|activated)|sign in to your account)\b/i,
  },
  {
    label: 'other',
    weight: strong,
    pattern:
      /\b(on hold|paused|hiring freeze|freeze on hiring|put the (role|position|search) on hold|delay(ed)? (in|to) (our|the) (hiring|process|decision)|taking longer than)\b/i,
  },
  {
    label: 'other',
    weight: strong,
    pattern:
      /\b(webinar|open day|open house|info(rmation)? session|career(s)? fair|meetup|hackathon|survey|feedback on your (candidate )?experience|refer a friend|reference check|referees?|onboarding|background check)\b/i,
  },
  {
    label: 'other',
    weight: strong,
    pattern:
      /\b(came across your (profile|cv|background|work)|your (profile|background|experience) (caught|stood out|looks)|i'm reaching out|i am reaching out|reaching out (because|about|on behalf)|on behalf of (a|my|our) client|open to new (opportunities|roles)|are you (currently )?(open to|looking|interested in)|i'm a recruiter|i am a recruiter|headhunt\w*|(new|exciting) opportunit(y|ies) (that|which|i)|might be (a great|a good|interested))\b/i,
  },
  {
    label: 'other',
    weight: medium,
    pattern:
      /\b(confirm(ing)? (your|the) withdrawal|you('ve| have) withdrawn|withdrawn your application)\b/i,
  },
];

export const cues: readonly Cue[] = [
  ...rejection,
  ...received,
  ...invite,
  ...assessment,
  ...offer,
  ...other,
];

// "If you are not selected, you will not hear from us": a conditional is not a decision.
const conditional = /\b(if|should|unless|in case|in the event|whether|once|when)\b[^.?!\n]*$/i;

const negator = /\b(not|n't|unable|no longer|never|won't|cannot)\b[^,;]*$/i;

/** "We will not be inviting you to interview" is no invitation. */
export function isNegatedCue(text: string, index: number): boolean {
  const clause =
    text
      .slice(Math.max(0, index - 50), index)
      .split(/[.!?\n;]/)
      .at(-1) ?? '';
  return negator.test(clause);
}

export function isConditional(text: string, index: number): boolean {
  const clause =
    text
      .slice(Math.max(0, index - 160), index)
      .split(/[.!?\n;]/)
      .at(-1) ?? '';
  return conditional.test(clause);
}
