import { describe, expect, it } from 'vitest';
import { diagnoseFunnel } from '../../../../src/core/insights/diagnose.js';
import type { ApplicationPath } from '../../../../src/core/insights/paths.js';
import { certaintyText, comparisonText, inTen } from './insight-words.js';

const now = new Date('2026-03-02T12:00:00Z');

function path(id: number, overrides: Partial<ApplicationPath> = {}): ApplicationPath {
  return {
    id: String(id),
    appliedOn: '2026-02-01',
    furthest: 'applied',
    outcome: 'rejected',
    isWaiting: false,
    isGhosted: false,
    firstReplyDays: null,
    ...overrides,
  };
}

describe('certaintyText', () => {
  it('gives no verdict for a handful of applications and says the sample is small', () => {
    const text = certaintyText(diagnoseFunnel([path(1), path(2), path(3)], { now }));
    expect(text).toContain('3 applications');
    expect(text).toContain('small sample');
    expect(text).toContain('no verdict');
  });

  it('says how likely the bottleneck is when screens stall', () => {
    const paths = Array.from({ length: 40 }, (_, i) =>
      path(i, { furthest: i < 16 ? 'screen' : 'applied', firstReplyDays: i < 16 ? 5 : null }),
    );
    const diagnosis = diagnoseFunnel(paths, { now });
    expect(diagnosis.bottleneck?.from).toBe('screen');
    expect(certaintyText(diagnosis)).toBe(
      'Fairly sure: based on 40 applications, the chance that the step from screen to technical is below typical is more than 9 in 10.',
    );
  });
});

describe('comparisonText', () => {
  it('says there is nothing earlier to compare with', () => {
    const diagnosis = diagnoseFunnel([path(1)], { now });
    expect(comparisonText(diagnosis.periods).join(' ')).toContain('no earlier period');
  });

  it('counts the applications in both periods', () => {
    const paths = [path(1), path(2, { appliedOn: '2025-10-01' })];
    const [first] = comparisonText(diagnoseFunnel(paths, { now }).periods);
    expect(first).toBe(
      'In the last 90 days you sent 1 application, against 1 in the 90 days before.',
    );
  });
});

describe('inTen', () => {
  it('rounds a probability to tenths people can picture', () => {
    expect(inTen(0.93)).toBe('about 9 in 10');
    expect(inTen(0.76)).toBe('about 8 in 10');
    expect(inTen(0.99)).toBe('more than 9 in 10');
  });
});
