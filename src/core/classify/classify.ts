import { globalPattern } from '../text/global-pattern.js';
import model from './bayes-model.json' with { type: 'json' };
import { strong } from './cue.js';
import {
  clauseBefore,
  cues,
  isAboutEveryone,
  isConcession,
  isConditional,
  isNegatedCue,
  isQuoted,
} from './cues.js';
import { predictBayes, tokenize, type BayesModel } from './naive-bayes.js';
import { newestPart } from './newest-part.js';
import { candidateWithdrew, stillOpen } from './other-cues.js';
import { isReapplyInvited } from './reapply.js';
import { rejectionStageOf } from './stage.js';
import { emailLabels, type Classification, type EmailLabel, type EmployerEmail } from './types.js';

type Scores = Record<EmailLabel, number>;

function sentenceStart(text: string, index: number): number {
  return Math.max(...['.', '!', '?', '\n'].map((c) => text.lastIndexOf(c, index - 1))) + 1;
}

function sentenceAt(text: string, index: number): string {
  const ends = ['.', '!', '?', '\n'].map((c) => text.indexOf(c, index)).filter((i) => i >= 0);
  return text.slice(sentenceStart(text, index), ends.length > 0 ? Math.min(...ends) : text.length);
}

/** Whether a cue's match at this place counts: not quoted, not conditional, not negated. */
function counts(cue: (typeof cues)[number], text: string, index: number, end: number): boolean {
  if (!cue.evenQuoted && isQuoted(text, index)) return false;
  if (cue.isConditional && (isConditional(text, index) || isAboutEveryone(text, end))) return false;
  if (cue.requires && !cue.requires.test(sentenceAt(text, index))) return false;
  if (cue.unlessAfter?.test(clauseBefore(text, index, 120))) return false;
  if (cue.label === 'rejection') {
    const start = sentenceStart(text, index);
    return !isConcession(sentenceAt(text, index), index - start);
  }
  return cue.label === 'other' || !isNegatedCue(text, index);
}

function score(text: string, found: string[], strongest: Scores): Scores {
  const scores = Object.fromEntries(emailLabels.map((l) => [l, 0])) as Scores;
  for (const cue of cues) {
    // exec on one shared global copy, not matchAll, which clones the pattern on every call:
    // about a fifth of the time per email. Safe because scoring is synchronous and starts
    // each pattern from 0.
    const pattern = globalPattern(cue.pattern);
    pattern.lastIndex = 0;
    let best = 0;
    for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
      if (match[0] === '') pattern.lastIndex++;
      if (!counts(cue, text, match.index, match.index + match[0].length)) continue;
      best = cue.weight;
      found.push(`${cue.label}: "${match[0].trim().slice(0, 60)}"`);
      break;
    }
    scores[cue.label] += best;
    strongest[cue.label] = Math.max(strongest[cue.label], best);
  }
  return scores;
}

/** The label from the scores, with the rules that no generic word decides a label. */
function decide(
  scores: Scores,
  strongest: Scores,
  /** The application stays open, or the candidate withdrew: whatever else it says, no rejection. */
  isNoRejection: boolean,
): { label: EmailLabel; confidence: number } {
  const adjusted = { ...scores };
  // Every label needs one clear statement or two signs together; a rejection needs a clear
  // statement, never only "unfortunately" and good wishes, and never while the application
  // is said to stay open.
  for (const label of emailLabels) {
    if (label === 'other' || strongest[label] >= strong) continue;
    if (label === 'rejection' || adjusted[label] < strong)
      adjusted[label] = Math.min(adjusted[label], 1);
  }
  if (isNoRejection) adjusted.rejection = Math.min(adjusted.rejection, 1);
  // An acknowledgement that also says no is a rejection; one that sets a test is an assessment.
  if (adjusted.rejection >= strong)
    adjusted.application_received = Math.min(adjusted.application_received, 2);
  if (adjusted.assessment >= strong) adjusted.application_received = 0;
  const ranked = emailLabels
    .filter((l) => l !== 'other')
    .map((label) => ({ label, value: adjusted[label] }))
    .sort((a, b) => b.value - a.value);
  const [top, second] = ranked;
  const otherScore = adjusted.other;
  // Outreach, events, alerts and delays often invite or apologise too; a clear sign of them
  // wins a tie.
  if (!top || top.value < 2 || otherScore >= top.value + (strongest.other >= strong ? 0 : 1)) {
    return { label: 'other', confidence: otherScore > 0 ? 0.7 : 0.5 };
  }
  const margin = top.value - Math.max(second?.value ?? 0, otherScore);
  return { label: top.label, confidence: Math.min(0.99, 0.55 + 0.1 * margin) };
}

