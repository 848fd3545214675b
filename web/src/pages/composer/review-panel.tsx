import { useEffect, useRef, useState } from 'react';
import type { Finding, Verdict } from '../../../../src/core/review/index.js';
import { findingKey } from './highlighted-textarea.js';
import { SeverityIcon, VerdictIcon } from './review-icons.js';
import { categoryLabels, severityLabels, severityRank, verdictLabels } from './review-labels.js';
import type { SpellingStatus } from './use-spell-checker.js';

/** A finding and the field it was found in. */
export type ReviewItem = { finding: Finding; field: 'message' | 'subject' };

export function itemKey(item: ReviewItem): string {
  return `${item.field}:${findingKey(item.finding)}`;
}

/** Most important first, then in reading order: the subject before the message. */
export function sortItems(items: ReviewItem[]): ReviewItem[] {
  return [...items].sort(
    (a, b) =>
      severityRank[a.finding.severity] - severityRank[b.finding.severity] ||
      (a.field === b.field ? 0 : a.field === 'subject' ? -1 : 1) ||
      a.finding.start - b.finding.start,
  );
}

/** Short quotes stay whole; long ones are cut at a word, so the list stays easy to scan. */
export function quote(text: string, max = 90): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${cut.slice(0, space > max / 2 ? space : max)}…`;
}

/** Says a new verdict once, politely; the score changing as one types is not news. */
function useVerdictAnnouncement(verdict: Verdict): string {
  const [message, setMessage] = useState('');
  const previous = useRef(verdict);
  useEffect(() => {
    if (previous.current === verdict) return;
    previous.current = verdict;
    setMessage(`Review: ${verdictLabels[verdict].title}.`);
  }, [verdict]);
  return message;
}

type Props = {
  verdict: Verdict;
  score: number;
  items: ReviewItem[];
  spelling: SpellingStatus;
  activeKey: string | null;
  /** The pause after the rejection is still on: "ready" means ready once it ends. */
  isPaused: boolean;
  /** What the last one-click change did, said to screen readers. */
  notice: string;
  onShow: (item: ReviewItem) => void;
  onApply: (item: ReviewItem) => void;
};

/** The verdict, and each finding with why it matters and what to write instead. */
export function ReviewPanel(props: Props) {
  const { verdict, score, items, spelling, activeKey, isPaused, notice, onShow, onApply } = props;
  const announcement = useVerdictAnnouncement(verdict);
  const label = verdictLabels[verdict];
  return (
    <section className="panel review-panel" aria-labelledby="review-title">
      <div className="review-head">
        <h2 id="review-title">Review</h2>
        <p id="review-verdict" className={`review-verdict review-verdict-${verdict}`}>
          <VerdictIcon verdict={verdict} />
          <span className="review-verdict-title">{label.title}</span>
          <span className="review-score">
            <span className="visually-hidden">, score </span>
            <span aria-hidden="true">·</span> {score}
            <span className="review-score-max"> / 100</span>
          </span>
        </p>
      </div>
      <p className="review-detail">
        {verdict === 'ready' && isPaused
          ? 'It reads kindly and clearly. It can wait here until your pause ends.'
          : label.detail}
      </p>
      <p className="visually-hidden" aria-live="polite" aria-atomic="true">
        {announcement}
      </p>
      <p className="visually-hidden" aria-live="polite">
        {notice}
      </p>
      {items.length === 0 ? (
        <p className="review-empty">Nothing to change. Read it once more in your own voice.</p>
      ) : (
        <ul className="review-findings" aria-label="Review findings">
          {items.map((item) => (
            <FindingItem
              key={itemKey(item)}
              item={item}
              isActive={itemKey(item) === activeKey}
              onShow={onShow}
              onApply={onApply}
            />
          ))}
        </ul>
      )}
      {spelling !== 'ready' && (
        <p className="review-note">
          {spelling === 'loading'
            ? 'Spelling is checked as soon as the dictionary has loaded.'
            : 'Spelling is not checked right now; the rest of the review still is.'}
        </p>
      )}
    </section>
  );
}

type ItemProps = {
  item: ReviewItem;
  isActive: boolean;
  onShow: (item: ReviewItem) => void;
  onApply: (item: ReviewItem) => void;
};

function FindingItem({ item, isActive, onShow, onApply }: ItemProps) {
  const { finding, field } = item;
  const excerptId = `finding-${itemKey(item).replace(/[^\w-]/g, '-')}`;
  const excerpt = quote(finding.excerpt);
  const where = field === 'subject' ? 'subject' : 'message';
  return (
    <li
      className={`review-finding review-finding-${finding.severity}${isActive ? ' is-active' : ''}`}
    >
      <p className="review-finding-meta">
        <span className={`review-severity review-severity-${finding.severity}`}>
          <SeverityIcon severity={finding.severity} />
          {severityLabels[finding.severity]}
        </span>
        <span className="review-category">
          {categoryLabels[finding.category]}
          {field === 'subject' ? ', in the subject' : ''}
        </span>
      </p>
      <button
        type="button"
        className="review-excerpt"
        id={excerptId}
        onClick={() => {
          onShow(item);
        }}
      >
        {excerpt === '' ? (
          `Go to the ${where}`
        ) : (
          <>
            <span className="visually-hidden">Show in the {where}: </span>“{excerpt}”
          </>
        )}
      </button>
      <p className="review-why">{finding.message}</p>
      {finding.suggestion && (
        <p className="review-instead">
          <span className="review-instead-label">Instead: </span>
          {finding.suggestion}
        </p>
      )}
      {finding.replacement !== undefined && (
        <button
          type="button"
          className="button button-secondary button-small review-apply"
          aria-describedby={excerptId}
          onClick={() => {
            onApply(item);
          }}
        >
          Use “{finding.replacement}”
        </button>
      )}
    </li>
  );
}
