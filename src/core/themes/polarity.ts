import { isNegated } from '../review/negation.js';

/**
 * Words that turn a mention of a topic into criticism of it: "your SQL was not at the
 * level", "answers could be more concise", "gaps in", "we'd have liked to see". Recruiters
 * soften, so suggestions ("work on", "try to", "next time") count as criticism too.
 */
const criticism = new RegExp(
  [
    String.raw`\b(lack(s|ed|ing)?|limited|insufficient|inadequate|weak(er|ness|nesses)?|gaps?|concerns?|concerned|reservations?|doubts?|doubted|worr(y|ied|ies)|struggl\w*|difficult(y|ies)?|hard(er)? to|tough to|fell short|falls? short|short of|below|unable|missing|without|unclear|vague|generic|unfocused|muddled|disappointed|disappointing|mismatch\w*|misalign\w*|at odds|issues?|problems?|mistakes?|errors?|typos?|bugs?|incomplete|unfinished|thin|basic|patchy|rusty|shaky|poor(ly)?|inconsisten\w*|raised questions|different stories|low|lower|challenge|challenging|frustrat\w*|questioned|questioning|light|loose|careless|imprecise|uneven|slow|slower|ambiguous|out of date|outdated|dealbreaker|deal-breaker|shame|pity)\b`,
    // Where the feedback points at the weak spot: "where it fell down", "the one gap was".
    String.raw`\b(fell|falls|fall) down\b|\bsticking point\b|\bheld (you )?back\b|\bcost you\b|\bwent wrong\b|\bthe (one|main|only|biggest|real) (gap|issue|thing|weakness|concern|area|problem|reservation)\b|\b(out|off) by\b|\bnot (quite )?there yet\b|\bnot (quite )?(at )?the level\b`,
    // A requirement stated after a rejection is the reason: "we need someone who...".
    String.raw`\b(we|they|the (role|team|client|job|post|position|business|practice|school|ward|site)) (really |also |ideally |would )?(need(s|ed)?|require[sd]?|(is|are|was|were) looking for)\b(?! to (let|inform|thank|say))`,
    String.raw`\b(not|no|never|nor|hardly|barely|(did|does|do|was|were|is|are|had|has|have|could|would|wo|ca|should)n't|cannot)\b`,
    String.raw`\b(less|fewer|too|rather than|instead of|more|better|stronger|deeper|clearer|further|only|mostly|mainly|largely)\b`,
    String.raw`\b(need(s|ed)? to|needs? (more|work|development)|room for|would (have )?(like|liked|love|loved|prefer|preferred)|hoping (to see|for)|expected|(could|should|might) (have )?(been|be|done|use|show|give|include|work|spend|try|expand|go)|would (have )?(benefit|helped|help)|benefit from|work(ing)? on|improve\w*|develop(ing|ment)?|try (to|using|and)|next time|suggest\w*|recommend\w*|encourage\w*|focus on|make sure|remember to|a bit more|a little more)\b`,
    String.raw`\b(we|the team) (place|put)s? (a lot of |great |real |much )?(weight|emphasis|importance|value) on\b|\b(is|are) (key|essential|crucial|critical|vital) (here|for|to|in)\b|\bmatters? (a lot|to us|here)\b`,
    String.raw`\b[0-2]\s*\/\s*[56]\b|\b[0-3]\s*\/\s*[78]\b|\b[0-4]\s*\/\s*(9|10)\b`,
    // Faults named plainly, and the interviewer having to work for an answer.
    String.raw`\b(incorrect\w*|inaccura\w*|wrong(ly)?|mistaken|miss(ed|es)|mix(ed)? up|mixing up|confus(ed|ing|ion)|negative|defensive|messy|sloppy|buried|stuck|stall(ed|s)?|guess(ed|ing|work)|let (you |it )?down|brought (\w+ )?down|round the houses|in circles|tighten\w*|crisper|closed book|overly|excessive(ly)?|dense|rushed|fail(ed|s|ing)?|lost|unconvinc\w*|up to speed|earlier in (your|their|his|her) career|took (a long time|a while|ages)|a long time to|different question|had to (ask|keep|prompt|push|repeat|chase|steer)|little (detail|depth|substance|to go on|evidence))\b`,
  ].join('|'),
  'i',
);

/** "No concerns about your communication", "never in question": praise worded as a negative. */
const reassurance =
  /\b(no|without|never (had )?any|not any|zero|none of the) (real |major |big |particular |serious )?(concerns?|doubts?|issues?|problems?|questions?|reservations?|complaints?|worries)\b|\bnever (in question|in doubt|an issue|a concern|a problem)\b|\b(is|was|were|are)(n't| not) (an? |the )?(issue|concern|problem|question)\b|\bnothing (wrong|to worry)\b|\b(don'?t|do not|didn'?t|did not|never) (doubt|question)\b|\b(don'?t|do not|please don'?t) (take|read) (this|it) as (a |any )?(comment|reflection|judg(e)?ment|criticism)\b|\b(not|n't)\b[^.]{0,25}\breflection (of|on)\b/i;

// Comparatives that praise: "more than enough", "more than capable".
const praisingComparative =
  /\bmore than (enough|capable|qualified|sufficient|adequate|competent|able|ready|up to)\b/gi;

export function isCritical(clause: string): boolean {
  const text = clause.replace(praisingComparative, ' ');
  return criticism.test(text) && !isReassuring(text);
}

export function isReassuring(clause: string): boolean {
  return reassurance.test(clause);
}

/** A cue in a clause that says it does not apply: "you didn't seem nervous at all". */
export function isCueNegated(clauseText: string, cueOffset: number): boolean {
  // "Don't sell yourself short" is advice about the very thing, not its absence.
  if (/^\W*(please )?(don'?t|do not|try not to|never)\s*$/i.test(clauseText.slice(0, cueOffset)))
    return false;
  return isNegated(clauseText, cueOffset, 3) || isReassuring(clauseText.slice(0, cueOffset));
}
