import { applyDecorators } from '@nestjs/common';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsInt, IsNumber, Max, Min } from 'class-validator';
import { RequiredTextField, UnlessAbsent } from '../../../common/validation/text-fields';

export const LIBRARY_NAME_MAX = 200;
export const RATE_SOURCE_MAX = 500;
/** numeric(8,2) in the schema. */
export const VOLUNTEER_RATE_MAX = 999_999.99;
/** The schema's check constraint on volunteer_rate_year. */
export const RATE_YEAR_MIN = 1990;
export const RATE_YEAR_MAX = 2200;

const RATE_MESSAGE = `Enter the volunteer-hour rate in dollars and cents, from 0 to ${VOLUNTEER_RATE_MAX.toLocaleString('en-US')}, like 34.79.`;
const YEAR_MESSAGE = `Enter the year the rate is for, from ${RATE_YEAR_MIN} to ${RATE_YEAR_MAX}.`;

/** Every settings field may be left out of a change (unchanged); none may be cleared. */
export const LibraryNameField = () =>
  applyDecorators(
    ApiPropertyOptional({ minLength: 1, maxLength: LIBRARY_NAME_MAX, example: 'Riverside Public Library' }),
    UnlessAbsent(),
    RequiredTextField(LIBRARY_NAME_MAX, {
      missing: 'Enter the library’s name.',
      tooLong: `The library’s name must be ${LIBRARY_NAME_MAX} characters or fewer.`,
    }),
  );

export const VolunteerHourRateField = () =>
  applyDecorators(
    ApiPropertyOptional({
      type: Number,
      minimum: 0,
      maximum: VOLUNTEER_RATE_MAX,
      example: 34.79,
      description: 'Dollars per volunteer hour. Lines already valued keep the rate they were valued at.',
    }),
    UnlessAbsent(),
    IsNumber({ allowNaN: false, allowInfinity: false, maxDecimalPlaces: 2 }, { message: RATE_MESSAGE }),
    Min(0, { message: RATE_MESSAGE }),
    Max(VOLUNTEER_RATE_MAX, { message: RATE_MESSAGE }),
  );

export const VolunteerRateSourceField = () =>
  applyDecorators(
    ApiPropertyOptional({ minLength: 1, maxLength: RATE_SOURCE_MAX, example: 'Independent Sector, national value of volunteer time' }),
    UnlessAbsent(),
    RequiredTextField(RATE_SOURCE_MAX, {
      missing: 'Say where the volunteer-hour rate comes from.',
      tooLong: `The rate’s source must be ${RATE_SOURCE_MAX} characters or fewer.`,
    }),
  );

export const VolunteerRateYearField = () =>
  applyDecorators(
    ApiPropertyOptional({ type: 'integer', minimum: RATE_YEAR_MIN, maximum: RATE_YEAR_MAX, example: 2024 }),
    UnlessAbsent(),
    IsInt({ message: YEAR_MESSAGE }),
    Min(RATE_YEAR_MIN, { message: YEAR_MESSAGE }),
    Max(RATE_YEAR_MAX, { message: YEAR_MESSAGE }),
  );
