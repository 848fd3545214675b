/**
 * The review timing loop, shared by Node (bench/review.ts) and the Chromium page
 * (entry.ts), so both run exactly the same procedure on the same drafts. Browser-safe.
 */
import type { DraftKind, LinkedinAccount } from '../../src/core/composer/index.js';
import { reviewDraft, type SpellChecker, type Verdict } from '../../src/core/review/index.js';

export type BenchDraft = {
  kind: DraftKind;
  linkedinAccount: LinkedinAccount;
  /** The draft as reviewed: some carry typos or a regrettable paragraph. */
  text: string;
  /** The same draft before typos were put in (used to warm up without caching their suggestions). */
  clean: string;
  names: string[];
};

export type ReviewTimings = {
  /** reviewDraft without a spell checker, after one untimed pass. */
  plainMs: number[];
  /** With spelling, the first time each typo is seen (suggestions not yet cached). */
  firstSightMs: number[];
  /** With spelling, later passes (suggestions cached, as while someone keeps typing). */
  warmMs: number[];
  verdicts: Record<Verdict, number>;
  /** Drafts with at least one spelling finding, and with at least one other finding. */
  withSpelling: number;
  withOther: number;
};

/** What the bench page puts on `window`. */
export type ReviewBench = {
  /** Fetches the four dictionary files and builds the spell checker. */
  load(): Promise<{ fetchMs: number; buildMs: number; chars: number }>;
  run(drafts: BenchDraft[], passes: number): ReviewTimings;
  info(): { crossOriginIsolated: boolean; userAgent: string };
};
export type BenchWindow = { reviewBench?: ReviewBench };

export function measureReviews(
  drafts: readonly BenchDraft[],
  spellChecker: SpellChecker,
  passes: number,
): ReviewTimings {
  let sink = 0;
  const review = (draft: BenchDraft, text: string, checker: SpellChecker | null) =>
    reviewDraft(text, {
      kind: draft.kind,
      linkedinAccount: draft.linkedinAccount,
      names: draft.names,
      spellChecker: checker,
    });
  const timed = (times: number, text: (d: BenchDraft) => string, checker: SpellChecker | null) => {
    const samples: number[] = [];
    for (let pass = 0; pass < times; pass++) {
      for (const draft of drafts) {
        const t0 = performance.now();
        sink += review(draft, text(draft), checker).findings.length;
        samples.push(performance.now() - t0);
      }
    }
    return samples;
  };

  timed(1, (d) => d.text, null); // warm-up
  const plainMs = timed(passes, (d) => d.text, null);
  // Warm up spelling on the drafts without their typos, so the first timed pass is the
  // first time each typo's suggestions are computed.
  timed(1, (d) => d.clean, spellChecker);
  const firstSightMs = timed(1, (d) => d.text, spellChecker);
  const warmMs = timed(passes, (d) => d.text, spellChecker);

  const verdicts: Record<Verdict, number> = { ready: 0, revise: 0, hold: 0 };
  let withSpelling = 0;
  let withOther = 0;
  for (const draft of drafts) {
    const result = review(draft, draft.text, spellChecker);
    verdicts[result.verdict]++;
    if (result.findings.some((f) => f.category === 'spelling')) withSpelling++;
    if (result.findings.some((f) => f.category !== 'spelling')) withOther++;
  }
  if (sink < 0) throw new Error('unreachable');
  return { plainMs, firstSightMs, warmMs, verdicts, withSpelling, withOther };
}