const shippedModel = model as BayesModel<EmailLabel>;

/**
 * When no phrase decides, a model trained on our corpus may: it knows wordings the rules
 * don't. It must be confident, and the text long enough that no single word decides.
 */
function fallBack(
  text: string,
  ruled: { label: EmailLabel; confidence: number },
  found: string[],
  bayes: BayesModel<EmailLabel>,
) {
  if (tokenize(text).length < 30) return ruled;
  const [best] = predictBayes(bayes, modelText(text));
  if (!best || best.label === 'other' || best.probability < 0.9) return ruled;
  found.push(`${best.label}: model (${Math.round(best.probability * 100)}%)`);
  return { label: best.label, confidence: Number((0.5 + best.probability / 3).toFixed(2)) };
}

// "Dear Sam Lee," and "Thanks, Sam": the person's name says nothing about the email, and a
// model that learnt names would carry them into the product.
const addressed =
  /\b(hi|hello|hey|dear|greetings|thanks|thank you|cheers|regards|congratulations|jambo|kia ora|olá|hola|bonjour)(\s+(mr|mrs|ms|miss|dr|prof)\.?)?,?(\s+[\p{L}'-]+){1,2}/giu;
const capitalised = /^\p{Lu}/u;
// A salutation that is only the name: "Seth," on its own line.
const nameLine = /^\s*\p{Lu}[\p{L}'-]*(\s+\p{Lu}[\p{L}'-]*)?,[ \t]*$/gmu;

/** The text the fallback model reads, in training and in use: without the person's name. */
export function modelText(text: string): string {
  return text.replace(nameLine, '').replace(addressed, (match: string, greeting: string) => {
    // Keep the words after the greeting unless they are capitalised, as names are.
    const words = match.slice(greeting.length).split(/(\s+)/);
    const kept = [];
    let inName = true;
    for (const word of words) {
      const bare = word.replace(/^[,.]/, '').trim();
      if (inName && bare && !/^(mr|mrs|ms|miss|dr|prof)\.?$/i.test(bare) && !capitalised.test(bare))
        inName = false;
      if (!inName || !bare) kept.push(word);
    }
    return `${greeting}${kept.join('')}`;
  });
}

/**
 * What the classifier reads: the newest part of the body, and the subject above it. Training
 * reads the same text, so the model sees what it will be asked about.
 */
export function readableText(email: EmployerEmail): { body: string; text: string } {
  // Curly apostrophes ("won’t") read as straight ones; curly quotes stay, they mark quotations.
  const body = newestPart(email.body).replace(/[\u2018\u2019]/g, "'");
  return { body, text: `${email.subject.replace(/[\u2018\u2019]/g, "'")}\n${body}` };
}

/**
 * What an employer email is: a rejection (and after which stage, and whether it invites
 * reapplying), an acknowledgement, an invitation, an assessment, an offer, or something
 * else. Reads the newest part only, so quoted history and footers don't decide.
 * `model` replaces the shipped fallback model; the evaluation passes one trained without
 * the emails it scores (cross-validation).
 */
export function classifyEmail(
  email: EmployerEmail,
  model: BayesModel<EmailLabel> = shippedModel,
): Omit<Classification, 'company' | 'role' | 'contactName'> {
  const { body, text } = readableText(email);
  const found: string[] = [];
  const strongest = Object.fromEntries(emailLabels.map((l) => [l, 0])) as Scores;
  const ruled = decide(
    score(text, found, strongest),
    strongest,
    stillOpen.test(text) || candidateWithdrew.test(text),
  );
  // The model speaks only when no rule found anything that says what the email is.
  const isUndecided = ruled.label === 'other' && strongest.other < strong;
  const { label, confidence } = isUndecided ? fallBack(text, ruled, found, model) : ruled;
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
