import { actionsFor } from './actions.js';
import { themeCues } from './cues.js';
import { isCritical, isCueNegated } from './polarity.js';
import type { FeedbackTheme, ThemeFinding, ThemeReport } from './types.js';
import { feedbackThemes } from './types.js';
import { clausesOf, type Clause } from './units.js';
import { normalise } from '../review/text-units.js';
import modelJson from './theme-model.json' with { type: 'json' };
import { themesByModel, type ThemeModel } from './theme-model.js';

/** Where a hit came from: a rule's sign or topic, a topic carried from the clause before, or the model. */
export type HitSource = 'sign' | 'topic' | 'framed' | 'carried' | 'model';
type Hit = { theme: FeedbackTheme; clause: Clause; strength: number; source: HitSource };

const strengthOf = { sign: 0.8, topic: 0.65, framed: 0.7, carried: 0.55 } as const;

const trainedModel = modelJson as ThemeModel;

/** A clause that finds fault or suggests a change: only these can carry a theme. */
export function isCriticalClause(clause: Clause): boolean {
  return clause.framing !== 'praise' && (clause.framing === 'concern' || isCritical(clause.text));
}

type ClauseCues = { clause: Clause; signs: Set<FeedbackTheme>; topics: Set<FeedbackTheme> };

// Form-letter lines say nothing about the person: "candidates whose experience more closely
// matches our needs", "thank you for your interest".
const formLetter =
  /\b(whose|with) (skills?|background|experience|profiles?|qualifications?)( and (skills?|experience|qualifications?|background))? (more |better |most |best )?(closely )?(match|matches|matched|align|aligns|aligned|fit|fits|meet|meets)\b[^.]*\b(our|the|this|your) (current )?(needs|requirements|role|position|criteria)\b|\bthank(s| you)\b[^.]{0,40}\b(interest|applying|application|time)\b/i;

function cuesIn(clause: Clause): ClauseCues {
  const found: ClauseCues = { clause, signs: new Set(), topics: new Set() };
  if (clause.framing === 'praise') return found;
  const isFormLetter = formLetter.test(clause.text);
  for (const cue of themeCues) {
    if (isFormLetter && cue.kind === 'topic') continue;
    const match = cue.pattern.exec(clause.text);
    if (!match) continue;
    // A topic under "not" is still criticism ("didn't seem enthusiastic"); a sign is not.
    if (cue.kind === 'sign' && isCueNegated(clause.text, match.index)) continue;
    (cue.kind === 'sign' ? found.signs : found.topics).add(cue.theme);
  }
  // "The personal statement didn't explain how you meet the criteria" is about the written
  // application, not how the person spoke (fixtures/feedback/README.md).
  if (found.topics.has('resume_presentation') || found.signs.has('resume_presentation')) {
    found.signs.delete('communication');
    found.topics.delete('communication');
  }
  return found;
}

// "The designs in your portfolio were lovely, but it was mostly branding": the criticism
// names no topic, so it refers back to the one just mentioned.
const refersBack =
  /^(and |so )?(it|they|these|those|this|that|them|none|most|some|all|each|the rest)\b/i;

function hitsIn(all: ClauseCues[], index: number): Hit[] {
  const current = all[index];
  if (!current) return [];
  const { clause, signs, topics } = current;
  const isConcern = clause.framing === 'concern';
  const critical = isCriticalClause(clause);
  const hits: Hit[] = [...signs].map((theme) => ({
    theme,
    clause,
    strength: strengthOf.sign,
    source: 'sign' as const,
  }));
  if (!critical) return hits;
  // One clause usually carries one criticism: a sign explains it, so other topics stay quiet.
  for (const theme of topics) {
    if (signs.size > 0 && !signs.has(theme)) continue;
    hits.push(
      isConcern
        ? { theme, clause, strength: strengthOf.framed, source: 'framed' }
        : { theme, clause, strength: strengthOf.topic, source: 'topic' },
    );
  }
  if (hits.length > 0 || decision.test(clause.text)) return hits;
  const previous = all[index - 1];
  // A clause whose criticism a sign already explained lends its topics to nothing more.
  if (!previous || previous.clause.framing === 'praise' || previous.signs.size > 0) return hits;
  const isSameSentence = previous.clause.sentence.start === clause.sentence.start;
  if (!isSameSentence && !refersBack.test(clause.text)) return hits;
  for (const theme of previous.topics)
    hits.push({ theme, clause, strength: strengthOf.carried, source: 'carried' });
  return hits;
}

