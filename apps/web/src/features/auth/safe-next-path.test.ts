import { describe, expect, it } from 'vitest';
import { safeNextPath } from './safe-next-path';

describe('safeNextPath', () => {
  it.each([
    ['/admin/users?q=ada', '/admin/users?q=ada'],
    ['/partners#health', '/partners#health'],
  ])('keeps the same-origin path %s', (next, expected) => {
    expect(safeNextPath(next)).toBe(expected);
  });

  it.each([null, '', 'admin/users', 'https://evil.example/', '//evil.example/x', '/\\evil.example', 'javascript:alert(1)', '/sign-in?next=%2F'])(
    'sends %s home instead',
    (next) => {
      expect(safeNextPath(next)).toBe('/');
    },
  );
});
