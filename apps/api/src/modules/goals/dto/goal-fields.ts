import { applyDecorators } from '@nestjs/common';
import { GOAL_AGREED_BY } from '@common-ground/domain';
import { Transform } from 'class-transformer';
import { IsIn, IsISO8601, IsNotEmpty, IsOptional, IsString, Matches, MaxLength, ValidateIf } from 'class-validator';

export const GOAL_TEXT_MAX = 10_000;

const trim = Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value));
const trimToNull = Transform(({ value }: { value: unknown }) => {
  if (typeof value !== 'string') return value;
  const trimmed = value.trim();
  return trimmed === '' ? null : trimmed;
});

/** Present → validated; absent (undefined) → left alone. null is refused by the field's own rules. */
export const UnlessAbsent = () => ValidateIf((_object: object, value: unknown) => value !== undefined);

export const GoalTextField = () =>
  applyDecorators(
    trim,
    IsString({ message: 'Describe the goal.' }),
    IsNotEmpty({ message: 'Describe the goal.' }),
    MaxLength(GOAL_TEXT_MAX, { message: `The goal must be ${GOAL_TEXT_MAX.toLocaleString('en-US')} characters or fewer.` }),
  );

export const AgreedByField = () =>
  IsIn(GOAL_AGREED_BY.keys, { message: `Choose who agreed to the goal: ${GOAL_AGREED_BY.keys.join(', ')}.` });

export const LastReviewedOnField = () =>
  applyDecorators(
    trimToNull,
    IsOptional(),
    IsString({ message: 'Enter the last review date as a date, like 2026-03-01.' }),
    Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'Enter the last review date as a date, like 2026-03-01.' }),
    IsISO8601({ strict: true }, { message: 'Enter a real calendar date for the last review, like 2026-03-01.' }),
  );
