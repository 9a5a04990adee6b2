import { describe, expect, it } from 'vitest';
import { describePeriod, matchingQuickPeriod, nextPeriod, periodDays, quickPeriod } from './report-period';

describe('nextPeriod', () => {
  it('follows a full calendar year with the next calendar year', () => {
    expect(nextPeriod({ from: '2026-01-01', to: '2026-12-31' })).toEqual({ from: '2027-01-01', to: '2027-12-31' });
  });

  it('follows a leap year (366 days) with the whole next year, not 366 days', () => {
    expect(nextPeriod({ from: '2024-01-01', to: '2024-12-31' })).toEqual({ from: '2025-01-01', to: '2025-12-31' });
    expect(nextPeriod({ from: '2023-01-01', to: '2023-12-31' })).toEqual({ from: '2024-01-01', to: '2024-12-31' });
  });

  it('moves whole months by months: a quarter, a leap February, two years', () => {
    expect(nextPeriod({ from: '2026-01-01', to: '2026-03-31' })).toEqual({ from: '2026-04-01', to: '2026-06-30' });
    expect(nextPeriod({ from: '2024-02-01', to: '2024-02-29' })).toEqual({ from: '2024-03-01', to: '2024-03-31' });
    expect(nextPeriod({ from: '2025-07-01', to: '2027-06-30' })).toEqual({ from: '2027-07-01', to: '2029-06-30' });
  });

  it('keeps the length in days otherwise, starting the day after the end', () => {
    // 28 days across a leap day (not a whole month: 10 Feb to 8 Mar).
    const period = { from: '2024-02-10', to: '2024-03-08' };
    expect(periodDays(period)).toBe(28);
    const next = nextPeriod(period);
    expect(next).toEqual({ from: '2024-03-09', to: '2024-04-05' });
    expect(periodDays(next)).toBe(28);
    expect(nextPeriod({ from: '2026-09-15', to: '2026-09-15' })).toEqual({ from: '2026-09-16', to: '2026-09-16' });
  });

  it('moves a grant year that does not start on the 1st by a year, whatever its length in days', () => {
    // 366 days (it holds 29 Feb 2024); the next grant year has 365.
    expect(nextPeriod({ from: '2023-03-15', to: '2024-03-14' })).toEqual({ from: '2024-03-15', to: '2025-03-14' });
    expect(nextPeriod({ from: '2026-01-15', to: '2026-02-14' })).toEqual({ from: '2026-02-15', to: '2026-03-14' });
  });
});

describe('quick periods', () => {
  it('computes last calendar year, this year so far and the last 12 months from today', () => {
    expect(quickPeriod('last-calendar-year', '2026-11-27')).toEqual({ from: '2025-01-01', to: '2025-12-31' });
    expect(quickPeriod('this-year-so-far', '2026-11-27')).toEqual({ from: '2026-01-01', to: '2026-11-27' });
    expect(quickPeriod('last-12-months', '2026-11-27')).toEqual({ from: '2025-11-28', to: '2026-11-27' });
    expect(quickPeriod('last-12-months', '2024-02-29')).toEqual({ from: '2023-03-02', to: '2024-02-29' });
  });

  it('recognises a quick choice and describes periods in words', () => {
    expect(matchingQuickPeriod({ from: '2025-01-01', to: '2025-12-31' }, '2026-11-27')).toBe('last-calendar-year');
    expect(matchingQuickPeriod({ from: '2025-01-02', to: '2025-12-31' }, '2026-11-27')).toBeNull();
    expect(describePeriod({ from: '2025-01-01', to: '2025-12-31' })).toBe('2025');
    expect(describePeriod({ from: '2026-03-03', to: '2026-03-10' })).toBe('Tue 3 Mar 2026 to Tue 10 Mar 2026');
  });
});
