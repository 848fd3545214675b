import { globalPattern } from '../text/global-pattern.js';
import model from './bayes-model.json' with { type: 'json' };
import { cues, isConditional, isNegatedCue } from './cues.js';
import { predictBayes, tokenize, type BayesModel } from './naive-bayes.js';
import { newestPart } from './newest-part.js';
import { isReapplyInvited } from './reapply.js';
import { rejectionStageOf } from './stage.js';
import { emailLabels, type Classification, type EmailLabel, type EmployerEmail } from './types.js';

type Scores = Record<EmailLabel, number>;

function sentenceAt(text: string, index: number): string {
  const start = Math.max(...['.', '!', '?', '\n'].map((c) => text.lastIndexOf(c, index - 1))) + 1;
  const ends = ['.', '!', '?', '\n'].map((c) => text.indexOf(c, index)).filter((i) => i >= 0);
  return text.slice(start, ends.length > 0 ? Math.min(...ends) : text.length);
}

function score(text: string, found: string[], strongest: Scores): Scores {
  const scores = Object.fromEntries(emailLabels.map((l) => [l, 0])) as Scores;
  for (const cue of cues) {
    const pattern = globalPattern(cue.pattern);
    let best = 0;
    for (const match of text.matchAll(pattern)) {
      if (cue.isConditional && isConditional(text, match.index)) continue;
      if (cue.requires && !cue.requires.test(sentenceAt(text, match.index))) continue;
      if (cue.label !== 'rejection' && cue.label !== 'other' && isNegatedCue(text, match.index))
        continue;
      best = cue.weight;
      found.push(`${cue.label}: "${match[0].trim().slice(0, 60)}"`);
      break;
    }
    scores[cue.label] += best;
    strongest[cue.label] = Math.max(strongest[cue.label], best);
  }
  return scores;
}

/** The label from the scores, with the rules that no generic word decides a rejection. */
function decide(scores: Scores, strongest: Scores): { label: EmailLabel; confidence: number } {
  const adjusted = { ...scores };
  // A rejection needs at least one clear statement, not only "unfortunately" and good wishes.
  if (strongest.rejection < 3) adjusted.rejection = Math.min(adjusted.rejection, 1);
  // An acknowledgement that also says no is a rejection; one that sets a test is an assessment.
  if (adjusted.rejection >= 3)
    adjusted.application_received = Math.min(adjusted.application_received, 2);
  if (adjusted.assessment >= 3) adjusted.application_received = 0;
  // Offers and invitations are happy news: their cues outweigh sign-off politeness.
  const ranked = emailLabels
    .filter((l) => l !== 'other')
    .map((label) => ({ label, value: adjusted[label] }))
    .sort((a, b) => b.value - a.value);
  const [top, second] = ranked;
  const otherScore = adjusted.other;
  // Outreach, events and alerts often invite too; a clear sign of them wins a tie.
  if (!top || top.value < 2 || otherScore >= top.value + (strongest.other >= 3 ? 0 : 1)) {
    return { label: 'other', confidence: otherScore > 0 ? 0.7 : 0.5 };
  }
  const margin = top.value - Math.max(second?.value ?? 0, otherScore);
  return { label: top.label, confidence: Math.min(0.99, 0.55 + 0.1 * margin) };
}

const bayes = model as BayesModel<EmailLabel>;

/**
 * When no phrase decides, a model trained on our corpus may: it knows wordings the rules
 * don't. It must be confident, and the text long enough that no single word decides.
 */
function fallBack(text: string, ruled: { label: EmailLabel; confidence: number }, found: string[]) {
  if (tokenize(text).length < 30) return ruled;
  const [best] = predictBayes(bayes, text);
  if (!best || best.label === 'other' || best.probability < 0.9) return ruled;
  found.push(`${best.label}: model (${Math.round(best.probability * 100)}%)`);
  return { label: best.label, confidence: Number((0.5 + best.probability / 3).toFixed(2)) };
}

/**
 * What an employer email is: a rejection (and after which stage, and whether it invites
 * reapplying), an acknowledgement, an invitation, an assessment, an offer, or something
 * else. Reads the newest part only, so quoted history and footers don't decide.
 */
export function classifyEmail(
  email: EmployerEmail,
): Omit<Classification, 'company' | 'role' | 'contactName'> {
  const body = newestPart(email.body);
  const text = `${email.subject}\n${body}`;
  const found: string[] = [];
  const strongest = Object.fromEntries(emailLabels.map((l) => [l, 0])) as Scores;
  const ruled = decide(score(text, found, strongest), strongest);
  const { label, confidence } = ruled.label === 'other' ? fallBack(text, ruled, found) : ruled;
  const isRejection = label === 'rejection';
  return {
    label,
    confidence,
    cues: found
      .filter((cue) => cue.startsWith(`${label}:`))
      .map((cue) => cue.slice(label.length + 2)),
    stage: isRejection ? rejectionStageOf(body) : null,
    reapplyInvited: isRejection ? isReapplyInvited(body) : null,
  };
}
