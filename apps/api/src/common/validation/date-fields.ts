import { applyDecorators } from '@nestjs/common';
import { IsISO8601, IsOptional, IsString, Matches } from 'class-validator';
import { Trim, TrimToNull } from './text-fields';

/** 'YYYY-MM-DD' and a day that exists, each refused in words naming the field. */
const dayRules = (label: string, realDateLabel: string) => [
  IsString({ message: `Enter the ${label} as a date, like 2026-03-01.` }),
  Matches(/^\d{4}-\d{2}-\d{2}$/, { message: `Enter the ${label} as a date, like 2026-03-01.` }),
  IsISO8601({ strict: true }, { message: `Enter a real calendar date for the ${realDateLabel}, like 2026-03-01.` }),
];

/**
 * A calendar day, 'YYYY-MM-DD', that is never null or empty when sent. Messages name it: "Enter the {label} as a
 * date…", and "Enter a real calendar date for the {realDateLabel}…" when the shape is right but the day does not exist.
 */
export const DateField = (label: string, realDateLabel: string = label) => applyDecorators(Trim(), ...dayRules(label, realDateLabel));

/** A calendar day, 'YYYY-MM-DD', or null / empty for none. Messages as DateField's. */
export const OptionalDateField = (label: string, realDateLabel: string = label) =>
  applyDecorators(TrimToNull(), IsOptional(), ...dayRules(label, realDateLabel));
