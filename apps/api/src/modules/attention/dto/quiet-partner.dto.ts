import { ApiProperty } from '@nestjs/swagger';
import { GOING_QUIET_WARNING_DAYS, PARTNER_STAGES, type PartnerStage } from '@common-ground/domain';

/** A record someone can open: `{ id, name }`. */
export class AttentionPartnerDto {
  @ApiProperty({ type: String, format: 'uuid' }) id: string;
  @ApiProperty({ type: String, example: 'Riverside Food Bank' }) name: string;
}

export class AttentionStaffDto {
  @ApiProperty({ type: String, format: 'uuid' }) id: string;
  @ApiProperty({ type: String, example: 'Lena Okafor' }) name: string;
}

export const QUIET_STATES = ['quiet', 'going-quiet'] as const;
export type QuietState = (typeof QUIET_STATES)[number];

/** A partner in an active stage whose last two-way, substantive contact is near or past its agreed cadence. */
export class QuietPartnerDto {
  @ApiProperty({ type: AttentionPartnerDto }) partner: AttentionPartnerDto;
  @ApiProperty({ enum: PARTNER_STAGES.keys }) stage: PartnerStage;
  @ApiProperty({ type: AttentionStaffDto, nullable: true }) liaison: AttentionStaffDto | null;
  @ApiProperty({ type: 'integer', description: 'The agreed contact cadence in days.' }) cadenceDays: number;
  @ApiProperty({
    type: String,
    format: 'date-time',
    nullable: true,
    description: 'The latest live two-way, substantive communication; null when there has been none.',
  })
  lastContactAt: string | null;
  @ApiProperty({
    type: 'integer',
    description: 'Days from the last contact’s date (or, never contacted, the partner’s created date) to today, in UTC.',
  })
  daysSinceContact: number;
  @ApiProperty({
    enum: QUIET_STATES,
    description: `quiet: daysSinceContact > cadenceDays; going-quiet: within ${GOING_QUIET_WARNING_DAYS} days of it.`,
  })
  state: QuietState;
}
