import type { PhraseRule } from './phrase-rule.js';

// Comparison without the word "compare": a question about what "they had that I didn't",
// a claim of "more … than the person who got the role", "experience counts for more than
// ability", "someone straight out of university". Each weighs you against the person
// they chose, which cannot change the outcome.

/** Someone they chose, or a stand-in for them. */
const them =
  '(they|he|she|them|him|her|the other (one|person|candidate|finalist|applicant)|the (chosen|selected|successful|new|winning|preferred) (one|person|candidate|hire|applicant)|the (person|one|candidate) (who|that|you)\\b[^.!?\\n]{0,20}|whoever\\b[^.!?\\n]{0,20}|your (new|chosen) \\w+|someone|somebody|a (candidate|person|graduate))';

export const comparisonRules: PhraseRule[] = [
  {
    id: 'comparison-construct',
    category: 'comparison',
    severity: 'error',
    message:
      'This weighs you against the person they chose. It cannot change the outcome, and it reads as a complaint about their judgement.',
    suggestion:
      'Leave the other candidate out, or wish them well: "I hope the new team member settles in well."',
    patterns: [
      // "what exactly they had that I didn't"
      new RegExp(
        `\\b${them}\\s+(\\w+\\s+){0,3}(had|has|have|offered|brought|did|does|said|showed|knew|gave|demonstrated)\\s+(\\w+\\s+){0,3}(that|which)?\\s*i\\s+(didn't|did not|don't|do not|lacked|lack|couldn't|could not|can't|cannot)\\b`,
        'i',
      ),
      /\b(had|has)\s+something\s+(\w+\s+){0,3}(that\s+)?i\s+(don't|didn't|do not|did not)\b/i,
      // "how their experience compares with mine", "two years' experience to my eight"
      /\b(compare[sd]?|comparison|stack(s|ed)? up|measure[sd]? up)\b[^.!?\n]{0,40}\b(with|to|against)\s+(mine|me|my (own )?(experience|background|profile|cv|skills|record|years))\b/i,
      /\b(years'?|years of)\s+(\w+\s+)?(experience\s+)?to\s+my\s+\w+\b/i,
      // "more hands-on experience than the person who got the role"
      new RegExp(
        `\\b(more|better|stronger|deeper|broader|longer|greater|far more|much more)\\b[^.!?\\n]{0,50}\\bthan\\s+${them}`,
        'i',
      ),
      /\b(i'd|i would|i could|i'd have|i would have)\s+(have\s+)?(brought|offered|done|delivered|contributed|added|achieved)\b[^.!?\n]{0,40}\b(more|better)\b[^.!?\n]{0,30}\bthan\b/i,
      /\bas\s+(well|much|many|good|quickly|hard|deeply|strong|fast)\s+as\s+(i|me)\s+(do|did|would|could|have|had|am|was)\b/i,
      // "outperformed whoever you chose"
      /\b(outperform|outshine|outdo|outclass|outwork|outpace|out-?perform)\w*\b(?![^.!?\n]{0,20}\b(expectations|the market|targets?|plan)\b)/i,
      // "I hope whoever you picked turns out to be worth it"
      /\b(whoever|the new hire|your new \w+|the (chosen|selected|successful|new) (candidate|hire|person)|the person you \w+)\b[^.!?\n]{0,40}\bworth\s+(it|the wait|the money|the trouble|the risk)\b/i,
      // "experience counts for more than ability", "connections trump talent"
      /\b(count(s|ed)?|matter(s|ed)?|weigh(s|ed)?)\s+(for\s+)?more\s+than\b|\b(trumps?|trumped|outweighs?|outweighed)\b/i,
      // "went to the one who talked the most rather than the one who…"
      /\b(rather than|instead of)\s+(the one|someone|somebody|the person|the candidate|me|the best)\s+(who|that)\b/i,
      // "a better choice", "the stronger choice", framed as doubt or a request to explain.
      /\b(hard to see|don't see|can't see|cannot see|fail to see|struggle to see|surprised|what made|why)\b[^.!?\n]{0,50}\b(a|the)\s+(better|stronger|safer|more suitable|more qualified|more experienced)\s+(choice|pick|option|bet|fit|candidate|one)\b/i,
      /\b(went for|chose|picked|hired|opted for|preferred|settled for|went with)\s+(a|an|someone|somebody)\s+(\w+\s+)?(less|younger|cheaper|junior|greener)\b/i,
      /\b(cheaper|younger|better[- ]connected|less experienced|less qualified)\s+(candidate|hire|person|option|choice|profile|applicant)\b/i,
      /\b(i'd|i would|i'm|i am|i'll)\s+(be\s+)?(the|a)\s+(safer|better|stronger|smarter|surer)\s+(bet|choice|option|pick|hire)\b/i,
      /\b(went to|given to|offered to|gave it to|hired|chose|picked)\s+(a|an|someone's|the|their)?\s*(friend|mate|relative|cousin|nephew|niece|ex-colleague|former colleague|buddy|pal|insider)\b/i,
      /\b(match|beat|outdo|hold my own against|compete with|up against)\s+(anyone|anybody|any candidate|whoever)\b|\b(someone|somebody|a candidate)\s+with\s+(less|fewer|a smaller|a lower|a cheaper)\b|\bwhat\s+(more|else)\s+(you|they|the panel|the team|anyone)\s+(wanted|want|could want|were looking for|could have asked for|expected)\b/i,
      /\b(younger|cheaper|less experienced)\s+(and|or)\s+(younger|cheaper|less experienced)\b|\b(can't wait|cannot wait|curious|interested)\s+to\s+(see|find out|hear)\s+who\b/i,
      /\b(preferred|prefer|chose|picked|went for|valued|favou?red)\s+(\w+\s+){0,2}(over|rather than)\s+(\w+\s+){0,2}(substance|experience|skill|ability|depth|competence|me)\b|\bpass(ed|ing)?\s+(on|over)\s+(real|actual|genuine|proven|years of)\s+(experience|skill|talent|expertise)\b/i,
      /\b(count|counted|weigh|matter)\s+for\s+something\b|\bagainst\s+(a|an|the)\s+(\w+\s+)?(graduate|junior|newcomer|beginner|novice|intern|rookie)\b/i,
      /\b(half|a fraction of|a third of)\s+my\s+(experience|track record|years|skills|qualifications|background)\b|\b(up to|reach|match)\s+my\s+(level|standard)\b/i,
      /\b(loses?|lost|losing)\s+(out\s+)?to\s+(a|an|the|someone|somebody)\b|\bcompare\s+(cvs|resumes|notes|profiles|experience|portfolios)\s+with\b|\bin my little finger\b/i,
      /\b(twice|double|three times)\s+(the|my|as much)\s+(experience|years|skills)\b|\bgiven\s+(his|her|their)\s+(background|experience|cv|record)\b|\b(the new hire|the successful candidate|the other candidate|they|he|she)\s+(had to|did|was asked to)\s+(do|sit|complete|take)\b[^.!?\n]{0,30}\b(too|as well|also)\b/i,
      /\b(?<=^|[.!?\n]\s*)i would have been\s*[.!]/im,
      /\bthe way i (could|would) have\b|\b(interviewed|did|performed)\s+better\s+than\s+(most|anyone|everyone|the others)\b|\b(agency fee|salary|rate)\b[^.!?\n]{0,30}\blower than\s+my\b/i,
      // "I was the stronger one on paper", "I saw who got the role".
      /\b(on paper)\b[^.!?\n]{0,30}\bi\s+(was|am|had|have)\b|\bi\s+(was|am)\s+(the\s+)?(stronger|better|more qualified|more experienced)\s+(one|candidate|fit|choice)\b/i,
      /\b(saw|seen|noticed|found|checked|looked at)\s+(who|the person who|the candidate who)\s+(got|was given|landed|took)\b/i,
      /\b(their|his|her)\s+way\s+over\s+(me|my)\b|\bover\s+my\s+(\w+\s+)?(years|experience|background|record|qualifications)\b/i,
      // A question about the chosen person: "how many years had your chosen candidate…?"
      /\b(the|your)\s+(chosen|selected|successful|new|winning|preferred)\s+(candidate|hire|person|applicant|analyst|engineer|designer|manager|developer)\b[^.!?\n]{0,60}\?/i,
    ],
    isNegatable: true,
    unless:
      /\b(congratulat\w*|welcome|settle[sd]? in|wish (them|him|her)|best of luck|good luck|enjoy\w*|makes? (a lot of |good |perfect )?sense|i can see why|understand (why|that)|it's something i|is something i)\b/i,
  },
];
