import { ApiPropertyOptional, OmitType } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { PageQueryDto } from '../../../common/pagination/page';

export const ARCHIVED_FILTERS = ['false', 'true', 'all'] as const;
export type ArchivedFilter = (typeof ARCHIVED_FILTERS)[number];

export class ListContactsQueryDto extends OmitType(PageQueryDto, ['q'] as const) {
  @ApiPropertyOptional({ enum: ARCHIVED_FILTERS, default: 'false', description: 'false: in use only; true: archived only; all: both.' })
  @IsOptional()
  @IsIn(ARCHIVED_FILTERS, { message: 'archived must be false, true or all.' })
  archived?: ArchivedFilter;
}
