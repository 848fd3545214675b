import {
  memo,
  useCallback,
  useLayoutEffect,
  useMemo,
  useRef,
  type Ref,
  type TextareaHTMLAttributes,
} from 'react';
import type { Finding, Severity } from '../../../../src/core/review/index.js';
import { severityRank } from './review-labels.js';

/** A finding's identity in lists and marks: rule and place. */
export function findingKey(finding: Finding): string {
  return `${finding.rule}:${String(finding.start)}:${String(finding.end)}`;
}

/**
 * Findings about the whole message (its length), about what is missing (a greeting, a
 * sign-off) or about nothing yet are listed, not marked: there are no wrong words to mark.
 */
export function isMarkable(finding: Finding, textLength: number): boolean {
  if (finding.end <= finding.start || finding.category === 'missing_elements') return false;
  return !(finding.category === 'length' && finding.start === 0 && finding.end >= textLength);
}

type Segment = { start: number; end: number; finding: Finding | null };

/**
 * The text cut where findings start and end. Where findings overlap, the one that matters
 * most is marked. A few findings and a few hundred characters: cheap on every keystroke.
 */
export function segmentsOf(text: string, findings: readonly Finding[]): Segment[] {
  const markable = findings.filter((f) => isMarkable(f, text.length) && f.end <= text.length);
  const cuts = new Set([0, text.length]);
  for (const f of markable) {
    cuts.add(f.start);
    cuts.add(f.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const segments: Segment[] = [];
  for (let i = 0; i < points.length - 1; i++) {
    const start = points[i] ?? 0;
    const end = points[i + 1] ?? start;
    let top: Finding | null = null;
    for (const f of markable) {
      if (f.start <= start && end <= f.end) {
        if (!top || severityRank[f.severity] < severityRank[top.severity]) top = f;
      }
    }
    const last = segments.at(-1);
    if (last && last.finding === top) last.end = end;
    else segments.push({ start, end, finding: top });
  }
  return segments;
}

const markClass: Record<Severity, string> = {
  error: 'review-mark review-mark-error',
  warning: 'review-mark review-mark-warning',
  suggestion: 'review-mark review-mark-suggestion',
};

type BackdropProps = { text: string; findings: readonly Finding[]; activeKey: string | null };

/** The marks, drawn behind the textarea's own (transparent) background at the same metrics. */
const Backdrop = memo(function Backdrop({ text, findings, activeKey }: BackdropProps) {
  const segments = useMemo(() => segmentsOf(text, findings), [text, findings]);
  return (
    <>
      {segments.map(({ start, end, finding }) => {
        const part = text.slice(start, end);
        if (!finding) return part;
        const key = findingKey(finding);
        return (
          <mark
            key={`${key}@${String(start)}`}
            className={`${markClass[finding.severity]}${key === activeKey ? ' is-active' : ''}`}
            data-severity={finding.severity}
            data-start={start}
            data-end={end}
          >
            {part}
          </mark>
        );
      })}
      {/* A final line break needs something after it to take up its line. */}
      {text.endsWith('\n') || text === '' ? ' ' : null}
    </>
  );
});

type Props = Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'value'> & {
  value: string;
  textareaRef: Ref<HTMLTextAreaElement>;
  findings: readonly Finding[];
  activeKey: string | null;
};

/**
 * A textarea whose findings are highlighted in place: a backdrop with the same font,
 * padding and wrapping sits behind it and scrolls with it. The backdrop is hidden from
 * assistive tech; the findings list says the same in words.
 */
export function HighlightedTextarea({ textareaRef, findings, activeKey, ...props }: Props) {
  const backdropRef = useRef<HTMLDivElement>(null);
  const ownRef = useRef<HTMLTextAreaElement | null>(null);

  const syncScroll = () => {
    const textarea = ownRef.current;
    const backdrop = backdropRef.current;
    if (textarea && backdrop) backdrop.scrollTop = textarea.scrollTop;
  };

  // After each change of text the textarea may have scrolled; keep the marks under it.
  useLayoutEffect(syncScroll);

  const setRefs = useCallback(
    (element: HTMLTextAreaElement | null) => {
      ownRef.current = element;
      if (typeof textareaRef === 'function') textareaRef(element);
      else if (textareaRef) textareaRef.current = element;
    },
    [textareaRef],
  );

  return (
    <div className="review-field">
      <div ref={backdropRef} className="review-backdrop" aria-hidden="true">
        <Backdrop text={props.value} findings={findings} activeKey={activeKey} />
      </div>
      <textarea
        {...props}
        ref={setRefs}
        onScroll={(event) => {
          syncScroll();
          props.onScroll?.(event);
        }}
      />
    </div>
  );
}
