import type { SpellChecker } from '../core/review/types.js';
import { createSpellChecker } from './spell-checker.js';

let loaded: Promise<SpellChecker> | undefined;

/** Loads the dictionaries once per process (they ship inside npm packages). */
export function loadSpellChecker(): Promise<SpellChecker> {
  loaded ??= (async () => {
    const [{ default: us }, { default: gb }] = await Promise.all([
      import('dictionary-en'),
      import('dictionary-en-gb'),
    ]);
    return createSpellChecker(us, gb);
  })();
  return loaded;
}
