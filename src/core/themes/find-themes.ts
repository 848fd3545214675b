import { actionsFor } from './actions.js';
import {
  clauseFeatures,
  cuesIn,
  decision,
  isCriticalClause,
  isPraiseOnly,
  type ClauseCues,
} from './clause-cues.js';
import type { FeedbackTheme, ThemeFinding, ThemeReport } from './types.js';
import { feedbackThemes } from './types.js';
import { clausesOf, type Clause } from './units.js';
import { normalise } from '../review/text-units.js';
import modelJson from './theme-model.json' with { type: 'json' };
import { scoreClause, themesByModel, type ThemeModel } from './theme-model.js';

/** Where a hit came from: a rule's sign or topic, a topic carried from the clause before, or the model. */
export type HitSource = 'sign' | 'topic' | 'framed' | 'carried' | 'model';
type Hit = { theme: FeedbackTheme; clause: Clause; strength: number; source: HitSource };

const strengthOf = { sign: 0.8, topic: 0.65, framed: 0.7, carried: 0.55 } as const;

const trainedModel = modelJson as ThemeModel;

// "The designs in your portfolio were lovely, but it was mostly branding": the criticism
// names no topic, so it refers back to the one just mentioned.
const refersBack =
  /^(and |so )?(it|they|these|those|this|that|them|none|most|some|all|each|the rest|not|never|nothing|still|only|less|too|lacked|lacks|lacking|missing|needs?|could|should|was|were|is|are|a bit|a little|without)\b/i;

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
  let back = index - 1;
  // "The portfolio was good but a lot of it was group work and it wasn't clear what your part
  // was": "it" reaches past a clause that names nothing to the last one that did.
  const namesNothing = (c: ClauseCues | undefined) => !!c && c.signs.size + c.topics.size === 0;
  while (
    back > 0 &&
    refersBack.test(clause.text) &&
    namesNothing(all[back]) &&
    all[back - 1]?.clause.sentence.start === clause.sentence.start
  )
    back--;
  const previous = all[back];
  // A clause whose criticism a sign already explained lends its topics to nothing more.
  if (!previous || previous.clause.framing === 'praise' || previous.signs.size > 0) return hits;
  const isSameSentence = previous.clause.sentence.start === clause.sentence.start;
  // After plain praise the criticism is about something else ("you explained it nicely, but
  // the estimates were off"), unless it points back ("the portfolio was lovely, but it…").
  const mustReferBack = !isSameSentence || isPraiseOnly(previous.clause);
  if (mustReferBack && !refersBack.test(clause.text)) return hits;
  for (const theme of previous.topics)
    hits.push({ theme, clause, strength: strengthOf.carried, source: 'carried' });
  return hits;
}

/**
 * Wording no rule knows: a critical clause the rules left alone is read by the trained
 * model, and a theme it is sure about counts, a little less strongly than a rule's.
 */
function modelHitsIn(
  cues: ClauseCues | undefined,
  features: string[],
  model: ThemeModel,
  threshold: number,
): Hit[] {
  if (!cues || model.labels.length === 0 || !isCriticalClause(cues.clause)) return [];
  const { clause } = cues;
  // "Outcome: not progressed" is the decision, not a reason for it.
  if (decision.test(clause.text)) return [];
  return themesByModel(model, clause.text, threshold, features).map(({ theme, probability }) => ({
    theme,
    clause,
    strength: 0.4 + 0.3 * probability,
    source: 'model' as const,
  }));
}

/**
 * Rules name an area ("the technical test", "your communication") or a usual complaint
 * ("more detail", "edge cases"); whether this clause really criticises it is a judgement
 * the model, trained on other batches, makes better than a word list. A rule's theme stands
 * when the model gives it at least `topicSupport`; a topic carried from the clause before
 * is judged there, so it stays.
 */
function keptByModel(hits: Hit[], cues: ClauseCues, features: string[], model: ThemeModel): Hit[] {
  const support = model.topicSupport ?? 0;
  if (support <= 0 || model.labels.length === 0) return hits;
  const needsSupport = (h: Hit) => h.source !== 'carried';
  if (!hits.some(needsSupport)) return hits;
  const chance = new Map(
    scoreClause(model, cues.clause.text, features).map((s) => [s.label, s.probability]),
  );
  return hits.filter(
    (h) =>
      !needsSupport(h) || (chance.get(h.theme as ThemeModel['labels'][number]) ?? 0) >= support,
  );
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
  const features = cues.map((c, i) => clauseFeatures(c, cues[i - 1]));
  const ruleHits = cues.map((c, i) => keptByModel(hitsIn(cues, i), c, features[i] ?? [], model));
  const threshold = ruleHits.some((h) => h.length > 0) ? model.alongsideThreshold : model.threshold;
  for (let i = 0; i < cues.length; i++) {
    const fromRules = ruleHits[i] ?? [];
    // Beside a rule's theme a clause can hold a second one the rules have no words for.
    const fromModel = modelHitsIn(
      cues[i],
      features[i] ?? [],
      model,
      fromRules.length > 0 ? model.alongsideThreshold : threshold,
    ).filter((h) => !fromRules.some((r) => r.theme === h.theme));
    for (const hit of [...fromRules, ...fromModel])
      byTheme.set(hit.theme, [...(byTheme.get(hit.theme) ?? []), hit]);
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
