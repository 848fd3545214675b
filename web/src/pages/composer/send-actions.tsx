import { useRef, useState, type RefObject } from 'react';
import { useLocation } from 'wouter';
import type { DraftKind } from '../../../../src/core/composer/types.js';
import { stepLabels } from '../../../../src/core/playbook/steps.js';
import type { Verdict } from '../../../../src/core/review/index.js';
import { api, asApiError, type Contact, type Draft, type Plan } from '../../api.js';
import { useStatus } from '../../status.js';
import { formatMoment } from '../../zoned-time.js';
import { copyText } from './clipboard.js';
import { CoolOffDialog } from './cool-off-dialog.js';
import { mailtoHref } from './mailto.js';
import { ReviewHoldDialog } from './review-hold-dialog.js';
import type { ReviewItem } from './review-panel.js';

type Props = {
  applicationId: string;
  kind: DraftKind;
  draft: Draft;
  subject: string;
  body: string;
  recipient: Contact | undefined;
  plan: Plan | null;
  timeZone: string;
  messageRef: RefObject<HTMLTextAreaElement | null>;
  /** The review of the text as it is at this moment, with what it would hold back. */
  reviewNow: () => { verdict: Verdict; holdItems: ReviewItem[] };
  /** "Keep editing": back to the message, at what the review would hold back. */
  onKeepEditing: (item: ReviewItem | undefined) => void;
};

/** What the feedback and interest steps need to know the message already covered. */
const coveringElements: readonly string[] = ['feedback_ask', 'future_interest'];

type Action = 'send' | 'mail';
/**
 * What waits for a yes: `cool-off` asks because of the pause alone; `review` because the
 * review would hold the message, and mentions the pause too when it is on.
 */
type Pending =
  | { action: Action; reason: 'cool-off' }
  | { action: Action; reason: 'review'; items: ReviewItem[] }
  | null;

/** Copy, open in the mail app, or record as sent: Rebound never sends by itself. */
export function SendActions(props: Props) {
  const { applicationId, kind, draft, subject, body, recipient, plan, timeZone } = props;
  const [, navigate] = useLocation();
  const { announce } = useStatus();
  const [pending, setPending] = useState<Pending>(null);
  const [isSaving, setIsSaving] = useState(false);
  const [dialogError, setDialogError] = useState<string>();
  const label = stepLabels[kind];
  const isNote = draft.limit !== null;
  const mailHref = mailtoHref(recipient?.email, subject, body);
  const isCoolingOff =
    plan !== null && plan.isCoolingOff && Date.now() < new Date(plan.coolOffEndsAt).getTime();
  const endsAt = plan ? formatMoment(plan.coolOffEndsAt, timeZone) : '';
  /** Set by "Keep editing", read once the dialog has closed and focus can move. */
  const keepEditing = useRef<{ item: ReviewItem | undefined } | null>(null);

  /** Whether to ask first, and why: the review's hold comes first, then the pause. */
  const askFirst = (action: Action): Pending => {
    const { verdict, holdItems } = props.reviewNow();
    if (verdict === 'hold') return { action, reason: 'review', items: holdItems };
    return isCoolingOff ? { action, reason: 'cool-off' } : null;
  };

  const copy = async () => {
    const isCopied = await copyText(body);
    if (isCopied) {
      announce(
        isNote
          ? 'Copied the note. Paste it into your LinkedIn connection request.'
          : 'Copied the message. Paste it into your email; the subject is above it.',
      );
      return;
    }
    props.messageRef.current?.focus();
    props.messageRef.current?.select();
    announce(
      'This browser did not let Rebound copy. The message is selected: press Ctrl+C (⌘C on a Mac) to copy it.',
    );
  };

  const markSent = async (isCoolOffOverridden: boolean) => {
    setIsSaving(true);
    setDialogError(undefined);
    try {
      await api.recordStep(applicationId, {
        kind,
        status: 'done',
        includes: draft.elements.filter((element) => coveringElements.includes(element)),
        isCoolOffOverridden,
      });
      announce(`Marked “${label}” as sent. Well done; the next step is in your plan.`, {
        isKeptOnNavigate: true,
      });
      navigate(`/applications/${applicationId}`);
    } catch (caught) {
      const error = asApiError(caught);
      setIsSaving(false);
      if (error.code === 'confirmation_required' && !isCoolOffOverridden) {
        setPending({ action: 'send', reason: 'cool-off' });
        return;
      }
      if (pending && error.code !== 'step_blocked') {
        setDialogError(error.message);
        return;
      }
      setPending(null);
      announce(error.message);
    }
  };

  const openMail = () => {
    window.location.href = mailHref;
    announce('Your mail app should open with this message. Once it is sent, mark it as sent here.');
  };

  const confirmLabel = pending?.action === 'mail' ? 'Open mail app anyway' : 'Send anyway';

  const confirm = () => {
    if (pending?.action === 'mail') {
      setPending(null);
      openMail();
    } else {
      // Sending past the review's hold during the pause also answers the pause's question.
      void markSent(pending?.reason === 'cool-off' || isCoolingOff);
    }
  };

  const cancel = () => {
    setPending(null);
    setDialogError(undefined);
  };

  return (
    <div className="composer-actions">
      <button
        type="button"
        className="button button-secondary"
        onClick={() => {
          void copy();
        }}
      >
        Copy message
      </button>
      {!isNote && (
        <a
          href={mailHref}
          className="button button-secondary"
          onClick={(event) => {
            const ask = askFirst('mail');
            if (!ask) {
              announce(
                'Your mail app should open with this message. Once it is sent, mark it as sent here.',
              );
              return;
            }
            event.preventDefault();
            setPending(ask);
          }}
        >
          Open in mail app
        </a>
      )}
      {isNote && recipient?.linkedinUrl && (
        <a
          href={recipient.linkedinUrl}
          className="button button-secondary"
          target="_blank"
          rel="noopener noreferrer"
        >
          Open their LinkedIn profile<span className="visually-hidden"> (opens in a new tab)</span>
        </a>
      )}
      <button
        type="button"
        className="button button-primary"
        disabled={isSaving}
        onClick={() => {
          const ask = askFirst('send');
          if (ask) setPending(ask);
          else void markSent(false);
        }}
      >
        {isSaving && !pending ? 'Saving…' : 'Mark as sent'}
      </button>
      <CoolOffDialog
        isOpen={pending?.reason === 'cool-off'}
        endsAt={endsAt}
        confirmLabel={confirmLabel}
        isBusy={isSaving}
        error={dialogError}
        onConfirm={confirm}
        onCancel={cancel}
      />
      <ReviewHoldDialog
        isOpen={pending?.reason === 'review'}
        items={pending?.reason === 'review' ? pending.items : []}
        coolOffEndsAt={isCoolingOff ? endsAt : null}
        confirmLabel={confirmLabel}
        isBusy={isSaving}
        error={dialogError}
        onConfirm={confirm}
        onCancel={() => {
          keepEditing.current = {
            item: pending?.reason === 'review' ? pending.items[0] : undefined,
          };
          cancel();
        }}
        restoreFocus={() => {
          const keep = keepEditing.current;
          if (!keep) return false;
          keepEditing.current = null;
          props.onKeepEditing(keep.item);
          return true;
        }}
      />
    </div>
  );
}
