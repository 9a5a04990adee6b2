import { ApiPropertyOptional, OmitType } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { PageQueryDto } from '../../../common/pagination/page';

export const GOAL_ARCHIVED_FILTERS = ['false', 'true', 'all'] as const;
export type GoalArchivedFilter = (typeof GOAL_ARCHIVED_FILTERS)[number];

export class ListGoalsQueryDto extends OmitType(PageQueryDto, ['q'] as const) {
  @ApiPropertyOptional({ enum: GOAL_ARCHIVED_FILTERS, default: 'false', description: 'false: in use only; true: archived only; all: both.' })
  @IsOptional()
  @IsIn(GOAL_ARCHIVED_FILTERS, { message: 'archived must be false, true or all.' })
  archived?: GoalArchivedFilter;
}
