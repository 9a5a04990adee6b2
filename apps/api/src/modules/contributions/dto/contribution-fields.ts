import { applyDecorators } from '@nestjs/common';
import { ApiProperty, type ApiPropertyOptions } from '@nestjs/swagger';
import { CONTRIBUTION_STAGES, CONTRIBUTION_TYPES, CONTRIBUTION_UNITS, SIDES } from '@common-ground/domain';
import { IsBoolean, IsIn, IsISO8601, IsNumber, IsOptional, IsString, IsUUID, Matches, Max, MaxLength, Min } from 'class-validator';
import { Trim, TrimToNull, UnlessAbsent } from '../../../common/validation/text-fields';

export const CONTRIBUTION_DESCRIPTION_MAX = 2_000;
/** numeric(12,2) in the schema: the largest quantity or dollar amount a line can hold. */
export const AMOUNT_MAX = 9_999_999_999.99;

/**
 * How a field may be left out of a request:
 * - required: must be present;
 * - optional: may be left out (unchanged, or its default), but never null;
 * - nullable: may be left out, or null for none.
 */
export type Presence = 'required' | 'optional' | 'nullable';

function presence(p: Presence): PropertyDecorator[] {
  if (p === 'nullable') return [IsOptional()];
  // Left out is fine; an explicit null goes on to the field's own rules and is refused in words.
  if (p === 'optional') return [UnlessAbsent()];
  return [];
}

function doc(p: Presence, options: ApiPropertyOptions): PropertyDecorator {
  return ApiProperty({ ...options, required: p === 'required', ...(p === 'nullable' ? { nullable: true } : {}) } as ApiPropertyOptions);
}

const oneOf = (what: string, keys: readonly string[]) => `Choose ${what}: ${keys.join(', ')}.`;

export const SideField = (p: Presence) =>
  applyDecorators(
    doc(p, { enum: SIDES.keys, description: 'Who brought it.' }),
    ...presence(p),
    IsIn(SIDES.keys, { message: oneOf('whose contribution this is', SIDES.keys) }),
  );

export const PartnerIdField = (p: Presence) =>
  applyDecorators(
    doc(p, { type: String, format: 'uuid', description: 'The partnership it belongs to; required unless a library contribution names a program.' }),
    ...presence(p),
    IsUUID('all', { message: 'Choose a partner.' }),
  );

export const ProgramIdField = (p: Presence) =>
  applyDecorators(
    doc(p, { type: String, format: 'uuid', description: 'The program it went to, if any (in use).' }),
    ...presence(p),
    IsUUID('all', { message: 'Choose a program.' }),
  );

export const TypeField = (p: Presence) =>
  applyDecorators(
    doc(p, { enum: CONTRIBUTION_TYPES.keys }),
    ...presence(p),
    IsIn(CONTRIBUTION_TYPES.keys, { message: oneOf('the type of contribution', CONTRIBUTION_TYPES.keys) }),
  );

export const StageField = (p: Presence) =>
  applyDecorators(
    doc(p, { enum: CONTRIBUTION_STAGES.keys, description: 'planned: pledged; actual: given.' }),
    ...presence(p),
    IsIn(CONTRIBUTION_STAGES.keys, { message: oneOf('planned or actual', CONTRIBUTION_STAGES.keys) }),
  );

/** Optional text: trimmed, at most 2,000 characters; null or empty means none (stored as ''). */
export const DescriptionField = () =>
  applyDecorators(
    doc('nullable', { type: String, maxLength: CONTRIBUTION_DESCRIPTION_MAX, example: 'Two nurses staffed the blood-pressure table.' }),
    TrimToNull(),
    IsOptional(),
    IsString({ message: 'The description must be text.' }),
    MaxLength(CONTRIBUTION_DESCRIPTION_MAX, { message: `The description must be ${CONTRIBUTION_DESCRIPTION_MAX.toLocaleString('en-US')} characters or fewer.` }),
  );

/** A non-negative amount with at most two decimals that fits numeric(12,2). */
function amount(p: Presence, label: string, example: number, description: string) {
  const shape = `Enter the ${label} as a number with at most two decimals, like ${example}.`;
  return applyDecorators(
    doc(p, { type: Number, minimum: 0, maximum: AMOUNT_MAX, example, description }),
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
    doc(p, { enum: CONTRIBUTION_UNITS.keys, description: 'Given together with quantity.' }),
    ...presence(p),
    IsIn(CONTRIBUTION_UNITS.keys, { message: oneOf('a unit', CONTRIBUTION_UNITS.keys) }),
  );

const DAY_SHAPE = 'Enter the contribution date as a date, like 2026-03-01.';

/** A calendar day, 'YYYY-MM-DD'. Optional on create (today), optional but never null on change. */
export const ContributedOnField = () =>
  applyDecorators(
    doc('optional', { type: String, format: 'date', description: 'Default: today.' }),
    Trim(),
    UnlessAbsent(),
    IsString({ message: DAY_SHAPE }),
    Matches(/^\d{4}-\d{2}-\d{2}$/, { message: DAY_SHAPE }),
    IsISO8601({ strict: true }, { message: 'Enter a real calendar date for the contribution, like 2026-03-01.' }),
  );

export const RevalueField = () =>
  applyDecorators(
    doc('optional', {
      type: Boolean,
      description: 'true: value volunteer hours at today’s settings rate instead of the rate stored on the line.',
    }),
    UnlessAbsent(),
    IsBoolean({ message: 'revalue must be true or false.' }),
  );
