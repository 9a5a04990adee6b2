import { ApiProperty } from '@nestjs/swagger';
import { OUTCOME_MEASURES, OUTCOME_TIMINGS, type OutcomeMeasure, type OutcomeTiming } from '@common-ground/domain';

export class AnswerCountsResponseDto {
  @ApiProperty({ type: 'integer' }) 'strongly-disagree': number;
  @ApiProperty({ type: 'integer' }) disagree: number;
  @ApiProperty({ type: 'integer' }) neutral: number;
  @ApiProperty({ type: 'integer' }) agree: number;
  @ApiProperty({ type: 'integer' }) 'strongly-agree': number;
}

export class OutcomeResultResponseDto {
  @ApiProperty({ type: String, format: 'uuid' }) id: string;
  @ApiProperty({ type: String, format: 'uuid' }) programId: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'null: the survey covered the whole program.' }) sessionId: string | null;
  @ApiProperty({ enum: OUTCOME_TIMINGS.keys }) timing: OutcomeTiming;
  @ApiProperty({ enum: OUTCOME_MEASURES.keys }) measure: OutcomeMeasure;
  @ApiProperty({ type: 'integer' }) respondents: number;
  @ApiProperty({ type: AnswerCountsResponseDto }) counts: AnswerCountsResponseDto;
  @ApiProperty({ type: 'integer' }) nonResponses: number;
  @ApiProperty({ type: 'integer', description: 'Respondents who chose an option: the sum of counts (the n of agreeShare).' }) answered: number;
  @ApiProperty({
    type: Number,
    nullable: true,
    minimum: 0,
    maximum: 1,
    description: 'Derived, never typed: (agree + strongly agree) / answered; null when nobody answered.',
  })
  agreeShare: number | null;
  @ApiProperty({ type: String, format: 'date', nullable: true }) collectedOn: string | null;
  @ApiProperty({ type: String, format: 'date-time' }) createdAt: string;
  @ApiProperty({ type: String, format: 'date-time' }) updatedAt: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) createdBy: string | null;
  @ApiProperty({ description: 'Send back with changes; a stale version gets 409.' }) version: number;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) archivedAt: string | null;
}

export class OutcomeResultPageDto {
  @ApiProperty({ type: [OutcomeResultResponseDto] }) items: OutcomeResultResponseDto[];
  @ApiProperty() total: number;
  @ApiProperty({ type: String, nullable: true }) nextCursor: string | null;
}
