import { angerRules } from './rules/anger-rules.js';
import { comparisonRules } from './rules/comparison-rules.js';
import { desperationRules } from './rules/desperation-rules.js';
import { findMissingElements } from './rules/element-rules.js';
import { grievanceRules } from './rules/grievance-rules.js';
import { guiltRules } from './rules/guilt-rules.js';
import { findLength } from './rules/length-rule.js';
import { applyPhraseRule } from './rules/phrase-rule.js';
import { findPlaceholders } from './rules/placeholder-rule.js';
import { insinuationRules } from './rules/insinuation-rules.js';
import { pleaRules } from './rules/plea-rules.js';
import { rebukeRules } from './rules/rebuke-rules.js';
import { politeDemandRules } from './rules/polite-demand-rules.js';
import { relationRules } from './rules/relation-rules.js';
import { sarcasmRules } from './rules/sarcasm-rules.js';
import { selfRules } from './rules/self-rules.js';
import { veiledThreatRules } from './rules/veiled-threat-rules.js';
import { findSentenceTone } from './rules/sentence-tone.js';
import toneModel from './tone-model.json' with { type: 'json' };
import { findToneByModel } from './tone-model.js';
import { findShouting } from './rules/shouting-rule.js';
import { findMisspellings } from './rules/spelling-rule.js';
import { normalise } from './text-units.js';
import {
  holdCategories,
  type Finding,
  type Review,
  type ReviewOptions,
  type Verdict,
} from './types.js';

// Tone is what can be held, plus defensiveness and putting oneself down.
const toneCategories: ReadonlySet<string> = new Set([
  ...holdCategories,
  'defensive',
  'self_deprecation',
]);

const phraseRules = [
  ...angerRules,
  ...insinuationRules,
  ...pleaRules,
  ...relationRules,
  ...selfRules,
  ...sarcasmRules,
  ...grievanceRules,
  ...rebukeRules,
  ...comparisonRules,
  ...politeDemandRules,
  ...veiledThreatRules,
  ...desperationRules,
  ...guiltRules,
];
const penalty = { error: 40, warning: 15, suggestion: 3 } as const;
/** Past this, text is not a message anyone would send; review its start only. */
const maxReviewedChars = 20_000;

function nameSet(names: readonly string[] | undefined): Set<string> {
  return new Set(
    (names ?? []).flatMap((name) => name.toLowerCase().split(/[\s,/]+/)).filter(Boolean),
  );
}

// Tone findings of one category merge where they overlap; structural ones are each their own.
const groupOf = (f: Finding) =>
  f.category === 'missing_elements' || f.category === 'spelling' ? f.rule : f.category;

/** One finding per place and category: overlapping matches of one category merge into the first. */
function dedupe(findings: Finding[]): Finding[] {
  const sorted = [...findings].sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Finding[] = [];
  for (const finding of sorted) {
    const overlaps = kept.some(
      (k) => groupOf(k) === groupOf(finding) && finding.start < k.end && k.start < finding.end,
    );
    if (!overlaps) kept.push(finding);
  }
  return kept;
}

function verdictOf(findings: Finding[]): Verdict {
  if (findings.some((f) => f.severity === 'error' && holdCategories.has(f.category))) return 'hold';
  return findings.some((f) => f.severity !== 'suggestion') ? 'revise' : 'ready';
}

function secondFollowup(text: string): Finding {
  return {
    rule: 'second-followup',
    category: 'repeated_followup',
    severity: 'error',
    message:
      'You have already followed up once on this request. A second follow-up tends to close doors, so Rebound holds it.',
    start: 0,
    end: Math.min(text.length, 80),
    excerpt: text.slice(0, 80),
    suggestion:
      'Let it rest. If they write back, thank them; otherwise put the energy into your next application.',
  };
}

/**
 * Reads a draft the way a kind, experienced recruiter would: what would be regretted,
 * where, why, and what to write instead. Pure and fast enough to run on every keystroke.
 */
export function reviewDraft(input: string, options: ReviewOptions = {}): Review {
  const original = input.length > maxReviewedChars ? input.slice(0, maxReviewedChars) : input;
  const text = normalise(original);
  const names = nameSet(options.names);
  const findings: Finding[] = [
    ...phraseRules.flatMap((rule) => applyPhraseRule(rule, text, original, options.kind)),
    ...findSentenceTone(text),
    ...findShouting(text, names),
    ...findPlaceholders(text),
    ...findMissingElements(text, options.kind),
    ...findLength(input, options.kind, options.linkedinAccount ?? 'free'),
    ...(options.spellChecker ? findMisspellings(text, options.spellChecker, names) : []),
  ];
  if (options.isSecondFollowup && options.kind === 'feedback-followup')
    findings.push(secondFollowup(text));
  // The model speaks only where no rule found anything about tone.
  if (!findings.some((f) => toneCategories.has(f.category))) {
    findings.push(...findToneByModel(text, toneModel));
  }
  const kept = dedupe(findings);
  const score = Math.max(0, 100 - kept.reduce((sum, f) => sum + penalty[f.severity], 0));
  return { verdict: verdictOf(kept), score, findings: kept };
}
