import { ApiPropertyOptional, OmitType } from '@nestjs/swagger';
import { COMMITMENT_STATUSES, type CommitmentStatus } from '@common-ground/domain';
import { Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsOptional, IsUUID, ValidateIf } from 'class-validator';
import { PageQueryDto } from '../../../common/pagination/page';
import { type ArchivedFilter, ArchivedFilterField } from '../../../common/records/archived-filter';
import { OptionalDateField } from '../../../common/validation/date-fields';
import { toBoolean } from '../../../common/validation/query-transforms';

export const COMMITMENT_SORTS = ['dueOn', '-dueOn'] as const;
export type CommitmentSort = (typeof COMMITMENT_SORTS)[number];

export class ListCommitmentsQueryDto extends OmitType(PageQueryDto, ['q'] as const) {
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID('all', { message: 'partnerId must be a partner’s id.' })
  partnerId?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'Follow-ups of this communication.' })
  @IsOptional()
  @IsUUID('all', { message: 'communicationId must be a communication’s id.' })
  communicationId?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'Duties of this program.' })
  @IsOptional()
  @IsUUID('all', { message: 'programId must be a program’s id.' })
  programId?: string;

  @ApiPropertyOptional({ type: String, description: 'A staff member’s id, or `me` for the caller.', example: 'me' })
  @IsOptional()
  @ValidateIf((query: ListCommitmentsQueryDto) => query.ownerUserId !== 'me')
  @IsUUID('all', { message: 'ownerUserId must be a staff member’s id, or me.' })
  ownerUserId?: string;

  @ApiPropertyOptional({ enum: COMMITMENT_STATUSES.keys })
  @IsOptional()
  @IsIn(COMMITMENT_STATUSES.keys, { message: `status must be one of: ${COMMITMENT_STATUSES.keys.join(', ')}.` })
  status?: CommitmentStatus;

  @ApiPropertyOptional({ type: Boolean, description: 'true: only open follow-ups due before today; false: only the others.' })
  @IsOptional()
  @Transform(toBoolean)
  @IsBoolean({ message: 'overdue must be true or false.' })
  overdue?: boolean;

  @ApiPropertyOptional({ type: String, format: 'date', description: 'Only follow-ups due before this day (not on it).' })
  @OptionalDateField('dueBefore day', 'dueBefore day')
  dueBefore?: string;

  @ArchivedFilterField('false: in use only; true: archived only; all: both.')
  archived?: ArchivedFilter;

  @ApiPropertyOptional({ enum: COMMITMENT_SORTS, default: 'dueOn' })
  @IsOptional()
  @IsIn(COMMITMENT_SORTS, { message: `sort must be one of: ${COMMITMENT_SORTS.join(', ')}.` })
  sort?: CommitmentSort;
}
