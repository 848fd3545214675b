import type { PhraseRule } from './phrase-rule.js';

const chosen =
  '(the\\s+(other|chosen|selected|successful|new|final|preferred|winning|hired)\\s+(candidate|applicant|person|hire|one)|whoever\\s+(you|got|was|is)|the\\s+(person|candidate|one|guy|girl|woman|man)\\s+(you|who|that)\\s+(hired|picked|chose|selected|went with|got)|(him|her|them)\\s+over\\s+me|your\\s+(new\\s+)?hire)';

export const relationRules: PhraseRule[] = [
  {
    id: 'comparison-candidate',
    category: 'comparison',
    severity: 'error',
    message:
      'Comparing yourself with the person they chose cannot change the outcome and reads as a complaint about their judgement.',
    suggestion:
      'Leave the other candidate out, or wish them well: "I hope the new team member settles in well."',
    patterns: [
      /\b(new hire|person you (appointed|hired|chose|selected|picked|went with)|who(ever)?\s+(you\s+)?(hired|appointed|chose|selected|picked|got the (role|job|position|offer))|successful candidate|other finalists?|other candidates?|chosen candidate|selected candidate)\b[^.!?\n]{0,80}\b(than|compare|surprised|doubt|fresh out|junior|so little|less experience|profile|what they have|instead of me|weaker|stronger|over me|knew someone|connections?)\b/i,
      /\b(compare|comparing)\s+(notes|myself|me|my)\b[^.!?\n]{0,40}\b(whoever|the (other|new|chosen)|them|him|her|the hire)\b/i,
      /\b(i doubt|i bet|i'm sure)\s+(they|he|she|the (new|other|chosen))\b[^.!?\n]{0,40}\b(as much|as many|as well|half|my|than me)\b/i,
      /\b(may i|can i|could i)\s+ask\s+who\s+(you|was|got)\b/i,
      /\b(looked|look)\s+up\s+(the|your)\s+(person|candidate|hire|new hire)\b/i,
      new RegExp(
        `${chosen}[^.!?\\n]{0,60}\\b(better|worse|stronger|weaker|less|more|fewer|than me|than i|than my|didn't have|did not have|doesn't have|does not have|can't have|cannot have|lacks?|over me|instead of me|had that i|has that i)\\b`,
        'i',
      ),
      new RegExp(
        `\\b(better|stronger|more qualified|more experienced|more suitable|more skilled|a better fit|the better fit|the best fit|more deserving)\\b[^.!?\\n]{0,40}\\b(than|over)\\b[^.!?\\n]{0,20}${chosen}`,
        'i',
      ),
      /\b(i\s+(was|am|were|would have been|would be|'m)|i'm)\s+(clearly|obviously|definitely|surely|certainly|probably|far|much|way|still)?\s*(a\s+)?(better|stronger|more qualified|more experienced|the (best|better|right) (fit|candidate|choice))\b/i,
      /\bwhat\s+(did|does)\s+(they|he|she|the other|that person|the candidate)\b[^.!?\n]{0,30}\bhave\s+that\s+i\b/i,
      /\b(more|better)\s+(qualified|experienced|skilled)\s+than\s+(me|i)\b/i,
      /\bwhy\s+(did you|you)\s+(choose|pick|select|hire|prefer)\s+(someone|somebody|another|them|him|her)\b/i,
    ],
    isNegatable: true,
    // Taking the reason on board is not comparing: "useful to know", "that is fair", "good luck to them".
    unless:
      /\b(useful to know|good to know|that is fair|that's fair|is fair|makes (complete |a lot of |good |perfect )?sense|good luck to them|something (concrete )?to work on|something i'm working on|congratulat\w*|settles? in|best of luck|all the best|i wish (them|him|her))\b/i,
  },
  {
    id: 'threat-public',
    category: 'threat_public',
    severity: 'error',
    message:
      'A threat to post, review or take legal steps ends the relationship at once and can follow you in a small industry.',
    suggestion:
      'Leave it out of this message. If something truly wrong happened, talk it through with someone you trust first, away from the reply.',
    patterns: [
      /\b(letting|let|tell|telling|warn|warning|forward\w*|share|sharing|show|showing)\b[^.!?\n]{0,40}\b(everyone|everybody|network|cohort|bootcamp|community|followers|friends|people|candidates|others|peers|classmates)\b[^.!?\n]{0,50}\b(know|see|how|about|before)\b/i,
      /\b(my|a)\s+(post|thread|blog|article|newsletter|video|podcast|series|write-?up)\b[^.!?\n]{0,60}\b(about|on|featur\w*|includ\w*|covering)\b[^.!?\n]{0,40}\b(your|hiring|interview|process|company|companies|team|you)\b/i,
      /\b(i'll|i will|i'm|i am|will be|going to|plan to|about to)\s+(be\s+)?publish\w*\b|\bgoing public\b/i,
      /\b(candidates|people|others|everyone)\s+(deserve|need|ought)\s+to\s+know\b/i,
      /\b(before|so that|so)\s+\S+\s+(is|gets?)\s+(included|named|featured|listed)\b/i,
      /\bglassdoor\b/i,
      /\b(post|write|share|tweet|blog|talk|tell|warn)\w*\b[^.!?\n]{0,40}\b(linkedin|twitter|reddit|facebook|instagram|tiktok|social media|online|publicly|public|everyone|everybody|the world|my network|my followers|other candidates|others)\b/i,
      /\b(leave|leaving|write|writing|give|giving|post|posting)\b[^.!?\n]{0,20}\b(a|an|my)?\s*(honest\s+|bad\s+|negative\s+|one-star\s+|1-star\s+)?reviews?\b/i,
      /\b(lawyer|attorney|legal action|solicitor|sue|suing|lawsuit|tribunal|labou?r board|court|complaint with|file a complaint|report (you|this|your company))\b/i,
      /\b(name and shame|go viral|make (this|it) public|expose (you|your|this)|people (should|will|need to) know|everyone (should|will) know)\b/i,
    ],
    isNegatable: true,
    // Praise is not a threat: "I read great reviews on Glassdoor", "I'll tell my cohort how kind you were".
    unless:
      /\b(read|saw|seen|heard)\b[^.!?\n]{0,30}\b(great|good|positive|glowing|lovely|excellent)\s+(reviews?|things)\b|\bhow\s+(\w+\s+)?(kind|thoughtful|well|smooth|respectful|warm|fair|generous|good|great|welcom|friendly|helpful|professional|organi[sz]ed|clear|lovely|nice)\w*\b|\brecommend\w*\b|\b(positive|glowing|great|good|excellent|five-star|5-star)\s+(reviews?|rating)\b|\b(you|your team|the team|they)\s+(plan|plans|planning|might|could|would|will)\s+(to\s+)?(share|post|publish|write)\b|\b(code review|peer review|review(ed|ing)? (my|the) (code|pull|pr|application|cv|resume|portfolio)|review process|performance review|for reviewing|reviewing my)\b/i,
  },
  {
    id: 'passive-aggressive',
    category: 'passive_aggressive',
    severity: 'error',
    message: 'Sarcasm and pointed remarks come across as bitterness, even when meant lightly.',
    suggestion:
      'Say plainly and kindly what you mean, or leave it out: "Thank you for letting me know."',
    patterns: [
      /["'](feedback|better fit|fit|process|decision|opportunity|update|culture|advice|experience)["']/i,
      /\bthanks?( you)? for finally\b/i,
      /\bfinally\s+getting\s+back\b/i,
      /\bgood luck with that\b/i,
      /\bfunny how\b/i,
      /\bunlike some (people|companies|teams|of you)\b/i,
      /\b(new hire|they|he|she)\s+(doesn't|does not|don't|won't|didn't)\s+(last|work out|stay)\b/i,
      /\b(already|has)\s+left\b[^.!?\n]{0,40}\b(funny|guess|surprise|still around|told you)\b/i,
      /(?:^|[.!?]\s+)(very|so|really|how|super|truly|most)\s+(personal|helpful|thorough|thoughtful|insightful|professional|considerate|generous|classy|detailed)[.!]/im,
      /\b(generic|copy[- ]?paste[d]?|canned|templated|boilerplate|form)\s+(advice|feedback|line|email|e-mail|response|rejection|message|reply|letter)\b/i,
      /\b(tells|says|shows)\s+me\s+(how much|all i need|everything|what)\b/i,
      /\b(useful to someone|saved you the trouble|would have saved you)\b/i,
      /\bconnecting so (i|you) can (see|watch|read|follow)\b/i,
      /\b(really|truly)\s+feel\s+(like\s+)?you\s+(got to know|understood|listened)\b/i,
      /\bisn't much to go on\b/i,
      /\bthanks? (a lot |so much |very much )?for nothing\b/i,
      /\b(your|their)\s+loss\b/i,
      /\bgood luck (finding|with finding|getting|replacing)\b/i,
      /\bi\s+(guess|suppose|assume)\b[^.!?\n]{0,40}\b(someone|somebody|better|cheaper|younger|connected|already|internal|friend|not good enough|wasn't good enough|didn't fit)\b/i,
      /\b(hope|trust)\s+(they're|they are|he's|he is|she's|she is|the new hire is|it was)\s+(worth it|happy|what you wanted)\b/i,
      /\b(thanks|thank you)\b[^.!?\n]{0,40}\b(two|one|three|few|2|1|3)[- ](line|sentence|word)\b/i,
      /\bafter\s+(four|five|six|seven|several|all those|all these|many|so many|\d+)\s+(rounds|interviews|stages|weeks|months|hours|calls|tasks)\b[^.!?\n]{0,60}\b(email|message|form|template|generic|automated|two-line|one-line|no|nothing|this|that's it|all i get|all i got)\b/i,
      /\b(at least|nice of you|good of you|kind of you|glad you|glad someone)\b[^.!?\n]{0,30}\b(finally|eventually|bothered|remembered|got around)\b/i,
      /\b(finally|eventually)\s+(got back|replied|responded|bothered|let me know|heard back)\b/i,
      /(?:^|[.!?]\s+|,\s*|\n\s*)so much for\b/i,
      /\b(must be nice|how convenient|how nice for|interesting choice|what a surprise|surprise, surprise)\b/i,
      /\b(someone|somebody|people)\s+(as|so)\s+(dedicated|loyal|qualified|passionate|hard-?working)\s+as\s+me\b/i,
      /\b(clearly|obviously)\s+(you|your|the team|the company)\b[^.!?\n]{0,30}\b(didn't|did not|don't|do not|wanted|prefer|needed)\b/i,
      /\b(if (that's|this is) how you treat|i hope you (are|'re) happy with)\b/i,
      /\b(strung along|kept waiting|left hanging|left in the dark)\b/i,
    ],
    isNegatable: false,
    // Grace, not sarcasm: "I suppose someone had to miss out; it was a close call."
    unless:
      /\b(close call|fair enough|i understand|wish (them|you|him|her) well|congratulat\w*)\b/i,
  },
];
