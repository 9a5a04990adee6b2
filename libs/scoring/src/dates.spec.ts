import fc from 'fast-check';
import { addDays, addMonths, dayNumber, isoDate, monthsBetween, withinMonths } from './dates';

describe('calendar days', () => {
  it('agree with the platform’s UTC calendar for any day from 1900 to 2200', () => {
    fc.assert(
      fc.property(fc.integer({ min: -25_567, max: 84_000 }), (day) => {
        const expected = new Date(day * 86_400_000).toISOString().slice(0, 10);
        expect(isoDate(day)).toBe(expected);
        expect(dayNumber(expected)).toBe(day);
      }),
      { numRuns: 500 },
    );
  });

  it('count leap days: 2024-02-28 + 2 days is 2024-03-01', () => {
    expect(addDays('2024-02-28', 2)).toBe('2024-03-01');
    expect(addDays('2025-02-28', 1)).toBe('2025-03-01');
  });

  it('refuse anything that is not a calendar day', () => {
    expect(() => dayNumber('2025-02-29')).toThrow(RangeError);
    expect(() => dayNumber('2025-6-30')).toThrow(RangeError);
    expect(() => dayNumber('2025-13-01')).toThrow(RangeError);
  });
});

describe('calendar months', () => {
  it('add whole months, clamping to the end of a shorter month', () => {
    expect(addMonths('2025-01-31', 1)).toBe('2025-02-28');
    expect(addMonths('2024-02-29', -12)).toBe('2023-02-28');
    expect(addMonths('2025-06-30', -14)).toBe('2024-04-30');
  });

  it('measure an age with the days past the last whole month as a share of the next month', () => {
    expect(monthsBetween('2025-05-30', '2025-06-30')).toBe(1);
    expect(monthsBetween('2025-06-01', '2025-06-16')).toBeCloseTo(15 / 30, 12);
    expect(monthsBetween('2023-06-30', '2025-06-30')).toBe(24);
    expect(monthsBetween('2025-06-30', '2025-05-30')).toBe(-1);
  });

  it('put the window’s first day inside it, and the day before outside', () => {
    expect(withinMonths('2024-06-30', '2025-06-30', 12)).toBe(true);
    expect(withinMonths('2024-06-29', '2025-06-30', 12)).toBe(false);
    expect(withinMonths('2025-07-01', '2025-06-30', 12)).toBe(false);
  });
});
