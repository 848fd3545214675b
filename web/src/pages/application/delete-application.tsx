import { useState } from 'react';
import { useLocation } from 'wouter';
import { api, asApiError, type ApplicationDetail } from '../../api.js';
import { ConfirmDialog } from '../../components/confirm-dialog.js';
import { countOf } from '../../format.js';
import { useStatus } from '../../status.js';

export function DeleteApplication({ detail }: { detail: ApplicationDetail }) {
  const { application, timeline, rejections, contacts } = detail;
  const [, navigate] = useLocation();
  const { announce } = useStatus();
  const [isOpen, setIsOpen] = useState(false);
  const [isBusy, setIsBusy] = useState(false);
  const [error, setError] = useState<string>();
  const name = `${application.role} at ${application.company}`;

  const confirm = async () => {
    setIsBusy(true);
    setError(undefined);
    try {
      await api.deleteApplication(application.id);
      announce(`Deleted ${name}.`, { isKeptOnNavigate: true });
      navigate('/');
    } catch (caught) {
      setError(asApiError(caught).message);
      setIsBusy(false);
    }
  };

  return (
    <>
      <button
        type="button"
        className="button button-danger-quiet"
        onClick={() => {
          setError(undefined);
          setIsOpen(true);
        }}
      >
        Delete application
      </button>
      <ConfirmDialog
        isOpen={isOpen}
        title="Delete this application?"
        confirmLabel="Delete for good"
        busyLabel="Deleting…"
        isBusy={isBusy}
        error={error}
        onConfirm={() => {
          void confirm();
        }}
        onCancel={() => {
          setIsOpen(false);
        }}
      >
        <p>
          <strong>{name}</strong> will be removed from Rebound, with its{' '}
          {countOf(timeline.length, 'timeline entry', 'timeline entries')} and{' '}
          {countOf(rejections.length, 'logged rejection')}.
          {contacts.length > 0 &&
            ` ${contacts.length === 1 ? 'The linked contact stays' : `The ${contacts.length} linked contacts stay`} in your contacts.`}
        </p>
        <p>This cannot be undone.</p>
      </ConfirmDialog>
    </>
  );
}
