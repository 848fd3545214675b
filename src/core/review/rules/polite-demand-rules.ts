import type { PhraseRule } from './phrase-rule.js';

// "Would you be so kind as to set out the criteria on which I was found lacking?" is as
// much a demand as "explain yourself": the courtesy is in the frame, the demand in what
// is asked for. These rules look at what is asked for: the decision's inner workings.

const asking =
  "(could you|would you|can you|will you|please|kindly|i'd like|i would like|i'd appreciate|i would appreciate|i'd be grateful|i would be grateful|i'd be obliged|i would be obliged|i should be grateful|i'd be grateful for|a written|i need|i want|i expect|i require|may i ask|i must ask|i'd ask|confirm|advise|explain|tell me|walk me through|take me through|go through|set out|spell out|specify|forward|send|share|let me have|let me know|hear|understand|know|see)";

/** Backward-looking things that only the panel holds: how I was judged, and why. */
const innerWorkings =
  "(((the|your|their|its|any|specific|exact|precise|detailed|real|actual|full)\\s+){1,3}(reasons?|reasoning|justification|rationale|grounds|criteria|basis)\\s*(for|behind|why|on which|of|you|(?=[.!?,;]|$))|reasons? why|reasoning behind|(their|your|the panel's|the team's) reasoning\\b|deciding factors?|shortcomings|deficiencies|failings|where (my \\w+ |i )?(fell|went|came up) short|where i went wrong|what i did wrong|what, specifically, i did wrong|point[- ]by[- ]point|question[- ]by[- ]question|line[- ]by[- ]line|(each|every|the) interviewers?'?s? (\\w+\\s+)?(rated|scored|marked|assessed|rating|score|scores|view|comments|notes|feedback|write-?ups?)|how (each|every) interviewer|how i was (scored|rated|marked|ranked|assessed|evaluated)|breakdown|(panel|interviewers?|hiring manager|assessors?|committee)'s?\\s+(comments|notes|scores|ratings|reasoning|deliberations|conclusions?|write-?ups?|assessment)|how the (final )?(decision|choice|selection|outcome) was (made|reached|taken|arrived at|decided))";

const demandMessage =
  'However politely it is put, this asks them to account for how they judged you. Many cannot, and it can read as a challenge.';
const demandSuggestion =
  'Ask for growth pointers instead, and make it optional: "If you have a moment, I would be grateful for any thoughts on what I could strengthen."';
const softeners =
  /\b(thank(s| you)\b[^.!?\n]{0,40}\b(for|explain\w*|shar\w*)|no need|don't need to|do not need to|isn't necessary|not necessary|understand if (not|you can't|that's not)|no rush|no pressure|no obligation|if you're ever able|if you are ever able|don't feel obliged|confidential|i understand (the|your) reasons)\b/i;

export const politeDemandRules: PhraseRule[] = [
  {
    id: 'polite-demand',
    category: 'demanding_reasons',
    severity: 'error',
    message: demandMessage,
    suggestion: demandSuggestion,
    patterns: [
      new RegExp(`\\b${asking}\\b[^.!?\\n]{0,60}\\b${innerWorkings}`, 'i'),
      // Entitlement: "it's only fair that I hear…", "a generic answer won't be enough".
      /\b(only fair|only right|reasonable to expect|the least you could)\b[^.!?\n]{0,30}\b(i|me)\b[^.!?\n]{0,20}\b(hear|know|told|get|receive|understand|explanation|answer)\b/i,
      /\b(won't|will not|isn't|is not|wouldn't|would not)\s+be\s+(enough|sufficient|acceptable|good enough)\b|\b(i'll|i will|i'd|i would)\s+need\s+more\s+than\b/i,
      /\b(a|an)\s+(proper|real|straight|full|actual|honest|complete)\s+(answer|explanation|reply|response|account)\s+(this time|now|please)\b|\b(like|want|need|expect|deserve)\s+(a|an)\s+(proper|real|straight|full|honest|complete|clear|straightforward)\s+(answer|explanation|reason)\b/i,
      /\b(?<=^|[.!?\n]\s*)was it (my|the)\s+[^.!?\n]{1,30}\?\s+(the|my|or)\b/im,
      /\b(please\s+)?(send|reply|respond|provide|forward|get back to me)\b[^.!?\n]{0,30}\b(this week|today|tomorrow|asap|straight away|right away|at your earliest convenience)\b/i,
      /\b(need|needs|have|has|want)\s+to\s+know\s+(what|where|why)\s+(went wrong|i did wrong|i got wrong|it was)\b/i,
      /\b(in writing|on paper|for my records)\b[^.!?\n]{0,40}\b(reasons?|decision|why|grounds)\b|\b(reasons?|decision|grounds)\b[^.!?\n]{0,40}\bin writing\b/i,
      /\b(elaborate|expand|expound)\s+(on|upon)\s+(why|the reasons?|the decision|how)\b|\bwhat\s+tipped\s+(the\s+)?(balance|scales|decision|it)\b/i,
      /\b(what|which)\s+(exactly|specifically|precisely)\s+(did|was|were)\b[^.!?\n]{0,50}\b(not like|dislike|count(ed)? against|wrong|missing|lacking|fall short|fell short|concern|put (you|them) off|the problem|the issue|the reason)\b/i,
      /\b(i'd|i would|i)\s+expect\b[^.!?\n]{0,40}\b(to be told|an explanation|to know|to hear why|a proper|a reason)\b|\b(which|what)\s+(\w+\s+)?i\s+(scored|rated|did|performed)\s+(lowest|worst|badly|poorly)\b/i,
      /\bplease\s+(prioriti[sz]e|expedite|action|escalate|chase)\b|\bstill\s+waiting\s+(on|for)\s+(the|your|an?)\s+(explanation|answer|reasons?|justification)\b/i,
      /\bon what (basis|grounds)\b|\bwho made the (final )?(call|decision)\b|\b(appreciate|like|want|need|expect)\s+(a|an)\s+(proper|real|straight|full|honest)\s+(answer|explanation|reply|response)\s+(rather than|instead of|not)\b/i,
      /\b(who|which \w+)\s+(voted|argued|spoke|decided|was)\s+against\s+me\b/i,
      /\b(points?|places?|questions?|areas?)\s+where\s+i\s+(was|got)\s+(marked|scored)\s+down\b|\bwhat\s+does\s+['"][^'"\n]{1,40}['"]\s+(actually|really)\s+mean\b/i,
      // Acceptance made conditional on an explanation.
      /\bbefore i (accept|can accept|move on|let this go|sign off on)\b/i,
    ],
    isNegatable: true,
    unless: softeners,
  },
];
