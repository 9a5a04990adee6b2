import { ApiProperty, ApiPropertyOptional, PickType } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { PageQueryDto } from '../../../common/pagination/page';

/** What a timeline can show. Later capabilities add 'communication', 'commitment', 'program'. */
export const TIMELINE_KINDS = ['change'] as const;
export type TimelineKind = (typeof TIMELINE_KINDS)[number];

/** The kinds of record whose changes appear on a partner's timeline. */
export const TIMELINE_RECORD_TYPES = ['partner', 'contact', 'goal', 'agreement'] as const;
export type TimelineRecordType = (typeof TIMELINE_RECORD_TYPES)[number];

export class ListTimelineQueryDto extends PickType(PageQueryDto, ['limit', 'offset', 'cursor'] as const) {
  @ApiPropertyOptional({ enum: TIMELINE_KINDS, description: 'Only items of this kind.' })
  @IsOptional()
  @IsIn(TIMELINE_KINDS, { message: `kind must be one of: ${TIMELINE_KINDS.join(', ')}.` })
  kind?: TimelineKind;
}

export class TimelineActorDto {
  @ApiProperty({ type: String, format: 'uuid' }) id: string;
  @ApiProperty({ type: String, example: 'Marcus Reyes' }) name: string;
}

export interface TimelineChange {
  before: unknown;
  after: unknown;
}

export class TimelineItemDto {
  @ApiProperty({ type: String, format: 'uuid' }) id: string;
  @ApiProperty({ enum: TIMELINE_KINDS }) kind: TimelineKind;
  @ApiProperty({ type: String, format: 'date-time' }) occurredAt: string;
  @ApiProperty({ type: TimelineActorDto, nullable: true, description: 'Null for changes made by the system (demo data).' })
  actor: TimelineActorDto | null;
  @ApiProperty({ type: String, example: 'Marcus Reyes moved the partner from Exploring to Active' }) summary: string;
  @ApiProperty({ enum: TIMELINE_RECORD_TYPES }) recordType: TimelineRecordType;
  @ApiProperty({ type: String, format: 'uuid' }) recordId: string;
  @ApiProperty({
    type: 'object',
    additionalProperties: { type: 'object', properties: { before: {}, after: {} }, required: ['before', 'after'] },
    description: 'Changed fields with their values before and after.',
  })
  changes: Record<string, TimelineChange>;
}

export class TimelinePageDto {
  @ApiProperty({ type: [TimelineItemDto] }) items: TimelineItemDto[];
  @ApiProperty({ type: 'integer' }) total: number;
  @ApiProperty({ type: String, nullable: true }) nextCursor: string | null;
}
