/** Voting among candidates: tallying, merging shorter forms, picking the best. */
import type { Cand } from './candidates.js';
import { keyOf } from './text.js';

type Tally = { text: string; score: number; sources: Set<string>; first: number };

export function tally(cands: Cand[]): Tally[] {
  const byKey = new Map<string, Tally>();
  cands.forEach((c, i) => {
    const k = keyOf(c.text);
    const t = byKey.get(k);
    if (t) {
      t.score += c.weight;
      t.sources.add(c.source);
    } else {
      byKey.set(k, { text: c.text, score: c.weight, sources: new Set([c.source]), first: i });
    }
  });
  return [...byKey.values()];
}

/** Merges "Hadley Brook" into "Hadley Brook Accounting": the fuller form takes both scores. */
export function mergePrefixes(list: Tally[], fuller: 'longer' | 'shorter-on-comma'): Tally[] {
  const sorted = [...list].sort((a, b) => b.text.length - a.text.length);
  const kept: Tally[] = [];
  for (const t of sorted) {
    const k = keyOf(t.text);
    const host = kept.find((h) => {
      const hk = keyOf(h.text);
      return hk.startsWith(k + ' ') || hk.startsWith(k + ' (') || hk.startsWith(k + ',');
    });
    if (!host) {
      kept.push(t);
      continue;
    }
    const rest = keyOf(host.text).slice(k.length);
    if (
      fuller === 'shorter-on-comma' &&
      rest.startsWith(',') &&
      [...host.sources].every((s) => s === 'subject')
    ) {
      // "Data Engineer, Bergen": the comma part is usually a place; keep the plain title.
      t.score += host.score;
      for (const s of host.sources) t.sources.add(s);
      kept.splice(kept.indexOf(host), 1, t);
    } else {
      host.score += t.score;
      for (const s of t.sources) host.sources.add(s);
    }
  }
  return kept;
}

export function best(list: Tally[], min: number): Tally | null {
  let top: Tally | null = null;
  for (const t of list) {
    const score = t.score + (t.sources.size - 1) * 0.5;
    const topScore = top ? top.score + (top.sources.size - 1) * 0.5 : -Infinity;
    if (score > topScore || (score === topScore && top && t.first < top.first)) top = t;
  }
  if (!top || top.score < min) return null;
  return top;
}
