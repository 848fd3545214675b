import nspell from 'nspell';
import type { SpellChecker } from '../core/review/types.js';

export type DictionaryFiles = { aff: Uint8Array | string; dic: Uint8Array | string };

/**
 * A spell checker that accepts US and British spelling ("organize" and "organise"), so
 * people writing either are not flagged. Suggestions come from the US dictionary.
 */
export function createSpellChecker(us: DictionaryFiles, gb: DictionaryFiles): SpellChecker {
  const toText = (data: Uint8Array | string) =>
    typeof data === 'string' ? data : new TextDecoder().decode(data);
  const american = nspell(toText(us.aff), toText(us.dic));
  const british = nspell(toText(gb.aff), toText(gb.dic));
  // Suggestions are the slow part of spelling; a typo is usually looked at many times while typing.
  const suggestions = new Map<string, string[]>();
  return {
    isCorrect: (word) => american.correct(word) || british.correct(word),
    suggest: (word) => {
      let found = suggestions.get(word);
      if (!found) {
        found = american.suggest(word).slice(0, 3);
        if (suggestions.size > 5000) suggestions.clear();
        suggestions.set(word, found);
      }
      return found;
    },
  };
}
