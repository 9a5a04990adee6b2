import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsInt, IsOptional, Max, Min } from 'class-validator';

export const MIN_VALUE_YEAR = 1900;
export const MAX_VALUE_YEAR = 2200;

const YEAR_MESSAGE = `Enter the year as four digits between ${MIN_VALUE_YEAR} and ${MAX_VALUE_YEAR}, like 2026.`;

/** Query strings are text: a whole number becomes a number, anything else stays text for IsInt to refuse. */
const toYear = ({ value }: { value: unknown }) => (typeof value === 'string' && /^\d{1,6}$/.test(value) ? Number(value) : value);

export class ValueYearQueryDto {
  @ApiPropertyOptional({
    type: 'integer',
    minimum: MIN_VALUE_YEAR,
    maximum: MAX_VALUE_YEAR,
    example: 2026,
    description: 'The calendar year (UTC). Default: the current year.',
  })
  @IsOptional()
  @Transform(toYear)
  @IsInt({ message: YEAR_MESSAGE })
  @Min(MIN_VALUE_YEAR, { message: YEAR_MESSAGE })
  @Max(MAX_VALUE_YEAR, { message: YEAR_MESSAGE })
  year?: number;
}
