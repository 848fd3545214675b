import { useState, type SyntheticEvent } from 'react';
import { asApiError } from '../../api.js';
import { Field } from '../../components/field.js';
import { ErrorSummary, errorFor, type FormErrors } from '../../components/form-errors.js';
import { useStatus } from '../../status.js';
import { mailApi, type AccountInput, type MailAccount } from './mail-api.js';

type Values = { host: string; port: string; username: string; password: string; tls: boolean };

const fieldIds: Record<string, string> = {
  host: 'imap-host',
  port: 'imap-port',
  username: 'imap-username',
  password: 'imap-password',
  folder: 'imap-folder',
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

type Props = { onConnected: (account: MailAccount) => void };

/** Connect an IMAP mailbox in two steps: check the login and list folders, then pick one. */
export function ImapForm({ onConnected }: Props) {
  const { announce } = useStatus();
  const [values, setValues] = useState<Values>(initial);
  const [folders, setFolders] = useState<string[] | null>(null);
  const [folder, setFolder] = useState('INBOX');
  const [errors, setErrors] = useState<FormErrors>(null);
  const [isBusy, setIsBusy] = useState(false);

  const input = (): AccountInput => ({
    host: values.host.trim(),
    port: Number(values.port),
    username: values.username.trim(),
    password: values.password,
    tls: values.tls,
  });

  const handleSubmit = async (event: SyntheticEvent) => {
    event.preventDefault();
    const problems = checkValues(values);
    setErrors(problems);
    if (problems) return;
    setIsBusy(true);
    try {
      if (folders === null) {
        const found = (await mailApi.listFolders(input())).folders;
        setFolders(found);
        setFolder(found.includes('INBOX') ? 'INBOX' : (found[0] ?? 'INBOX'));
        announce(`Connected. Choose which of the ${String(found.length)} folders to read.`);
      } else {
        const account = await mailApi.addAccount({ ...input(), folder });
        setValues(initial);
        setFolders(null);
        announce(`Connected ${account.username}. Rebound will read ${account.folder} only.`);
        onConnected(account);
      }
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
          disabled={folders !== null}
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
              disabled={folders !== null}
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
          disabled={folders !== null}
          onChange={(event) => {
            setValues((current) => ({ ...current, tls: event.target.checked }));
          }}
        />
        <label htmlFor="imap-tls">Use a secure connection (TLS)</label>
      </div>
      {folders !== null && (
        <Field
          id="imap-folder"
          name="folder"
          label="Folder to read"
          hint="Rebound reads this folder and, later, only what is new in it."
          error={errorFor(errors, 'folder')}
        >
          {(control) => (
            <select
              {...control}
              value={folder}
              onChange={(event) => {
                setFolder(event.target.value);
              }}
            >
              {folders.map((name) => (
                <option key={name} value={name}>
                  {name}
                </option>
              ))}
            </select>
          )}
        </Field>
      )}
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={isBusy}>
          {isBusy ? 'Connecting…' : folders === null ? 'Connect' : 'Save mailbox'}
        </button>
        {folders !== null && (
          <button
            type="button"
            className="button button-quiet"
            onClick={() => {
              setFolders(null);
              setErrors(null);
            }}
          >
            Change login details
          </button>
        )}
      </div>
    </form>
  );
}
