import type { PhraseRule } from './phrase-rule.js';

// Things people say sideways when they are hurt: a question that accuses, a hint that the
// process was rigged, an emoji that rolls its eyes, a reminder of what it cost them.
export const insinuationRules: PhraseRule[] = [
  {
    id: 'accusing-question',
    category: 'anger_blame',
    severity: 'error',
    message:
      'A question like this suggests they were unfair, without saying it; it reads as an accusation.',
    suggestion:
      'Leave the question out. If you want to learn something, ask kindly what you could strengthen.',
    patterns: [
      /\b(was|is)\s+it\s+(because\s+(of\s+)?)?(my|of my)\s+(age|accent|gender|name|background|visa|nationality|race|religion|looks|appearance|disability|pregnancy|degree|university|bootcamp)\b/i,
      /\b(did|does|was)\s+(my|the fact that i)\s+[^.?!\n]{0,30}\b(age|accent|gender|name|background|visa|nationality|bootcamp|career change|gap)\b[^.?!\n]{0,30}\?/i,
      /\b(be honest|honestly)\b[^.?!\n]{0,30}\b(was|did|is)\b[^.?!\n]{0,40}\?/i,
    ],
  },
  {
    id: 'rigged-process',
    category: 'anger_blame',
    severity: 'error',
    message:
      'Hinting that the outcome was settled in advance or decided by connections reads as an accusation.',
    suggestion: 'Leave it out; it cannot change the decision and it can follow you.',
    patterns: [
      /\b(connections|contacts|who you know|nepotism|favouritism|favoritism|old boys)\b[^.!?\n]{0,40}\b(matter|count|decide|win|mattered|counted|decided|won|more than)\b/i,
      /\b(box[- ]ticking|tick[- ]box|for show|a formality|pre[- ]?selected|earmarked|already (decided|chosen|picked|had someone)|stitched up|decided before)\b/i,
      /\b(never|wasn't|was not)\s+(really\s+)?(a\s+)?(real|genuine|fair|open)\s+(chance|competition|process|vacancy|opening)\b/i,
    ],
    isNegatable: false,
  },
  {
    id: 'eye-roll-emoji',
    category: 'passive_aggressive',
    severity: 'error',
    message: 'This emoji reads as an eye-roll; in writing it turns a kind sentence sour.',
    suggestion: 'Drop the emoji, or use a plain full stop.',
    patterns: [/\u{1F643}|\u{1F644}|\u{1F612}|\u{1F921}|\u{1F928}|\u{1F611}|\u{1F610}/u],
    replacement: '',
  },
  {
    id: 'guilt-trip',
    category: 'passive_aggressive',
    severity: 'error',
    message:
      'Reminding them what this cost you makes them responsible for your choices; it reads as blame.',
    suggestion: 'Leave the cost out. Thank them for their time instead.',
    patterns: [
      /\b(turned down|declined|rejected|passed on|gave up|walked away from|said no to|quit|left)\s+(an?|another|other|two|three|several|my)\s+(\w+\s+)?(offers?|jobs?|roles?|positions?|opportunit(y|ies))\b[^.!?\n]{0,40}\b(for (you|this|your)|because of (you|this)|to (wait|stay) for)\b/i,
      /\b(took|taken|used|burned|spent)\s+(a\s+)?(day|days|week|annual leave|holiday|vacation|unpaid leave)\s+(off\s+)?(to|for)\b[^.!?\n]{0,40}\b(your|this|you)\b[^.!?\n]{0,40}\b(for nothing|and (then|now|yet)|only to)\b/i,
      /\bafter (all|everything) i\b[^.!?\n]{0,40}\b(did|gave|put in|sacrificed|invested)\b/i,
    ],
    isNegatable: false,
  },
];
