import type { ContributionType, ContributionUnit } from '@common-ground/domain';

/**
 * How a line's money value is settled (DOMAIN.md "Contribution": entered, or quantity × a configured rate). Only
 * volunteer hours are valued at a rate, the settings' volunteer-hour rate; the rate, its source and year are
 * copied onto the line, so the line keeps its value when the settings change later.
 */
export type ValuationPlan =
  /** An entered dollar amount: it wins, and the line carries no rate. */
  | { kind: 'entered'; moneyValue: number }
  /** quantity × a rate: the one stored on the line, or the settings' current one. */
  | { kind: 'at-rate'; rate: 'stored' | 'current' }
  /** No money value (and no rate). */
  | { kind: 'none' }
  /** Leave moneyValue and the rate as they are. */
  | { kind: 'keep' };

interface LineShape {
  type: ContributionType;
  unit: ContributionUnit | null;
}

export function isVolunteerHours(line: LineShape): boolean {
  return line.type === 'volunteers' && line.unit === 'hours';
}

/** A new line: an entered value wins; volunteer hours without one are valued at today's rate. */
export function planNewValuation(line: LineShape, moneyValue: number | null | undefined): ValuationPlan {
  if (moneyValue !== null && moneyValue !== undefined) return { kind: 'entered', moneyValue };
  return isVolunteerHours(line) ? { kind: 'at-rate', rate: 'current' } : { kind: 'none' };
}

/**
 * A changed line (`after` is the line with the change applied). Volunteer hours valued at a rate are re-valued at
 * the rate stored on the line, so a corrected quantity does not silently pick up a newer rate; `revalue` asks for
 * today's rate. On a line valued at a rate, a moneyValue equal to the stored one is a form sending back what it
 * read, not an entered value.
 */
export function planChangedValuation(
  before: LineShape & { moneyValue: number | null; rate: number | null },
  after: LineShape,
  change: { moneyValue?: number | null; revalue?: boolean },
): ValuationPlan {
  const valuedAtRate = before.rate !== null;
  const sent = valuedAtRate && change.moneyValue === before.moneyValue ? undefined : change.moneyValue;
  if (sent !== null && sent !== undefined) return { kind: 'entered', moneyValue: sent };
  if (isVolunteerHours(after)) {
    if (valuedAtRate) return { kind: 'at-rate', rate: change.revalue ? 'current' : 'stored' };
    // Cleared, or never had a value (the line just became volunteer hours): value it now.
    if (sent === null || before.moneyValue === null) return { kind: 'at-rate', rate: 'current' };
    return { kind: 'keep' };
  }
  // A value computed from a rate means nothing once the line is no longer volunteer hours.
  if (valuedAtRate || sent === null) return { kind: 'none' };
  return { kind: 'keep' };
}
