import type { PhraseRule } from './phrase-rule.js';

// What it cost you, laid at their door: the week rearranged around their interviews, the
// offer turned down while waiting, the family that was told. It makes them responsible
// for your choices, and it reads as blame however gently it is said.

const sacrifice =
  '(rearranged|cancell?ed|moved|postponed|gave up|give up|took|taken|used|sacrificed|turned down|declined|passed on|said no to|left|quit|resigned|handed in|burned|spent|put|sank|invested|lost)';
const cost =
  "(week|weekend|weekends|day|days|evenings?|nights?|hours|holiday|vacation|trip|leave|pay|wages|salary|plans|wedding|offers?|job|role|position|notice|savings|a day's pay)";

export const guiltRules: PhraseRule[] = [
  {
    id: 'guilt-cost',
    category: 'passive_aggressive',
    severity: 'warning',
    message:
      'Telling them what this cost you makes them responsible for it; even said gently, it reads as blame.',
    suggestion: 'Leave the cost out. Thank them for their time instead.',
    patterns: [
      // A sacrifice and them in one breath: "I rearranged my whole week around your interviews".
      new RegExp(
        `\\bi('ve| have| had)?\\s+(already\\s+|even\\s+|also\\s+)?${sacrifice}\\b[^.!?\\n]{0,40}\\b${cost}\\b[^.!?\\n]{0,50}\\b(you|your|this (process|role|job|interview)|waiting|the (final|first|second|last) (round|interview|stage))\\b`,
        'i',
      ),
      /\b(i hope you (realise|realize|know|understand|appreciate))\b/i,
      /\b(hope|wonder if|wish)\s+(someone|somebody|anyone|you)\s+(at least|even|actually)\s+(read|looked at|opened|noticed)\b/i,
      /\b(my|our)\s+(kids|children|son|daughter|family|wife|husband|partner|parents|mum|mom|dad)\b[^.!?\n]{0,40}\b(so excited|excited|told|explain|devastated|heartbroken|counting|crushed)\b|\b(told|promised|explain\w* to)\s+(my|our)\s+(kids|children|family|wife|husband|partner|parents)\b/i,
      /\b(left|quit|resigned from|handed in (my )?notice)\b[^.!?\n]{0,40}\b(because|after|on the strength|expecting|assuming|counting on|thinking)\b[^.!?\n]{0,40}\b(interview|you|your|this role|the role|an offer|the offer|the process)\b/i,
      /\b(spent|spending|put|putting|sank|invested|investing|poured|pouring)\s+(over\s+|more than\s+|about\s+|nearly\s+|my (whole|entire)\s+)?(\w+\s+)?(hours|days|weekends?|evenings|nights)\b[^.!?\n]{0,60}\b(hope|at least|for nothing|only to|two-line|one-line|swallow|hard to take|and (then|now|yet))\b/i,
    ],
    isNegatable: false,
    unless:
      /\b(worth it|worth every|glad|happy to|enjoy\w*|loved|no regrets|don't regret|do not regret|fun|proud|learn\w*|pleasure|portfolio)\b/i,
  },
];
