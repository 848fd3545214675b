import { useCallback, useEffect, useRef, useState } from 'react';
import type { DraftKind, Tone } from '../../../../src/core/composer/types.js';
import { api, asApiError, type ApiError, type Draft } from '../../api.js';

/** What the user asked the composer for. No seed means the application's own wording. */
export type DraftRequest = { tone: Tone; seed?: number; detail: string };

const maxRetries = 4;

/**
 * The draft for one step, and the user's edits to it. Asking for new wording while the
 * text is edited waits for a yes (`pending`), so nothing the user wrote is lost by surprise.
 */
export function useDraft(applicationId: string, kind: DraftKind) {
  const [request, setRequest] = useState<DraftRequest>({ tone: 'warm', detail: '' });
  const [draft, setDraft] = useState<Draft | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [isBusy, setIsBusy] = useState(true);
  const [subject, setSubject] = useState('');
  const [body, setBody] = useState('');
  const [pending, setPending] = useState<DraftRequest | null>(null);
  const [attempt, setAttempt] = useState(0);
  const previousBody = useRef<string | null>(null);

  useEffect(() => {
    let isCurrent = true;
    const avoid = previousBody.current;
    const fetchDraft = async () => {
      // "Other wording" should look different: try a few seeds until it does.
      let seed = request.seed;
      for (let tries = 0; ; tries++) {
        const draft = await api.composeDraft(applicationId, {
          kind,
          tone: request.tone,
          ...(seed === undefined ? {} : { seed }),
          ...(request.detail.trim() === '' ? {} : { detail: request.detail.trim() }),
        });
        if (seed === undefined || draft.body !== avoid || tries >= maxRetries) return draft;
        seed += 1;
      }
    };
    setIsBusy(true);
    fetchDraft().then(
      (draft) => {
        if (!isCurrent) return;
        setDraft(draft);
        setError(null);
        setSubject(draft.subject ?? '');
        setBody(draft.body);
        setIsBusy(false);
      },
      (caught: unknown) => {
        if (!isCurrent) return;
        // A failed rewrite keeps the draft on screen, edits and all.
        setError(asApiError(caught));
        setIsBusy(false);
      },
    );
    return () => {
      isCurrent = false;
    };
  }, [applicationId, kind, request, attempt]);

  const isEdited = draft !== null && (body !== draft.body || subject !== (draft.subject ?? ''));

  /** Ask for a new draft; held as `pending` while there are edits to lose. */
  const ask = useCallback(
    (next: DraftRequest, options: { isNewWording?: boolean } = {}) => {
      previousBody.current = options.isNewWording ? (draft?.body ?? null) : null;
      if (isEdited) setPending(next);
      else setRequest(next);
    },
    [draft, isEdited],
  );

  const confirmPending = useCallback(() => {
    if (pending) setRequest(pending);
    setPending(null);
  }, [pending]);

  const cancelPending = useCallback(() => {
    setPending(null);
  }, []);

  const retry = useCallback(() => {
    setAttempt((n) => n + 1);
  }, []);

  return {
    request,
    draft,
    error,
    isBusy,
    subject,
    body,
    setSubject,
    setBody,
    isEdited,
    pending,
    ask,
    confirmPending,
    cancelPending,
    retry,
  };
}

export type DraftState = ReturnType<typeof useDraft>;
