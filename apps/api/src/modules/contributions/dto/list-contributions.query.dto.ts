import { ApiPropertyOptional, OmitType } from '@nestjs/swagger';
import {
  CONTRIBUTION_STAGES,
  CONTRIBUTION_TYPES,
  type ContributionStage,
  type ContributionType,
  SIDES,
  type Side,
} from '@common-ground/domain';
import { IsIn, IsOptional, IsUUID } from 'class-validator';
import { PageQueryDto } from '../../../common/pagination/page';
import { type ArchivedFilter, ArchivedFilterField } from '../../../common/records/archived-filter';
import { OptionalDateField } from '../../../common/validation/date-fields';

export const CONTRIBUTION_SORTS = ['contributedOn', '-contributedOn'] as const;
export type ContributionSort = (typeof CONTRIBUTION_SORTS)[number];

export class ListContributionsQueryDto extends OmitType(PageQueryDto, ['q'] as const) {
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID('all', { message: 'partnerId must be a partner’s id.' })
  partnerId?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID('all', { message: 'programId must be a program’s id.' })
  programId?: string;

  @ApiPropertyOptional({ enum: SIDES.keys })
  @IsOptional()
  @IsIn(SIDES.keys, { message: `side must be one of: ${SIDES.keys.join(', ')}.` })
  side?: Side;

  @ApiPropertyOptional({ enum: CONTRIBUTION_TYPES.keys })
  @IsOptional()
  @IsIn(CONTRIBUTION_TYPES.keys, { message: `type must be one of: ${CONTRIBUTION_TYPES.keys.join(', ')}.` })
  type?: ContributionType;

  @ApiPropertyOptional({ enum: CONTRIBUTION_STAGES.keys, description: 'Leave out for both; the totals then add pledged and given together.' })
  @IsOptional()
  @IsIn(CONTRIBUTION_STAGES.keys, { message: `stage must be one of: ${CONTRIBUTION_STAGES.keys.join(', ')}.` })
  stage?: ContributionStage;

  @ApiPropertyOptional({ type: String, format: 'date', description: 'Contributed on or after this day.' })
  @OptionalDateField('from day', 'from day')
  from?: string;

  @ApiPropertyOptional({ type: String, format: 'date', description: 'Contributed on or before this day.' })
  @OptionalDateField('to day', 'to day')
  to?: string;

  @ArchivedFilterField('false: in use only; true: archived only; all: both.')
  archived?: ArchivedFilter;

  @ApiPropertyOptional({ enum: CONTRIBUTION_SORTS, default: '-contributedOn' })
  @IsOptional()
  @IsIn(CONTRIBUTION_SORTS, { message: `sort must be one of: ${CONTRIBUTION_SORTS.join(', ')}.` })
  sort?: ContributionSort;
}
