import { ApiPropertyOptional, OmitType } from '@nestjs/swagger';
import { CHANNELS, type Channel } from '@common-ground/domain';
import { IsIn, IsISO8601, IsOptional, IsUUID, Matches, ValidateIf } from 'class-validator';
import { PageQueryDto } from '../../../common/pagination/page';
import { type ArchivedFilter, ArchivedFilterField } from '../../../common/records/archived-filter';

export const COMMUNICATION_SORTS = ['occurredAt', '-occurredAt'] as const;
export type CommunicationSort = (typeof COMMUNICATION_SORTS)[number];

/** A day (the whole day, in UTC) or an instant with its time zone. */
const DAY_OR_INSTANT = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2}))?$/;
const dayOrInstant = (name: string) => `${name} must be a date like 2026-03-01 or a date and time like 2026-03-01T14:30:00Z.`;

export class ListCommunicationsQueryDto extends OmitType(PageQueryDto, ['q'] as const) {
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID('all', { message: 'partnerId must be a partner’s id.' })
  partnerId?: string;

  @ApiPropertyOptional({ type: String, description: 'On or after this day or instant.', example: '2026-03-01' })
  @IsOptional()
  @Matches(DAY_OR_INSTANT, { message: dayOrInstant('from') })
  @IsISO8601({ strict: true }, { message: dayOrInstant('from') })
  from?: string;

  @ApiPropertyOptional({ type: String, description: 'On or before this day (the whole day) or instant.', example: '2026-03-31' })
  @IsOptional()
  @Matches(DAY_OR_INSTANT, { message: dayOrInstant('to') })
  @IsISO8601({ strict: true }, { message: dayOrInstant('to') })
  to?: string;

  @ApiPropertyOptional({ enum: CHANNELS.keys })
  @IsOptional()
  @IsIn(CHANNELS.keys, { message: `channel must be one of: ${CHANNELS.keys.join(', ')}.` })
  channel?: Channel;

  @ApiPropertyOptional({ type: String, description: 'Who logged it: a staff member’s id, or `me`.', example: 'me' })
  @IsOptional()
  @ValidateIf((query: ListCommunicationsQueryDto) => query.createdBy !== 'me')
  @IsUUID('all', { message: 'createdBy must be a staff member’s id, or me.' })
  createdBy?: string;

  @ArchivedFilterField('false: in use only; true: archived only; all: both.')
  archived?: ArchivedFilter;

  @ApiPropertyOptional({ enum: COMMUNICATION_SORTS, default: '-occurredAt' })
  @IsOptional()
  @IsIn(COMMUNICATION_SORTS, { message: `sort must be one of: ${COMMUNICATION_SORTS.join(', ')}.` })
  sort?: CommunicationSort;
}
