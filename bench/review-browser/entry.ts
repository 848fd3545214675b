/**
 * The page bundled for the Chromium part of the reviewer bench (bench/review.ts): the real
 * reviewDraft and createSpellChecker (nspell), fed the same dictionary files the web app
 * fetches, as text.
 */
import type { SpellChecker } from '../../src/core/review/index.js';
import { createSpellChecker } from '../../src/spelling/spell-checker.js';
import { measureReviews, type BenchWindow, type ReviewBench } from './measure.js';

const files = [
  '/dictionaries/en-us/index.aff',
  '/dictionaries/en-us/index.dic',
  '/dictionaries/en-gb/index.aff',
  '/dictionaries/en-gb/index.dic',
] as const;

let checker: SpellChecker | null = null;

const bench: ReviewBench = {
  async load() {
    const t0 = performance.now();
    const [usAff, usDic, gbAff, gbDic] = await Promise.all(
      files.map(async (file) => {
        const response = await fetch(file);
        if (!response.ok) throw new Error(`${file}: HTTP ${response.status}`);
        return response.text();
      }),
    );
    const t1 = performance.now();
    checker = createSpellChecker(
      { aff: usAff ?? '', dic: usDic ?? '' },
      { aff: gbAff ?? '', dic: gbDic ?? '' },
    );
    const buildMs = performance.now() - t1;
    const chars = [usAff, usDic, gbAff, gbDic].reduce((sum, text) => sum + (text?.length ?? 0), 0);
    return { fetchMs: t1 - t0, buildMs, chars };
  },
  run(drafts, passes) {
    if (!checker) throw new Error('Call load() first.');
    return measureReviews(drafts, checker, passes);
  },
  info: () => ({ crossOriginIsolated: self.crossOriginIsolated, userAgent: navigator.userAgent }),
};

(window as BenchWindow).reviewBench = bench;
