import { describe, expect, it } from 'vitest';
import { formatDate, formatRelative } from './format-date';

describe('formatDate', () => {
  it('writes dates the way the library does: "Tue 3 Mar 2026"', () => {
    expect(formatDate('2026-03-03T12:00:00.000Z')).toBe('Tue 3 Mar 2026');
  });
});

describe('formatRelative', () => {
  const now = new Date('2026-03-15T12:00:00.000Z');

  it.each([
    ['2026-03-03T12:00:00.000Z', '12 days ago'],
    ['2026-03-14T12:00:00.000Z', 'yesterday'],
    ['2026-03-15T09:00:00.000Z', '3 hours ago'],
    ['2026-03-15T11:59:30.000Z', 'just now'],
    ['2025-03-15T12:00:00.000Z', 'last year'],
  ])('describes %s as "%s"', (value, expected) => {
    expect(formatRelative(value, now)).toBe(expected);
  });
});
