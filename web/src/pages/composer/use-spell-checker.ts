import { useEffect, useState } from 'react';
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

/**
 * The US + British spell checker and how its loading went. The four dictionary files are
 * fetched once per page load; until they are in, `checker` is null and the review runs
 * without spelling.
 */
export function useSpelling(): { checker: SpellChecker | null; status: SpellingStatus } {
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
