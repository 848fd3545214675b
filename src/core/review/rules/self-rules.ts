import type { PhraseRule } from './phrase-rule.js';

export const selfRules: PhraseRule[] = [
  {
    id: 'defensive-feedback',
    category: 'defensive',
    severity: 'warning',
    message:
      'Arguing with feedback makes people regret giving it; they are unlikely to share more.',
    suggestion:
      'Thank them and say what you take from it: "Thank you, that is useful. I will work on explaining my trade-offs more clearly."',
    patterns: [
      /\byou\s+(mention|mentioned|said|say|wrote|note|noted|suggest|suggested|claim|say that)\b[^.!?\n]{0,80}\bbut\s+(i|my|i've|i'd|that)\b/i,
      /\bi\s+(don't|do not|can't|cannot)\s+(accept|recognise|recognize|agree)\b/i,
      /\b(i'd|i would|let me)\s+(gently\s+|just\s+)?(point out|clarify|correct)\b/i,
      /\bi\s+(wasn't|was not)\s+(nervous|unprepared|rude|late|rushed|arrogant|quiet|vague|confused)\b/i,
      /\b(assessment|feedback|comment|conclusion|impression|evaluation|statement|point|claim|remark)\s+(is|was)\s+(simply\s+|just\s+|completely\s+|totally\s+|factually\s+)?(incorrect|untrue|inaccurate|wrong|mistaken|unfounded|unfair|not (accurate|correct|true|fair))\b/i,
      /\bi\s+beg\s+to\s+differ\b/i,
      /\banyone would have (struggled|failed|done the same)\b/i,
      /\b(that's|that is|this is|this was|that was|it's|it is|it was)\s+(simply\s+|just\s+|really\s+|completely\s+|totally\s+)?(not (true|accurate|correct|what happened)|incorrect|untrue|inaccurate|wrong|false|mistaken)\b/i,
      /\b(i\s+)?(strongly\s+|respectfully\s+|completely\s+|totally\s+)?(disagree|don't agree|do not agree)\b/i,
      /\b(you|the (interviewer|panel|team))\s+(must have\s+)?(misunderstood|misread|misheard|missed|overlooked|didn't listen|did not listen|weren't listening|didn't understand|did not understand|didn't notice|did not notice|got it wrong)\b/i,
      /\bwith all (due )?respect\b/i,
      /\bin my (own )?defen[cs]e\b/i,
      /\bi\s+(did|clearly|definitely|actually|certainly)\s+(did\s+)?(explain|answer|mention|show|demonstrate|cover|address|talk about|discuss)\w*\b(?![^.!?\n]{0,40}\b(more|better|clearly enough|next time)\b)/i,
      /\b(your|the|this)\s+(feedback|assessment|evaluation|impression|conclusion)\s+(is|was|seems|seemed)\s+(wrong|incorrect|inaccurate|unfair|mistaken|off|false|not accurate|not correct)\b/i,
      /\bthe (question|task|exercise|test|assignment) was\s+(unclear|badly written|poorly worded|unfair|confusing|ambiguous)\b/i,
      // Pushing back politely: "For the record, I did…", "you may have misjudged…".
      /\bfor the record\b|\bto be fair to (myself|me)\b|\bin fairness to (myself|me)\b/i,
      /\b(you|the (interviewer|panel|team|assessor))\s+(may|might|must|could)\s+have\s+(misjudged|underestimated|misread|mischaracteri[sz]ed|undersold|got the wrong impression|missed|overlooked|misunderstood)\b/i,
      /\b(feedback|assessment|comments?|evaluation|impression|notes|summary|score|rating)\b[^.!?\n]{0,20}\b(doesn't|does not|didn't|did not|don't|do not)\s+(quite\s+|really\s+|fully\s+|accurately\s+)?(reflect|match|capture|do justice|represent|square with)\b/i,
      /\b(mark|marked|marking|ding|dinged|penali[sz]\w*|fault\w*|criticis\w*|criticiz\w*)\s+(me\s+)?(down\s+)?for\b[^.!?\n]{0,40}$|\b(odd|strange|unfair|harsh)\s+to\s+(mark|ding|penali[sz]e|fault|criticise|criticize|judge)\b/im,
      /\b(the brief|the task|the question|the instructions|the exercise|nobody|no one)\s+(didn't|did not|never)\s+(ask|say|mention|specify|require)\w*\b/i,
      /\bi\s+(was|am|'m)\s+(being\s+|simply\s+|just\s+|actually\s+|merely\s+)*\w+,?\s+not\s+(vague|rude|arrogant|unprepared|nervous|rambling|slow|evasive|defensive|disorgani[sz]ed|unclear|negative|inexperienced)\b/i,
      /\b(harsh|unfair|uncharitable|ungenerous|narrow|selective|one-sided|severe)\s+(reading|interpretation|take|view|assessment|judge?ment|conclusion|characteri[sz]ation|summary)\b/i,
      /\b(nobody|no one|no-one|anybody|anyone)\s+could\s+(have\s+)?(\w+\s+){0,4}(in|within)\s+(\w+|\d+)\s+(minutes|hours|mins)\b/i,
      /\b(surprised|puzzled|confused|baffled|taken aback)\s+(by|at|about)\s+(the|your)\s+(comment|feedback|remark|note|point|assessment|suggestion|observation)\b/i,
    ],
    isNegatable: false,
    unless:
      /\b(i agree|fair point|you're right|you are right|that's fair|that is fair|makes sense|i see)\b/i,
  },
  {
    id: 'self-deprecation',
    category: 'self_deprecation',
    severity: 'warning',
    message:
      'Putting yourself down is not true to what you offer, and it is what the reader will remember about you.',
    suggestion:
      'Say what you will work on instead: "I will keep building my skills in system design."',
    patterns: [
      /\bnot\s+(really\s+)?(\w+\s+)?material\b/i,
      /\bnot cut out (for|to)\b/i,
      /\b(the\s+)?worst\s+(candidate|applicant|interviewee|interview)\b/i,
      /\b(nobody|no one)\s+ever\s+(picks|chooses|hires|wants|selects)\b/i,
      /\bsays more about me\b/i,
      /\b(i'm|i am|i feel)\s+(just\s+|simply\s+|probably\s+|really\s+|clearly\s+|honestly\s+|so\s+)*(useless|hopeless|worthless|stupid|dumb|a failure|a fraud|not good at anything)\b/i,
      /\b(stop|quit)\s+(wasting|bothering)\s+(recruiters'|your|people's|everyone's|companies')\b/i,
      /\bwhy (i|anyone) (even )?(thought|think|bother)\b/i,
      /\b(i'm|i am|i was|i wasn't|i was not|i'm not|i am not|i'll never be|i will never be)\s+(just\s+|probably\s+|clearly\s+|obviously\s+|simply\s+|really\s+)?(not\s+)?(good|smart|qualified|talented|clever|skilled|experienced)\s+enough\b/i,
      /\b(i'm|i am|i feel like|i feel)\s+(such\s+|a\s+|so\s+|just\s+|probably\s+|a total\s+|a complete\s+|an?\s+)*(failure|loser|idiot|fool|fraud|impostor|imposter|disappointment|disaster|mess|stupid|useless|hopeless|worthless|dumb|incompetent|pathetic|a joke)\b/i,
      /\b(nobody|no one|no company)\s+(will|would|is going to)\s+(ever\s+)?(hire|want|choose)\s+me\b/i,
      /\bi('ll| will)\s+never\s+(get|find|land|be good|make it|succeed)\b/i,
      /\bi\s+(completely|totally|really|clearly|obviously)?\s*(blew|messed|screwed|ruined|bombed|botched|choked|failed)\s*(it|up|the interview|everything|my chance|miserably)?\b/i,
      /\b(sorry|apologi[sz]e)\s+(for|that)\b[^.!?\n]{0,30}\b(wasting your time|not being good enough|wasn't good enough|disappointing you|my poor|my bad|my terrible|being so)\b/i,
      /\b(i knew|i always knew)\b[^.!?\n]{0,30}\b(wasn't|was not|never|wouldn't|would not)\b/i,
      /\b(so|deeply|really|utterly|completely|totally|very)\s+(embarrassed|ashamed|humiliated)\b|\bashamed of myself\b|\bhumiliat(ed|ing)\b/i,
      // Quieter ways of putting oneself down: "too old for this", "always the runner-up".
      /\b(i'm|i am|i was|i'll always be|i will always be)\s+(probably\s+|just\s+|clearly\s+|simply\s+|obviously\s+|now\s+)*(too old|too slow|past it|over the hill|behind everyone|a has-been|a lost cause)\b/i,
      /\b(always|forever)\s+(be\s+)?(the\s+)?(runner-up|second best|second choice|bridesmaid|backup|also-ran)\b/i,
      /\b(so\s+|far\s+|way\s+|miles\s+)(above|beyond)\s+(me|my (level|league|pay grade))\b|\bout of my (league|depth)\b/i,
      /\b(places|companies|people|employers|everyone|no one|nobody|jobs)\s+(that\s+|who\s+)?(didn't|did not|don't|do not|never)\s+want(ed)?\s+me\b/i,
      /\b(good at|skills|talents|abilities|strengths)\b[^.!?\n]{0,30}\b(isn't|is not|aren't|are not)\s+(much|many|a lot)\b/i,
    ],
    isNegatable: false,
    unless: /\b(don't think i'm|do not think i am|not a failure|no failure)\b/i,
  },
  {
    id: 'repeated-followup',
    category: 'repeated_followup',
    severity: 'error',
    message:
      'This is more than one follow-up. A second nudge tends to close doors; silence after one polite follow-up is an answer to accept.',
    suggestion:
      'Let this one rest. If they write back, thank them; otherwise, put the energy into your next application.',
    patterns: [
      /\b(reminder|follow[- ]?up|nudge|ping)\s*(no\.?|#)\s*\d+/i,
      /\b(asking|writing|following up)\s+(once more|again)\b/i,
      /\bagain\s+(last|on|this)\s+(week|monday|tuesday|wednesday|thursday|friday|month)\b/i,
      /\b(second|third|fourth|fifth|2nd|3rd|4th|5th)\s+(time|follow[- ]?up|reminder|email|e-mail|message|attempt|note|try|nudge)\b/i,
      /\b(another|yet another|one more|one last|final|last)\s+(follow[- ]?up|reminder|nudge|attempt)\b/i,
      /\b(following up|writing|reaching out|checking in|chasing)\s+(again|once again|once more|yet again|for the (second|third|fourth|last) time)\b/i,
      /\bas\s+i\s+(have\s+)?(already\s+)?(mentioned|asked|wrote|said|requested|emailed)\s+(before|previously|earlier|several times|twice|multiple times|many times|last week|in my (last|previous|earlier) (emails|messages))\b/i,
      /\bi('ve| have)\s+(already\s+)?(written|emailed|messaged|reached out|asked|followed up|contacted you)\s+(several|multiple|many|two|three|four|\d+|a few|a couple of)\s+times\b/i,
      /\b(still|yet)\s+(haven't|have not|not)\s+(heard|received|had)\b[^.!?\n]{0,40}\b(again|despite|after (my|several|two|three|multiple))\b/i,
      /\bthis is my (second|third|fourth|\d+(st|nd|rd|th))\b/i,
      /\b(my|the)\s+(previous|earlier|last)\s+(two|three|several|few)?\s*(follow[- ]?ups|reminders|emails)\b/i,
    ],
    isNegatable: true,
    unless:
      /\b(second (round|interview|stage)|another (role|position|opening)|one more (thing|question))\b/i,
  },
];
