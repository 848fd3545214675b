import { useEffect, useState } from 'react';
import { asApiError } from '../../api.js';
import { insightsApi, type SmartCheck } from '../insights/insights-api.js';

export const checkDelayMs = 400;

export type SmartCheckState =
  | { status: 'idle' }
  | { status: 'checking'; previous: SmartCheck | null }
  | { status: 'checked'; check: SmartCheck }
  | { status: 'failed'; message: string };

/** Checks the goal as the user types, after a short pause; the newest text always wins. */
export function useSmartCheck(text: string, deadline: string): SmartCheckState {
  const [state, setState] = useState<SmartCheckState>({ status: 'idle' });
  useEffect(() => {
    if (text.trim() === '') {
      setState({ status: 'idle' });
      return;
    }
    setState((current) => ({
      status: 'checking',
      previous:
        current.status === 'checked'
          ? current.check
          : current.status === 'checking'
            ? current.previous
            : null,
    }));
    const controller = new AbortController();
    const timer = setTimeout(() => {
      insightsApi.checkGoal(text, deadline.trim() || null, controller.signal).then(
        (check) => {
          setState({ status: 'checked', check });
        },
        (error: unknown) => {
          if (controller.signal.aborted) return;
          setState({ status: 'failed', message: asApiError(error).message });
        },
      );
    }, checkDelayMs);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [text, deadline]);
  return state;
}
