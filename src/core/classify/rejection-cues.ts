import type { Cue } from './cue.js';
import { defining, medium, strong, weak } from './cue.js';

/** Who the employer chose instead: "other candidates", "someone whose…", "an internal applicant". */
const others =
  '(other|another|a different|an internal|more experienced|stronger|more senior|alternative)\\s+(\\w+\\s+)?(candidates?|applicants?|people|person|profiles?|finalists?|chefs?|hires?|move)';
const someone = `(someone|somebody|${others}|(another|a different|other) (?!round|stage|step|interview|call|time|date|slot)\\w+|others|a candidate|candidates|applicants|one of the other \\w+|them|him|her)`;

const rule = (weight: number, source: string, extra: Partial<Cue> = {}): Cue => ({
  label: 'rejection',
  weight,
  pattern: new RegExp(source, 'i'),
  ...extra,
});

// Rejection: constructions, not stock phrases. A decision for somebody else, a negated step
// forward, a closed application or a filled role. A generic word ("unfortunately", "thank
// you for applying", good wishes) is weak or medium and never decides alone.
export const rejectionCues: Cue[] = [
  // The employer went with somebody else.
  rule(
    strong,
    `\\b(go|going|went|gone|move|moving|moved|proceed\\w*|continu\\w*|progress\\w*|pursu\\w*|carry on|go ahead|going ahead)\\s+(ahead\\s+|forward\\s+|on\\s+)?(the process\\s+)?with\\s+${someone}`,
  ),
  rule(
    strong,
    `\\b(picked|chosen|chose|choose|selected|select|hired|hiring|hire|appointed|appoint|identified|progressing|progress|moving forward with|prioriti[sz]\\w*|focus\\w*\\s+on|take forward|taking forward)\\s+(with\\s+)?(an?\\s+|the\\s+)?${others}`,
  ),
  rule(
    strong,
    '\\b(selected|chosen|picked|hired|hiring|appointed|appoint|pursue|pursuing|focus\\w* on|take forward|(chosen|decided|selected) to (interview|meet|invite|progress|take forward))\\s+(candidates|applicants|someone|somebody|people|a candidate|others)\\s+(whose|who|with|that|from within)\\b',
  ),
  rule(strong, `\\b${others}\\s+(whose|who|that|with|the better)\\b`),
  rule(
    strong,
    '\\b(offer\\w*|extend\\w*|give|gave|given|award\\w*)\\s+((the\\s+|this\\s+|that\\s+)?([\\w-]+\\s+){0,4}?(role|position|job|post|place|spot|vacancy)|it)\\s+to\\s+(someone|somebody|another|a different|an internal|other|the other|one of)',
  ),
  rule(
    strong,
    '\\b(has been|have been|was|were)\\s+offered\\s+to\\b[^.]{0,40}\\b(another|other|someone|a candidate|an internal)',
  ),
  rule(
    strong,
    '\\b(decided|decision)\\b[^.]{0,60}\\b(another|other|internal|different)\\s+(candidate|applicant|direction|profile)',
  ),
  rule(
    strong,
    '\\b(go|going|went|gone)\\s+(in\\s+)?(a\\s+)?different\\s+direction\\b|\\b(go|going|went|gone)\\s+(another|a different) way\\b',
  ),
  rule(
    strong,
    "\\b(landed on|settled on|decided on|the answer is) a no\\b|\\b(not|isn't|is not) (good|the) news (for you|you were hoping)",
  ),
  rule(
    strong,
    '\\b(internal (candidate|appointment|move|hire|applicant)|from within (the|our) (business|company|team|organi[sz]ation))\\b',
  ),
  rule(strong, '\\bnot\\s+(among|one of)\\s+(those|the (candidates|applicants|people))\\b'),
  // A step forward, negated: "we won't be taking your application further".
  rule(
    strong,
    "(\\bnot|n't|\\bunable to|\\bno longer)\\s+((be|to|going to|able to|in a position to|one|something|anything|we|that we|can|could|are able to)\\s+)*(mov\\w*|progress\\w*|proceed\\w*|go\\w*|advanc\\w*|continu\\w*|tak\\w*|carry\\w*|bring\\w*|push\\w*)\\s+((it|this|that|them|you|yours|things|this one|your \\w+|with your \\w+|with you)\\s+)?(forward|further|ahead|on|to (the )?(next|interview|final) (stage|round|step)s?)\\b",
    { isConditional: true },
  ),
  rule(
    strong,
    "\\b(won't|will not|unable to|not able to|cannot|can't|could not|couldn't|(are|were|aren't)?\\s*not in a position to)\\s+(be\\s+)?(further\\s+|\\w+ly\\s+)?(mov\\w*|progress\\w*|proceed\\w*|advanc\\w*|continu\\w*|consider\\w*|invit\\w*|offer\\w*|tak\\w*|extend\\w*)\\s+(you|your|with you|with your|with the hiring|with the (application|candidacy|process)|forward|further|ahead|yours|it further|this further|an offer|a place|the (role|position|job|post)|with (this|that|the) (application|candidacy|process))\\b",
    { isConditional: true },
  ),
  rule(
    strong,
    "(\\bnot|n't|\\bno longer)\\s+((be|been|going to|to)\\s+)*(pursu|continu|progress|proceed|mov|tak|consider|offer|invit|shortlist|arrang|extend|mak)\\w*\\s+(forward\\s+)?(with\\s+)?(you|your|yours|an offer|you an offer|you to|(an?|the)\\s+(\\w+\\s+)?interview)\\b",
    { isConditional: true },
  ),
  rule(strong, '\\b(decided|chosen|chose|opted|elected|made the decision)\\s+not\\s+to\\b', {
    isConditional: true,
  }),
  // You were not chosen.
  rule(
    strong,
    "\\b(not|haven't|hasn't|have not|has not|wasn't|was not|weren't|were not)\\s+(been\\s+)?(selected|successful|shortlisted|chosen|picked|accepted|invited|progressed|appointed|offered|taken forward)\\b",
    { isConditional: true },
  ),
  rule(
    strong,
    "(\\bnot|n't)\\s+(been\\s+)?(the|a)\\s+(successful|selected|chosen)\\s+(candidate|applicant)\\b",
    { isConditional: true },
  ),
  rule(
    strong,
    '\\b(been|was|were|is|are|be|application|candidacy)\\s+(deemed\\s+|considered\\s+)?unsuccessful\\b|\\bunsuccessful (on this occasion|this time)\\b',
    { isConditional: true },
  ),
  rule(
    strong,
    "\\b(application|candidacy|candidature)\\b[^.]{0,50}?\\b(will\\s+not|won't|has\\s+not|hasn't|didn't|did\\s+not|was\\s+not|is\\s+not|has\\s+not\\s+been)\\s+(be\\s+|been\\s+)?(progress|proceed|move|advance|go|succeed|selected|taken|successful)\\w*",
    { isConditional: true },
  ),
  rule(
    strong,
    "(\\bnot|n't|\\bno longer)\\s+((be|been|going to)\\s+)*(a|the|an?\\s+)?\\s*(right|best|strong|strongest|close|closest|good|great|suitable|mutual)?\\s*(\\w+\\s+)?(fit|match)\\b(?![^.]{0,20}\\?)",
    { isConditional: true },
  ),
  rule(
    strong,
    "\\b(don't|do not|didn't|did not)\\s+see\\s+(a\\s+|the\\s+)?(\\w+\\s+){0,2}(fit|match|next step|way forward)\\b",
  ),
  rule(
    strong,
    "\\b(don't|do not|didn't|did not)\\s+(think|feel|believe)\\b[^.]{0,60}\\b(is|are|was|would be)\\s+(the\\s+|a\\s+)?(right|good|strong|best|close|suitable)\\s+(fit|match)\\b",
  ),
  rule(
    strong,
    '\\b(applications|candidacy|application)\\b[^.]{0,50}?\\b(has|have|was|is)\\s+(also\\s+|now\\s+)?(been\\s+)?(closed|withdrawn|ended|archived)\\b',
  ),
  rule(
    strong,
    '\\bno\\s+longer\\s+(be\\s+)?(being\\s+)?(considered|under consideration|in consideration|in the running|part of the process)\\b',
  ),
  // The application, the role or the offer is closed.
  rule(
    strong,
    '\\b(position|role|vacancy|opening|job|post|requisition|places|positions)\\s+(has|have|was|were)\\s+(now\\s+|recently\\s+)?(been\\s+)?(filled|closed|cancel+ed|withdrawn)\\b',
  ),
  rule(
    strong,
    "\\b(we('ve| have)|have|we)\\s+(now\\s+)?(filled|closed)\\s+(the|this|that)\\s+(role|position|vacancy|opening|post)\\b",
  ),
  rule(
    strong,
    '\\b(decided to fill|fill(ed)? the (position|role|vacancy) internally|not to fill (this|the) (vacancy|role|position))',
  ),
  rule(
    strong,
    '\\b(cancel|cancelled|canceled|close|closed)\\s+(this|the)\\s+(role|requisition|position|vacancy|opening|search)\\b[^.]{0,80}\\b(application|candidacy)\\b',
  ),
  rule(strong, '\\b(close|closing|closed)\\s+(your|this)\\s+(application|candidacy)\\b'),
  rule(
    strong,
    '\\b(stop|end|close|conclude|bring)\\s+(the|this|your)\\s+(process|application|candidacy)\\s+(here|to an end)\\b|\\bleave it there\\b',
  ),
  // Withdrawing an offer ends the application whatever the reason (a freeze, a budget).
  rule(defining, '\\b(withdraw|rescind|retract)\\w*\\s+(the|our|your)\\s+offer\\b'),
  rule(
    strong,
    '\\b(extend\\w*|made|make|making)\\s+(an\\s+)?offer\\s+(out\\s+)?to\\s+(a|another|the other|other|someone|an internal)\\b',
  ),
  rule(
    strong,
    "\\b(not going to work out|didn't work out|won't work out|(going to|decided to|have to|will) pass\\b|hold off on (taking|moving|progressing) you)",
  ),
  rule(strong, '\\bregret\\s+to\\s+(inform|tell|let you know|advise)\\b'),
  rule(medium, '\\bregret that\\b'),
  // Politeness that comes with bad news, never enough alone.
  rule(
    medium,
    '\\b(wish|wishing)\\s+you\\s+(the\\s+)?(very\\s+)?(best|every success|success|luck|all the best)\\b',
  ),
  rule(
    medium,
    '\\b(keep|kept|retain|hold|hang on to)\\s+your\\s+(cv|resume|résumé|details|profile|information|application)\\s+on\\s+file\\b',
  ),
  rule(weak, "\\b(unfortunately|sadly|regrettably|i am sorry to|i'm sorry to|i'm afraid)\\b"),
  rule(weak, '\\b(difficult|tough|hard)\\s+(decision|call)\\b'),
];
