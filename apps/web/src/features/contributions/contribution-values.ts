import { CONTRIBUTION_STAGES, CONTRIBUTION_TYPES, CONTRIBUTION_UNITS, SIDES, type ContributionStage, type ContributionType, type ContributionUnit, type Side } from '@common-ground/domain';
import type { FormField } from '../../lib/form-problems';
import type { Contribution, CreateContributionBody, UpdateContributionBody } from './api/types';

/** The API's limits (contribution-fields.ts). */
export const DESCRIPTION_MAX = 2_000;
export const AMOUNT_MAX = 9_999_999_999.99;

export type ContributionField =
  | 'side'
  | 'partnerId'
  | 'programId'
  | 'type'
  | 'stage'
  | 'quantity'
  | 'unit'
  | 'moneyValue'
  | 'contributedOn'
  | 'description';

/** In the order the fields appear on screen, so the error summary reads top to bottom. */
export function contributionFields(formId: string): FormField<ContributionField>[] {
  const names: ContributionField[] = ['side', 'partnerId', 'programId', 'type', 'stage', 'quantity', 'unit', 'moneyValue', 'contributedOn', 'description'];
  return names.map((name) => ({ name, id: `${formId}-${name}` }));
}

export interface ContributionValues {
  side: Side;
  /** '' for none. */
  partnerId: string;
  /** '' for none. */
  programId: string;
  /** '' until chosen. */
  type: ContributionType | '';
  stage: ContributionStage;
  /** NumberInput's empty value is ''. */
  quantity: number | string;
  unit: ContributionUnit | '';
  moneyValue: number | string;
  contributedOn: string;
  description: string;
  /** Editing a line valued at a rate: value it at today's rate instead of the one stored on it. */
  revalue: boolean;
}

export interface Rate {
  rate: number;
  source: string;
  year: number;
}

export function initialContributionValues({ line, partnerId, programId, today }: { line?: Contribution; partnerId?: string; programId?: string; today: string }): ContributionValues {
  if (line) {
    return {
      side: line.side,
      partnerId: line.partner?.id ?? '',
      programId: line.program?.id ?? '',
      type: line.type,
      stage: line.stage,
      quantity: line.quantity ?? '',
      unit: line.unit ?? '',
      // A value computed from a rate is not something anyone typed: the field stays empty, and the line keeps
      // being valued at its rate.
      moneyValue: line.valuedAt ? '' : (line.moneyValue ?? ''),
      contributedOn: line.contributedOn,
      description: line.description,
      revalue: false,
    };
  }
  return {
    side: 'partner',
    partnerId: partnerId ?? '',
    programId: programId ?? '',
    type: '',
    stage: 'actual',
    quantity: '',
    unit: '',
    moneyValue: '',
    contributedOn: today,
    description: '',
    revalue: false,
  };
}

const isNumber = (value: number | string): value is number => typeof value === 'number' && Number.isFinite(value);

export function validateContribution(values: ContributionValues): Partial<Record<ContributionField, string>> {
  const errors: Partial<Record<ContributionField, string>> = {};
  if (!SIDES.has(values.side)) errors.side = 'Choose who brought it';
  if (values.side === 'partner' && values.partnerId === '') errors.partnerId = 'Choose the partner who brought it';
  if (values.side === 'library' && values.partnerId === '' && values.programId === '') {
    errors.partnerId = 'Choose the partner, or a program the library contributed to';
  }
  if (!CONTRIBUTION_TYPES.has(values.type)) errors.type = 'Choose what was contributed';
  if (!CONTRIBUTION_STAGES.has(values.stage)) errors.stage = 'Choose whether it is planned or already given';
  const hasQuantity = isNumber(values.quantity);
  if (hasQuantity && (values.quantity as number) < 0) errors.quantity = 'Enter a quantity of 0 or more';
  if (values.unit !== '' && !hasQuantity) errors.quantity = 'Enter the quantity, or clear the unit';
  if (hasQuantity && !CONTRIBUTION_UNITS.has(values.unit)) errors.unit = 'Choose the unit the quantity is counted in';
  if (isNumber(values.moneyValue) && (values.moneyValue < 0 || values.moneyValue > AMOUNT_MAX)) {
    errors.moneyValue = 'Enter a money value of 0 or more, in dollars and cents';
  }
  if (!/^\d{4}-\d{2}-\d{2}$/.test(values.contributedOn)) errors.contributedOn = 'Enter the date of the contribution';
  if (values.description.length > DESCRIPTION_MAX) {
    errors.description = `Keep the description to ${DESCRIPTION_MAX.toLocaleString('en-US')} characters or fewer`;
  }
  return errors;
}

/** Volunteer hours are valued at a rate when no money value is typed (the API's rule, previewed as you type). */
export function isVolunteerHours(values: Pick<ContributionValues, 'type' | 'unit'>): boolean {
  return values.type === 'volunteers' && values.unit === 'hours';
}

/** quantity × rate, rounded half up to the cent in whole hundredths, exactly as the API does it. */
export function valueAtRate(quantity: number, rate: number): number {
  const tenThousandths = Math.round(quantity * 100) * Math.round(rate * 100);
  return Math.floor((tenThousandths + 50) / 100) / 100;
}

/** What the line will be valued at, or null when it will not be valued at a rate. */
export function volunteerValuePreview(values: ContributionValues, rate: Rate | null): { hours: number; moneyValue: number; rate: Rate } | null {
  if (!rate || !isVolunteerHours(values) || !isNumber(values.quantity) || values.moneyValue !== '') return null;
  return { hours: values.quantity, moneyValue: valueAtRate(values.quantity, rate.rate), rate };
}

const numberOrNull = (value: number | string): number | null => (isNumber(value) ? value : null);

export function toCreateBody(values: ContributionValues): CreateContributionBody {
  if (!CONTRIBUTION_TYPES.has(values.type)) throw new Error('validated before');
  const quantity = numberOrNull(values.quantity);
  const moneyValue = numberOrNull(values.moneyValue);
  const description = values.description.trim();
  return {
    side: values.side,
    stage: values.stage,
    type: values.type,
    contributedOn: values.contributedOn,
    ...(values.partnerId ? { partnerId: values.partnerId } : {}),
    ...(values.programId ? { programId: values.programId } : {}),
    ...(quantity !== null && values.unit ? { quantity, unit: values.unit } : {}),
    ...(moneyValue !== null ? { moneyValue } : {}),
    ...(description ? { description } : {}),
  };
}

export function toUpdateBody(values: ContributionValues, line: Contribution): UpdateContributionBody {
  if (!CONTRIBUTION_TYPES.has(values.type)) throw new Error('validated before');
  const quantity = numberOrNull(values.quantity);
  return {
    version: line.version,
    side: values.side,
    stage: values.stage,
    type: values.type,
    contributedOn: values.contributedOn,
    partnerId: values.partnerId || null,
    programId: values.programId || null,
    quantity: quantity !== null && values.unit ? quantity : null,
    unit: quantity !== null && values.unit ? values.unit : null,
    // Empty: volunteer hours are valued at the line's rate (or today's, with revalue); anything else has no value.
    moneyValue: numberOrNull(values.moneyValue),
    description: values.description.trim(),
    ...(values.revalue ? { revalue: true } : {}),
  };
}