/**
 * Wording no rule knows: a critical clause the rules left alone is read by the trained
 * model, and a theme it is sure about counts, a little less strongly than a rule's.
 */
function modelHitsIn(clause: Clause | undefined, model: ThemeModel, threshold: number): Hit[] {
  if (!clause || model.labels.length === 0 || !isCriticalClause(clause)) return [];
  // "Outcome: not progressed" is the decision, not a reason for it.
  if (decision.test(clause.text)) return [];
  return themesByModel(model, clause.text, threshold).map(({ theme, probability }) => ({
    theme,
    clause,
    strength: 0.4 + 0.3 * probability,
    source: 'model' as const,
  }));
}

function findingFrom(theme: FeedbackTheme, hits: Hit[], original: string): ThemeFinding {
  const best = hits.reduce((a, b) => (b.strength > a.strength ? b : a));
  const clauses = new Set(hits.map((h) => h.clause.start));
  const confidence = Math.min(0.95, best.strength + 0.08 * (clauses.size - 1));
  const { start, end } = best.clause;
  return {
    theme,
    confidence: Number(confidence.toFixed(2)),
    evidence: { start, end, text: original.slice(start, end) },
  };
}

// A decision sentence is the best evidence we have when no reason is given.
const decision =
  /\b(not (be )?(moving|progress|proceed|taking|shortlist|select|successful)\w*|unsuccessful|another (candidate|applicant|direction)|other (candidates|applicants)|someone else|filled|decided|decision|regret|on hold|withdrawn|closed|hired|chose|chosen|selected|offered|start sooner|(one|single|only) (position|opening|role|vacancy|place|spot))\b/i;

function otherFinding(original: string, clauses: Clause[]): ThemeFinding | undefined {
  const words = normalise(original).match(/\p{L}{2,}/gu) ?? [];
  if (words.length < 3) return undefined;
  const sentence = (clauses.find((c) => decision.test(c.sentence.text)) ?? clauses[0])?.sentence;
  if (!sentence) return undefined;
  return {
    theme: 'other',
    confidence: 0.6,
    evidence: {
      start: sentence.start,
      end: sentence.end,
      text: original.slice(sentence.start, sentence.end),
    },
  };
}

function hitsByTheme(text: string, model: ThemeModel) {
  const clauses = clausesOf(text);
  const byTheme = new Map<FeedbackTheme, Hit[]>();
  const cues = clauses.map(cuesIn);
  const ruleHits = cues.map((_, i) => hitsIn(cues, i));
  const threshold = ruleHits.some((h) => h.length > 0) ? model.alongsideThreshold : model.threshold;
  for (let i = 0; i < cues.length; i++) {
    const fromRules = ruleHits[i] ?? [];
    const hits = fromRules.length > 0 ? fromRules : modelHitsIn(cues[i]?.clause, model, threshold);
    for (const hit of hits) byTheme.set(hit.theme, [...(byTheme.get(hit.theme) ?? []), hit]);
  }
  return { clauses, byTheme };
}

/**
 * The feedback themes in what an employer said, each with the clause that shows it. Praise
 * is not a theme: only what was criticised or suggested counts. `other` means there was
 * feedback but no reason we can name.
 */
export function findThemes(text: string, model: ThemeModel = trainedModel): ThemeReport {
  if (typeof text !== 'string' || text.trim() === '') return { themes: [], actions: [] };
  const { clauses, byTheme } = hitsByTheme(text, model);
  const themes = feedbackThemes
    .filter((theme) => byTheme.has(theme))
    .map((theme) => findingFrom(theme, byTheme.get(theme) ?? [], text));
  if (themes.length === 0) {
    const other = otherFinding(text, clauses);
    if (other) themes.push(other);
  }
  return { themes, actions: themes.flatMap((t) => actionsFor(t.theme)) };
}

/**
 * Which kinds of evidence named each theme: for the evaluation's aggregate diagnostics
 * (how many wrong guesses came from rules' topics, signs or the model), never shown to users.
 */
export function themeSources(
  text: string,
  model: ThemeModel = trainedModel,
): Map<FeedbackTheme, HitSource[]> {
  if (typeof text !== 'string' || text.trim() === '') return new Map();
  const { byTheme } = hitsByTheme(text, model);
  return new Map([...byTheme].map(([theme, hits]) => [theme, hits.map((h) => h.source)]));
}
