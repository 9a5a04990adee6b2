import { literalLimit } from './sql-params';

describe('literalLimit', () => {
  it('writes a whole page size as its digits', () => {
    expect(literalLimit(25)).toBe('25');
    expect(literalLimit(0)).toBe('0');
  });

  it('refuses anything else, so nothing but digits reaches the statement', () => {
    for (const bad of [2.5, -1, Number.NaN, Number.POSITIVE_INFINITY, '25; DROP TABLE partners' as unknown as number]) {
      expect(() => literalLimit(bad)).toThrow('Not a page size');
    }
  });
});
