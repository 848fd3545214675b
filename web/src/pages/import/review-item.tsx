import { useEffect, useRef, useState } from 'react';
import { Link } from 'wouter';
import { asApiError, type Application } from '../../api.js';
import { formatTime } from '../../format.js';
import { useStatus } from '../../status.js';
import { mailApi, type MailItem, type ReviewAction } from './mail-api.js';
import { confidenceWords, cueSentence, labelPhrases, stageWords } from './mail-words.js';
import { ReviewActions } from './review-actions.js';
import { MailReader } from '../../components/mail-reader.js';

type Props = { item: MailItem; applications: Application[] };

const nameOf = (application: { role: string; company: string }) =>
  `${application.role} at ${application.company}`;

/** What a decision did, in the words the status region and the Undo row use. */
function doneText(action: ReviewAction, item: MailItem, applications: Application[]): string {
  const linked = item.suggestedApplication;
  const where = linked ? ` for ${nameOf(linked)}` : '';
  switch (action.action) {
    case 'accept':
      return `Accepted “${item.subject}” as ${labelPhrases[item.label]}${where}.`;
    case 'relabel':
      return `Marked “${item.subject}” as ${labelPhrases[action.label]}.`;
    case 'link': {
      const target = applications.find((a) => a.id === action.applicationId);
      return `Linked “${item.subject}” to ${target ? nameOf(target) : 'that application'}.`;
    }
    case 'dismiss':
      return `Dismissed “${item.subject}”. Nothing was changed.`;
  }
}

/** One email to review, or, once decided, what was done with an Undo beside it. */
export function ReviewItem({ item: initial, applications }: Props) {
  const { announce } = useStatus();
  const [item, setItem] = useState(initial);
  const [done, setDone] = useState<string | null>(null);
  const [isBusy, setIsBusy] = useState(false);
  const [error, setError] = useState<string>();
  const doneRef = useRef<HTMLParagraphElement>(null);
  const titleRef = useRef<HTMLHeadingElement>(null);
  const titleId = `review-${item.id}-title`;

  useEffect(() => {
    if (done) doneRef.current?.focus();
  }, [done]);

  const decide = async (action: ReviewAction) => {
    setIsBusy(true);
    setError(undefined);
    try {
      const text = doneText(action, item, applications);
      const decided = await mailApi.review(item.id, action);
      setItem((current) => ({ ...current, ...decided }));
      setDone(text);
      announce(`${text} You can undo this.`);
    } catch (caught) {
      setError(asApiError(caught).message);
    } finally {
      setIsBusy(false);
    }
  };

  const undo = async () => {
    setIsBusy(true);
    setError(undefined);
    try {
      const restored = await mailApi.undo(item.id);
      setItem((current) => ({ ...current, ...restored }));
      setDone(null);
      announce(`Undone. “${item.subject}” is back to review, and what it changed is restored.`);
      titleRef.current?.focus();
    } catch (caught) {
      setError(asApiError(caught).message);
    } finally {
      setIsBusy(false);
    }
  };

  if (done) {
    return (
      <li className="queue-item is-done">
        <p ref={doneRef} tabIndex={-1} className="queue-done">
          {done}
        </p>
        {error && (
          <p className="field-error" role="alert">
            {error}
          </p>
        )}
        <button
          type="button"
          className="button button-secondary button-small"
          disabled={isBusy}
          onClick={() => {
            void undo();
          }}
        >
          {isBusy ? 'Undoing…' : 'Undo'}
          <span className="visually-hidden">: {item.subject}</span>
        </button>
      </li>
    );
  }

  const linked = item.suggestedApplication;
  return (
    <li className="queue-item" aria-labelledby={titleId}>
      <h2 id={titleId} ref={titleRef} tabIndex={-1} className="queue-subject">
        {item.subject || '(no subject)'}
      </h2>
      <p className="queue-meta">
        <span>From {item.sender || 'an unknown sender'}</span>
        <time dateTime={item.receivedAt}>{formatTime(item.receivedAt)}</time>
      </p>
      <p>
        Rebound thinks this is <strong>{labelPhrases[item.label]}</strong>
        {item.label === 'rejection' && item.stage ? `, ${stageWords[item.stage]}` : ''} and is{' '}
        {confidenceWords(item.confidence)}. {item.reason}
      </p>
      <p className="quiet">{cueSentence(item.cues)}</p>
      <p className="quiet">
        {linked ? (
          <>
            It may belong with <Link href={`/applications/${linked.id}`}>{nameOf(linked)}</Link>.
          </>
        ) : item.company ? (
          `It seems to be from ${item.company}${item.role ? ` about ${item.role}` : ''}; accepting it adds that application.`
        ) : (
          'It is not linked to an application yet.'
        )}
      </p>
      <MailReader
        id={item.id}
        subject={item.subject}
        summary={
          <>
            Read the email<span className="visually-hidden">: {item.subject}</span>
          </>
        }
      />
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
      <ReviewActions
        item={item}
        applications={applications}
        isBusy={isBusy}
        onDecide={(action) => {
          void decide(action);
        }}
      />
    </li>
  );
}
