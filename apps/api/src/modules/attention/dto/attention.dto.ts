import { ApiProperty, ApiPropertyOptional, PickType } from '@nestjs/swagger';
import { REVIEW_LOOKAHEAD_DAYS, SIDES, type Side } from '@common-ground/domain';
import { Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsOptional } from 'class-validator';
import { PageQueryDto } from '../../../common/pagination/page';
import { toBoolean } from '../../../common/validation/query-transforms';
import { AttentionPartnerDto, AttentionStaffDto } from './quiet-partner.dto';

/**
 * The rules a list can be filtered by (`kind`); review-due covers agreement and goal reviews, partner-health a
 * factor in concern, a declining factor and a stale assessment (from the latest health snapshot).
 */
export const ATTENTION_RULES = ['quiet-partner', 'overdue-commitment', 'review-due', 'partner-health'] as const;
export type AttentionRule = (typeof ATTENTION_RULES)[number];

/** What an item is about. */
export const ATTENTION_ITEM_KINDS = ['quiet-partner', 'overdue-commitment', 'agreement-review', 'goal-review', 'health-concern', 'health-declining', 'assessment-stale'] as const;
export type AttentionItemKind = (typeof ATTENTION_ITEM_KINDS)[number];

export const ATTENTION_RECORD_TYPES = ['partner', 'commitment', 'agreement', 'goal'] as const;
export type AttentionRecordType = (typeof ATTENTION_RECORD_TYPES)[number];

export class ListAttentionQueryDto extends PickType(PageQueryDto, ['limit', 'offset', 'cursor'] as const) {
  @ApiPropertyOptional({
    type: Boolean,
    default: false,
    description: 'true: my items (partners I am liaison for, follow-ups I own). false: everyone’s, for managers and administrators.',
  })
  @IsOptional()
  @Transform(toBoolean)
  @IsBoolean({ message: 'mine must be true or false.' })
  mine?: boolean;

  @ApiPropertyOptional({ enum: ATTENTION_RULES, description: 'Only items of this rule; the counts still cover every rule.' })
  @IsOptional()
  @IsIn(ATTENTION_RULES, { message: `kind must be one of: ${ATTENTION_RULES.join(', ')}.` })
  kind?: AttentionRule;
}

export class AttentionRecordDto {
  @ApiProperty({ enum: ATTENTION_RECORD_TYPES }) type: AttentionRecordType;
  @ApiProperty({ type: String, format: 'uuid' }) id: string;
  @ApiProperty({ type: String, description: 'The record’s name: partner name, follow-up description, agreement title, goal text (shortened).' })
  label: string;
}

export class AttentionOwnerDto {
  @ApiProperty({ enum: SIDES.keys }) side: Side;
  @ApiProperty({ type: String, nullable: true, description: 'The owning staff member or contact; null when the partner organisation owns it.' })
  name: string | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'The owning staff member (library side).' })
  userId: string | null;
}

export class AttentionItemDto {
  @ApiProperty({ type: String, example: 'overdue-commitment:6f1c…', description: '`${kind}:${record.id}`, stable across requests.' })
  key: string;
  @ApiProperty({ enum: ATTENTION_ITEM_KINDS }) kind: AttentionItemKind;
  @ApiProperty({ type: AttentionPartnerDto }) partner: AttentionPartnerDto;
  @ApiProperty({ type: AttentionStaffDto, nullable: true, description: 'The partner’s liaison.' }) liaison: AttentionStaffDto | null;
  @ApiProperty({ type: AttentionRecordDto, description: 'What to open to act on the item.' }) record: AttentionRecordDto;
  @ApiProperty({ type: String, example: 'No two-way contact for 45 days; the agreed cadence is 30 days.', description: 'Why the item is here, as a sentence.' })
  reason: string;
  @ApiProperty({ type: String, format: 'date', description: 'Last contact (or the partner’s created date) / due date / review date / health snapshot date.' })
  date: string;
  @ApiProperty({ type: 'integer', description: 'Days overdue, or quiet beyond the cadence; negative: days still to go before a review.' })
  days: number;
  @ApiProperty({ type: AttentionOwnerDto, nullable: true, description: 'Overdue follow-ups only.' }) owner: AttentionOwnerDto | null;
}

export class AttentionCountsDto {
  @ApiProperty({ type: 'integer' }) quietPartner: number;
  @ApiProperty({ type: 'integer' }) overdueCommitment: number;
  @ApiProperty({ type: 'integer', description: `Agreement and goal reviews due within ${REVIEW_LOOKAHEAD_DAYS} days or past due.` }) reviewDue: number;
  @ApiProperty({ type: 'integer', description: 'Partners whose latest health snapshot has a concern, a declining factor or a stale assessment.' })
  partnerHealth: number;
}

export class AttentionPageDto {
  @ApiProperty({ type: [AttentionItemDto] }) items: AttentionItemDto[];
  @ApiProperty({ type: 'integer', description: 'Items matching kind (all rules without it).' }) total: number;
  @ApiProperty({ type: String, nullable: true }) nextCursor: string | null;
  @ApiProperty({ type: AttentionCountsDto, description: 'Per rule, whatever kind says.' }) counts: AttentionCountsDto;
}
