import { useState, type RefObject } from 'react';
import { useLocation } from 'wouter';
import type { DraftKind } from '../../../../src/core/composer/types.js';
import { stepLabels } from '../../../../src/core/playbook/steps.js';
import { api, asApiError, type Contact, type Draft, type Plan } from '../../api.js';
import { useStatus } from '../../status.js';
import { formatMoment } from '../../zoned-time.js';
import { copyText } from './clipboard.js';
import { CoolOffDialog } from './cool-off-dialog.js';
import { mailtoHref } from './mailto.js';

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
};

/** What the feedback and interest steps need to know the message already covered. */
const coveringElements: readonly string[] = ['feedback_ask', 'future_interest'];

type Pending = 'send' | 'mail' | null;

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
        setPending('send');
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
            if (!isCoolingOff) {
              announce(
                'Your mail app should open with this message. Once it is sent, mark it as sent here.',
              );
              return;
            }
            event.preventDefault();
            setPending('mail');
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
          if (isCoolingOff) setPending('send');
          else void markSent(false);
        }}
      >
        {isSaving && !pending ? 'Saving…' : 'Mark as sent'}
      </button>
      <CoolOffDialog
        isOpen={pending !== null}
        endsAt={endsAt}
        confirmLabel={pending === 'mail' ? 'Open mail app anyway' : 'Send anyway'}
        isBusy={isSaving}
        error={dialogError}
        onConfirm={() => {
          if (pending === 'mail') {
            setPending(null);
            openMail();
          } else {
            void markSent(true);
          }
        }}
        onCancel={() => {
          setPending(null);
          setDialogError(undefined);
        }}
      />
    </div>
  );
}
