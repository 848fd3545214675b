import { ConfirmDialog } from '../../components/confirm-dialog.js';

type Props = {
  isOpen: boolean;
  /** When the pause ends, as the user reads it: "Tuesday 14:00". */
  endsAt: string;
  confirmLabel: string;
  isBusy?: boolean;
  error?: string | undefined;
  onConfirm: () => void;
  onCancel: () => void;
};

/** Before sending during the pause: why waiting helps, and the choice to go ahead anyway. */
export function CoolOffDialog({ endsAt, ...props }: Props) {
  return (
    <ConfirmDialog
      {...props}
      title="A little more time first?"
      cancelLabel={`Wait until ${endsAt}`}
      confirmClassName="button-secondary"
      busyLabel="Saving…"
    >
      <p>
        This news is still fresh. A few hours of distance help a message say exactly what you mean,
        and a thank-you that arrives a little later is just as welcome.
      </p>
      <p>
        Your pause ends <strong>{endsAt}</strong>. Until then, your draft stays on this page.
      </p>
    </ConfirmDialog>
  );
}
