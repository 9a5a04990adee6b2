import { ApiProperty, ApiPropertyOptional, PickType } from '@nestjs/swagger';
import { CHANNELS, type Channel, FACTOR_TAG_SIGNS, FACTORS, type Factor, type FactorTagSign, SIDES, type Side } from '@common-ground/domain';
import { IsIn, IsOptional } from 'class-validator';
import { PageQueryDto } from '../../../common/pagination/page';

/**
 * What a timeline can show: record changes, communications (and changes to them), follow-up commitments' changes,
 * program events (the partner's roles, contributions and impact notes; its programs held, cancelled, moved), and
 * assessments (answers from either side, links sent to the partner's contacts).
 */
export const TIMELINE_KINDS = ['change', 'communication', 'commitment', 'program', 'assessment'] as const;
export type TimelineKind = (typeof TIMELINE_KINDS)[number];

/** The kinds of record whose changes appear as kind 'change'. */
export const TIMELINE_RECORD_TYPES = ['partner', 'contact', 'goal', 'agreement'] as const;
/** The kinds of record whose changes appear as kind 'program'. */
export const PROGRAM_RECORD_TYPES = ['program', 'program-role', 'contribution', 'impact-note'] as const;
/** The kinds of record whose changes appear as kind 'assessment'. */
export const ASSESSMENT_RECORD_TYPES = ['assessment', 'assessment-invitation'] as const;
/** Every record an item can be about. */
export const TIMELINE_ITEM_RECORD_TYPES = [
  ...TIMELINE_RECORD_TYPES,
  'communication',
  'commitment',
  ...PROGRAM_RECORD_TYPES,
  ...ASSESSMENT_RECORD_TYPES,
] as const;
export type TimelineRecordType = (typeof TIMELINE_ITEM_RECORD_TYPES)[number];

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

export class TimelineParticipantDto {
  @ApiProperty({ type: String, format: 'uuid' }) id: string;
  @ApiProperty({ type: String, example: 'Ana Ruiz' }) name: string;
}

export class TimelineFactorTagDto {
  @ApiProperty({ enum: FACTORS.keys }) factor: Factor;
  @ApiProperty({ enum: FACTOR_TAG_SIGNS.keys }) sign: FactorTagSign;
  @ApiProperty({ type: String, nullable: true }) note: string | null;
}

/** The communication an item is, so the timeline can show it without another request. */
export class TimelineCommunicationDto {
  @ApiProperty({ type: String, format: 'uuid' }) id: string;
  @ApiProperty({ enum: CHANNELS.keys }) channel: Channel;
  @ApiProperty({ enum: SIDES.keys }) initiatedBy: Side;
  @ApiProperty({ type: Boolean }) twoWay: boolean;
  @ApiProperty({ type: Boolean }) substantive: boolean;
  @ApiProperty({ type: String }) summary: string;
  @ApiProperty({ type: [TimelineParticipantDto] }) staffParticipants: TimelineParticipantDto[];
  @ApiProperty({ type: [TimelineParticipantDto] }) contactParticipants: TimelineParticipantDto[];
  @ApiProperty({ type: [TimelineFactorTagDto] }) factorTags: TimelineFactorTagDto[];
  @ApiProperty({ type: 'integer', description: 'Follow-ups (commitments) made at it and not archived.' }) followUpCount: number;
}

/** The program a program event is about, so the timeline can link to it. */
export class TimelineProgramDto {
  @ApiProperty({ type: String, format: 'uuid' }) id: string;
  @ApiProperty({ type: String, example: 'Health Fair' }) title: string;
}

export interface TimelineChange {
  before: unknown;
  after: unknown;
}

export class TimelineItemDto {
  @ApiProperty({ type: String, format: 'uuid', description: 'The audit entry, or for a communication itself, the communication.' })
  id: string;
  @ApiProperty({ enum: TIMELINE_KINDS }) kind: TimelineKind;
  @ApiProperty({ type: String, format: 'date-time', description: 'When the change was made; for a communication, when it happened.' })
  occurredAt: string;
  @ApiProperty({ type: TimelineActorDto, nullable: true, description: 'Null for changes made by the system (demo data).' })
  actor: TimelineActorDto | null;
  @ApiProperty({ type: String, example: 'Marcus Reyes moved the partner from Exploring to Active' }) summary: string;
  @ApiProperty({ enum: TIMELINE_ITEM_RECORD_TYPES }) recordType: TimelineRecordType;
  @ApiProperty({ type: String, format: 'uuid' }) recordId: string;
  @ApiProperty({
    type: 'object',
    additionalProperties: { type: 'object', properties: { before: {}, after: {} }, required: ['before', 'after'] },
    description: 'Changed fields with their values before and after; empty for a communication itself.',
  })
  changes: Record<string, TimelineChange>;
  @ApiProperty({
    type: TimelineCommunicationDto,
    nullable: true,
    description: 'Set on the item that is the communication itself; null on every other item (including later edits to it).',
  })
  communication: TimelineCommunicationDto | null;
  @ApiProperty({
    type: Boolean,
    nullable: true,
    description:
      'Items about a communication: whether it is archived now (an entry that archived it may have been undone since; ' +
      'the communication itself is listed only while live, so false there). Null on items about other records.',
  })
  recordArchived: boolean | null;
  // Always sent; optional in the schema only so that clients written before programs still type-check.
  @ApiPropertyOptional({
    type: TimelineProgramDto,
    nullable: true,
    description: 'Kind program: the program the item is about (a contribution or note of no program: null). Null on every other item.',
  })
  program: TimelineProgramDto | null;
}

export class TimelinePageDto {
  @ApiProperty({ type: [TimelineItemDto] }) items: TimelineItemDto[];
  @ApiProperty({ type: 'integer' }) total: number;
  @ApiProperty({ type: String, nullable: true }) nextCursor: string | null;
}
