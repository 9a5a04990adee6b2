import { addMonths, goalReviewDueOn } from './goal-review';

describe('goalReviewDueOn', () => {
  it('is twelve months after the last review', () => {
    expect(goalReviewDueOn('2025-03-15', new Date('2020-01-01T00:00:00Z'))).toBe('2026-03-15');
  });

  it('is the day the goal was added (UTC) when it was never reviewed', () => {
    expect(goalReviewDueOn(null, new Date('2025-11-30T23:30:00Z'))).toBe('2025-11-30');
  });

  it('clamps to the end of the month, as PostgreSQL does', () => {
    expect(goalReviewDueOn('2024-02-29', new Date())).toBe('2025-02-28');
    expect(addMonths('2025-01-31', 1)).toBe('2025-02-28');
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonths('2025-12-31', 2)).toBe('2026-02-28');
    expect(addMonths('2025-11-15', 1)).toBe('2025-12-15');
    expect(addMonths('2025-12-15', 1)).toBe('2026-01-15');
  });
});
