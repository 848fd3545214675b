import { useRef, useState, type RefObject } from 'react';
import { flushSync } from 'react-dom';
import type { DraftKind } from '../../../../src/core/composer/types.js';
import type { Contact, Draft, Plan } from '../../api.js';
import type { ComposerContext } from './composer-page.js';
import { DraftEditor } from './draft-editor.js';
import { DraftOptions } from './draft-options.js';
import { itemKey, quote, ReviewPanel, type ReviewItem } from './review-panel.js';
import { SendActions } from './send-actions.js';
import type { DraftState } from './use-draft.js';
import { useDraftReview } from './use-draft-review.js';

type Props = {
  context: ComposerContext;
  kind: DraftKind;
  state: DraftState & { draft: Draft };
  messageRef: RefObject<HTMLTextAreaElement | null>;
};

type TextField = HTMLTextAreaElement | HTMLInputElement;

/**
 * Replaces `start..end` of a field's text in one step. The browser's own insertText keeps
 * the change in its undo history, so Ctrl+Z (⌘Z) brings the old words back; where it is
 * not supported, the text is set directly.
 */
function replaceInField(
  field: TextField,
  start: number,
  end: number,
  replacement: string,
  setValue: (value: string) => void,
): void {
  const next = field.value.slice(0, start) + replacement + field.value.slice(end);
  field.focus();
  field.setSelectionRange(start, end);
  // eslint-disable-next-line @typescript-eslint/no-deprecated -- the one way to keep undo working
  const isInserted = replacement !== '' && document.execCommand('insertText', false, replacement);
  if (!isInserted || field.value !== next) {
    flushSync(() => {
      setValue(next);
    });
  }
  const caret = start + replacement.length;
  field.setSelectionRange(caret, caret);
}

function namesFor(context: ComposerContext, recipient: Contact | undefined): string[] {
  const { application } = context.detail;
  return [
    recipient?.name,
    application.company,
    application.role,
    context.settings.senderName,
  ].filter((name): name is string => typeof name === 'string' && name.trim() !== '');
}

function isSecondFollowupOf(plan: Plan | null, kind: DraftKind): boolean {
  return (
    kind === 'feedback-followup' && plan?.steps.find((s) => s.kind === kind)?.status === 'done'
  );
}

function isCoolingOff(plan: Plan | null): boolean {
  return plan !== null && plan.isCoolingOff && Date.now() < new Date(plan.coolOffEndsAt).getTime();
}

/** The draft, its live review and the ways to send it, once the draft has loaded. */
export function DraftWorkspace({ context, kind, state, messageRef }: Props) {
  const { detail, settings, plan } = context;
  const recipient = detail.contacts[0];
  const subjectRef = useRef<HTMLInputElement>(null);
  const [activeKey, setActiveKey] = useState<string | null>(null);
  const [notice, setNotice] = useState('');
  const review = useDraftReview({
    body: state.body,
    subject: state.draft.subject === null ? null : state.subject,
    kind,
    linkedinAccount: settings.linkedinAccount,
    isSecondFollowup: isSecondFollowupOf(plan, kind),
    names: namesFor(context, recipient),
  });

  const fieldOf = (item: ReviewItem): TextField | null =>
    item.field === 'subject' ? subjectRef.current : messageRef.current;

  /** Focus the field and select the words the finding is about. */
  const show = (item: ReviewItem) => {
    const field = fieldOf(item);
    if (!field) return;
    const { start, end } = item.finding;
    field.focus();
    field.setSelectionRange(Math.min(start, field.value.length), Math.min(end, field.value.length));
    setActiveKey(itemKey(item));
  };

  /** Use the finding's replacement, if the words are still there; the rest stays as written. */
  const apply = (item: ReviewItem) => {
    const field = fieldOf(item);
    const { start, end, excerpt, replacement } = item.finding;
    if (!field || replacement === undefined) return;
    if (field.value.slice(start, end) !== excerpt) {
      show(item);
      return;
    }
    replaceInField(
      field,
      start,
      end,
      replacement,
      item.field === 'subject' ? state.setSubject : state.setBody,
    );
    setActiveKey(null);
    setNotice(`Changed “${quote(excerpt, 40)}” to “${replacement}”.`);
  };

  return (
    <>
      <div className="composer-grid">
        <DraftEditor
          state={state}
          recipient={recipient}
          messageRef={messageRef}
          subjectRef={subjectRef}
          findings={review.messageFindings}
          activeKey={activeKey?.startsWith('message:') ? activeKey.slice('message:'.length) : null}
          hasOwnSpelling={review.spelling === 'ready'}
        />
        <div className="composer-side">
          <ReviewPanel
            verdict={review.verdict}
            score={review.score}
            items={review.items}
            spelling={review.spelling}
            activeKey={activeKey}
            isPaused={isCoolingOff(plan)}
            notice={notice}
            onShow={show}
            onApply={apply}
          />
          <DraftOptions state={state} />
        </div>
      </div>
      <SendActions
        applicationId={detail.application.id}
        kind={kind}
        draft={state.draft}
        subject={state.subject}
        body={state.body}
        recipient={recipient}
        plan={plan}
        timeZone={settings.timeZone}
        messageRef={messageRef}
        reviewNow={review.reviewNow}
        onKeepEditing={(item) => {
          if (item) show(item);
          else messageRef.current?.focus();
        }}
      />
    </>
  );
}
