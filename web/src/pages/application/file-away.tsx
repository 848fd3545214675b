import { useState } from 'react';
import { asApiError, type ApplicationDetail } from '../../api.js';
import { formatTime } from '../../format.js';
import { useStatus } from '../../status.js';
import { insightsApi } from '../insights/insights-api.js';

type Props = { detail: ApplicationDetail; onChanged: () => void };

/**
 * Once an application has ended and the rejection is handled, it can leave the main list:
 * seeing it there every day does not help. Nothing is deleted; Insights still counts it.
 */
export function FileAway({ detail, onChanged }: Props) {
  const { application } = detail;
  const { announce } = useStatus();
  const [isBusy, setIsBusy] = useState(false);
  const [error, setError] = useState<string>();
  if (application.outcome === 'open' && application.filedAt === null) return null;
  const isFiled = application.filedAt !== null;

  const toggle = async () => {
    setIsBusy(true);
    setError(undefined);
    try {
      if (isFiled) {
        await insightsApi.bringBack(application.id);
        announce('Brought back to your applications list.');
      } else {
        await insightsApi.fileAway(application.id);
        announce(
          'Filed away. It no longer shows in your list; “Show filed” on the list brings it back into view.',
        );
      }
      onChanged();
    } catch (caught) {
      setError(asApiError(caught).message);
    } finally {
      setIsBusy(false);
    }
  };

  return (
    <div className={isFiled ? 'notice notice-calm file-away' : 'file-away'}>
      {isFiled && application.filedAt && (
        <p>
          Filed away on{' '}
          <time dateTime={application.filedAt}>{formatTime(application.filedAt)}</time>. It stays
          out of your main list, and Insights still learns from it.
        </p>
      )}
      {!isFiled && (
        <p className="quiet">
          This application has ended. When you are done with it, you can file it away so your list
          shows what is still ahead. Nothing is deleted.
        </p>
      )}
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
      <button
        type="button"
        className="button button-secondary"
        disabled={isBusy}
        onClick={() => {
          void toggle();
        }}
      >
        {isBusy ? 'Saving…' : isFiled ? 'Bring back' : 'File away'}
      </button>
    </div>
  );
}
