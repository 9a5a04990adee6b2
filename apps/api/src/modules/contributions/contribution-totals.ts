import { CONTRIBUTION_TYPES, CONTRIBUTION_UNITS, type ContributionType, type ContributionUnit, SIDES } from '@common-ground/domain';
import type { ContributionTotalsDto } from './dto/contribution.response.dto';
import type { ContributionGroupRow } from './contributions.repository';
import { fromHundredths, toHundredths } from './money';

/**
 * Folds the (side, type, unit) groups into the totals the ledger shows. Sums are added in whole hundredths, so the
 * parts add up to the whole to the cent.
 */
export function foldContributionTotals(groups: readonly ContributionGroupRow[]): ContributionTotalsDto {
  let money = 0n;
  let volunteerHours = 0n;
  const sides = new Map(SIDES.keys.map((side) => [side, { money: 0n, count: 0 }]));
  const types = new Map<ContributionType, { money: bigint; count: number; units: Map<ContributionUnit, bigint> }>();

  for (const group of groups) {
    const groupMoney = toHundredths(group.money_value);
    money += groupMoney;
    const side = sides.get(group.side)!;
    side.money += groupMoney;
    side.count += group.count;
    const type = types.get(group.type) ?? { money: 0n, count: 0, units: new Map<ContributionUnit, bigint>() };
    type.money += groupMoney;
    type.count += group.count;
    if (group.unit !== null && group.quantity !== null) {
      const quantity = toHundredths(group.quantity);
      type.units.set(group.unit, (type.units.get(group.unit) ?? 0n) + quantity);
      if (group.type === 'volunteers' && group.unit === 'hours') volunteerHours += quantity;
    }
    types.set(group.type, type);
  }

  return {
    moneyValue: fromHundredths(money),
    volunteerHours: fromHundredths(volunteerHours),
    bySide: SIDES.keys.map((side) => ({ side, moneyValue: fromHundredths(sides.get(side)!.money), count: sides.get(side)!.count })),
    byType: CONTRIBUTION_TYPES.keys
      .filter((type) => types.has(type))
      .map((type) => {
        const total = types.get(type)!;
        return {
          type,
          moneyValue: fromHundredths(total.money),
          quantityByUnit: CONTRIBUTION_UNITS.keys
            .filter((unit) => total.units.has(unit))
            .map((unit) => ({ unit, quantity: fromHundredths(total.units.get(unit)!) })),
          count: total.count,
        };
      }),
  };
}
