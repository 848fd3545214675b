import { useState, type SyntheticEvent } from 'react';
import { asApiError } from '../../api.js';
import { Field } from '../../components/field.js';
import { ErrorSummary, errorFor, type FormErrors } from '../../components/form-errors.js';
import { useStatus } from '../../status.js';
import { FolderChoice } from './folder-choice.js';
import { mailApi, type AccountInput, type MailAccount, type MailImportReport } from './mail-api.js';

type Values = { host: string; port: string; username: string; password: string; tls: boolean };

const fieldIds: Record<string, string> = {
  host: 'imap-host',
  port: 'imap-port',
  username: 'imap-username',
  password: 'imap-password',
};

const initial: Values = { host: '', port: '993', username: '', password: '', tls: true };

/** Checks what the browser can check, so the server is only asked with a complete form. */
function checkValues(values: Values): FormErrors {
  const fields = [];
  if (values.host.trim() === '') {
    fields.push({ field: 'host', message: 'Enter the mail server, such as imap.example.com.' });
  }
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    fields.push({ field: 'port', message: 'Enter a port number from 1 to 65535 (often 993).' });
  }
  if (values.username.trim() === '') {
    fields.push({ field: 'username', message: 'Enter the user name, usually your email address.' });
  }
  if (values.password === '') {
    fields.push({ field: 'password', message: 'Enter the password or app password.' });
  }
  return fields.length > 0 ? { message: 'Some details need a fix.', fields } : null;
}

type Props = {
  onConnected: (account: MailAccount) => void;
  onSynced: (report: MailImportReport) => void;
};

/** Connect an IMAP mailbox: the server checks the login and saves it; then pick a folder. */
export function ImapForm({ onConnected, onSynced }: Props) {
  const { announce } = useStatus();
  const [values, setValues] = useState<Values>(initial);
  const [connected, setConnected] = useState<MailAccount | null>(null);
  const [errors, setErrors] = useState<FormErrors>(null);
  const [isBusy, setIsBusy] = useState(false);

  const input = (): AccountInput => ({
    host: values.host.trim(),
    port: Number(values.port),
    username: values.username.trim(),
    password: values.password,
    tls: values.tls,
  });

  if (connected) {
    return (
      <FolderChoice
        account={connected}
        onSynced={onSynced}
        onDone={() => {
          setConnected(null);
        }}
      />
    );
  }

  const handleSubmit = async (event: SyntheticEvent) => {
    event.preventDefault();
    const problems = checkValues(values);
    setErrors(problems);
    if (problems) return;
    setIsBusy(true);
    try {
      const account = await mailApi.addAccount(input());
      setValues(initial);
      announce(`Connected ${account.username}. Choose the folder Rebound should read.`);
      setConnected(account);
      onConnected(account);
    } catch (caught) {
      const error = asApiError(caught);
      setErrors({ message: error.message, fields: error.fields });
    } finally {
      setIsBusy(false);
    }
  };

  const text = (name: 'host' | 'port' | 'username', type = 'text', autoComplete = 'off') => (
    <Field
      id={fieldIds[name] ?? name}
      name={name}
      label={{ host: 'Mail server (IMAP)', port: 'Port', username: 'User name' }[name]}
      error={errorFor(errors, name)}
      isRequired
    >
      {(control) => (
        <input
          {...control}
          type={type}
          autoComplete={autoComplete}
          inputMode={name === 'port' ? 'numeric' : undefined}
          value={values[name]}
          onChange={(event) => {
            setValues((current) => ({ ...current, [name]: event.target.value }));
          }}
        />
      )}
    </Field>
  );

  return (
    <form
      className="form imap-form"
      noValidate
      aria-labelledby="imap-title"
      onSubmit={(event) => {
        void handleSubmit(event);
      }}
    >
      <h3 id="imap-title">Connect a mailbox</h3>
      <p className="section-intro">
        Rebound only reads: it never moves, marks or deletes mail. Many providers ask for an app
        password here rather than your usual one.
      </p>
      <ErrorSummary errors={errors} idFor={(field) => fieldIds[field]} />
      <div className="form-grid">
        {text('host')}
        {text('port', 'text')}
        {text('username', 'text', 'username')}
        <Field
          id="imap-password"
          name="password"
          label="Password"
          hint="Stored encrypted on this computer and never shown again."
          error={errorFor(errors, 'password')}
          isRequired
        >
          {(control) => (
            <input
              {...control}
              type="password"
              autoComplete="off"
              value={values.password}
              onChange={(event) => {
                setValues((current) => ({ ...current, password: event.target.value }));
              }}
            />
          )}
        </Field>
      </div>
      <div className="checkbox-field">
        <input
          id="imap-tls"
          name="tls"
          type="checkbox"
          checked={values.tls}
          onChange={(event) => {
            const tls = event.target.checked;
            // Keep a default port in step with the connection type; a port typed in stays.
            setValues((current) => ({
              ...current,
              tls,
              port: current.port === (tls ? '143' : '993') ? (tls ? '993' : '143') : current.port,
            }));
          }}
        />
        <label htmlFor="imap-tls">Use a secure connection (TLS)</label>
      </div>
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={isBusy}>
          {isBusy ? 'Connecting…' : 'Connect'}
        </button>
      </div>
    </form>
  );
}
