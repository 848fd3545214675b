import type { RejectionStage } from './types.js';

// From the furthest step an email mentions: a final round beats an interview, an
// interview beats a call with a recruiter, which beats the application alone.
const stageCues: [RejectionStage, RegExp][] = [
  [
    'after_final',
    /\b(final|last|third|3rd|fourth|4th)\s+(round|stage|interview|interviews|step|panel|conversation|meeting)s?\b|\b(on-?site|superday|assessment day)\b|\bmeet(ing)?\s+(with\s+)?(our|the)\s+(ceo|cto|coo|cfo|founders?|leadership|director|vp|head of|executive|managing)\b|\b(ceo|cto|coo|founders?|leadership team|executive team|managing director)\b[^.]{0,40}\b(interview|meeting|conversation|round)/i,
  ],
  [
    'after_interview',
    /\b(technical|second|2nd|follow-?up|team|panel|hiring manager|in-person|video|live coding|coding|system design|behavio(u)?ral|competency|case)\s+(interview|interviews|round|call|session|conversation)\b|\b(take[- ]home|case study|coding (challenge|exercise|test|task)|technical (test|assessment|exercise|task)|presentation|assignment|assessment)\b|\b(interviewed|interviewing)\s+(with|for)\b|\binterviews\s+with\b|\b(met|meeting|speaking|spoke|talking)\s+with\s+(the|our)\s+(team|hiring manager|engineering|panel|interviewers)\b|\b(after|following|thank you for (attending|your time at|completing|coming in for))\s+(your|the|our)\s+interview/i,
  ],
  [
    'after_screen',
    /\b(phone|telephone|recruiter|initial|intro(ductory)?|screening|first|preliminary|short|brief|exploratory)\s+(call|screen|interview|conversation|chat)\b|\b(speaking|spoke|talking|talked|chatting|chatted)\s+(with|to)\s+(me|us|our recruiter|our talent|the recruiter)\b|\bour\s+(call|conversation|chat)\b|\bphone screen\b|\bscreening\b/i,
  ],
  [
    'after_application',
    /\b(review(ed|ing)?|consider(ed|ing)?|assess(ed|ing)?|evaluat(ed|ing))\b[^.]{0,40}\b(your|all)\s+(application|cv|resume|résumé|profile|submission|candidacy|applications)\b|\b(applying|your application)\b|\bthe volume of applications\b|\bnumber of applications\b/i,
  ],
];

// Interviews mentioned only to say there will be none ("not invite you to interview").
const noInterview =
  /\b(not|won't|will not|unable to)\s+(to\s+)?(be\s+)?(invit\w*|progress\w*|mov\w*|schedul\w*)\b[^.]{0,40}\b(interview|next (round|stage))/i;

/** The stage a rejection implies, from the furthest step it mentions. */
export function rejectionStageOf(text: string): RejectionStage {
  const cleaned = text.replace(noInterview, ' ');
  for (const [stage, pattern] of stageCues) {
    if (pattern.test(cleaned)) return stage;
  }
  return /\binterview/i.test(cleaned) ? 'after_interview' : 'unknown';
}
