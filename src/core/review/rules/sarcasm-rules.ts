import type { PhraseRule } from './phrase-rule.js';

// Sarcasm rarely uses an angry word. It is carried by the shape of a sentence: a hedge
// tacked on the end ("…, I suppose."), a one-word sentence, their own words quoted back,
// praise for a delay, a wish with a sting in its tail. These rules look for those shapes.

/** Words from a rejection that only get quoted back to mock them. */
const stockWords =
  '(direction|field|pool|fit|impressed|moving forward|on file|at this time|other candidates|unfortunately|competitive|difficult decision|tough decision|strong (field|pool|candidates)|many (great|strong|qualified)|not the right|keep in touch|be in touch|get back to you|within a week|shortly|future opportunities)';

export const sarcasmRules: PhraseRule[] = [
  {
    id: 'sarcastic-shape',
    category: 'passive_aggressive',
    severity: 'warning',
    message:
      'The way this is put can read as sarcastic, even if that is not how you mean it; in writing there is no smile to soften it.',
    suggestion:
      'Say it plainly or leave it out. "Thank you for letting me know" is enough, and it reads as strength.',
    patterns: [
      // A hedge tacked onto the end turns a compliment into a jab: "Kind of you, I suppose."
      /,\s*(i suppose|i guess|i presume|i imagine|i'm sure|i am sure|no doubt|i take it|apparently|eventually|at last|finally|for once|as usual|i must say|for both of us|in more ways than one|but noted)\s*[.?!]/i,
      // A sentence that is one word of mock approval or disbelief: "Noted." "Right." "Really?"
      /\b(?<=^|[.!?\n]\s*)(duly noted|noted|right|great|lovely|brilliant|fantastic|perfect|fine|charming|classy|marvellous|marvelous|super|whatever)\s*\.(?=\s|$)/im,
      /\b(?<=^|[.!?\n]\s*)(really|seriously|wow|charming|classy|genuinely|honestly|truly)\s*[?!.]+(?=\s|$)/im,
      // "Interesting that…", "Funny how…", "Odd way to…": pointing at something they did.
      /\b(?<=^|[.!?\n]\s*)(interesting|funny|odd|strange|curious|telling|revealing|amusing|ironic)\s+(that|how|way to|choice|timing,?\s+(given|considering|now that|just as|after))\b/im,
      /\b(?<=^|[.!?\n]\s*)(funny|odd|strange|interesting|curious|ironic)\s*,/im,
      /\b(it's|it is|i find it|i found it|i do find it)\s+(interesting|funny|odd|strange|curious|telling|revealing|amusing|ironic)\s+(that|how)\b/i,
      // "Must be lovely to…", sentence-initial with no "It": the sarcastic idiom.
      /\b(?<=^|[.!?\n]\s*)must be (nice|lovely|great|wonderful|fun|handy|convenient|easy|pleasant)\b/im,
      // "Obviously you know best": certainty about them is a sneer.
      /\b(obviously|clearly|evidently|apparently)\s+(you|they|the (team|company|panel))\s+(know|knew|had|have|wanted|want|prefer\w*|valu\w*|car\w*)\b/i,
      // Praise for their delay: "Only took a month", "after only six weeks", "write at last".
      /\b(only|just)\s+(took|taken|taking)\b|\bafter only\s+\w+\s+(days|weeks|months)\b/i,
      /\b(congratulations|well done|good of you|nice of you|kind of you|glad|thanks|thank you|nice that|good that|great that)\b[^.!?\n]{0,50}\b(finally|at last|eventually|at long last)\b/i,
      /\b(writ\w*|repl\w*|respond\w*|decid\w*|decision|get(ting)? back|got back|hear(d)? back)\b[^.!?\n]{0,15}\b(at last|at long last)\b/i,
      // A wish with a sting: "best of luck, you'll need it".
      /\b(you'll|you will|they'll|they will|he'll|she'll)\s+need\s+(it|all the luck)\b/i,
      // "…count for so little", "loyalty counts for nothing", "don't bother preparing".
      /\b(count(s|ed)?|matter(s|ed)?|mean(s|t)?)\s+for\s+(so little|nothing|very little|little)\b/i,
      /\b(don't|do not|why) bother\s+(preparing|applying|trying|prepar\w+)\b|\blesson learn(ed|t)\s*[:,-]\s*(don't|do not|never|next time)\b/i,
      /\b(set|keep|lower)\s+my\s+expectations\s+(lower|low|down)\b|\blower my expectations\b/i,
      // "I'm sure it all made perfect sense at your end", "I'll assume it was an oversight".
      /\b(i'm|i am) sure\b[^.!?\n]{0,40}\b(perfect sense|your reasons|had nothing (at all )?to do|at your end|on your end)\b/i,
      /\b(i'll|i will|i shall)\s+assume\b[^.!?\n]{0,50}\b(oversight|mistake|accident|error|slip)\b/i,
      // Casting oneself as a prop: "a benchmark for the candidate you really wanted".
      /\b(as\s+a\s+benchmark|make up the numbers|a box to tick|tick(ing)? a box|token candidate|back-?up (option|candidate|plan)|the candidate you (really|actually) wanted)\b/i,
      // "a 'different direction'": their stock wording quoted back.
      new RegExp(`(^|[\\s(])['"][^'"\\n]{0,40}\\b${stockWords}\\b[^'"\\n]{0,30}['"]`, 'im'),
      // Barbed fallbacks: "thanks for the ride", "whatever works for you", "odd way to start".
      /\bthanks? (you )?for the ride\b|\bwhatever (works|suits)( for)? you\b|\bthere we (are|go)\s*[.!]/i,
      // "can't say I'm surprised, given how it went on your side".
      /\b(not|n't)\s+(say\s+i'm\s+|be\s+)?surprised,?\s+(given|considering|after)\b/i,
      // Resentment dressed as an observation: "prefers another kind of people".
      /\b(other|another|a different|certain)\s+(kind|type|sort)\s+of\s+(people|person|candidates?|profile)\b/i,
      // Dismissive tails and asides: "whatever that means", "some of us have other offers".
      /\bwhatever that (means|is|was)\b|\bsome of us\b|\b(assuming|if|when|once)\s+(you|they)\s+(ever\s+)?actually\b/i,
      /\bcertainly\s+(something|an experience|one way|thorough|memorable|interesting|an education|a lesson)\b/i,
      /\bfree\s+(consulting|consultancy|work|labou?r|advice)\b|\b(glad|happy|pleased)\s+to\s+have\s+been\s+(useful|of use|helpful)\s+as\b/i,
      // Mock reverence and barbed hopes: "the famous collaborative culture", "happy together".
      /\b(so-called|much-vaunted|vaunted|fabled)\b|\bthe\s+(famous|legendary)\s+(\w+\s+)?(culture|process|values|transparency|flexibility|balance|perks|spirit|feedback|ethos|mission)\b/i,
      /\btick(s|ing)?\s+(all|every|each)\b[^.!?\n]{0,25}\bboxes\b|\bhappy together\b|\b(won't|not|will not|wouldn't)\s+(be\s+)?hold(ing)?\s+my\s+breath\b/i,
      /\b(?<=^|[.!?\n,]\s*)at least (you|they|the team|your team|someone|somebody)\b/im,
      /\b(loved|enjoyed|liked|appreciated)\s+the\s+(part|bit|moment|point)\s+where\b/i,
      /\bthanks?( you)?\s+(so much\s+|a lot\s+)?for\s+the\s+(life\s+lesson|lesson|learning experience|character[- ]building|education|reality check|wake-up call)\b/i,
      /\bhope\s+(they|he|she|the new \w+|whoever \w+)\s+(know|knows|can handle|can cope|are up to|is up to|survive|survives)\b/i,
      // Mock praise for how they treated you: "put to such good use", "all the attention it deserved".
      /\b(such|so)\s+good\s+use\b|\ball the (attention|care|consideration|thought|respect) (it|they|i|we|my \w+) deserved\b|\b(held up|worked out|aged)\s+so\s+well\b/i,
      /\bwhat an?\s+(\w+\s+)?(efficient|lovely|great|nice|wonderful|charming|classy|professional|elegant|brilliant|personal|thoughtful)\s+way\s+to\b|\b(always|such) a (pleasure|joy|delight|treat)\s+to\s+(find out|hear|learn|be told|get|receive|discover)\b/i,
      /\blucky (them|him|her|you)\s*[.!]|\blast\s+longer\s+than\b|\b(try|remember)\s+to\s+be\s+(less|more)\s+\w+\s+next time\b|\bframe\s+(this|it|the (email|letter|message))\b/i,
      /\b(any\s+more|no\s+more)\s+of\s+your\s+(valuable|precious)\s+time\b|\b(remembered|noticed)\s+(that\s+)?i\s+(exist|existed|was (still )?(here|alive))\b/i,
      /\b(remembered|managed|bothered|replied|got (it|my name) right)\b[^.!?\n]{0,20}\bthis time\b|\bnothing says\b[^.!?\n]{0,40}\blike\b|\bas\s+(much|well)\s+as\s+i\s+(would|could)\s+have\b/i,
      /\b(getting|got|get)\s+(round|around)\s+to\b|\btook\s+(\w+\s+)?(reminders|chasers|emails|follow-?ups|nudges)\s+to\b|\bhere we are\s*[.!]|\bsome people\s+(just|always|simply|clearly)\b/i,
      /\b(how|what)\s+(your (company|team|firm)|you|the company)\s+(values?|treats?|thinks? of|regards?)\s+(candidates|applicants|people|my|our|their)\b|\byour\s+glowing\b/i,
      /\b(i'm|i am)\s+sure\s+(your|the)\s+(very\s+|so\s+)?\w+\s+(process|panel|team|judge?ment|decision|system)\s+(got|made|knows|was|is)\b|\bbetter\s+(offers|companies|employers|opportunities)\s+(from|at|with|elsewhere)\b|\bfrom better (companies|employers|firms)\b/i,
      /\breturn the favou?r\b(?![^.!?\n]{0,25}\b(help|support)\b)|\byour silence\b|\b(i|me)\s+apparently\b|\bapparently\s+(i|i'm|i was|wasn't|am not)\b|\bno surprises? there\b/i,
      /\bthe\s+(two|one|three|few|2|1|3)\s+(sentences|lines|words)\b|\bone less\b[^.!?\n]{0,30}\bfor you\b|\bsecond time (round|around|lucky)\b|\bclean up after\b/i,
      /\b(they|he|she)\s+(interview|interviews|interviewed|present|presents|presented)\s+(beautifully|well|nicely|brilliantly)\b|\b(grateful|lucky|surprised|glad)\b[^.!?\n]{0,30}\b(a reply|an answer|a response|anything|feedback|heard back|hear back|a word)\s+at all\b|\bsuch as (it|they) (was|were|is)\b|\b(which|that) explains (a lot|everything|it all|things)\b/i,
      /\b(?<=^|[.!?\n]\s*)(how (nice|lovely|convenient|kind|thoughtful|sweet|generous)|good for (you|them)|lucky (you|them)|bravo|progress|typical|classic)\s*[.!]+(?=\s|$)/im,
      /\blook(ing)?\s+forward\s+to\s+not\b|\bgood luck with the next\s+(\w+\s+)?(applicants|candidates|hires?|one|round|person)\b|\bcontain my (surprise|excitement|disappointment|shock)\b/i,
      /\b(comforting|reassuring|refreshing|good|nice|great)\s+to\s+(know|see|hear)\b[^.!?\n]{0,50}\b(never|consistent(ly)?|as usual|as ever)\b|\b(off|on)\s+(their|his|her|your)\s+phones?\b|\b(must be|are)\s+(very\s+|so\s+)?busy\b[^.!?\n]{0,40}\bwhat with\b/i,
      /\b(impressed|amazed|surprised|shocked)\s+(that\s+)?(you|they|someone|anyone)\s+(remembered|bothered|wrote back|replied)\b|\bi'?m sure i('ll| will)\s+(get over it|survive|cope|live|manage)\b|\b(thanks?|thank you|appreciate)\b[^.!?\n]{0,40}\bthis time\b/i,
      /\bbut never mind\b|\bi('d| would) have (appreciated|liked|preferred)\s+(knowing|being told|hearing|a heads-up|an earlier)\b|\b(bold|brave|unusual|odd)\s+(choice|decision|call|move)\b|\bmeans in practice\b|\bso that's what\b/i,
      /\b(update|adjust|recalibrate|manage)\s+my\s+expectations\b|\b(spreadsheet|algorithm|robot|bot|machine|ats|software|computer)\s+(that|which|who)\s+(rejected|screened|binned|filtered)\s+me\b|\bthe (very |rather |somewhat )(brief|short|curt|terse)\s+(note|email|reply|message|response)\b/i,
      /\b(clearly|obviously|apparently)\b[^.!?\n]{0,40}\bwhat you (had in mind|wanted|were after)\b|\b(glad|happy|good)\s+(that\s+)?one of us\b|\bdodged a bullet\b|\blucky escape\b/i,
      /\bassuming\s+(you've|you have|they've|they have|the team has)\s+(sorted|fixed|figured|worked)\b|\badd\s+['"][^'"\n]{1,40}['"]\s+to\s+my\b|\bunicorn\b|\b(more important|more pressing)\s+(emails|things|people|candidates|matters)\b/i,
      /\binteresting\s+(pick|hire|call|decision)\b/i,
      /\byour\s+(very\s+)?(particular|exacting|lofty|impossible|unique)\s+(standards|requirements|criteria|tastes)\b|\bfor all\s+(\w+\s+){0,2}(minutes|seconds)\b|\b(minutes|seconds) you spent\b|\bto (reject|turn down|dismiss) me\s*[.!]/i,
      /\b(advert|ad|description|posting|listing|website)\s+(that\s+)?(said|says|promised|claimed)\s+['"]|\b(enjoy|enjoys|enjoying)\b[^.!?\n]{0,50}\bwithout me\b|\b(still be there|last)\s+(in|after)\s+a\s+year\b/i,
      /\b(age|aged|ageing|aging)\s+(beautifully|well|like milk)\b|\bmuch like the (interview|process|feedback|call)\b|\b(wasn't|was not|isn't|is not)\s+worth\s+(a|the)\s+(phone call|call|reply|response|proper reply)\b/i,
      /\ball it takes to\b|\bsee(ing)?\s+the\s+(role|job|position)\s+(re-?advertised|reposted|back up|advertised again)\b/i,
      // Damning with faint praise: "illuminating, in its way".
      /,\s*(in (its|their|a) (own )?way|of sorts|so to speak|if you can call it that)\s*[.!]/i,
      /\b(how|so|very|most)\s+(generous|gracious|considerate|magnanimous|big)\s+of\s+you\b/i,
      /\bsuch an?\s+(\w+\s+and\s+)?(detailed|personal|personali[sz]ed|heartfelt|warm)\s+(and\s+\w+\s+)?rejection\b/i,
    ],
    // Their own words accepted, not mocked: "'Not the right fit' is fair enough".
    unless: /\b(fair enough|is fair|that's fair|makes sense|i understand)\b/i,
  },
];
