import { decimalOrNull, toHundredths, valueAtRate } from './money';

describe('money', () => {
  it('values hours at a rate to the cent, rounding half up where a double would round down', () => {
    // The trap: 1.9 × 29.95 is 56.905, which as a double is 5690.4999… cents.
    expect(Math.round(1.9 * 29.95 * 100) / 100).toBe(56.9);
    expect(valueAtRate(1.9, 29.95)).toBe(56.91);
    expect(valueAtRate(0.35, 25.5)).toBe(8.93);
    expect(valueAtRate(2.5, 34.79)).toBe(86.98);
    expect(valueAtRate(12, 34.79)).toBe(417.48);
    expect(valueAtRate(0.25, 31.8)).toBe(7.95);
    expect(valueAtRate(1.5, 0.01)).toBe(0.02);
    expect(valueAtRate(0, 34.79)).toBe(0);
    expect(valueAtRate(9_999_999.99, 999.99)).toBe(9_999_899_990);
  });

  it('reads numeric text exactly', () => {
    expect(toHundredths('86.98')).toBe(8698n);
    expect(toHundredths('7')).toBe(700n);
    expect(toHundredths('0.5')).toBe(50n);
    expect(toHundredths(0.1 + 0.2)).toBe(30n);
    expect(decimalOrNull('1234567890.12')).toBe(1_234_567_890.12);
    expect(decimalOrNull(null)).toBeNull();
    expect(() => toHundredths('1.234')).toThrow();
  });
});
