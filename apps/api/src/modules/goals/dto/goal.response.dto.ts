import { ApiProperty } from '@nestjs/swagger';
import { GOAL_AGREED_BY, GOAL_REVIEW_MONTHS, type GoalAgreedBy } from '@common-ground/domain';

export class GoalResponseDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) partnerId: string;
  @ApiProperty() text: string;
  @ApiProperty({ enum: GOAL_AGREED_BY.keys }) agreedBy: GoalAgreedBy;
  @ApiProperty({ type: String, format: 'date', nullable: true }) lastReviewedOn: string | null;
  @ApiProperty({
    type: String,
    format: 'date',
    description: `lastReviewedOn plus ${GOAL_REVIEW_MONTHS} months; the date the goal was added when it was never reviewed.`,
  })
  reviewDueOn: string;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ format: 'date-time' }) updatedAt: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) createdBy: string | null;
  @ApiProperty({ description: 'Send back with changes; a stale version gets 409.' }) version: number;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) archivedAt: string | null;
}

export class GoalPageDto {
  @ApiProperty({ type: [GoalResponseDto] }) items: GoalResponseDto[];
  @ApiProperty() total: number;
  @ApiProperty({ type: String, nullable: true }) nextCursor: string | null;
}
