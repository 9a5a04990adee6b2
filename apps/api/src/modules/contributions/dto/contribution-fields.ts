import { applyDecorators } from '@nestjs/common';
import { CONTRIBUTION_STAGES, CONTRIBUTION_TYPES, CONTRIBUTION_UNITS, SIDES } from '@common-ground/domain';
import { IsBoolean, IsIn, IsNumber, IsOptional, IsString, IsUUID, Max, MaxLength, Min } from 'class-validator';
import { DateField } from '../../../common/validation/date-fields';
import { type Presence, presence, presenceDoc } from '../../../common/validation/presence';
import { TrimToNull, UnlessAbsent } from '../../../common/validation/text-fields';

export const CONTRIBUTION_DESCRIPTION_MAX = 2_000;
/** numeric(12,2) in the schema: the largest quantity or dollar amount a line can hold. */
export const AMOUNT_MAX = 9_999_999_999.99;

const oneOf = (what: string, keys: readonly string[]) => `Choose ${what}: ${keys.join(', ')}.`;

export const SideField = (p: Presence) =>
  applyDecorators(
    presenceDoc(p, { enum: SIDES.keys, description: 'Who brought it.' }),
    ...presence(p),
    IsIn(SIDES.keys, { message: oneOf('whose contribution this is', SIDES.keys) }),
  );

export const PartnerIdField = (p: Presence) =>
  applyDecorators(
    presenceDoc(p, { type: String, format: 'uuid', description: 'The partnership it belongs to; required unless a library contribution names a program.' }),
    ...presence(p),
    IsUUID('all', { message: 'Choose a partner.' }),
  );

export const ProgramIdField = (p: Presence) =>
  applyDecorators(
    presenceDoc(p, { type: String, format: 'uuid', description: 'The program it went to, if any (in use).' }),
    ...presence(p),
    IsUUID('all', { message: 'Choose a program.' }),
  );

export const TypeField = (p: Presence) =>
  applyDecorators(
    presenceDoc(p, { enum: CONTRIBUTION_TYPES.keys }),
    ...presence(p),
    IsIn(CONTRIBUTION_TYPES.keys, { message: oneOf('the type of contribution', CONTRIBUTION_TYPES.keys) }),
  );

export const StageField = (p: Presence) =>
  applyDecorators(
    presenceDoc(p, { enum: CONTRIBUTION_STAGES.keys, description: 'planned: pledged; actual: given.' }),
    ...presence(p),
    IsIn(CONTRIBUTION_STAGES.keys, { message: oneOf('planned or actual', CONTRIBUTION_STAGES.keys) }),
  );

/** Optional text: trimmed, at most 2,000 characters; null or empty means none (stored as ''). */
export const DescriptionField = () =>
  applyDecorators(
    presenceDoc('nullable', { type: String, maxLength: CONTRIBUTION_DESCRIPTION_MAX, example: 'Two nurses staffed the blood-pressure table.' }),
    TrimToNull(),
    IsOptional(),
    IsString({ message: 'The description must be text.' }),
    MaxLength(CONTRIBUTION_DESCRIPTION_MAX, { message: `The description must be ${CONTRIBUTION_DESCRIPTION_MAX.toLocaleString('en-US')} characters or fewer.` }),
  );

/** A non-negative amount with at most two decimals that fits numeric(12,2). */
function amount(p: Presence, label: string, example: number, description: string) {
  const shape = `Enter the ${label} as a number with at most two decimals, like ${example}.`;
  return applyDecorators(
    presenceDoc(p, { type: Number, minimum: 0, maximum: AMOUNT_MAX, example, description }),
    ...presence(p),
    IsNumber({ allowNaN: false, allowInfinity: false, maxDecimalPlaces: 2 }, { message: shape }),
    Min(0, { message: `The ${label} cannot be negative.` }),
    Max(AMOUNT_MAX, { message: `The ${label} can be at most ${AMOUNT_MAX.toLocaleString('en-US')}.` }),
  );
}

export const QuantityField = (p: Presence) => amount(p, 'quantity', 12.5, 'How much, in the unit; given together with unit.');

export const MoneyValueField = (p: Presence) =>
  amount(
    p,
    'money value',
    250,
    'In dollars. Leave it out for volunteer hours to have them valued at the settings rate; an entered value wins.',
  );

export const UnitField = (p: Presence) =>
  applyDecorators(
    presenceDoc(p, { enum: CONTRIBUTION_UNITS.keys, description: 'Given together with quantity.' }),
    ...presence(p),
    IsIn(CONTRIBUTION_UNITS.keys, { message: oneOf('a unit', CONTRIBUTION_UNITS.keys) }),
  );

/** A calendar day, 'YYYY-MM-DD'. Optional on create (today), optional but never null on change. */
export const ContributedOnField = () =>
  applyDecorators(
    presenceDoc('optional', { type: String, format: 'date', description: 'Default: today.' }),
    UnlessAbsent(),
    DateField('contribution date', 'contribution'),
  );

export const RevalueField = () =>
  applyDecorators(
    presenceDoc('optional', {
      type: Boolean,
      description: 'true: value volunteer hours at today’s settings rate instead of the rate stored on the line.',
    }),
    UnlessAbsent(),
    IsBoolean({ message: 'revalue must be true or false.' }),
  );
