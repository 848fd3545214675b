import { useEffect, useId, useRef, type ReactNode } from 'react';

type Props = {
  isOpen: boolean;
  title: string;
  children: ReactNode;
  confirmLabel: string;
  cancelLabel?: string;
  busyLabel?: string;
  isBusy?: boolean;
  /** The look of the confirm button; something permanent by default. */
  confirmClassName?: string;
  error?: string | undefined;
  onConfirm: () => void;
  onCancel: () => void;
  /** Moves focus once the dialog has closed; return false to send it back to the opener. */
  restoreFocus?: () => boolean;
};

/**
 * A modal <dialog> that asks before something permanent. Focus starts on the safe choice,
 * Escape cancels, and focus returns to what opened it.
 */
export function ConfirmDialog(props: Props) {
  const { isOpen, title, children, confirmLabel, cancelLabel = 'Cancel', isBusy = false } = props;
  const busyLabel = props.busyLabel ?? 'Working…';
  const dialogRef = useRef<HTMLDialogElement>(null);
  const cancelRef = useRef<HTMLButtonElement>(null);
  const openerRef = useRef<Element | null>(null);
  const titleId = useId();

  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    if (isOpen && !dialog.open) {
      openerRef.current = document.activeElement;
      dialog.showModal();
      cancelRef.current?.focus();
    } else if (!isOpen && dialog.open) {
      dialog.close();
    }
  }, [isOpen]);

  const handleClose = () => {
    // Closed with Escape: that is a cancel too.
    if (isOpen) props.onCancel();
    const opener = openerRef.current;
    const isFocusMoved = props.restoreFocus?.() ?? false;
    if (!isFocusMoved && opener instanceof HTMLElement && opener.isConnected) opener.focus();
  };

  return (
    <dialog ref={dialogRef} className="dialog" aria-labelledby={titleId} onClose={handleClose}>
      <h2 id={titleId} className="dialog-title">
        {title}
      </h2>
      <div className="dialog-body">{children}</div>
      {props.error && (
        <p className="field-error" role="alert">
          {props.error}
        </p>
      )}
      <div className="dialog-actions">
        <button
          ref={cancelRef}
          type="button"
          className="button button-secondary"
          onClick={props.onCancel}
        >
          {cancelLabel}
        </button>
        <button
          type="button"
          className={`button ${props.confirmClassName ?? 'button-danger'}`}
          onClick={props.onConfirm}
          disabled={isBusy}
        >
          {isBusy ? busyLabel : confirmLabel}
        </button>
      </div>
    </dialog>
  );
}
