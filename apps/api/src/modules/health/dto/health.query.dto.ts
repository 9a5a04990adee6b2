import { ApiPropertyOptional } from '@nestjs/swagger';
import { FACTORS, type Factor } from '@common-ground/domain';
import { IsIn, IsOptional, ValidateIf, IsUUID } from 'class-validator';
import { PageQueryDto } from '../../../common/pagination/page';
import { OptionalDateField } from '../../../common/validation/date-fields';

export const HEALTH_BANDS = ['strength', 'borderline', 'concern', 'insufficient'] as const;
export type HealthBand = (typeof HEALTH_BANDS)[number];
export const HEALTH_FLAGS = ['perception-gap', 'declining', 'stale', 'single-side'] as const;
export type HealthFlag = (typeof HEALTH_FLAGS)[number];
export const PORTFOLIO_SORTS = ['weakest', 'name', '-concerns'] as const;
export type PortfolioSort = (typeof PORTFOLIO_SORTS)[number];

export class HealthAsOfQueryDto {
  @ApiPropertyOptional({ type: String, format: 'date', example: '2026-03-01', description: 'The day the health is for (UTC). Default: today; a future day is refused.' })
  @OptionalDateField('day the health is for')
  asOf?: string | null;
}

export class PortfolioQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: HEALTH_BANDS, description: 'Partners with a factor in this band (with factor: that factor).' })
  @IsOptional()
  @IsIn(HEALTH_BANDS, { message: `band must be one of: ${HEALTH_BANDS.join(', ')}.` })
  band?: HealthBand;

  @ApiPropertyOptional({ enum: FACTORS.keys, description: 'With band or flag: that factor’s. Alone: partners whose weakest factor it is.' })
  @IsOptional()
  @IsIn(FACTORS.keys, { message: `factor must be one of: ${FACTORS.keys.join(', ')}.` })
  factor?: Factor;

  @ApiPropertyOptional({ enum: HEALTH_FLAGS, description: 'Partners with this flag on any factor (with factor: on that factor).' })
  @IsOptional()
  @IsIn(HEALTH_FLAGS, { message: `flag must be one of: ${HEALTH_FLAGS.join(', ')}.` })
  flag?: HealthFlag;

  @ApiPropertyOptional({ type: String, description: 'A staff member’s id, or `me` for the caller.', example: 'me' })
  @IsOptional()
  @ValidateIf((query: PortfolioQueryDto) => query.liaison !== 'me')
  @IsUUID('all', { message: 'liaison must be a staff member’s id, or me.' })
  liaison?: string;

  @ApiPropertyOptional({ enum: PORTFOLIO_SORTS, description: 'weakest (default): the lowest weakest-factor score first; name; -concerns: most concerns first.' })
  @IsOptional()
  @IsIn(PORTFOLIO_SORTS, { message: `sort must be one of: ${PORTFOLIO_SORTS.join(', ')}.` })
  sort?: PortfolioSort;
}
