import { dayInWords, daysOfMonth, utcDay, withinProgramDatesMessage } from './program-dates';

describe('program dates', () => {
  it('lists every day of a month and the first day of the next, leap years included', () => {
    const february2028 = daysOfMonth('2028-02');
    expect(february2028.days).toHaveLength(29);
    expect(february2028.days[28]).toBe('2028-02-29');
    expect(february2028.next).toBe('2028-03-01');
    expect(daysOfMonth('2026-02').days).toHaveLength(28);
    expect(daysOfMonth('2026-12')).toMatchObject({ next: '2027-01-01' });
    expect(daysOfMonth('2026-12').days[0]).toBe('2026-12-01');
  });

  it('says dates as people write them, whatever the server’s locale', () => {
    expect(dayInWords('2026-03-03')).toBe('3 Mar 2026');
    expect(dayInWords('2026-12-31')).toBe('31 Dec 2026');
    expect(withinProgramDatesMessage('2026-03-03', '2026-06-30')).toBe('Enter a date between 3 Mar 2026 and 30 Jun 2026.');
    expect(withinProgramDatesMessage('2026-03-03', '2026-03-03')).toBe('Enter a date on 3 Mar 2026, the day of the program.');
  });

  it('takes the UTC day of an instant', () => {
    expect(utcDay(new Date('2026-06-30T19:30:00-05:00'))).toBe('2026-07-01');
  });
});
