import type { ContributionUnit } from '@common-ground/domain';

/**
 * Numbers as the value model shows them: dollars to the cent, quantities with their unit in words, and the share
 * who agree always beside its n (UX.md: "numbers carry their n").
 */
const moneyFormat = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD' });
const numberFormat = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });

/** "$1,234.50". */
export function formatMoney(value: number): string {
  return moneyFormat.format(value);
}

/** "1,234.5". */
export function formatNumber(value: number): string {
  return numberFormat.format(value);
}

const UNIT_WORDS: Record<ContributionUnit, [one: string, many: string]> = {
  hours: ['hour', 'hours'],
  days: ['day', 'days'],
  sessions: ['session', 'sessions'],
  items: ['item', 'items'],
  people: ['person', 'people'],
  dollars: ['dollar', 'dollars'],
};

/** "12.5 hours", "1 person". */
export function formatQuantity(quantity: number, unit: ContributionUnit): string {
  const [one, many] = UNIT_WORDS[unit];
  return `${formatNumber(quantity)} ${quantity === 1 ? one : many}`;
}

/** "$34.79/h". */
export function formatHourRate(rate: number): string {
  return `${formatMoney(rate)}/h`;
}

/** A rate as it was applied: "valued at $34.79/h (Independent Sector, 2024)". */
export function describeValuedAt(valuedAt: { rate: number; source: string; year: number }): string {
  return `valued at ${formatHourRate(valuedAt.rate)} (${valuedAt.source}, ${valuedAt.year})`;
}

/** The agree share as a whole percentage ("78%"), or null when nobody answered. */
export function formatPercent(share: number | null): string | null {
  return share === null ? null : `${Math.round(share * 100)}%`;
}

/** "78% agree (n = 41)"; "Nobody answered (n = 0)" when there is no share to give. */
export function describeAgreeShare(share: number | null, answered: number): string {
  const percent = formatPercent(share);
  return percent === null ? `Nobody answered (n = ${answered})` : `${percent} agree (n = ${formatNumber(answered)})`;
}

/** "2 lines", "1 line". */
export function plural(count: number, one: string, many: string): string {
  return `${formatNumber(count)} ${count === 1 ? one : many}`;
}
