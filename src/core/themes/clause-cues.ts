import { namesASkill, themeCues } from './cues.js';
import { isCritical, isCueNegated, isReassuring } from './polarity.js';
import type { FeedbackTheme } from './types.js';
import type { Clause } from './units.js';

/** The cue rules that fired in one clause: signs are criticism on their own, topics name an area. */
export type ClauseCues = { clause: Clause; signs: Set<FeedbackTheme>; topics: Set<FeedbackTheme> };

// Plain praise: a clause built on these and with nothing critical in it names no theme.
const praise =
  /\b(excellent|great|strong(est)?|impressive|impressed|solid|good|thorough|lovely|loved|liked|enjoyed|fantastic|brilliant|outstanding|(?<!as )well(?! as)|nicely|nice|polished|engaging|appreciated|warmed|complimentary|fine|clear(?! (that|you|from|to us))|concise|articulate|knowledgeable|friendly|professional|well[- ](prepared|structured|organi[sz]ed)|to the point)\b/i;

/** A clause that finds fault or suggests a change: only these can carry a theme. */
export function isCriticalClause(clause: Clause): boolean {
  return clause.framing !== 'praise' && (clause.framing === 'concern' || isCritical(clause.text));
}

// Form-letter lines say nothing about the person: "candidates whose experience more closely
// matches our needs", "thank you for your interest".
const formLetter =
  /\b(whose|with) (skills?|background|experience|profiles?|qualifications?)( and (skills?|experience|qualifications?|background))? (more |better |most |best )?(closely )?(match|matches|matched|align|aligns|aligned|fit|fits|meet|meets)\b[^.]*\b(our|the|this|your) (current )?(needs|requirements|role|position|criteria)\b|\bthank(s| you)\b[^.]{0,40}\b(interest|applying|application|time)\b/i;

/**
 * A clause that only praises: "your maths was fine", "the panel loved your portfolio". It
 * names no theme, even with a word that is usually a complaint in it ("clear and to the point").
 */
export function isPraiseOnly(clause: Clause): boolean {
  if (clause.framing === 'praise') return true;
  return clause.framing === 'none' && praise.test(clause.text) && !isCritical(clause.text);
}

const score = /\b(\d{1,3})\s*(%|\/\s*100\b|percent\b)/i;
const passMark =
  /\b(pass mark|pass rate|passing score|threshold|cut-?off|benchmark|required score|minimum( score)?)\b\D{0,12}(\d{1,3})\b/i;

/** "Test result: 52/100; the pass mark is 70": a score under the bar is the reason. */
function isScoreBelowPassMark(sentence: string): boolean {
  const got = score.exec(sentence);
  const needed = passMark.exec(sentence);
  if (!got || !needed) return false;
  return Number(got[1]) < Number(needed[3]);
}

export function cuesIn(clause: Clause): ClauseCues {
  const found: ClauseCues = { clause, signs: new Set(), topics: new Set() };
  if (clause.framing === 'praise') return found;
  // Plain praise names its topic (a later "but it…" may point back to it) but no sign.
  const isPraise = isPraiseOnly(clause);
  const isFormLetter = formLetter.test(clause.text);
  const firstAt = new Map<FeedbackTheme, number>();
  for (const cue of themeCues) {
    if (isFormLetter && cue.kind === 'topic') continue;
    const match = cue.pattern.exec(clause.text);
    if (!match) continue;
    // A topic under "not" is still criticism ("didn't seem enthusiastic"); a sign is not.
    if (cue.kind === 'sign' && (isPraise || isCueNegated(clause.text, match.index))) continue;
    (cue.kind === 'sign' ? found.signs : found.topics).add(cue.theme);
    firstAt.set(cue.theme, Math.min(firstAt.get(cue.theme) ?? Infinity, match.index));
  }
  if (!isPraise && isScoreBelowPassMark(clause.sentence.text)) found.signs.add('technical_skills');
  // "The personal statement didn't explain how you meet the criteria" is about the written
  // application, not how the person spoke (fixtures/feedback/README.md).
  if (found.topics.has('resume_presentation') || found.signs.has('resume_presentation')) {
    found.signs.delete('communication');
    found.topics.delete('communication');
  }
  // Skills named in a CV or a portfolio are what the document shows: when the document comes
  // first it is the criticism ("your CV doesn't show the skills in the posting").
  const documentAt = Math.min(
    firstAt.get('resume_presentation') ?? Infinity,
    firstAt.get('portfolio') ?? Infinity,
  );
  const isAboutDocument = documentAt < (firstAt.get('technical_skills') ?? Infinity);
  if (isAboutDocument) found.topics.delete('technical_skills');
  // "Your audit exposure is more limited": the area names what the experience was in, and the
  // experience is the point; a named tool or language keeps both (below).
  const isExperienceOnly =
    (found.topics.has('experience_mismatch') || found.signs.has('experience_mismatch')) &&
    !found.signs.has('technical_skills') &&
    !namesASkill.test(clause.text);
  if (isExperienceOnly) found.topics.delete('technical_skills');
  // "We need hands-on experience with SAP" is experience and the named skill both.
  if (found.signs.has('experience_mismatch') && namesASkill.test(clause.text))
    found.signs.add('technical_skills');
  return found;
}

// A decision sentence is the best evidence we have when no reason is given.
export const decision =
  /\b((not|n't|cannot|unable to) (be )?(move|moving|progress|proceed|taking|take|shortlist|select|successful|go(ing)? ahead)\w*|hiring freeze|headcount|budget (to|for)|restructur\w*|reorgani[sz]\w*|internal (candidate|applicant|hire)|unsuccessful|another (candidate|applicant|direction)|other (candidates|applicants)|someone else|filled|decided|decision|regret|on hold|withdrawn|closed|hired|chose|chosen|selected|offered|start sooner|(one|single|only) (position|opening|role|vacancy|place|spot))\b/i;

/**
 * What the rules saw in a clause, as features for the clause model beside its words: which
 * theme's signs and topics fired, and whether the clause criticises, praises, reassures or
 * gives the decision. The model learns how far to trust each, where a rule cannot.
 */
export function clauseFeatures(cues: ClauseCues, previous?: ClauseCues): string[] {
  const { clause, signs, topics } = cues;
  const features = [
    ...[...signs].map((t) => `@sign:${t}`),
    ...[...topics].map((t) => `@topic:${t}`),
  ];
  // "…but it wasn't clear what your part was": what the clause before in the sentence named.
  if (previous && previous.clause.sentence.start === clause.sentence.start)
    features.push(...[...previous.topics].map((t) => `@before:${t}`));
  if (clause.framing !== 'none') features.push(`@heading:${clause.framing}`);
  if (isCritical(clause.text)) features.push('@critical');
  if (isReassuring(clause.text)) features.push('@reassuring');
  if (praise.test(clause.text)) features.push(isCritical(clause.text) ? '@praise' : '@praise-only');
  if (decision.test(clause.text)) features.push('@decision');
  if (formLetter.test(clause.text)) features.push('@form-letter');
  if (signs.size + topics.size === 0) features.push('@no-cue');
  return features;
}
