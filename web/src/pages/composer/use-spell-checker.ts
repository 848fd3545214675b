import { useEffect, useMemo, useState } from 'react';
import type { SpellChecker } from '../../../../src/core/review/index.js';
import { createSpellChecker } from '../../../../src/spelling/spell-checker.js';
import { api } from '../../api.js';

export type SpellingStatus = 'loading' | 'ready' | 'unavailable';

/** One load per page: every composer opened after the first reuses the same checker. */
let loading: Promise<SpellChecker> | null = null;
let loaded: SpellChecker | null = null;

/** Runs `work` when the browser is idle, so building the dictionaries never lands mid-keystroke. */
function whenIdle<T>(work: () => T): Promise<T> {
  return new Promise((resolve, reject) => {
    const run = () => {
      try {
        resolve(work());
      } catch (error) {
        reject(error instanceof Error ? error : new Error(String(error)));
      }
    };
    if (typeof window.requestIdleCallback === 'function') {
      window.requestIdleCallback(run, { timeout: 1500 });
    } else {
      setTimeout(run, 50);
    }
  });
}

async function loadSpellChecker(): Promise<SpellChecker> {
  const [usAff, usDic, gbAff, gbDic] = await Promise.all([
    api.getDictionaryFile('en-us', 'index.aff'),
    api.getDictionaryFile('en-us', 'index.dic'),
    api.getDictionaryFile('en-gb', 'index.aff'),
    api.getDictionaryFile('en-gb', 'index.dic'),
  ]);
  return whenIdle(() => {
    const startedAt = performance.now();
    const checker = createSpellChecker({ aff: usAff, dic: usDic }, { aff: gbAff, dic: gbDic });
    performance.measure('rebound:spelling-build', { start: startedAt });
    return checker;
  });
}

function spellCheckerPromise(): Promise<SpellChecker> {
  loading ??= loadSpellChecker().then(
    (checker) => {
      loaded = checker;
      return checker;
    },
    (error: unknown) => {
      // Let the next composer try again; this one reviews without spelling.
      loading = null;
      throw error;
    },
  );
  return loading;
}

type Deferred = { checker: SpellChecker; onReady: Set<() => void> };
let deferred: Deferred | null = null;

/**
 * Suggestions for a new typo can take tens of milliseconds; finding the typo takes
 * microseconds. So a review marks the word at once and its suggestions follow in idle
 * time, after which the review runs again (the cache answers instantly from then on).
 */
function deferSuggestions(checker: SpellChecker): Deferred {
  const cache = new Map<string, string[]>();
  const queue = new Set<string>();
  const onReady = new Set<() => void>();
  let isScheduled = false;
  const wrapped: SpellChecker = {
    isCorrect: (word) => checker.isCorrect(word),
    suggest: (word) => {
      const known = cache.get(word);
      if (known) return known;
      queue.add(word);
      if (!isScheduled) {
        isScheduled = true;
        void whenIdle(() => {
          for (const pending of queue) cache.set(pending, checker.suggest(pending));
          queue.clear();
          isScheduled = false;
          for (const notify of onReady) notify();
        });
      }
      return [];
    },
  };
  return { checker: wrapped, onReady };
}

/**
 * The US + British spell checker and how its loading went. The four dictionary files are
 * fetched once per page load; until they are in, `checker` is null and the review runs
 * without spelling.
 */
export function useSpelling(): { checker: SpellChecker | null; status: SpellingStatus } {
  const loadedState = useLoadedSpelling();
  const [version, setVersion] = useState(0);
  const base = loadedState.checker;
  useEffect(() => {
    if (!base) return;
    deferred ??= deferSuggestions(base);
    const notify = () => {
      setVersion((v) => v + 1);
    };
    deferred.onReady.add(notify);
    return () => {
      deferred?.onReady.delete(notify);
    };
  }, [base]);
  // A new object once suggestions arrive, so the live review runs again and shows them.
  const checker = useMemo(
    () => (base && deferred ? { ...deferred.checker, version } : base),
    [base, version],
  );
  return { checker, status: loadedState.status };
}

function useLoadedSpelling(): { checker: SpellChecker | null; status: SpellingStatus } {
  const [state, setState] = useState<{ checker: SpellChecker | null; status: SpellingStatus }>(
    () => (loaded ? { checker: loaded, status: 'ready' } : { checker: null, status: 'loading' }),
  );
  useEffect(() => {
    if (state.checker) return;
    let isCurrent = true;
    spellCheckerPromise().then(
      (checker) => {
        if (isCurrent) setState({ checker, status: 'ready' });
      },
      () => {
        if (isCurrent) setState({ checker: null, status: 'unavailable' });
      },
    );
    return () => {
      isCurrent = false;
    };
  }, [state.checker]);
  return state;
}

/** The spell checker, or null while it loads (or if it could not load). */
export function useSpellChecker(): SpellChecker | null {
  return useSpelling().checker;
}
