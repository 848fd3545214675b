import { useId } from 'react';

/**
 * Shown while Rebound reads a mailbox folder. The server answers once the whole folder is
 * read, so the bar cannot count; it says what is happening and that a big folder takes time.
 */
export function SyncProgress({ folder, host }: { folder: string; host: string }) {
  const id = useId();
  return (
    <div className="import-progress" role="status">
      <label htmlFor={id}>
        Reading {folder} on {host}…
      </label>
      <progress id={id} />
      <p className="quiet">
        New employer emails are sorted as they come in. A large folder can take a few minutes; you
        can stay on this page.
      </p>
    </div>
  );
}
