import { useState, type ReactNode } from 'react';
import { asApiError } from '../api.js';
import { mailApi, type MailDetail } from '../pages/import/mail-api.js';
import { MailOriginal } from './mail-original.js';

type Props = { id: string; subject: string; summary: ReactNode };

type State =
  | { step: 'closed' }
  | { step: 'loading' }
  | { step: 'ready'; mail: MailDetail }
  | { step: 'error'; message: string };

/** An email behind a disclosure; its body is fetched the first time it is opened. */
export function MailReader({ id, subject, summary }: Props) {
  const [state, setState] = useState<State>({ step: 'closed' });

  const load = async () => {
    setState({ step: 'loading' });
    try {
      setState({ step: 'ready', mail: await mailApi.getMail(id) });
    } catch (caught) {
      setState({ step: 'error', message: asApiError(caught).message });
    }
  };

  return (
    <details
      className="mail-reader"
      onToggle={(event) => {
        const isNowOpen = event.currentTarget.open;
        if (isNowOpen && (state.step === 'closed' || state.step === 'error')) void load();
      }}
    >
      <summary>{summary}</summary>
      <div className="mail-reader-body">
        {state.step === 'loading' && (
          <p className="loading" role="status">
            Opening the email…
          </p>
        )}
        {state.step === 'error' && (
          <p className="field-error" role="alert">
            {state.message}
          </p>
        )}
        {state.step === 'ready' && (
          <MailOriginal subject={subject} html={state.mail.sanitizedHtml} text={state.mail.text} />
        )}
      </div>
    </details>
  );
}
