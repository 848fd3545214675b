import type { PhraseRule } from './phrase-rule.js';

// A rebuke in plain clothes: a question they are not meant to answer ("Do you even read
// the applications?"), a door closed with a bang ("I won't be applying again"), a lesson
// for them ("I hope you treat the next candidate better"). All say: you did wrong.

const them =
  '(you|your (\\w+\\s+)?(recruiter|team|company|hr|hiring manager|interviewers?|panel|firm|people)|the (\\w+\\s+)?(recruiter|team|company|hr|hiring manager|interviewers?|panel|firm))';

export const rebukeRules: PhraseRule[] = [
  {
    id: 'rebuke',
    category: 'anger_blame',
    severity: 'error',
    message:
      'This scolds them. However deserved it feels, it is what they will remember, and it cannot change the decision.',
    suggestion:
      'Leave it out of this reply; tell a friend instead. "Thank you for letting me know" keeps the door open.',
    patterns: [
      // Questions not meant to be answered.
      new RegExp(
        `\\b(?<=^|[.!?\\n]\\s*)(do|did|does|have|has|were|was|are|is|can|could)\\s+(${them}|they|anyone)\\s+(even|actually|really|ever|honestly|seriously)\\b[^.!?\\n]{0,60}\\?`,
        'im',
      ),
      /\bhow\s+(hard|difficult|long|much effort)\s+(is|was|can|could|would)\s+it\b[^.!?\n]{0,60}\?/i,
      /\b(why would|how could|how can)\s+(you|anyone|a company|they)\b[^.!?\n]{0,60}\?/i,
      // Doors closed with a bang.
      /\b(won't|will not|never|wouldn't|would not)\s+(be\s+)?(ever\s+)?(apply|applying|reapply|reapplying|consider|considering|recommend|recommending|work with|working with|deal with|dealing with|interview with|interviewing with)\b[^.!?\n]{0,40}\b(again|you|your|company|firm|team)\b/i,
      /\b(i'm|i am)\s+(done|finished|through)\s+with\s+(companies|firms|employers|recruiters|you|your|this|people|places)\b/i,
      // Lessons for them.
      /\btreat\s+(the next|other|future|your next|your other|the other)\s+(candidates?|applicants?|people|person|one)\s+better\b|\b(hope|trust)\s+(you|your team|the company)\s+(learn|do better|improve|reflect)\b/i,
      new RegExp(
        `\\b${them}\\s+(never once|never|didn't once|did not once|failed to|refused to|didn't even|did not even|didn't bother|did not bother)\\s+(\\w+\\s+)?(return|reply|replied|respond|responded|call|called|read|answer|answered|acknowledge|acknowledged|get back|got back|follow up|followed up|show|showed|turn up|turned up|look|looked)`,
        'i',
      ),
      /\bmade\s+to\s+feel\s+(like\s+)?(a\s+|an\s+)?(nuisance|burden|idiot|fool|small|stupid|unwelcome|worthless|inadequate|foolish|ignored|invisible|an inconvenience|inconvenience|second-rate)\b/i,
      /\bzero\s+(feedback|respect|communication|courtesy|effort|explanation|consideration|follow-?up|professionalism|empathy)\b|\bnot\s+(a|one|a single)\s+(word|reply|email|call|update)\b(?![^.!?\n]{0,30}\b(more|of complaint)\b)/i,
      /\b(most|so)\s+(frustrating|disorgani[sz]ed|unprofessional|demoralising|demoralizing|chaotic|draining|insulting|disrespectful|dispiriting|soul-destroying)\b[^.!?\n]{0,30}\b(process|experience|interview|company|employer|recruitment|hiring)\b|\bleast\s+(pleasant|organi[sz]ed|professional|respectful|courteous)\s+(process|experience|interview|company)\b/i,
      /\bnot\s+(at all\s+|remotely\s+|very\s+|particularly\s+|exactly\s+)?impressed\b|\bunimpressed\b/i,
      /\b(not|isn't|is not|hardly)\s+how\s+(a\s+)?(professional|serious|decent|respectable|good|proper|reputable)\s+(company|companies|business|employer|team|organi[sz]ation|firm)\b|\bno\s+(professional|serious|decent|reputable)\s+(company|business|employer|firm)\s+would\b/i,
      /\b(apology|apologies)\s+(is|are|would be|seems|seem)\s+(in order|due|owed|appropriate|warranted)\b|\b(owe|owes)\s+(me|us|candidates|applicants)\s+an\s+apology\b/i,
      /\bfrustrated\s+(with|by|at)\s+(you|your|the (way|process|company|team|lack))\b/i,
    ],
    unless: /\b(couldn't have been|could not have been|kind|lovely|helpful)\b/i,
  },
];
