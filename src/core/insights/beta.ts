// The Beta distribution, enough of it to put an honest interval around a conversion rate.
// Written here rather than pulled from a statistics package: it is three small routines
// (log-gamma, the regularized incomplete beta by continued fraction, and a bisection for
// the quantile), tested against closed forms in beta.test.ts.

const lanczos = [
  676.5203681218851, -1259.1392167224028, 771.3234287776531, -176.6150291621406, 12.507343278686905,
  -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
];

/** ln Γ(x) for x > 0 (Lanczos approximation, g = 7; about 15 significant digits). */
export function logGamma(x: number): number {
  if (x < 0.5) {
    // Reflection keeps the approximation in the range where it is accurate.
    return Math.log(Math.PI / Math.abs(Math.sin(Math.PI * x))) - logGamma(1 - x);
  }
  const z = x - 1;
  let sum = 0.9999999999998099;
  lanczos.forEach((c, i) => (sum += c / (z + i + 1)));
  const t = z + lanczos.length - 0.5;
  return 0.5 * Math.log(2 * Math.PI) + (z + 0.5) * Math.log(t) - t + Math.log(sum);
}

/** The continued fraction of the incomplete beta (modified Lentz), valid for x < (a+1)/(a+b+2). */
function betaContinuedFraction(x: number, a: number, b: number): number {
  const tiny = 1e-300;
  let c = 1;
  let d = 1 - ((a + b) * x) / (a + 1);
  d = 1 / (Math.abs(d) < tiny ? tiny : d);
  let h = d;
  for (let m = 1; m <= 300; m++) {
    const m2 = 2 * m;
    const even = (m * (b - m) * x) / ((a + m2 - 1) * (a + m2));
    d = 1 + even * d;
    c = 1 + even / c;
    d = 1 / (Math.abs(d) < tiny ? tiny : d);
    c = Math.abs(c) < tiny ? tiny : c;
    h *= d * c;
    const odd = (-(a + m) * (a + b + m) * x) / ((a + m2) * (a + m2 + 1));
    d = 1 + odd * d;
    c = 1 + odd / c;
    d = 1 / (Math.abs(d) < tiny ? tiny : d);
    c = Math.abs(c) < tiny ? tiny : c;
    const step = d * c;
    h *= step;
    if (Math.abs(step - 1) < 1e-15) break;
  }
  return h;
}

/** I_x(a, b): the Beta(a, b) cumulative distribution at x. */
export function betaCdf(x: number, a: number, b: number): number {
  if (!(a > 0 && b > 0)) throw new RangeError('Beta parameters must be positive.');
  if (x <= 0) return 0;
  if (x >= 1) return 1;
  const logFront =
    logGamma(a + b) - logGamma(a) - logGamma(b) + a * Math.log(x) + b * Math.log1p(-x);
  const front = Math.exp(logFront);
  // The fraction converges fast on one side of the mean; use the symmetry on the other.
  if (x < (a + 1) / (a + b + 2)) return (front * betaContinuedFraction(x, a, b)) / a;
  return 1 - (front * betaContinuedFraction(1 - x, b, a)) / b;
}

/** The p-quantile of Beta(a, b), by bisection on the monotone cdf (60 halvings: ~1e-18). */
export function betaQuantile(p: number, a: number, b: number): number {
  if (p <= 0) return 0;
  if (p >= 1) return 1;
  let low = 0;
  let high = 1;
  for (let i = 0; i < 60; i++) {
    const mid = (low + high) / 2;
    if (betaCdf(mid, a, b) < p) low = mid;
    else high = mid;
  }
  return (low + high) / 2;
}

export type RateEstimate = {
  successes: number;
  trials: number;
  /** The observed share, or null with no trials. */
  rate: number | null;
  /** The central credible interval of the rate under a Jeffreys prior. */
  low: number;
  high: number;
  level: number;
};

/**
 * A conversion rate with its uncertainty: the Jeffreys posterior Beta(s + ½, f + ½) and its
 * central interval. With no trials the interval is the prior's, nearly 0 to 1, which is the
 * honest answer.
 */
export function estimateRate(successes: number, trials: number, level = 0.9): RateEstimate {
  const a = successes + 0.5;
  const b = trials - successes + 0.5;
  const tail = (1 - level) / 2;
  return {
    successes,
    trials,
    rate: trials > 0 ? successes / trials : null,
    // Jeffreys' interval is pinned to the edge when nothing (or everything) converted.
    low: successes === 0 ? 0 : betaQuantile(tail, a, b),
    high: successes === trials ? 1 : betaQuantile(1 - tail, a, b),
    level,
  };
}

/** P(rate < reference) under the Jeffreys posterior. */
export function probabilityBelow(successes: number, trials: number, reference: number): number {
  return betaCdf(reference, successes + 0.5, trials - successes + 0.5);
}

/**
 * P(X > Y) for independent X ~ Beta(a1, b1), Y ~ Beta(a2, b2), summed over 400 slices of
 * X's distribution (cdf differences, so densities that spike at 0 or 1 cause no trouble).
 */
export function probabilityGreater(a1: number, b1: number, a2: number, b2: number): number {
  const slices = 400;
  let total = 0;
  let previous = 0;
  for (let i = 1; i <= slices; i++) {
    const x = i / slices;
    const cdf = betaCdf(x, a1, b1);
    total += (cdf - previous) * betaCdf(x - 0.5 / slices, a2, b2);
    previous = cdf;
  }
  return Math.min(1, Math.max(0, total));
}
