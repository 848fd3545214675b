import { useEffect, useRef, useState, type SyntheticEvent } from 'react';
import { asApiError } from '../../api.js';
import { Loading, LoadError } from '../../components/load-state.js';
import { countOf } from '../../format.js';
import { useStatus } from '../../status.js';
import { useResource } from '../../use-resource.js';
import { mailApi, type MailAccount, type MailImportReport } from './mail-api.js';
import { SyncProgress } from './sync-progress.js';

type Props = {
  account: MailAccount;
  onSynced: (report: MailImportReport) => void;
  onDone: () => void;
};

/** Right after connecting: which folder to read, and a first import from it. */
export function FolderChoice({ account, onSynced, onDone }: Props) {
  const { announce } = useStatus();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const { resource, reload } = useResource(() => mailApi.listFolders(account.id), account.id);
  const [folder, setFolder] = useState(account.folder);
  const [error, setError] = useState<string>();
  const [isBusy, setIsBusy] = useState(false);

  useEffect(() => {
    headingRef.current?.focus();
  }, []);

  const handleSubmit = async (event: SyntheticEvent) => {
    event.preventDefault();
    setIsBusy(true);
    setError(undefined);
    try {
      const { report } = await mailApi.syncAccount(account.id, folder);
      announce(`Read ${folder}: ${countOf(report.read, 'message')}.`);
      onSynced(report);
      onDone();
    } catch (caught) {
      setError(asApiError(caught).message);
      setIsBusy(false);
    }
  };

  return (
    <form
      className="form imap-form"
      aria-labelledby="folder-title"
      onSubmit={(event) => {
        void handleSubmit(event);
      }}
    >
      <h3 id="folder-title" ref={headingRef} tabIndex={-1}>
        Choose a folder for {account.username}
      </h3>
      {resource.status === 'loading' && <Loading what="the folders" />}
      {resource.status === 'error' && <LoadError error={resource.error} onRetry={reload} />}
      {resource.status === 'ready' && (
        <div className={error ? 'field has-error' : 'field'}>
          <label htmlFor="imap-folder">Folder to read</label>
          <p id="imap-folder-hint" className="field-hint">
            Rebound reads this folder now and, each time you sync, only what is new in it.
          </p>
          {error && (
            <p id="imap-folder-error" className="field-error" role="alert">
              {error}
            </p>
          )}
          <select
            id="imap-folder"
            name="folder"
            value={folder}
            aria-describedby={error ? 'imap-folder-error imap-folder-hint' : 'imap-folder-hint'}
            onChange={(event) => {
              setFolder(event.target.value);
            }}
          >
            {resource.data.map((item) => (
              <option key={item.path} value={item.path}>
                {item.path}
              </option>
            ))}
          </select>
        </div>
      )}
      {isBusy && <SyncProgress folder={folder} host={account.host} />}
      <div className="form-actions">
        <button
          type="submit"
          className="button button-primary"
          disabled={isBusy || resource.status !== 'ready'}
        >
          {isBusy ? 'Reading…' : 'Import from this folder'}
        </button>
        <button type="button" className="button button-quiet" onClick={onDone}>
          Not now
        </button>
      </div>
    </form>
  );
}
