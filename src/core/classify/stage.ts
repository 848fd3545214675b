import type { RejectionStage } from './types.js';

const leaders =
  '(ceo|cto|coo|cfo|president|founders?|co-?founders?|leadership( team)?|executive( team)?|board( chair)?|partners|managing (director|partner)|vp|vice president|director of \\w+|head of \\w+)';

// From the furthest step an email mentions: a final round beats an interview, an
// interview beats a call with a recruiter, which beats the application alone.
const stageCues: [RejectionStage, RegExp][] = [
  [
    'after_final',
    new RegExp(
      [
        '\\b(final|last|third|3rd|fourth|4th)[\\s-]+(round|stage|interview|interviews|step|panel|conversation|meeting|presentation)s?\\b',
        '\\b(on-?site|superday|assessment day|assessment cent(re|er))\\b',
        `\\b(meet|meeting|met|presentation|present\\w*|interview\\w*|conversation|lunch|dinner|session|time)\\s+(\\w+\\s+){0,3}(to|with)\\s+(the\\s+|our\\s+|your\\s+)?(\\w+\\s+)?${leaders}\\b`,
        `\\b${leaders}\\b[^.]{0,40}\\b(interview|meeting|conversation|round)`,
        '\\bfinalists?\\b',
        '\\b(spen[dt]|spending)\\s+(the|a|an)\\s+(day|afternoon|morning)\\s+with\\b',
        '\\b(withdraw\\w*|rescind\\w*|retract\\w*)\\s+(the|our|your)\\s+offer\\b|\\b(offer|verbal offer) (we|that we) (made|extended)\\b',
      ].join('|'),
      'i',
    ),
  ],
  [
    'after_interview',
    new RegExp(
      [
        '\\b(technical|second|2nd|follow-?up|team|panel|hiring manager|in-person|face-to-face|live coding|coding|system design|behavio(u)?ral|competency|case|pair programming|structured)\\s+(interview|interviews|round|call|session|conversation)\\b',
        '\\b(online|numerical|verbal|logical|reasoning|(situational )?judge?ment|aptitude|psychometric|skills?|coding|technical|written|personality)\\s+(test|tests|assessment|assessments|questionnaire)\\b',
        '\\b(take[- ]home|case study|coding (challenge|exercise|test|task)|technical (test|assessment|exercise|task)|presentation|assignment|assessment|design exercise|written exercise|micro-?teach\\w*|trial (shift|day|session|period)|trial in the|work trial|(the|a|your|paid) trial|test (task|project|assignment)|home assignment|(sample|trial|demo) (lesson|class))\\b',
        '\\b(interviewed|interviewing)\\s+(with|for)\\b|\\binterviews\\s+with\\b|\\bthank you for interviewing\\b',
        '\\b(met|meeting|speaking|spoke|talking)\\s+with\\s+(the|our)\\s+(team|hiring manager|engineering|panel|interviewers)\\b',
        '\\b(after|following|thank you for (attending|your time at|completing|coming in for))\\s+(your|the|our)\\s+interview',
        '\\b(your|attend\\w*|attend\\w* (the|an?|your))\\s+interview\\b',
        '\\b(for|at|after|attending|joining|join)\\s+the\\s+(?!(phone|telephone|video|screening|recruiter|initial|first|intro\\w*)\\b)(\\w+\\s+)?interview\\b',
      ].join('|'),
      'i',
    ),
  ],
  [
    'after_screen',
    new RegExp(
      [
        '\\b(phone|telephone|recruiter|initial|intro(ductory)?|screening|first|preliminary|short|brief|exploratory|video|catch-?up)\\s+(call|screen|interview|conversation|chat)\\b',
        '\\b(speak|speaking|spoke|talk|talking|talked|chat|chatting|chatted)\\s+(with|to)\\s+(me|us|our recruiter|our talent|the recruiter|our recruiting)\\b',
        '\\b(our|the|for the)\\s+(call|conversation|chat)\\b|\\bphone screen\\b|\\bscreening\\b|\\bon the phone\\b|\\b(hop|hopping|jump|jumping)\\s+on\\s+(a|the)\\s+(call|phone)\\b',
        '\\b(good|great|nice|lovely|pleasure)\\s+(to\\s+)?(speak|speaking|chat|chatting|talk|talking)\\b',
      ].join('|'),
      'i',
    ),
  ],
  [
    'after_application',
    new RegExp(
      [
        '\\b(review(ed|ing)?|consider(ed|ing)?|assess(ed|ing)?|evaluat(ed|ing)|read|looked at|gone through|go through|went through)\\b[^.]{0,40}\\b(your|all|every|the)\\s+(application|cv|resume|résumé|profile|submission|candidacy|applications|portfolio|qualifications|background)',
        '\\b(applying|applied|your application|application (for|to)|your (cv|resume|résumé|portfolio|submission|candidacy)|interest in|shortlist\\w*|sift\\w*)\\b',
        '\\bthe volume of applications\\b|\\bnumber of applications\\b|\\b(time|chance) to apply\\b|\\byour\\b[^.]{0,40}\\bapplication\\b',
      ].join('|'),
      'i',
    ),
  ],
];

// Steps mentioned only to say there will be none ("not shortlisted for interview"), or that
// other people take ("currently interviewing a number of candidates"): not the candidate's.
const notTaken = [
  /(\bnot|n't|\bunable to|\bno longer)\s+(\w+\s+){0,4}?(invit|progress|mov|schedul|shortlist|arrang|select|put|tak|offer|book|invit)\w*\b[^.]{0,50}\b(interviews?|next (round|stage)|assessment cent(re|er)|[\w-]+ stage|final round|onsite|hiring manager \w+)\b/gi,
  /\b(interviewing|interviewed|interview)\s+(a number of|several|many|some|other|the other|\d+)\s+(\w+\s+)?(candidates|applicants|people)\b/gi,
  /\b(other|another)\s+(candidates|applicants|people)\b[^.]{0,30}\binterviews?\b/gi,
  /\b(chosen|decided|selected)\s+to\s+interview\b/gi,
  // "You were not among the finalists", "candidates who better match our needs for the
  // assessment centre": a step only others reach.
  /\b(not|n't)\s+(among|one of)\s+(the\s+)?(\w+\s+)?finalists\b/gi,
  /\b(candidates|applicants|others|people)\b[^.]{0,80}\b(for|to|into)\s+(the|our)\s+(assessment cent(re|er)|final (round|stage|interview)s?|onsite|superday|next (round|stage))\b/gi,
];

/** The stage a rejection implies, from the furthest step it mentions. */
export function rejectionStageOf(text: string): RejectionStage {
  const cleaned = notTaken.reduce((t, pattern) => t.replace(pattern, ' '), text);
  for (const [stage, pattern] of stageCues) {
    if (pattern.test(cleaned)) return stage;
  }
  return /\binterview/i.test(cleaned) ? 'after_interview' : 'unknown';
}
