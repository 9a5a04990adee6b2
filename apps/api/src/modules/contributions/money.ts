/**
 * Dollar amounts and quantities are numeric(…, 2) in the database and arrive from pg as strings. Arithmetic on them
 * is done in whole hundredths (bigint where a product can outgrow a double's exact range), never on binary floats,
 * so 1.9 hours at $29.95 is $56.91 and not $56.90 (the double 1.9 × 29.95 × 100 is 5690.4999…).
 */

/** A value with at most two decimals (as validated, or as read from numeric(…, 2)) in hundredths. */
export function toHundredths(value: number | string): bigint {
  const text = typeof value === 'number' ? value.toFixed(2) : value.trim();
  const match = /^(-?)(\d+)(?:\.(\d{1,2}))?$/.exec(text);
  if (!match) throw new Error(`not an amount with at most two decimals: ${text}`);
  const [, sign, whole, fraction = ''] = match;
  const hundredths = BigInt(whole!) * 100n + BigInt(fraction.padEnd(2, '0'));
  return sign === '-' ? -hundredths : hundredths;
}

export function fromHundredths(hundredths: bigint): number {
  return Number(hundredths) / 100;
}

/** A numeric column's text as a number (null stays null). */
export function decimalOrNull(value: string | null): number | null {
  return value === null ? null : fromHundredths(toHundredths(value));
}

/** quantity × rate in dollars, rounded half up to the cent (both are non-negative). */
export function valueAtRate(quantity: number, rate: number): number {
  const tenThousandths = toHundredths(quantity) * toHundredths(rate);
  return fromHundredths((tenThousandths + 50n) / 100n);
}
