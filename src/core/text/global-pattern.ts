const copies = new WeakMap<RegExp, RegExp>();

/**
 * A global copy of a pattern for matchAll, built once per pattern: the reviewer runs on
 * every pause in typing and the classifier on every email. matchAll clones it, so sharing
 * the copy is safe.
 */
export function globalPattern(pattern: RegExp): RegExp {
  let copy = copies.get(pattern);
  if (!copy) {
    const flags = pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`;
    copy = new RegExp(pattern.source, flags);
    copies.set(pattern, copy);
  }
  return copy;
}
