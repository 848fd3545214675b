import type { PhraseRule } from './phrase-rule.js';

const insult =
  '(unfair|unjust|ridiculous|absurd|outrageous|disgraceful|insulting|pathetic|unprofessional|disrespectful|shameful|appalling|laughable|a joke|a farce|a sham|a mess|a shambles|a disaster|rigged|biased|incompetent|clueless|amateurish|useless|terrible|horrible|awful|disgusting|shocking|scandalous|unacceptable|rude|thoughtless|inconsiderate|careless|callous|insensitive|tactless|hurtful|unkind)';

export const angerRules: PhraseRule[] = [
  {
    id: 'anger-judgement',
    category: 'anger_blame',
    severity: 'error',
    message:
      'This calls the decision or the people unfair or worse. It will be the one line they remember, and it closes the door.',
    suggestion:
      'Leave the judgement out. If you want to say something about the decision, "I was disappointed, but I understand" is honest and keeps the door open.',
    patterns: [
      new RegExp(
        `\\b(this|that|it|the|your|whole|entire|hiring|interview|recruitment|selection|decision|process|treatment|way)\\b[^.!?\\n]{0,40}\\b(is|was|are|were|been|feels?|seems?|felt|seemed|sounds?)\\s+(so\\s+|very\\s+|really\\s+|totally\\s+|completely\\s+|utterly\\s+|frankly\\s+|honestly\\s+|just\\s+|quite\\s+|extremely\\s+|incredibly\\s+|absolutely\\s+)*${insult}\\b`,
        'i',
      ),
      new RegExp(
        `\\b(how|so|such an?|what an?|totally|completely|utterly|absolutely|frankly|extremely|incredibly)\\s+${insult}\\b`,
        'i',
      ),
      /\b(unfair(ly)?|unjust(ly)?|discriminat\w*|rigged)\b/i,
      /\bnot (fair|right|ok(ay)?|acceptable|professional)\b(?![^.!?\n]{0,30}\b(to|for|of) (you|your|the team|me|ask|expect|take|burden|impose|keep|bother)\b)/i,
    ],
    isNegatable: true,
    unless:
      /\b(fair enough|completely fair|perfectly fair|totally fair|was fair|is fair|seems fair|a fair)\b|\b(timing|time|moment|fit|match|role for me)\b[^.!?\n]{0,20}\bnot (quite )?right\b/i,
  },
  {
    id: 'anger-disbelief',
    category: 'anger_blame',
    severity: 'error',
    message: 'Disbelief and outrage read as an accusation, even when they come from hurt.',
    suggestion: 'Take a few hours before sending, then write what you are grateful for instead.',
    unless:
      /\b(how much|how (fast|quickly|many|lucky|great|fun|kind|generous|helpful|well)|enjoy\w*|grateful|lucky|fun|amazing|wonderful|fantastic|learn\w*|exciting|impressive|interesting)\b/i,
    patterns: [
      /\b(i\s+)?(can't|cannot|could not|couldn't|can not)\s+believe\b/i,
      /\bunbelievable\b/i,
      /\bhow dare\b/i,
      /\b(i am|i'm|i was|i feel|i felt|i'm honestly|i am honestly)\s+(so\s+|very\s+|really\s+|absolutely\s+|quite\s+|extremely\s+)?(furious|livid|angry|outraged|disgusted|insulted|appalled|offended|fed up|sick and tired|pissed)\b/i,
      /\b(sick|tired) of\b[^.!?\n]{0,30}\b(companies|recruiters|you|this|being)\b/i,
      /\bwhat a (joke|waste|farce|disgrace)\b/i,
    ],
    isNegatable: true,
  },
  {
    id: 'anger-blame',
    category: 'anger_blame',
    severity: 'error',
    message:
      'This blames them for how it went. Whatever happened, it will not change the decision and it can follow you.',
    suggestion: 'Leave out what they did wrong. Thank them for their time and keep it short.',
    patterns: [
      /\b(wasn't|was not|weren't|were not)\s+given\s+a\s+(fair|proper|real|genuine)\s+(chance|hearing|shot|go)\b/i,
      /\bdidn't give me a (fair|proper|real) (chance|hearing|shot)\b/i,
      /\b(got|get|had)\s+(this|it|that)\s+(one\s+)?(completely\s+|totally\s+|badly\s+)?wrong\b/i,
      /\b(the|your|second|first|other|one|last)?\s*(interviewers?|panel(lists)?|recruiters?|hiring managers?|team lead)\s+(seemed|was|were|looked|sounded)\s+(\w+\s+)?(distracted|cold|rude|bored|uninterested|disinterested|hostile|unprepared|arrogant|dismissive|condescending|late)\b/i,
      /\b(chaos|chaotic|circus|shambles|shambolic|a mess|mess of a)\b/i,
      /\bget (their|your) act together\b/i,
      /\b(waste[ds]?|wasting)\s+(of\s+)?(my|our)?\s*(precious\s+)?time\b/i,
      /\byou\s+(never|didn't even|did not even|couldn't even|could not even|failed to|clearly didn't|obviously didn't|didn't bother|did not bother|don't care|do not care|ignored|misled|strung me along|led me on|ghosted)\b/i,
      /\b(nobody|no one|none of you)\s+(bothered|cared|listened|read|even)\b/i,
      /\b(your|the)\s+(interviewers?|recruiters?|hiring manager|hr|panel|team|company)\s+(was|were|is|are|seemed|seems)\s+(so\s+|very\s+|clearly\s+|obviously\s+)?(rude|unprepared|arrogant|condescending|clueless|incompetent|dismissive|disorganised|disorganized|unprofessional|late|distracted|biased)\b/i,
      /\b(treated|handled)\s+(me|candidates|applicants|people)\s+(badly|poorly|terribly|like)\b/i,
      /\bshould be ashamed\b/i,
      /\byou people\b/i,
    ],
    isNegatable: true,
  },
  {
    id: 'anger-exclamations',
    category: 'anger_blame',
    severity: 'error',
    message: 'A run of exclamation or question marks reads as shouting.',
    suggestion: 'One full stop says it calmly.',
    patterns: [/[!?]*![!?]*!+[!?]*|\?{2,}/],
    replacement: '.',
  },
];
