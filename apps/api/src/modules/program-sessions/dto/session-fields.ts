import { applyDecorators } from '@nestjs/common';
import { ApiProperty } from '@nestjs/swagger';
import { ATTENDANCE_MAX, SESSION_FORMATS } from '@common-ground/domain';
import { Type } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsISO8601, IsObject, IsOptional, IsString, Matches, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { Trim, UnlessAbsent } from '../../../common/validation/text-fields';

export const SESSION_NOTES_MAX = 2_000;
/** Rows one attendance-grid save may send: a long series, without an unbounded request. */
export const GRID_ROWS_MAX = 200;

/** An instant with its time zone (as `Date.prototype.toISOString` writes it), so it means the same everywhere. */
const DATE_TIME_PATTERN = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/;
const STARTS_AT_SHAPE = 'Enter when the session starts as a date and time with its time zone, like 2026-03-03T18:00:00Z.';

export const StartsAtField = (required: boolean) =>
  applyDecorators(
    ApiProperty({ type: String, format: 'date-time', required, description: 'Its UTC date must fall within the program’s dates.' }),
    ...(required ? [] : [UnlessAbsent()]),
    IsString({ message: STARTS_AT_SHAPE }),
    Matches(DATE_TIME_PATTERN, { message: STARTS_AT_SHAPE }),
    IsISO8601({ strict: true }, { message: 'Enter a real date and time for the session, like 2026-03-03T18:00:00Z.' }),
  );

export const SessionFormatField = (required: boolean) =>
  applyDecorators(
    ApiProperty({ enum: SESSION_FORMATS.keys, required }),
    ...(required ? [] : [UnlessAbsent()]),
    IsIn(SESSION_FORMATS.keys, { message: `Choose the session’s format: ${SESSION_FORMATS.keys.join(', ')}.` }),
  );

/** A head count: a whole number from 0 to ATTENDANCE_MAX (more is taken for a typing mistake). */
export const CountField = (label: string, nullable: boolean, description?: string) =>
  applyDecorators(
    ApiProperty({ type: 'integer', minimum: 0, maximum: ATTENDANCE_MAX, required: false, ...(nullable ? { nullable: true } : {}), ...(description ? { description } : {}) }),
    nullable ? IsOptional() : UnlessAbsent(),
    IsInt({ message: `Enter ${label} as a whole number.` }),
    Min(0, { message: `${capitalise(label)} cannot be negative.` }),
    Max(ATTENDANCE_MAX, { message: `${capitalise(label)} can be at most ${ATTENDANCE_MAX.toLocaleString('en-US')}. Check for a typing mistake.` }),
  );

export const AttendanceField = (type: new () => object) =>
  applyDecorators(
    ApiProperty({ type, required: false, description: 'Attendance by age band; a band left out is 0 on a new session and unchanged on an existing one.' }),
    UnlessAbsent(),
    IsObject({ message: 'Send the attendance as an object with a number for each age band.' }),
    ValidateNested(),
    Type(() => type),
  );

export const RecordedViewsField = () =>
  CountField('the recorded views', true, 'Views of the recording within 30 days; recorded sessions only (null otherwise).');

export const AudienceMatchedField = () =>
  applyDecorators(
    ApiProperty({ type: Boolean, required: false, nullable: true, description: 'Whether the actual audience matched the program’s target; null when not recorded.' }),
    IsOptional(),
    IsBoolean({ message: 'audienceMatched must be true, false or null (not recorded).' }),
  );

export const NotesField = () =>
  applyDecorators(
    ApiProperty({ type: String, required: false, maxLength: SESSION_NOTES_MAX, description: 'Empty when left out of a new session.' }),
    Trim(),
    UnlessAbsent(),
    IsString({ message: 'Write the notes as text.' }),
    MaxLength(SESSION_NOTES_MAX, { message: `Notes must be ${SESSION_NOTES_MAX.toLocaleString('en-US')} characters or fewer.` }),
  );

function capitalise(text: string): string {
  return text.replace(/^(the )?(\w)/, (_m, _the: string | undefined, first: string) => first.toUpperCase());
}
