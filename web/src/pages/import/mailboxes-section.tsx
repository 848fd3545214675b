import { useRef, useState } from 'react';
import { asApiError } from '../../api.js';
import { ConfirmDialog } from '../../components/confirm-dialog.js';
import { Loading, LoadError } from '../../components/load-state.js';
import { countOf, formatTime } from '../../format.js';
import { useStatus } from '../../status.js';
import { useResource } from '../../use-resource.js';
import { ImapForm } from './imap-form.js';
import { mailApi, type MailAccount, type MailImportReport } from './mail-api.js';
import { SyncProgress } from './sync-progress.js';

type Props = { onSynced: (report: MailImportReport) => void };

/** Connected IMAP mailboxes: sync one now, remove one, or connect another. */
export function MailboxesSection({ onSynced }: Props) {
  const { resource, reload } = useResource(() => mailApi.listAccounts(), 'accounts');
  const headingRef = useRef<HTMLHeadingElement>(null);

  return (
    <section className="panel" aria-labelledby="mailboxes-title">
      <h2 id="mailboxes-title" ref={headingRef} tabIndex={-1}>
        Mailboxes
      </h2>
      {resource.status === 'loading' && <Loading what="your mailboxes" />}
      {resource.status === 'error' && <LoadError error={resource.error} onRetry={reload} />}
      {resource.status === 'ready' &&
        (resource.data.length === 0 ? (
          <p className="quiet">
            No mailbox connected. That is fine: files work just as well. Connect one if you would
            like Rebound to pick up new emails when you ask.
          </p>
        ) : (
          <ul className="mailbox-list" aria-labelledby="mailboxes-title">
            {resource.data.map((account) => (
              <MailboxItem
                key={account.id}
                account={account}
                onSynced={(report) => {
                  reload();
                  onSynced(report);
                }}
                onRemoved={() => {
                  headingRef.current?.focus();
                  reload();
                }}
              />
            ))}
          </ul>
        ))}
      <ImapForm
        onConnected={reload}
        onSynced={(report) => {
          reload();
          onSynced(report);
        }}
      />
    </section>
  );
}

type ItemProps = {
  account: MailAccount;
  onSynced: (report: MailImportReport) => void;
  onRemoved: () => void;
};

function MailboxItem({ account, onSynced, onRemoved }: ItemProps) {
  const { announce } = useStatus();
  const [isSyncing, setIsSyncing] = useState(false);
  const [isConfirming, setIsConfirming] = useState(false);
  const [isRemoving, setIsRemoving] = useState(false);
  const [error, setError] = useState<string>();
  const name = `${account.username} on ${account.host}`;

  const sync = async () => {
    setIsSyncing(true);
    setError(undefined);
    try {
      const { report } = await mailApi.syncAccount(account.id);
      announce(`Checked ${account.folder}: ${countOf(report.read, 'new message')}.`);
      onSynced(report);
    } catch (caught) {
      setError(asApiError(caught).message);
    } finally {
      setIsSyncing(false);
    }
  };

  const remove = async () => {
    setIsRemoving(true);
    try {
      await mailApi.removeAccount(account.id);
      setIsConfirming(false);
      announce(`Removed ${name}. Emails already imported stay.`);
      onRemoved();
    } catch (caught) {
      setError(asApiError(caught).message);
      setIsRemoving(false);
    }
  };

  return (
    <li className="mailbox">
      <div className="mailbox-details">
        <p className="mailbox-name">{account.username}</p>
        <p className="quiet">
          {account.host}:{account.port} · folder {account.folder}
          {account.tls ? ' · secure connection' : ''}
        </p>
        <p className="quiet">
          {account.lastUid === null
            ? 'Not read yet.'
            : `Last checked ${formatTime(account.updatedAt)}.`}
        </p>
        {error && (
          <p className="field-error" role="alert">
            {error}
          </p>
        )}
        {isSyncing && <SyncProgress folder={account.folder} host={account.host} />}
      </div>
      <div className="mailbox-actions">
        <button
          type="button"
          className="button button-secondary button-small"
          disabled={isSyncing}
          onClick={() => {
            void sync();
          }}
        >
          {isSyncing ? 'Checking…' : 'Sync now'}
          <span className="visually-hidden"> {name}</span>
        </button>
        <button
          type="button"
          className="button button-danger-quiet button-small"
          onClick={() => {
            setError(undefined);
            setIsConfirming(true);
          }}
        >
          Remove<span className="visually-hidden"> {name}</span>
        </button>
      </div>
      <ConfirmDialog
        isOpen={isConfirming}
        title="Remove this mailbox?"
        confirmLabel="Remove mailbox"
        busyLabel="Removing…"
        isBusy={isRemoving}
        error={error}
        onConfirm={() => {
          void remove();
        }}
        onCancel={() => {
          setIsConfirming(false);
        }}
      >
        <p>
          Rebound will forget <strong>{name}</strong> and its saved password. Emails already
          imported, and the applications they updated, stay as they are.
        </p>
      </ConfirmDialog>
    </li>
  );
}
