import type { Cue } from './cue.js';
import { defining, medium, strong, weak } from './cue.js';

/** Who the employer chose instead: "other candidates", "someone whose…", "an internal applicant". */
const others =
  '(other|another|a different|an internal|more experienced|stronger|more senior|alternative)\\s+(\\w+\\s+)?(candidates?|applicants?|people|person|profiles?|finalists?|chefs?|hires?|move)';
// "a small group of applicants", "folks whose background…": a group chosen instead of you.
const group =
  '(a|the)\\s+((small|select|limited|short|few)\\s+)?(group|number|pool|shortlist|handful|few)\\s+of\\s+(other\\s+)?(candidates|applicants|people|profiles)|(people|folks|those|profiles?|talents?)\\s+(whose|who|with|that|from)\\b';
const someone = `(someone|somebody|${others}|${group}|(another|a different|other) (?!round|stage|step|interview|call|time|date|slot)\\w+|others|a candidate|candidates|applicants|one of the other \\w+|them|him|her)`;

// "moved to the next step of the process with other candidates": the step others take.
const nextStep =
  '((on\\s+)?(to|into)\\s+the\\s+next\\s+(step|stage|round|phase)(\\s+(of|in)\\s+(our|the|their)\\s+(\\w+\\s+)?process)?\\s+|(in|through)\\s+(the|our|their)\\s+(\\w+\\s+)?process\\s+)?';

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
    `\\b(go|going|went|gone|move|moving|moved|proceed\\w*|continu\\w*|progress\\w*|pursu\\w*|carry on|go ahead|going ahead)\\s+(ahead\\s+|forward\\s+|on\\s+)?(the process\\s+)?${nextStep}with\\s+${someone}`,
    { isConditional: true },
  ),
  rule(
    strong,
    `\\b(picked|chosen|chose|choose|selected|select|hired|hiring|hire|appointed|appoint|identified|progressing|progress|pursue|pursuing|pursued|moving forward with|prioriti[sz]\\w*|focus\\w*\\s+on|take forward|taking forward)\\s+(with\\s+)?(an?\\s+|the\\s+)?${others}`,
    { isConditional: true },
  ),
  rule(
    strong,
    '\\b(selected|chosen|picked|hired|hiring|appointed|appoint|pursue|pursuing|focus\\w* on|take forward|(chosen|decided|selected) to (interview|meet|invite|progress|take forward))\\s+(candidates|applicants|someone|somebody|people|a candidate|others)\\s+(whose|who|with|that|from within)\\b',
  ),
  rule(strong, `\\b${others}\\s+(whose|who|that|with|the better)\\b`),
  // "We feel that other applicants are a better match."
  rule(
    strong,
    '\\b((the\\s+)?other|another)\\s+(candidates?|applicants?|profiles?)\\s+((are|were|was|is|seemed?|who are|that are|who were)\\s+)?(a\\s+)?(better|closer|stronger|more (closely|suitable|aligned|experienced|qualified))\\b|\\bothers\\s+(are|were)\\s+(a\\s+)?(better|closer|stronger)\\b',
  ),
  rule(
    strong,
    "\\b(we('ve| have)|has|have)\\s+(now\\s+)?(made a hire|hired (someone|somebody|a candidate)|appointed (to (the|this) (role|post|position)|someone|somebody|a candidate))\\b",
  ),
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
  rule(
    strong,
    "\\bnot\\s+(among|one of)\\s+(those|the (candidates|applicants|people))\\b|\\b(you are|you're|you were|your (application|name|cv) (is|was))\\s+(unfortunately\\s+|sadly\\s+)?not\\s+(in|among|part of|on)\\s+(this|the|that|our)\\s+(group|shortlist|selection|list|final selection)\\b",
    { isConditional: true },
  ),
  // A step forward, negated: "we won't be taking your application further".
  rule(
    strong,
    "(\\bnot|n't|\\bunable to|\\bno longer)\\s+((be|to|going to|able to|in a position to|one|something|anything|we|that we|can|could|are able to)\\s+)*(mov\\w*|progress\\w*|proceed\\w*|go\\w*|advanc\\w*|continu\\w*|tak\\w*|carry\\w*|bring\\w*|push\\w*)\\s+((it|this|that|them|you|yours|things|this one|your \\w+|with your \\w+|with you)\\s+)?(forward|further|ahead|on|to (the )?(next|interview|final) (stage|round|step)s?)\\b",
    { isConditional: true },
  ),
  rule(
    strong,
    "\\b(won't|will not|unable to|not able to|cannot|can't|could not|couldn't|(are|were|aren't)?\\s*not in a position to)\\s+(be\\s+)?(able\\s+to\\s+)?(further\\s+|\\w+ly\\s+)?(mov\\w*|progress\\w*|proceed\\w*|advanc\\w*|continu\\w*|consider\\w*|invit\\w*|offer\\w*|tak\\w*|extend\\w*)\\s+(you|your|with you|with your|with the hiring|with the (application|candidacy|process)|forward|further|ahead|yours|it further|this further|an offer|a place|the (role|position|job|post)|with (this|that|the) (application|candidacy|process)|with (it|this|that|them)(?=\\s*[.,;!]))\\b",
    { isConditional: true },
  ),
  rule(
    strong,
    "(\\bnot|n't|\\bno longer)\\s+((be|been|going to|to)\\s+)*(pursu|continu|progress|proceed|mov|tak|consider|offer|invit|shortlist|arrang|schedul|extend|mak)\\w*\\s+(forward\\s+)?(with\\s+)?(you|your|yours|an offer|you an offer|you to|(an?|the)\\s+(\\w+\\s+)?interview)\\b",
    { isConditional: true },
  ),
  rule(
    strong,
    '\\b(decided|chosen|chose|opted|elected|made (the|a|this) (\\w+ )?decision|decision (was|has been) made)\\s+not\\s+to\\b',
    {
      isConditional: true,
    },
  ),
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
  // "You do not meet the minimum requirements", "your experience doesn't quite align".
  rule(
    strong,
    "\\b(do|does|did)\\s*(not|n't)\\s+(quite\\s+|fully\\s+)?(meet|match|align\\s+with|fit)\\s+((with\\s+)?(the|all|our|some of (the|our))\\s+)?(\\w+\\s+)?(requirements|criteria|qualifications|needs|requisites)\\b|\\b(experience|background|profile|skills|qualifications)\\s+(doesn't|does not|didn't|did not)\\s+(quite\\s+|fully\\s+)?(align|match|meet|fit)\\b",
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
    '\\b(applications|candidacy|application)\\b[^.]{0,50}?\\b(has|have|was|is)\\s+(also\\s+|now\\s+)?(been\\s+)?(closed|withdrawn|ended|archived|declined|rejected|turned down)\\b',
  ),
  rule(
    strong,
    '\\bno\\s+longer\\s+(be\\s+)?(being\\s+)?(considered|under consideration|in consideration|in the running|part of the process)\\b',
  ),
  // An applicant-tracking status set to a final value: a status, even in quotation marks.
  rule(
    defining,
    '\\bstatus\\b[^.\\n]{0,100}?\\b(updated|changed|moved|set)\\s+to\\s*:?\\s*["“\']?\\s*(not selected|not moving forward|no longer (under consideration|being considered|in consideration)|rejected|declined|unsuccessful|not proceeding|not progressing)\\b',
    { evenQuoted: true },
  ),
  // The application, the role or the offer is closed.
  rule(
    strong,
    '\\b(position|role|vacancy|opening|job|post|requisition|places|positions)\\s+(has|have|was|were)\\s+(now\\s+|recently\\s+|since\\s+|already\\s+)?(been\\s+)?(filled|closed|cancel+ed|withdrawn)\\b',
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
  rule(
    strong,
    '\\b(position|role|vacancy|opening|job|post)\\s+((that\\s+)?you\\s+applied\\s+(for|to)\\s+)?(is|are)\\s+(now\\s+)?(filled|taken|no longer (available|open|active))\\b',
    // "deleted six months after the position is filled" is a time, not news.
    {
      isConditional: true,
      unlessAfter: /\b(after|until|before|once|when|by the time)\s+(the\s+|this\s+|that\s+)?$/i,
    },
  ),
  // "We have selected a candidate", "we don't have a position that matches your experience".
  rule(
    strong,
    "\\b(we('ve| have)|has|have)\\s+(now\\s+)?(selected|chosen|hired|appointed|found|identified)\\s+(a|the|our)\\s+(successful\\s+|preferred\\s+|final\\s+|strong\\s+)?(candidate|applicant|person|hire)\\b(?!\\s+(for|to)\\s+(the|an?|our)\\s+(interview|next|second|final))",
  ),
  rule(
    strong,
    "\\b(do not|don't|did not|didn't|does not|doesn't)\\s+(currently\\s+)?have\\s+(a|an|any)\\s+(\\w+\\s+)?(position|role|opening|vacancy|opportunity|opportunities|job)s?\\s+(that|which)\\s+(\\w+\\s+){0,2}(match|matches|fit|fits|align|aligns|suit|suits)\\b",
  ),
  // "You did not pass this time": a test or a stage not passed.
  rule(
    strong,
    "\\b(you|your (application|solution|test|submission|results?|answers))\\s+(did not|didn't|have not|haven't|has not|hasn't|could not|couldn't)\\s+(pass|succeed|qualify)\\b",
    { isConditional: true },
  ),
  // "Not aligned with our needs", "not the right candidate", "did not make it to the next round".
  rule(
    strong,
    "(\\bnot|n't)\\s+(closely\\s+|fully\\s+|quite\\s+|well\\s+|sufficiently\\s+)?(aligned|suited|matched)\\s+(with|to|for)\\b|(\\bnot|n't)\\s+(quite\\s+)?(the|a)\\s+(right|best|ideal|strongest|suitable|successful)\\s+(candidate|applicant|person|choice)\\b",
    { isConditional: true },
  ),
  rule(
    strong,
    "\\b(did not|didn't|has not|hasn't|have not|haven't|will not|won't)\\s+(make it|get|advance|go|progress|move)\\s+(through\\s+|forward\\s+|on\\s+)?(to|into)\\s+the\\s+(next|following|final|interview)\\s+(round|stage|step|phase)",
    { isConditional: true },
  ),
  rule(
    strong,
    "\\bwe('re| are| were)?\\s+(not|no longer)\\s+interested\\s+in\\s+(proceed|mov|pursu|progress|tak|continu)\\w*|\\b(decided|chosen|chose|opted)\\s+to\\s+(keep|continue)\\s+(looking|searching|our search|the search)\\b",
    { isConditional: true },
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
  // "We regret to inform you that we cannot give individual feedback" is about replies.
  rule(
    strong,
    '\\bregret\\s+to\\s+(inform|tell|let you know|advise)\\b(?![^.]{0,100}\\b(individual|individually|each applicant|every applicant|all applicants|personal(ly)? (feedback|response|reply))\\b)',
  ),
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
