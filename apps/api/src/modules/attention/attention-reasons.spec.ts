import { overdueReason, quietReason, reviewReason } from './attention-reasons';

describe('attention reasons', () => {
  it('says how long a partner has been quiet against its cadence', () => {
    expect(quietReason(45, 30, false)).toBe('No two-way contact for 45 days; the agreed cadence is 30 days.');
    expect(quietReason(8, 1, false)).toBe('No two-way contact for 8 days; the agreed cadence is 1 day.');
    expect(quietReason(31, 30, true)).toBe('No two-way contact since the partner was added 31 days ago; the agreed cadence is 30 days.');
  });

  it('says when an overdue follow-up was due, quoting it on one line', () => {
    expect(overdueReason('Send the flyer', '2026-11-03', 3)).toBe('“Send the flyer” was due 3 days ago (3 Nov 2026).');
    expect(overdueReason('Send\nthe   flyer', '2026-11-05', 1)).toBe('“Send the flyer” was due yesterday (5 Nov 2026).');
  });

  it('says when a review is due: ahead, today, past, never done', () => {
    expect(reviewReason('Agreement', '2026-11-15', -12, false)).toBe('Agreement review due in 12 days (15 Nov 2026).');
    expect(reviewReason('Agreement', '2026-11-04', -1, false)).toBe('Agreement review due tomorrow (4 Nov 2026).');
    expect(reviewReason('Goal', '2026-11-03', 0, false)).toBe('Goal review due today.');
    expect(reviewReason('Goal', '2026-11-02', 1, false)).toBe('Goal review was due yesterday (2 Nov 2026).');
    expect(reviewReason('Agreement', '2026-10-01', 33, false)).toBe('Agreement review was due 33 days ago (1 Oct 2026).');
    expect(reviewReason('Goal', '2026-01-10', 297, true)).toBe('Goal not reviewed since it was added on 10 Jan 2026.');
  });
});
