import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';

// One polite live region for "saved", "moved", "deleted": screen readers hear it, and it
// stays on screen until the next message or the next page.

type Message = { text: string; isKeptOnNavigate: boolean };

type StatusApi = {
  message: Message | null;
  /** Show and announce a message. `isKeptOnNavigate` keeps it through the next navigation. */
  announce: (text: string, options?: { isKeptOnNavigate?: boolean }) => void;
  dismiss: () => void;
  onNavigate: () => void;
};

const StatusContext = createContext<StatusApi | null>(null);

export function StatusProvider({ children }: { children: ReactNode }) {
  const [message, setMessage] = useState<Message | null>(null);
  const announce = useCallback((text: string, options: { isKeptOnNavigate?: boolean } = {}) => {
    setMessage({ text, isKeptOnNavigate: options.isKeptOnNavigate ?? false });
  }, []);
  const dismiss = useCallback(() => {
    setMessage(null);
  }, []);
  const onNavigate = useCallback(() => {
    setMessage((current) =>
      current?.isKeptOnNavigate ? { ...current, isKeptOnNavigate: false } : null,
    );
  }, []);
  const value = useMemo(
    () => ({ message, announce, dismiss, onNavigate }),
    [message, announce, dismiss, onNavigate],
  );
  return <StatusContext value={value}>{children}</StatusContext>;
}

export function useStatus(): StatusApi {
  const status = useContext(StatusContext);
  if (!status) throw new Error('useStatus must be used inside <StatusProvider>.');
  return status;
}

/** The live region itself. Always rendered, so assistive tech notices what appears in it. */
export function StatusRegion() {
  const { message, dismiss } = useStatus();
  return (
    <div className={message ? 'status-banner is-visible' : 'status-banner'}>
      <p role="status" aria-live="polite" className="status-text">
        {message?.text}
      </p>
      {message && (
        <button type="button" className="button button-quiet button-small" onClick={dismiss}>
          Dismiss
        </button>
      )}
    </div>
  );
}
