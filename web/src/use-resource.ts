import { useCallback, useEffect, useState } from 'react';
import { asApiError, type ApiError } from './api.js';

export type Resource<T> =
  | { status: 'loading' }
  | { status: 'ready'; data: T; key: string }
  | { status: 'error'; error: ApiError; key: string };

/**
 * Loads data for `key` and loads it again when the key changes or `reload` is called.
 * While a new key loads, the previous data stays on screen (`isStale` tells).
 */
export function useResource<T>(load: () => Promise<T>, key: string) {
  const [resource, setResource] = useState<Resource<T>>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let isCurrent = true;
    load().then(
      (data) => {
        if (isCurrent) setResource({ status: 'ready', data, key });
      },
      (error: unknown) => {
        if (isCurrent) setResource({ status: 'error', error: asApiError(error), key });
      },
    );
    return () => {
      isCurrent = false;
    };
    // `load` is a new function each render; the key says when the request changes.
  }, [key, attempt]);

  const reload = useCallback(() => {
    setAttempt((n) => n + 1);
  }, []);
  const isStale = resource.status !== 'loading' && resource.key !== key;
  return { resource, reload, isStale };
}
