import { describe, expect, it } from 'vitest';
import { createPick, createRandom } from './random.js';

describe('createRandom', () => {
  it('gives the same sequence for the same seed and numbers in [0, 1)', () => {
    const a = createRandom(42);
    const b = createRandom(42);
    const values = Array.from({ length: 100 }, () => a());
    expect(values).toEqual(Array.from({ length: 100 }, () => b()));
    expect(values.every((value) => value >= 0 && value < 1)).toBe(true);
  });

  it('gives different sequences for different seeds', () => {
    expect(createRandom(1)()).not.toBe(createRandom(2)());
  });

  it('treats a seed that is not a finite number as 1', () => {
    expect(createRandom(Number.NaN)()).toBe(createRandom(1)());
  });
});

describe('createPick', () => {
  it('reaches every option and refuses an empty list', () => {
    const pick = createPick(7);
    const seen = new Set(Array.from({ length: 200 }, () => pick(['a', 'b', 'c'])));
    expect([...seen].sort()).toEqual(['a', 'b', 'c']);
    expect(() => pick([])).toThrow();
  });
});
