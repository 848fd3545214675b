import { useCallback, useEffect, useMemo, useState } from 'react';
import {
  holdCategories,
  reviewDraft,
  type Finding,
  type Review,
  type ReviewOptions,
  type Verdict,
} from '../../../../src/core/review/index.js';

/** How long after the last keystroke the review runs. */
export const reviewDelayMs = 250;

export type LiveReview = {
  verdict: Verdict;
  score: number;
  /** The findings, with offsets into the text as it is now (see `rebaseFindings`). */
  findings: Finding[];
  /** The text changed since the last review; a new one follows shortly. */
  isPending: boolean;
  /** Reviews the current text right away, e.g. before sending, and returns the result. */
  reviewNow: () => Review;
};

type Reviewed = { text: string; options: ReviewOptions; review: Review };

function timedReview(text: string, options: ReviewOptions): Review {
  const startedAt = performance.now();
  const review = reviewDraft(text, options);
  // One entry, replaced each time: the latest review's cost, visible in the browser's tools.
  performance.clearMeasures('rebound:review');
  performance.measure('rebound:review', { start: startedAt });
  return review;
}

const isWordChar = (char: string | undefined) =>
  char !== undefined && /[\p{L}\p{N}'’-]/u.test(char);

/**
 * Carries findings from the text they were found in over to the text as it is now, so
 * marks stay on their words while the user types and the next review is pending. Only
 * one stretch changes between two keystrokes: findings before it keep their offsets,
 * findings after it move with it, and findings it touches wait for the next review.
 */
export function rebaseFindings(findings: Finding[], from: string, to: string): Finding[] {
  if (from === to) return findings;
  const shortest = Math.min(from.length, to.length);
  let prefix = 0;
  while (prefix < shortest && from.charCodeAt(prefix) === to.charCodeAt(prefix)) prefix++;
  let suffix = 0;
  while (
    suffix < shortest - prefix &&
    from.charCodeAt(from.length - 1 - suffix) === to.charCodeAt(to.length - 1 - suffix)
  ) {
    suffix++;
  }
  const changedEnd = from.length - suffix;
  const shift = to.length - from.length;
  const insertedEnd = to.length - suffix;
  return findings.flatMap((finding) => {
    // Touching is only touching when a word grows: "unfair" + "ly", not "unfair" + "!".
    const endsWord = isWordChar(from[finding.end - 1]);
    const isBefore =
      finding.end < prefix || (finding.end === prefix && !(endsWord && isWordChar(to[prefix])));
    if (isBefore) return [finding];
    const startsWord = isWordChar(from[finding.start]);
    const isAfter =
      finding.start > changedEnd ||
      (finding.start === changedEnd && !(startsWord && isWordChar(to[insertedEnd - 1])));
    if (isAfter) return [{ ...finding, start: finding.start + shift, end: finding.end + shift }];
    return [];
  });
}

/** What the review options mean, as a string: a new options object each render is no change. */
function optionsKey(options: ReviewOptions): string {
  return JSON.stringify([
    options.kind ?? null,
    options.linkedinAccount ?? null,
    options.isSecondFollowup ?? false,
    options.names ?? [],
  ]);
}

/**
 * Reviews `text` as the user writes: right away for the first text, then `reviewDelayMs`
 * after typing stops. The reviewer is pure and takes about a millisecond, so it runs on
 * the main thread; the debounce keeps it off the keystrokes themselves.
 */
export function useLiveReview(text: string, options: ReviewOptions): LiveReview {
  const key = optionsKey(options);
  const { spellChecker } = options;
  // A new object only when what the options say changes; `key` stands for the rest of them.
  const stable = useMemo(() => options, [key, spellChecker]);
  const [reviewed, setReviewed] = useState<Reviewed>(() => ({
    text,
    options: stable,
    review: timedReview(text, stable),
  }));

  useEffect(() => {
    if (reviewed.text === text && reviewed.options === stable) return;
    // New options (the spell checker arrived) apply at once; new text waits for a pause.
    const delay = reviewed.text === text ? 0 : reviewDelayMs;
    const timer = setTimeout(() => {
      setReviewed({ text, options: stable, review: timedReview(text, stable) });
    }, delay);
    return () => {
      clearTimeout(timer);
    };
  }, [text, stable, reviewed]);

  const reviewNow = useCallback(() => {
    const review = timedReview(text, stable);
    setReviewed({ text, options: stable, review });
    return review;
  }, [text, stable]);

  const findings = useMemo(
    () => rebaseFindings(reviewed.review.findings, reviewed.text, text),
    [reviewed, text],
  );

  return {
    verdict: reviewed.review.verdict,
    score: reviewed.review.score,
    findings,
    isPending: reviewed.text !== text || reviewed.options !== stable,
    reviewNow,
  };
}

const verdictRank: Record<Verdict, number> = { ready: 0, revise: 1, hold: 2 };

/** Findings of the subject line that matter there: not greeting, sign-off or length. */
export function isSubjectFinding(finding: Finding): boolean {
  return finding.category !== 'missing_elements' && finding.category !== 'length';
}

/** The verdict a set of findings earns on its own, by the reviewer's rule. */
export function verdictOf(findings: readonly Finding[]): Verdict {
  if (findings.some((f) => f.severity === 'error' && holdCategories.has(f.category))) return 'hold';
  return findings.some((f) => f.severity !== 'suggestion') ? 'revise' : 'ready';
}

/**
 * The message's review with the subject line's: the stricter verdict, and the subject's
 * findings taken off the message's score (a subject review starts at 100 too).
 */
export function combineReviews(
  body: Pick<Review, 'verdict' | 'score'>,
  subject: Pick<Review, 'score' | 'findings'>,
): Pick<Review, 'verdict' | 'score'> {
  const subjectVerdict = verdictOf(subject.findings);
  return {
    verdict:
      verdictRank[subjectVerdict] > verdictRank[body.verdict] ? subjectVerdict : body.verdict,
    score: Math.max(0, body.score - (100 - subject.score)),
  };
}
