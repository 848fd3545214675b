/**
 * A tiny seeded random number generator (mulberry32). The composer uses it to choose
 * between wording variants, so that two people do not send the same text while the same
 * seed always gives the same draft. Not for anything secret.
 */
export type Random = () => number;

export function createRandom(seed: number): Random {
  let state = (Number.isFinite(seed) ? Math.trunc(seed) : 1) >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Chooses one item of a list; each call moves the generator on. */
export type Pick = <T>(options: readonly T[]) => T;

export function createPick(seed: number): Pick {
  const random = createRandom(seed);
  return <T>(options: readonly T[]): T => {
    const option = options[Math.floor(random() * options.length)];
    if (option === undefined) throw new Error('Cannot pick from an empty list.');
    return option;
  };
}
