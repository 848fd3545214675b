import type { RefObject } from 'react';
import type { Finding } from '../../../../src/core/review/index.js';
import type { Contact } from '../../api.js';
import { Field } from '../../components/field.js';
import { DraftCount } from './draft-count.js';
import { HighlightedTextarea } from './highlighted-textarea.js';
import type { DraftState } from './use-draft.js';

type Props = {
  state: DraftState;
  recipient: Contact | undefined;
  messageRef: RefObject<HTMLTextAreaElement | null>;
  subjectRef: RefObject<HTMLInputElement | null>;
  /** The review's findings in the message, marked in place. */
  findings: readonly Finding[];
  activeKey: string | null;
  /** Rebound checks spelling itself once its dictionary is in; until then the browser does. */
  hasOwnSpelling: boolean;
};

/** The subject and the message, both editable; the count and the marks follow the edits. */
export function DraftEditor(props: Props) {
  const { state, recipient, messageRef, subjectRef, findings, activeKey, hasOwnSpelling } = props;
  const { draft, subject, body, isBusy } = state;
  if (!draft) return null;
  const isNote = draft.limit !== null;
  return (
    <section className="panel composer-editor" aria-labelledby="draft-title" aria-busy={isBusy}>
      <h2 id="draft-title">Your draft</h2>
      <p className="quiet composer-to">
        {recipient ? (
          <>
            To {recipient.name}
            {!isNote && recipient.email ? ` (${recipient.email})` : ''}
          </>
        ) : (
          'No contact is linked to this application, so the greeting stays general. You can add one on the application page.'
        )}
      </p>
      {draft.subject !== null && (
        <Field id="draft-subject" name="subject" label="Subject">
          {(control) => (
            <input
              {...control}
              ref={subjectRef}
              type="text"
              value={subject}
              onChange={(event) => {
                state.setSubject(event.target.value);
              }}
            />
          )}
        </Field>
      )}
      <Field
        id="draft-message"
        name="message"
        label="Message"
        hint="Read it over and make it yours. Nothing is sent from here."
      >
        {(control) => (
          <HighlightedTextarea
            {...control}
            textareaRef={messageRef}
            findings={findings}
            activeKey={activeKey}
            aria-describedby={[control['aria-describedby'], 'draft-count']
              .filter(Boolean)
              .join(' ')}
            rows={rowsFor(body, isNote)}
            value={body}
            spellCheck={!hasOwnSpelling}
            onChange={(event) => {
              state.setBody(event.target.value);
            }}
          />
        )}
      </Field>
      <DraftCount id="draft-count" body={body} limit={draft.limit} />
      {isBusy && (
        <p className="quiet" role="status">
          Writing a new draft…
        </p>
      )}
    </section>
  );
}

/** Tall enough to show the whole draft, so the sign-off is never hidden below a scroll. */
function rowsFor(body: string, isNote: boolean): number {
  const lines = body
    .split('\n')
    .reduce((sum, line) => sum + Math.max(1, Math.ceil(line.length / 70)), 0);
  return Math.min(Math.max(lines + 1, isNote ? 5 : 10), 32);
}
