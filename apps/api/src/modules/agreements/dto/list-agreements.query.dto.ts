import { ApiPropertyOptional, OmitType } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { PageQueryDto } from '../../../common/pagination/page';

export const AGREEMENT_ARCHIVED_FILTERS = ['false', 'true', 'all'] as const;
export type AgreementArchivedFilter = (typeof AGREEMENT_ARCHIVED_FILTERS)[number];

export class ListAgreementsQueryDto extends OmitType(PageQueryDto, ['q'] as const) {
  @ApiPropertyOptional({ enum: AGREEMENT_ARCHIVED_FILTERS, default: 'false', description: 'false: in use only; true: archived only; all: both.' })
  @IsOptional()
  @IsIn(AGREEMENT_ARCHIVED_FILTERS, { message: 'archived must be false, true or all.' })
  archived?: AgreementArchivedFilter;
}
