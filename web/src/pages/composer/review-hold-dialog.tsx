import { ConfirmDialog } from '../../components/confirm-dialog.js';
import { categoryLabels } from './review-labels.js';
import { itemKey, quote, type ReviewItem } from './review-panel.js';

type Props = {
  isOpen: boolean;
  /** What the review would hold back. */
  items: ReviewItem[];
  /** When the pause ends, as the user reads it; null when there is no pause on. */
  coolOffEndsAt: string | null;
  confirmLabel: string;
  isBusy?: boolean;
  error?: string | undefined;
  onConfirm: () => void;
  onCancel: () => void;
  restoreFocus?: () => boolean;
};

/**
 * Before sending a message the review would hold: what it found, gently, and the pause if
 * it is still on. Keeping on editing is the default; sending anyway stays the user's call.
 */
export function ReviewHoldDialog({ items, coolOffEndsAt, ...props }: Props) {
  return (
    <ConfirmDialog
      {...props}
      title="Hold this one for now?"
      cancelLabel="Keep editing"
      confirmClassName="button-secondary"
      busyLabel="Saving…"
    >
      <p>
        The review found something you may regret sending. Feeling this way after news like this is
        understandable, and the message will land better without it:
      </p>
      <ul className="hold-list">
        {items.map((item) => (
          <li key={itemKey(item)}>
            <span className="hold-excerpt">“{quote(item.finding.excerpt, 60)}”</span>{' '}
            <span className="hold-category">— {categoryLabels[item.finding.category]}</span>
          </li>
        ))}
      </ul>
      {coolOffEndsAt ? (
        <p>
          Your pause is also still on, until <strong>{coolOffEndsAt}</strong>. A few hours of
          distance help a message say exactly what you mean, and your draft stays on this page.
        </p>
      ) : (
        <p>It is your decision. The review only points; you know this person and this moment.</p>
      )}
    </ConfirmDialog>
  );
}
