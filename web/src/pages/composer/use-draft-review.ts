import { useCallback, useMemo } from 'react';
import type { DraftKind, LinkedinAccount } from '../../../../src/core/composer/types.js';
import { holdCategories, type Finding } from '../../../../src/core/review/index.js';
import { sortItems, type ReviewItem } from './review-panel.js';
import { combineReviews, isSubjectFinding, useLiveReview, verdictOf } from './use-live-review.js';
import { useSpelling } from './use-spell-checker.js';

type Input = {
  body: string;
  /** Null for a LinkedIn note, which has no subject line. */
  subject: string | null;
  kind: DraftKind;
  linkedinAccount: LinkedinAccount;
  isSecondFollowup: boolean;
  /** Recipient, company, role and sender: words spelling must leave alone. */
  names: string[];
};

const toItems = (findings: Finding[], field: ReviewItem['field']): ReviewItem[] =>
  findings.map((finding) => ({ finding, field }));

const isHold = (item: ReviewItem) =>
  item.finding.severity === 'error' && holdCategories.has(item.finding.category);

/**
 * The live review of a draft: the message as its kind, the subject line for blanks,
 * spelling and tone. One verdict and score for both, and the findings of both.
 */
export function useDraftReview({
  body,
  subject,
  kind,
  linkedinAccount,
  isSecondFollowup,
  names,
}: Input) {
  const spelling = useSpelling();
  const spellChecker = spelling.checker;
  const message = useLiveReview(body, {
    kind,
    linkedinAccount,
    isSecondFollowup,
    names,
    spellChecker,
  });
  const subjectText = subject ?? '';
  const hasSubject = subjectText.trim() !== '';
  // No kind: a subject has no greeting or sign-off to miss.
  const subjectReview = useLiveReview(hasSubject ? subjectText : '', { names, spellChecker });
  const subjectFindings = useMemo(
    () => (hasSubject ? subjectReview.findings.filter(isSubjectFinding) : []),
    [hasSubject, subjectReview.findings],
  );

  const { verdict, score } = combineReviews(message, {
    score: hasSubject ? subjectReview.score : 100,
    findings: subjectFindings,
  });
  const items = useMemo(
    () =>
      sortItems([...toItems(subjectFindings, 'subject'), ...toItems(message.findings, 'message')]),
    [subjectFindings, message.findings],
  );

  const { reviewNow: reviewMessageNow } = message;
  const { reviewNow: reviewSubjectNow } = subjectReview;
  /** The text as it is this moment, reviewed now: what "Mark as sent" checks against. */
  const reviewNow = useCallback(() => {
    const fresh = reviewMessageNow();
    const freshSubject = hasSubject ? reviewSubjectNow().findings.filter(isSubjectFinding) : [];
    const all = sortItems([
      ...toItems(freshSubject, 'subject'),
      ...toItems(fresh.findings, 'message'),
    ]);
    const subjectVerdict = verdictOf(freshSubject);
    return {
      verdict: subjectVerdict === 'hold' ? subjectVerdict : fresh.verdict,
      holdItems: all.filter(isHold),
    };
  }, [reviewMessageNow, reviewSubjectNow, hasSubject]);

  return {
    verdict,
    score,
    items,
    messageFindings: message.findings,
    isPending: message.isPending || subjectReview.isPending,
    spelling: spelling.status,
    reviewNow,
  };
}

export type DraftReview = ReturnType<typeof useDraftReview>;
