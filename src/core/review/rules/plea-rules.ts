import type { PhraseRule } from './phrase-rule.js';

export const pleaRules: PhraseRule[] = [
  {
    id: 'begging-reconsider',
    category: 'begging',
    severity: 'error',
    message:
      'Asking them to change a decision already made puts them in an awkward spot and rarely works; it can make a good impression fade.',
    suggestion:
      'Accept the decision and say you would welcome future openings: "If a similar role opens up, I would be glad to be considered."',
    patterns: [
      /\b(hold|keep|save)\s+(the|this|that)\s+(role|position|job|spot|place|offer)\s+(open\s+)?for\s+me\b/i,
      /\bput in a (good )?word\b/i,
      /\b(look at|review|consider|read)\s+(my|me|the)\s+(application|candidacy|profile|cv|resume)\s+again\b/i,
      /\b(redo|retake|re-do|re-take|resubmit|repeat|try)\s+(the|my|this)\s+(take-home|test|task|assignment|interview|exercise|challenge|assessment|round|case study)\b/i,
      /\buntil\s+(someone|somebody|you)\s+says?\s+yes\b/i,
      /\bnot giving up on (you|this company|your company|this role|the role)\b/i,
      /\b(if|should)\s+(your|the)\s+(chosen|selected|successful|new)\s+(candidate|hire|person)\s+(declines?|doesn't|does not|falls? through|leaves?|fails?)\b[^.!?\n]{0,60}\b(hold|me|my|i)\b/i,
      /\b(please\s+|kindly\s+|to\s+|would you\s+|could you\s+|can you\s+|you might\s+|maybe\s+)?re-?consider(ing)?\b(?![^.!?\n]{0,40}\b(future|other|upcoming|later|next)\b)/i,
      /\b(another|a second|one more|a new|a last)\s+(chance|shot|try|opportunity|interview|round|look)\b(?![^.!?\n]{0,40}\b(future|another role|other roles?|other positions?|next time|down the line|later)\b)/i,
      /\b(let|allow|give)\s+me\s+(to\s+)?(prove|show|demonstrate)\b/i,
      /\bchange\s+(your|the)\s+(mind|decision)\b/i,
      /\b(reverse|overturn|revisit|rethink|review)\s+(your|the|this)\s+decision\b/i,
      /\b(is|was)\s+(the|your|this)\s+decision\s+(final|definite|set in stone)\b/i,
      /\b(is there|isn't there|anything|something)\b[^.!?\n]{0,25}\b(i can do|i could do|to change|to make you)\b/i,
      /\b(still|please)\s+(consider|keep)\s+me\s+(for|in)\s+(this|the)\s+(role|position|job|process)\b/i,
    ],
    isNegatable: true,
  },
  {
    id: 'begging-desperation',
    category: 'begging',
    severity: 'error',
    message:
      'Desperation makes the message about your need rather than your fit, and it is hard for anyone to answer.',
    suggestion:
      'Keep your worries for the people close to you. To the company, stay brief, grateful and open to the future.',
    patterns: [
      /\b(i|i'm|i am)\s+(really|so|truly|desperately|badly)?\s*(need|needed)\s+(this|the|a)\s+(job|role|position|work|opportunity)\b/i,
      /\bdesperate(ly)?\b/i,
      /\b(i'll|i will|i would|i'd|willing to|ready to|happy to)\s+(do\s+)?(anything|whatever (it takes|you need))\b/i,
      /\b(i\s+)?beg(ging)?\b/i,
      /\bplease,?\s+please\b/i,
      /\b(even\s+)?(unpaid|for free|without pay|for less|lower salary|less money|any salary)\b/i,
      /\b(any|whatever)\s+(position|role|job)\s+(at all|you have|is available)\b/i,
      /\b(my family|my kids|my children|rent|bills|visa)\b[^.!?\n]{0,40}\b(depend|need|due|expire|can't|cannot)\b/i,
      /\b(last|only)\s+(hope|chance)\b/i,
    ],
    isNegatable: true,
    unless: /\b(beginning|begin|beg (your )?pardon|begging your pardon)\b/i,
  },
  {
    id: 'demanding-reasons',
    category: 'demanding_reasons',
    severity: 'error',
    message:
      'Asking for the exact reasons puts them on the defensive; many companies cannot share them, and the request can read as a challenge.',
    suggestion:
      'Ask for growth pointers instead, with no pressure: "If you have a moment, I would be grateful for any feedback on what I could strengthen."',
    patterns: [
      /\b(i|we)\s+(would like|'d like|want|need|request|am requesting|ask for)\s+(a|an|the)\s+(full|detailed|proper|complete|clear|written|formal|thorough|real)?\s*(explanation|justification|breakdown|account of|rationale)\b/i,
      /\b(scorecards?|interview notes|notes and scores|marks|scores|rubrics?|evaluation (forms?|sheets?)|assessment notes|interviewers?' notes)\b/i,
      /\b(i'm|i am|i was|we are)\s+owed\b/i,
      /\b(exact|detailed|specific|precise)\s+grounds\b/i,
      /\bi (must|have to|need to)\s+(request|ask for|insist|demand)\b/i,
      /\b(which|what)\s+(of\s+)?my\s+answers\s+(were|was)\s+(wrong|incorrect|bad|weak)\b/i,
      /\bi need\s+(specific|concrete|detailed|exact|real)\s+(examples|reasons|details|answers|feedback)\b/i,
      /\b(far|way|much)\s+too\s+(vague|generic|short|brief)\b/i,
      /\b(at the earliest|asap|as soon as possible|immediately|without delay)\b(?=[^.!?\n]{0,40}$)/im,
      /\b(provide|give|send|share|tell|explain|list|outline|clarify|detail)\b[^.!?\n]{0,40}\b(specific|exact|precise|detailed|full|real|actual|concrete|clear)?\s*(reasons?|justification|grounds|rationale|criteria)\b/i,
      /\b(tell|explain|clarify)\s+(to\s+)?(me\s+)?(exactly|precisely|specifically|clearly)?\s*why\b/i,
      /\b(let me know|need to know|want to know|like to know|deserve to know|have a right to know|entitled to know|demand to know|should know)\s+(exactly\s+|precisely\s+|specifically\s+)?(why|the reasons?|what went wrong)\b/i,
      /\b(i|we)\s+(demand|insist on|insist|expect|require|am owed|deserve)\b[^.!?\n]{0,30}\b(explanation|reasons?|answer|justification|feedback|response|clarification)\b/i,
      /\byou\s+owe\s+(me|candidates|applicants)\b/i,
      /\b(justify|explain)\s+(your|the|this)\s+(decision|choice|rejection)\b/i,
      /\bwhy\s+(exactly\s+)?(was i|wasn't i|was i not|i was not|i wasn't|did you not|didn't you|did you)\s+(rejected|selected|chosen|hired|picked|moved forward|progressed|shortlisted|reject|select|choose|hire|pick)\b/i,
      /\b(what|which)\s+(exactly|specifically|precisely)\b[^.!?\n]{0,25}\b(wrong|lacking|missing|failed|was the problem|the issue)\b/i,
    ],
    isNegatable: true,
    unless:
      /\b(understand|understood|accept|respect|appreciate|no need|don't need to|do not need to|isn't necessary|not necessary)\b[^.!?\n]{0,30}\b(reasons?|why)\b|\bthank\w*\b[^.!?\n]{0,80}\b(explain\w*|shar\w*)\b|\b(no rush|no pressure|if you're ever able|if you are ever able|kept confidential|often confidential|don't feel obliged)\b/i,
  },
  {
    id: 'demanding-deadline',
    category: 'demanding_reasons',
    severity: 'error',
    message:
      'A deadline for their answer turns a kind request into a demand; they owe no reply at all.',
    suggestion: 'Drop the deadline: "If you ever have a moment, any feedback would be welcome."',
    patterns: [
      /\b(by|before|no later than|within|until)\s+(monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|the end of (the|this) (day|week)|end of (day|week)|eod|\d+\s+(business\s+|working\s+)?(days?|hours?))\b/i,
    ],
    requires:
      /\b(reply|respond|response|answer|feedback|explanation|reasons?|let me know|get back|hear from you|expect|provide|send)\b/i,
    unless:
      /\b(i will|i'll|i can|i could|i am available|i'm available|i plan|i hope to|i aim to)\b/i,
  },
];
