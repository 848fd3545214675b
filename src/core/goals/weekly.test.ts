import { describe, expect, it } from 'vitest';
import { countingDay, weeklyProgress } from './weekly.js';

// Wednesday 11 March 2026, 10:00 UTC.
const now = new Date('2026-03-11T10:00:00Z');
const options = { target: 3, now, timeZone: 'UTC' };

describe('weekly target', () => {
  it('counts this week from Monday and says how many are left, gently', () => {
    const progress = weeklyProgress(['2026-03-09', '2026-03-08', '2026-03-11'], options);
    expect(progress).toMatchObject({
      weekStart: '2026-03-09',
      weekEnd: '2026-03-15',
      count: 2,
      isMet: false,
      streak: 0,
    });
    expect(progress.message).toBe(
      '2 of 3 this week; 1 more tailored application to go, and no need to rush them.',
    );
  });

  it('keeps a streak of weeks in a row that met the target', () => {
    const days = [
      ...['2026-02-23', '2026-02-24', '2026-02-25'],
      ...['2026-03-02', '2026-03-03', '2026-03-08'],
      ...['2026-03-09', '2026-03-10', '2026-03-10'],
    ];
    const progress = weeklyProgress(days, options);
    expect(progress).toMatchObject({ count: 3, isMet: true, streak: 3 });
    expect(progress.message).toMatch(/^Target met: 3 this week, and 3 weeks in a row/);
    // A gap week ends the streak; the unfinished week does not break it yet.
    expect(weeklyProgress(days.slice(0, 3).concat(days.slice(6, 7)), options).streak).toBe(0);
    expect(weeklyProgress(days.slice(0, 6), options).streak).toBe(2);
  });

  it('reads the week in the user time zone', () => {
    const sundayNightInUtc = new Date('2026-03-15T23:30:00Z');
    expect(
      weeklyProgress([], { ...options, now: sundayNightInUtc, timeZone: 'Europe/Berlin' })
        .weekStart,
    ).toBe('2026-03-16');
    expect(
      countingDay({ appliedOn: null, createdAt: '2026-03-15T23:30:00Z' }, 'Europe/Berlin'),
    ).toBe('2026-03-16');
    expect(countingDay({ appliedOn: '2026-03-01', createdAt: '2026-03-15T23:30:00Z' }, 'UTC')).toBe(
      '2026-03-01',
    );
  });
});
