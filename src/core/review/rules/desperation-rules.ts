import type { PhraseRule } from './phrase-rule.js';

// Pleading that sounds friendly: "I'd have done anything for this one", "literally
// anything, even a short contract", "I'll check back every month". It makes the message
// about the writer's need, and it is hard for anyone to answer kindly.
export const desperationRules: PhraseRule[] = [
  {
    id: 'desperation',
    category: 'begging',
    severity: 'error',
    message:
      'This reads as pleading. It makes the note about your need rather than your fit, and it is hard for them to answer.',
    suggestion:
      'Stay brief and open to the future: "If a similar role opens up, I would be glad to be considered."',
    patterns: [
      /\b(i'd|i would|i will|i'll)\s+(have\s+)?(done|do|give|given|take|taken|accept|accepted)\s+(anything|whatever)\b/i,
      /\b(anything|any chance|any way|any possibility|nothing)\s+at all\b(?=[^.!?\n]{0,40}(\?|changes|opens|comes up|for me))/i,
      /\bis there (really |truly |honestly )?(nothing|no (other|way|chance|opening|role|position))\b|\b(literally|absolutely) anything\b|\bin any capacity\b/i,
      /\beven\s+(a|an|as a|as an)\s+(short\s+|temporary\s+|part-time\s+|junior\s+|unpaid\s+)*(contract|intern\w*|temp\w*|trial|probation\w*|junior|assistant|volunteer)\b/i,
      /\b(running|run|ran)\s+out\s+of\s+(options|money|savings|hope)\b|\b(can't|cannot|can not)\s+afford\s+(another|to (wait|lose|miss))\b/i,
      /\b(the one|the only one|what) i (was|am|had been) (counting|relying|banking) on\b|\b(counting|relying|banking) on (this|you|it)\b/i,
      /\b(take|accept|happy with|settle for)\s+(a\s+|an\s+)?(junior|lower|lesser|reduced|entry-level|smaller|demotion|pay cut|step down|lower title|junior title)\b/i,
      /\bi\s+just\s+want\s+to\s+(be|work|join|get)\s+(on|in|with|at|into)\b/i,
      /\b(show|prove|demonstrate)\s+(to\s+)?(you\s+)?(what i can do|what i'm capable of|what i am capable of|my worth|myself|that i can|i can do it)\b/i,
      /\btrial\s+(week|day|period|shift|run|month)\b|\b(shadow|job-shadow)\s+(the|your)\s+team\b/i,
      /\bwork\s+something\s+out\b|\bwin\s+(you|them|the team|everyone)\s+(over|round)\b/i,
      /\b(wanted|want|need|needed)\s+(this|it|the (job|role|position))\s+(so badly|so desperately|more than anything)\b|\bhaven't (slept|eaten|stopped)\b/i,
      /\b(check|ask|write|email|contact|follow up|follow-up|ping|message)\w*\s+(back\s+|in\s+|\w+\s+\w+\s+|\w+\s+)?(every|each)\s+(day|week|month|few (days|weeks)|fortnight)\b/i,
      /\b(mean|means|meant)\s+(the world|everything|so much)\s+to me\b[^.!?\n]{0,50}\b(if|please|could|find)\b|\b(meant|means)\s+everything\s+to\s+me\b/i,
      /\b(i|i'm|i am)\s+(can|could|am able to|ready to)\s+start\s+(tomorrow|today|immediately|right away|straight away)\b/i,
      /\b(if|in case|should)\s+(the|your)\s+(other|chosen|selected|successful|new|preferred)\s+(\w+\s+)?(candidate|hire|person|one|applicant)\s+(turns?|drops?|pulls?|backs?|falls?)\s+(it\s+)?(down|out|through)\b/i,
      /\b(my\s+)?(last|final|only)\s+(shot|lifeline)\b|\b(out of work|unemployed|jobless|job-?hunting|job searching|looking for work|without a job)\s+for\s+(\w+\s+)?(months|years|a year|ages)\b/i,
      /\bat my own (expense|cost)\b|\bjust say the word\b|\b(i'd|i would|i can|i could)\s+(happily\s+)?relocate\s+(tomorrow|immediately|today|straight away)\b/i,
      /\b(redo|retake|re-do|re-take|resit|re-sit)\b[^.!?\n]{0,30}\b(test|task|assessment|interview|exercise|challenge|round|case study|take-home)\b|\b(not ready|can't|cannot|don't want)\s+to\s+(let (it|this) go|give (it|this) up|give up on (this|it))\b/i,
      /\b(?<=^|[.!?\n]\s*)can we (talk|speak|chat|discuss)( (about )?(it|this))?\s*\?/im,
      /\b(look at|read|review|consider|go over)\s+(my|me)\b[^.!?\n]{0,20}\b(one more time|once more|again)\b|\b(wait|waiting)\s+(as long as it takes|however long|for as long as)\b|\b(put|keep|move)\s+me\s+(at|to)\s+the\s+top\b|\bfirst in line\b/i,
      /\bi\s+(really|so|just)\s+want\s+(this|it)\s*[.!]|\bany\s+flexibility\b|\b(i'll|i will)\s+(be\s+)?(ring|call|phon)\w*\s+you\b|\b(apply|applying)\s+again\s+(next week|tomorrow|every|and again)\b|\bnot giving up on this (one|role|job)\b/i,
      /\b(if not|otherwise),?\s+you know where (i am|to find me)\b|\b(kept|keep me|stay|remain)\s+in\s+the\s+running\b/i,
      /\b(show|prove|demonstrate)\b[^.!?\n]{0,25}\bwhat i (can|could) (really |actually )?do\b/i,
      /\bplease (don't|do not)\s+(shut|close)\b|\bpass my (cv|resume|application)\b[^.!?\n]{0,40}\bagain\b|\b(so close to|just to|anything to)\s+(get(ting)?\s+)?a\s+foot\s+in\s+the\s+door\b/i,
      /\bfind\s+(a place|a spot|room|a role|something|a position|a seat)\s+for\s+me\b/i,
      /\b(don't|do not)\s+(give up on|forget|overlook|dismiss)\s+me\b/i,
      /\b(give|grant|offer|allow)\s+me\s+(just\s+)?(one|a|another|a second|a final)\s+(more\s+)?(chance|opportunity|shot|try)\b(?![^.!?\n]{0,40}\b(future|next|later|another role|other roles?)\b)/i,
      /\b(is|was)\s+(the|your|this)\s+decision\s+(really\s+|completely\s+|absolutely\s+|definitely\s+|totally\s+|100%\s+)(final|set in stone|definite)\b/i,
      /\b(hate|can't bear|couldn't bear)\s+to\s+(lose|miss|let go of)\s+(this|it|the)\b/i,
    ],
    isNegatable: true,
    // Interest in a future role is not pleading: "a junior role in future would suit me".
    unless:
      /\b(in (the )?future|future (roles?|openings?|vacanc\w+)|down the line|one day|next year|ever has|another (opening|role|vacancy))\b/i,
  },
];
