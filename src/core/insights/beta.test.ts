import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  betaCdf,
  betaQuantile,
  estimateRate,
  logGamma,
  probabilityBelow,
  probabilityGreater,
} from './beta.js';

/** P(Binomial(n, x) ≥ k), summed directly: the closed form of I_x(k, n − k + 1). */
function binomialTail(n: number, k: number, x: number): number {
  let total = 0;
  let choose = 1;
  for (let j = 0; j <= n; j++) {
    if (j > 0) choose = (choose * (n - j + 1)) / j;
    if (j >= k) total += choose * x ** j * (1 - x) ** (n - j);
  }
  return total;
}

describe('Beta distribution', () => {
  it('knows Γ at whole and half numbers', () => {
    expect(Math.exp(logGamma(5))).toBeCloseTo(24, 9);
    expect(Math.exp(logGamma(0.5))).toBeCloseTo(Math.sqrt(Math.PI), 12);
    expect(Math.exp(logGamma(10.5))).toBeCloseTo(1133278.38894878, 3);
  });

  it('matches the binomial closed form for whole parameters', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 40 }),
        fc.integer({ min: 1, max: 40 }),
        fc.double({ min: 0.001, max: 0.999, noNaN: true }),
        (a, b, x) => {
          expect(betaCdf(x, a, b)).toBeCloseTo(binomialTail(a + b - 1, a, x), 9);
        },
      ),
    );
  });

  it('is the uniform distribution for Beta(1, 1) and 3x² − 2x³ for Beta(2, 2)', () => {
    expect(betaCdf(0.3, 1, 1)).toBeCloseTo(0.3, 12);
    expect(betaCdf(0.3, 2, 2)).toBeCloseTo(3 * 0.09 - 2 * 0.027, 12);
  });

  it('inverts its cdf with the quantile, also for half-integer (Jeffreys) parameters', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 300 }),
        fc.integer({ min: 0, max: 300 }),
        fc.double({ min: 0.01, max: 0.99, noNaN: true }),
        (s, f, p) => {
          const q = betaQuantile(p, s + 0.5, f + 0.5);
          expect(betaCdf(q, s + 0.5, f + 0.5)).toBeCloseTo(p, 6);
        },
      ),
    );
  });

  it('gives the Jeffreys interval for 3 of 10 that SciPy gives (90%: 0.1173 to 0.5581)', () => {
    const estimate = estimateRate(3, 10, 0.9);
    expect(estimate.rate).toBe(0.3);
    expect(estimate.low).toBeCloseTo(0.117329, 5);
    expect(estimate.high).toBeCloseTo(0.558127, 5);
  });

  it('narrows the interval as evidence grows, around the same rate', () => {
    const small = estimateRate(2, 10);
    const large = estimateRate(200, 1000);
    expect(large.high - large.low).toBeLessThan((small.high - small.low) / 5);
    expect(large.low).toBeLessThan(0.2);
    expect(large.high).toBeGreaterThan(0.2);
  });

  it('pins the interval to the edge when nothing converted, and is wide with no data', () => {
    expect(estimateRate(0, 20).low).toBe(0);
    expect(estimateRate(0, 20).high).toBeLessThan(0.15);
    const none = estimateRate(0, 0);
    expect(none.rate).toBeNull();
    expect(none.high).toBe(1);
  });

  it('says how likely a rate is below a reference, and which of two rates is larger', () => {
    expect(probabilityBelow(1, 40, 0.15)).toBeGreaterThan(0.97);
    expect(probabilityBelow(12, 40, 0.15)).toBeLessThan(0.05);
    expect(probabilityGreater(30.5, 10.5, 10.5, 30.5)).toBeGreaterThan(0.99);
    expect(probabilityGreater(5.5, 5.5, 5.5, 5.5)).toBeCloseTo(0.5, 2);
  });
});
