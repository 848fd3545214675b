import type { PhraseRule } from './phrase-rule.js';

// Anger that keeps its voice down: "I expected better", "it would have been courteous",
// "a sour taste", "I'm not sure how anyone could…". No insult in sight, yet each one tells
// them they fell short, and that is what they will remember.

const staff =
  '(you|your (team|company|recruiters?|interviewers?|panel|hiring manager|hr|process)|the (team|company|recruiters?|interviewers?|panel|hiring manager|hr|process)|they|anyone|someone|nobody|no one|a company)';

export const grievanceRules: PhraseRule[] = [
  {
    id: 'quiet-grievance',
    category: 'anger_blame',
    severity: 'error',
    message:
      'This tells them they fell short, even though it is said quietly. It will be the line they remember, and it cannot change the decision.',
    suggestion:
      'Leave the complaint out of this reply. If it matters, talk it over with someone you trust first. "Thank you for letting me know" keeps the door open.',
    patterns: [
      // Expectations they failed: "I expected better from a company like yours".
      /\bi\s+(had\s+)?(expected|expect|hoped for)\s+(better|more)\s+(from|of)\s+(?!myself)/i,
      // Counterfactual etiquette: "it would have been courteous to…", "you could at least have…".
      /\b(would|could|might)\s+have\s+been\s+(more\s+)?(courteous|polite|decent|professional|respectful|considerate|fairer|kinder|common courtesy)\b/i,
      /\b(would|could|might)\s+have\s+been\s+(nice|good|helpful|fair|better)\s+(to\s+(be told|hear|know|have known|get|receive|have had)|if\s+(you|someone|somebody|anyone|they))\b/i,
      /\b(it's|it is|what)\s+a\s+(shame|pity)\s+(that\s+)?(you|nobody|no one|the|your|they|i was|i had)\b/i,
      /\b(find it |it's |it is )?hard to believe\s+(that\s+)?(anyone|you|they|someone|the (panel|team|interviewers?)|my (application|cv|portfolio|work))\b/i,
      // How it was handled: "badly run", "the way this was handled was disappointing".
      /\b(badly|poorly|terribly|shoddily|sloppily|shabbily|appallingly)\s+(run|managed|handled|organi[sz]ed|communicated|treated|planned|done|conducted)\b/i,
      /\b(disappoint\w*|unhappy|upset|dismayed|saddened|let down)\s+(in|with|by|at)\s+(how|the way|your|you\b|the (team|company|process|recruiter|panel|handling|communication|treatment))/i,
      /\b(the way|how)\s+(this|it|the process|my (application|candidacy|interview)|i was|candidates were|we were)\s+(was\s+|were\s+|has been\s+|had been\s+)?(handled|managed|run|treated|communicated)\b[^.!?\n]{0,40}\b(disappoint\w*|poor|unacceptable|unprofessional|not (okay|ok|good|great|acceptable))/i,
      /\b(dissatisf\w*|displeasure)\b/i,
      /\bhow little\s+(consideration|thought|care|effort|attention|respect|time|regard|interest)\b/i,
      /\b(poor|shabby|shoddy|sorry|bad)\s+(show|form)\b|\bout of order\b|\bnot on\s*[.!]/i,
      /\b(frankly|honestly|genuinely|quite|absolutely|simply)\s+(stunned|shocked|gobsmacked|flabbergasted|astonished|baffled|bewildered|dumbfounded|staggered)\b/i,
      /\b(process|system|approach|hiring|recruitment)\s+(is|was|seems|feels)\s+(completely\s+|totally\s+|fundamentally\s+|clearly\s+)?(broken|flawed|dysfunctional|not fit for purpose)\b/i,
      /\b(kept|left)\s+(me\s+)?(completely\s+)?(in the dark|hanging|dangling)\b/i,
    ],
    isNegatable: true,
    unless: /\b(my own|myself|how (kind|well|smooth|fair|quick|clear|thoughtful)\w*)\b/i,
  },
  {
    id: 'wronged',
    category: 'anger_blame',
    severity: 'error',
    message:
      'This says they treated you badly. Whether or not it is fair, it is the line they will remember, and it cannot change the decision.',
    suggestion:
      'Keep this for someone you trust, not for the reply. "Thank you for letting me know" keeps the door open.',
    patterns: [
      /\b(could|might)\s+(at least|have at least)\b|\b(the|basic|common)\s+(decency|courtesy)\b|\bthe least (you|they|anyone) could\b/i,
      /\b(couldn't|could not|can't|cannot|didn't|did not)\s+(even\s+)?be\s+bothered\b/i,
      /\b(nobody|no one|none of you|no-one)\s+(thought|bothered|cared|took the time|had the (courtesy|decency))\b/i,
      // Doubting their competence: "I'm not sure how anyone could assess…".
      new RegExp(
        `\\b(not sure|don't see|do not see|fail to see|failed to see|struggle to see|hard to see|difficult to see|can't see|cannot see|don't understand|do not understand|can't understand|cannot understand)\\s+how\\s+${staff}\\b`,
        'i',
      ),
      /\bsurely\s+(you|your|they|the (team|company|panel))\b/i,
      /\b(never\s+)?(been|being|was|were|get|got)\s+(never\s+)?treated\s+(so\s+|very\s+|this\s+|that\s+|quite\s+|rather\s+)?(poorly|badly|shabbily|rudely|dismissively|unfairly)\b/i,
      /\b(no way|not the way|not how|is this how|is that how)\s+(to|you|companies|a company)\s+(treat|handle|speak to|talk to)\b/i,
      /\b(promised|assured|told)\s+(me\b)?[^.!?\n]{0,50}\b(never|didn't|did not|still haven't|not once)\b/i,
      // Idioms of being wronged: "a sour taste", "messed around", "a kick in the teeth".
      /\b(sour|bad|bitter|nasty)\s+taste\b|\b(kick|slap)\s+in\s+the\s+(teeth|face)\b|\b(messed|mucked|jerked|pushed|buggered)\s+(me\s+)?around\b|\btaken for a ride\b|\bup the garden path\b/i,
      /\b(take|have|taking)\s+a\s+(hard|long|good|serious)\s+look\s+at\s+(how|your|the way|yourselves)\b/i,
      // A disclaimer that announces the complaint: "I don't want to sound bitter, but…".
      /\b(don't|do not|not)\s+(want|wanting|mean|meaning|trying)\s+to\s+(sound|be|seem|come across as)\s+(\w+\s+)?(bitter|ungrateful|negative|rude|petty|harsh|difficult|like a sore loser)\b|\bno offen[cs]e,?\s+but\b|\bnot one to complain\b/i,
      /\bnot\s+(convinced|sure|persuaded)\s+(that\s+)?(the|you|your|they|anyone)\b[^.!?\n]{0,40}\b(really|properly|actually|genuinely|even|fair)\b/i,
      /\bdespite\s+(how|the way)\b[^.!?\n]{0,40}\b(run|handled|managed|treated|went|organi[sz]ed)\b/i,
      // Their people, described as failing you: "your interviewer was twenty minutes late".
      /\b(your|the)\s+(interviewers?|recruiters?|panel|hiring manager|hr)\b[^.!?\n]{0,30}\b(late|rushed me|rude|dismissive|distracted|unprepared|bored|on (their|his|her) phone|checked (their|his|her) phone|cut me off|interrupted me|talked over me)\b/i,
      /\b(poor|bad|shoddy|sloppy)\s+practice\b|\b(it's|it is|that's|that is)\s+not\s+(great|good|ideal|okay|ok|nice|fair|right)\s+when\b|\bghost(ed|ing)\s+(me|candidates|applicants|people)\b/i,
      /\b(owes?|owed)\s+(its|their|your)?\s*(applicants|candidates|people|me|us)\s+(better|more|an? (explanation|apology|answer|reply))\b/i,
      /\b(struggling|struggle|fail|failing|at a loss)\s+to\s+(understand|see|comprehend)\s+(why|how)\s+(?!i\b|to\b)/i,
      /\bgoal ?posts?\s+(moved|shifted|changed|kept moving|were moved)\b|\bmov(e|ed|ing)\s+the\s+goal ?posts\b|\bchang(e|ed|ing)\s+the\s+(job spec|spec|brief|requirements|criteria|role)\s+(halfway|mid-?way|part-?way|during|after)\b/i,
      /\b(pretty|a bit|rather|quite|really|bit)\s+(rough|much|rich|shabby|poor)\b(?=[^.!?\n]{0,20}[.!?]|$)/i,
      // Doubt and astonishment aimed at them: "I have to question whether your panel read it".
      /\b(have to|must|would|can't help but|i)\s+question\s+(whether|if|how|why)\b|\bi\s+doubt\s+(whether|if)\s+(you|your|the|anyone)\b/i,
      /\b(find it|it's|it is)\s+(remarkable|extraordinary|astonishing|staggering|baffling|odd|strange|telling|disappointing|concerning|worrying|sad)\s+that\b[^.!?\n]{0,60}\b(no|not|never|nobody|no one|without|lack|didn't|doesn't|hasn't|can't|couldn't|won't)\b/i,
      /\bnot\s+once\s+(did|was|has|have|had)\b|\bnever\s+once\b|\btreated\s+better\s+by\b/i,
      /\bfelt\s+(like|more like)\s+(an?\s+)?(interrogation|ambush|trap|trial|grilling|cross-examination|box-ticking exercise|formality|conveyor belt)\b|\b(contradictory|conflicting|inconsistent|misleading)\s+(information|messages|instructions|answers|signals|advice)\b/i,
      /\b(unreasonable|excessive|too much)\s+to\s+(ask|expect|demand)\s+(of|from)\b|\b(a|the)\s+(complete\s+|total\s+|real\s+|striking\s+)?lack\s+of\s+(care|respect|communication|courtesy|professionalism|transparency|consideration|organi[sz]ation)\b/i,
      /\b(meant|means|mean)\s+nothing\s+to\s+(you|them|your)\b|\b(promises?|word|assurances?)\b[^.!?\n]{0,30}\b(worth (very )?little|worth nothing|meant nothing|empty|hollow)\b|\bbeggars belief\b/i,
      /\b(i was|i've been|i have been|i felt|i feel i was|i feel i've been)\s+(\w+\s+)?(misled|lied to|deceived|strung along|played|taken advantage of|mistreated)\b|\b(preach|preaches|preached|claims?|talks? about|prides? (themselves|itself) on)\b[^.!?\n]{0,40}\b(practi[sc]e (it|a bit|some)|live up to|walk the walk)\b/i,
      /\b(not|n't)\s+(fine|okay|ok|happy|comfortable)\s+with\s+(how|the way|this|what)\b(?!\s+i\b)/i,
      /\b(?<=^|[.!?\n]\s*)(poor|shocking|unacceptable|disgraceful|pathetic|appalling|shameful|sloppy|rude|terrible|awful|dreadful|ridiculous|absurd|typical)\s*[.!]+(?=\s|$)/im,
      /\b(i'm|i am|i was|i'm honestly|i am honestly)\s+(\w+\s+)?(gobsmacked|flabbergasted|dumbfounded|staggered|speechless)\b|\bradio silence\b|\bnot overflowing with\b|\bbeneath\s+(a company|you|your|an organi[sz]ation|a firm)\b/i,
      /\b(didn't|did not)\s+appreciate\s+(the|your|being|how|that|his|her|their)\b|\bexpected\s+at\s+least\b|\b(not|rather than|instead of|just)\s+a\s+(template|form (email|letter)|generic (email|reply|message))\b/i,
      /\b(error|lapse|failure)\s+of\s+judge?ment\b|\byou('ve| have)?\s+(made|making)\s+(a|the)\s+(\w+\s+)?(mistake|error)\b|\bnever\s+(seriously|properly|really|genuinely|actually)\s+(considered|read|looked at|reviewed|in the running)\b/i,
      /\b(shouldn't|should not)\s+(take|require|need|have to)\b[^.!?\n]{0,40}\b(chas\w*|ask\w*|remind\w*|candidates?|applicants?|me|someone)\b|\b(tested|measured|assessed)\s+nothing\b|\bnothing to do with the (job|role)\b/i,
      /\b(felt|feel|made to feel)\s+(so\s+|very\s+|completely\s+|really\s+)?(undervalued|unvalued|unappreciated|disrespected|dismissed|overlooked|belittled|patroni[sz]ed|humiliated)\b|\b(wasted|wasting)\s+(enough|so much|too much|all this)\s+(energy|effort|time)\b/i,
      /\b(clearly|obviously|evidently)\s+(hadn't|had not|didn't|did not|wasn't|weren't|haven't)\s+(prepared|read|looked|listened|bothered)\b|\band it showed\b|\b(company|firm|team|employer|organi[sz]ation)\s+that\s+(talks|claims|says|prides|brags|boasts|preaches)\b/i,
      /\blet-?down\b[^.!?\n]{0,20}\b(from|by)\s+(a company|you|your|the company)\b|\b(that's|that is|this is)\s+(backwards|absurd|ridiculous|nonsense|madness|bizarre|laughable)\s*[.!]/i,
      /\bnot (a |the )?(great|good|best) look\b|\b(isn't|is not|wasn't|was not|not)\s+(really\s+)?(too much|a lot|much)\s+to\s+ask\b|\b(feedback|reply|call|answer|update)\s+(that\s+)?you\s+promised\b|\bnever did hear back\b/i,
      /\bcontempt\b|\bleft (a lot|much|something) to be desired\b|\b(is|was|seems|feels)\s+(\w+\s+)?(excessive|overkill|over the top|disproportionate)\b|\bhow little (anyone|you|they|the team|people)\s+(seemed\s+to\s+)?(cared?|bothered)\b/i,
      /\b(made|make|making)\s+(its|their|your|his|her)\s+minds?\s+up\s+(within|in)\b|\bhardly fair\b|\b(nobody|no one|none of them)\b[^.!?\n]{0,30}\b(seemed|was|were)\s+(remotely\s+|even\s+|at all\s+)?interested\b/i,
      /\b(interviewer|recruiter|manager|panel)\s+(spent|was)\b[^.!?\n]{0,30}\b(talking about (himself|herself|themselves)|on (his|her|their) phone|checking (his|her|their) (phone|email))\b|\bdemorali[sz]ing\b|\ba (real )?low point\b/i,
      // "decided long before I walked in": the outcome was settled in advance.
      /\b(decided|made up (its|their|your) minds?|settled)\s+(long |well |way )?(before|beforehand|in advance)\b|\bbefore i (even )?(walked in|arrived|sat down|started|said a word)\b/i,
    ],
    unless: /\b(my own|myself|how (kind|well|smooth|fair|quick|clear|thoughtful)\w*)\b/i,
  },
];
